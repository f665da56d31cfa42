"""Dutch demo quizzes for the three demo courses in demo_content.py, keyed by course slug.

Pure data, read by the demo seeding code. Every quiz has eight questions, one of each
question type, in a fixed order: single choice, multiple response, true/false, matching,
ordering, short answer, scenario judgement and essay. Matching pairs are listed with each
left item next to its own right item; ordering items are listed in the correct order. All
people in the questions are fictional and named by first name only. The situations vary the
setting and the ideology, and no question targets a community or a religion.
"""

QUIZZES = {
    "signalen-van-radicalisering-herkennen": {
        "title": "Toets: signalen herkennen en wegen",
        "intro": (
            "Deze toets gaat over het verschil tussen radicale ideeën, extremisme en gewelddadig "
            "extremisme, over het wegen van signalen in hun context en over proportionele "
            "vervolgstappen. Na elke vraag krijg je uitleg. De open vraag op het einde wordt "
            "beoordeeld door een trainer."
        ),
        "pass_mark": 70,
        "max_attempts": 3,
        "time_limit_minutes": 20,
        "questions": [
            {
                "type": "single_choice",
                "title": "Radicale ideeën, extremisme of gewelddadig extremisme",
                "prompt": (
                    "Tijdens een klasdebat zegt Lars (17) dat het economische systeem ‘volledig op "
                    "de schop moet’ en dat rijkdom veel strenger herverdeeld moet worden. Hij "
                    "wijst geweld uitdrukkelijk af en wil zich engageren in een politieke "
                    "jongerenbeweging. Hoe typeer je dit het best?"
                ),
                "general_feedback": (
                    "Het onderscheid tussen radicale ideeën, extremisme en gewelddadig extremisme "
                    "helpt je om proportioneel te reageren. Zorg ontstaat pas wanneer iemand de "
                    "democratische rechtsstaat of de gelijkwaardigheid van mensen afwijst, en ze "
                    "groeit wanneer geweld aanvaard, goedgekeurd of aangemoedigd wordt."
                ),
                "points": 1,
                "options": [
                    {
                        "text": (
                            "Radicale ideeën: een scherp, schurend standpunt dat bij een "
                            "democratie hoort. Het gesprek is hier je belangrijkste instrument."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Juist. Lars wil de samenleving fundamenteel veranderen, maar via de "
                            "democratische weg en zonder geweld. Radicaal denken is op zich niet "
                            "verboden of gevaarlijk; het hoort bij het zoeken naar een eigen "
                            "mening."
                        ),
                    },
                    {
                        "text": "Extremisme: hij wijst de democratische rechtsstaat af.",
                        "is_correct": False,
                        "feedback": (
                            "Niet juist. Extremisme betekent dat iemand de democratische "
                            "rechtsstaat of de gelijkwaardigheid van mensen afwijst. Lars kiest "
                            "net voor een democratische weg: een politieke jongerenbeweging."
                        ),
                    },
                    {
                        "text": (
                            "Gewelddadig extremisme: wie het systeem wil omverwerpen, aanvaardt "
                            "vroeg of laat geweld."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "Niet juist. Lars wijst geweld uitdrukkelijk af. Gewelddadig "
                            "extremisme gaat over het goedkeuren, voorbereiden of plegen van "
                            "geweld voor een ideologisch doel. Een vermoeden over wat ‘vroeg of "
                            "laat’ zou kunnen gebeuren, is geen signaal."
                        ),
                    },
                    {
                        "text": (
                            "Een signaal dat je meteen moet doorgeven aan de lokale coördinator "
                            "radicalisering."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "Niet proportioneel. Scherpe politieke standpunten zonder vijandbeeld "
                            "of geweld horen bij een levendig klasdebat. Een melding zou Lars "
                            "onterecht als een risico behandelen en zijn vertrouwen in de school "
                            "schaden."
                        ),
                    },
                ],
            },
            {
                "type": "multiple_response",
                "title": "Signalen in hun context lezen",
                "prompt": (
                    "Een collega vertelt je dat een jongere uit jullie groep iets zei dat haar "
                    "verontrust. Welke vragen helpen jullie om dat signaal in zijn context te "
                    "lezen? Duid alle juiste antwoorden aan."
                ),
                "general_feedback": (
                    "Een signaal is een vraag, geen antwoord. Lees het in zijn context: "
                    "verandering, samenhang, intensiteit en duur, de houding tegenover geweld en "
                    "de beschermende factoren. En vraag je telkens af of je hetzelfde zou denken "
                    "als een andere jongere dit zei of deed."
                ),
                "points": 2,
                "scoring": "partial",
                "options": [
                    {
                        "text": (
                            "Wat is er veranderd ten opzichte van hoe deze jongere vroeger was?"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Juist. Je vergelijkt met de persoon zelf, niet met een stereotype. "
                            "Verandering is een van de vaste toetsstenen bij het wegen van "
                            "signalen."
                        ),
                    },
                    {
                        "text": (
                            "Staat de uitspraak op zich, of zien we meerdere signalen die in "
                            "dezelfde richting wijzen? Gaat het om een opwelling of om een "
                            "patroon?"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Juist. Samenhang, intensiteit en duur bepalen mee hoe zwaar een "
                            "signaal weegt. Eén signaal op zich bewijst niets."
                        ),
                    },
                    {
                        "text": (
                            "Wordt geweld aanvaard, goedgekeurd of aangemoedigd, en welke "
                            "beschermende factoren zijn er nog?"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Juist. De houding tegenover geweld is het belangrijkste kantelpunt. "
                            "Beschermende factoren, zoals een goede band met een volwassene of "
                            "toekomstplannen, weeg je daar altijd tegen af."
                        ),
                    },
                    {
                        "text": "Tot welke religieuze of etnische gemeenschap behoort de jongere?",
                        "is_correct": False,
                        "feedback": (
                            "Niet juist. Afkomst, huidskleur of geloof zeggen niets over een "
                            "radicaliseringsproces. Wie een gemeenschap viseert, stigmatiseert en "
                            "voedt net het wij-zijverhaal waar extremisten op teren."
                        ),
                    },
                    {
                        "text": (
                            "Past de jongere in het profiel van de typische radicaliserende "
                            "jongere?"
                        ),
                        "is_correct": False,
                        "feedback": (
                            "Niet juist. Er bestaat geen eenduidig profiel: het proces kan "
                            "jongeren uit elke achtergrond raken. Denken in profielen leidt tot "
                            "vooroordelen en tot blinde vlekken."
                        ),
                    },
                ],
            },
            {
                "type": "true_false",
                "title": "Uiterlijk en levensbeschouwing",
                "prompt": (
                    "Stelling: een plotse verandering in uiterlijk of levensbeschouwelijke "
                    "praktijk, zoals een hoofddoek of een baard, beginnen te bidden of te vasten, "
                    "of een kaalgeschoren hoofd en zwarte kleren, is op zich een signaal van "
                    "radicalisering."
                ),
                "general_feedback": (
                    "Vraag je telkens af: zou ik hetzelfde denken als een andere jongere dit deed? "
                    "Kijk naar gedrag en naar de houding tegenover anderen en tegenover geweld, "
                    "niet naar kledij, uiterlijk of geloof."
                ),
                "points": 1,
                "correct_answer": False,
                "feedback_true": (
                    "Niet juist. Uiterlijk en levensbeschouwing zijn vrijheden, en een verandering "
                    "wijst meestal op een gezonde zoektocht naar identiteit of houvast. Wie hier "
                    "te snel op reageert, stigmatiseert een hele groep en beschadigt het "
                    "vertrouwen dat je net nodig hebt, zoals de casus van Yousra toont."
                ),
                "feedback_false": (
                    "Juist. Zo'n verandering is op zich geen signaal. Alleen in combinatie met "
                    "inhoudelijke signalen, zoals het afwijzen van iedereen die anders denkt of "
                    "het goedkeuren van geweld, kan ze deel zijn van een zorgwekkend proces. "
                    "Reageer erop zoals op elke andere verandering: met interesse en respect."
                ),
            },
            {
                "type": "matching",
                "title": "Rollen bij polarisatie",
                "prompt": (
                    "Polarisatie kun je beschrijven aan de hand van verschillende rollen. Koppel "
                    "elke rol aan de juiste omschrijving."
                ),
                "general_feedback": (
                    "Als professional ben je snel geneigd om de bruggenbouwer te spelen of in "
                    "discussie te gaan met de trekkers. Vaak werkt het beter om het stille midden "
                    "een stem te geven: stel vragen die gedeelde zorgen zichtbaar maken en "
                    "verschuif het gesprek van ‘wie heeft schuld’ naar ‘wat hebben we nodig’."
                ),
                "points": 2,
                "pairs": [
                    {
                        "left": "De trekkers",
                        "right": "Ze staan aan beide polen en wakkeren het wij-zijverhaal aan.",
                    },
                    {
                        "left": "De meelopers",
                        "right": "Ze kiezen onder druk van de groep voor een kant.",
                    },
                    {
                        "left": "Het stille midden",
                        "right": (
                            "Ze willen niet kiezen, maar worden voortdurend gevraagd om dat wel te "
                            "doen."
                        ),
                    },
                    {
                        "left": "De bruggenbouwers",
                        "right": (
                            "Ze willen verzoenen, maar komen vaak van beide kanten onder vuur te "
                            "liggen."
                        ),
                    },
                ],
            },
            {
                "type": "ordering",
                "title": "Van zorg naar actie",
                "prompt": (
                    "Hoe groter je zorg, hoe meer partners je erbij betrekt. Zet de stappen in de "
                    "volgorde waarin je aanpak doorgaans opschaalt, van de eerste tot de laatste "
                    "stap."
                ),
                "general_feedback": (
                    "De meeste situaties blijven bij de eerste stappen: in gesprek gaan en je zorg "
                    "delen. Pas wanneer meerdere signalen samen wijzen op een "
                    "radicaliseringsproces, vraag je via je organisatie advies aan de lokale "
                    "coördinator radicalisering. Let op: bij een acute en concrete dreiging voor "
                    "iemands veiligheid wacht je niet, maar bel je meteen de politie via 101 of "
                    "112."
                ),
                "points": 1,
                "items": [
                    {"text": "Waarnemen en in gesprek gaan met de jongere"},
                    {
                        "text": (
                            "Intern overleggen met je leidinggevende, de zorgcoördinator of je team"
                        ),
                    },
                    {"text": "Ondersteuning inschakelen, zoals het CLB, het CAW of de jeugdhulp"},
                    {
                        "text": (
                            "Via je organisatie advies vragen aan de lokale coördinator "
                            "radicalisering, die de situatie in de LIVC-R kan laten bespreken"
                        ),
                    },
                    {"text": "De politie verwittigen bij een concrete en onmiddellijke dreiging"},
                ],
            },
            {
                "type": "short_answer",
                "title": "Het lokale overleg over radicalisering",
                "prompt": (
                    "Hoe heet het overleg onder verantwoordelijkheid van de burgemeester waarin "
                    "lokale partners zoals preventie, welzijn, onderwijs, jeugd en politie "
                    "individuele situaties van mogelijke radicalisering bespreken? Je mag de "
                    "afkorting gebruiken."
                ),
                "general_feedback": (
                    "De lokale integrale veiligheidscel radicalisering (LIVC-R) is in de eerste "
                    "plaats preventief en zorggericht: welke ondersteuning heeft deze persoon "
                    "nodig, en wie neemt wat op? Het overleg gebeurt binnen een wettelijk kader "
                    "van gedeeld beroepsgeheim. Niet elke zorg hoort daar thuis: de meeste "
                    "situaties worden opgevolgd in het gewone zorgnetwerk."
                ),
                "points": 1,
                "case_sensitive": False,
                "accents_matter": False,
                "accepted_answers": [
                    {"text": "LIVC-R", "credit": 100},
                    {"text": "LIVCR", "credit": 100},
                    {"text": "LIVC R", "credit": 100},
                    {"text": "de LIVC-R", "credit": 100},
                    {"text": "lokale integrale veiligheidscel radicalisering", "credit": 100},
                    {"text": "LIVC", "credit": 50},
                    {"text": "lokale integrale veiligheidscel", "credit": 75},
                ],
            },
            {
                "type": "scenario_judgement",
                "title": "Begrip voor een aanslagpleger in de klas",
                "prompt": (
                    "Hoe geschikt is elke reactie? Geef elke reactie een score van 1 (slecht) tot "
                    "5 (zeer goed)."
                ),
                "general_feedback": (
                    "Reageer niet met paniek, maar ook niet met stilte. Eén uitspraak bewijst "
                    "niets, maar begrip voor geweld is het belangrijkste kantelpunt. Een korte "
                    "grens in de groep, een gesprek achteraf en je zorg dezelfde dag feitelijk "
                    "delen vormen samen de proportionele reactie."
                ),
                "points": 2,
                "mode": "rate",
                "situation": (
                    "Je bent leerkracht in het vierde jaar secundair onderwijs. In de les "
                    "bespreken jullie een nieuwsbericht over een aanslag in het buitenland, "
                    "gepleegd door een man die online vrouwen de schuld gaf van zijn eenzaamheid. "
                    "Ruben (16), een rustige leerling die de laatste weken weinig zegt, mompelt: "
                    "‘Eigenlijk snap ik die gast wel.’ Enkele klasgenoten lachen, anderen kijken "
                    "geschokt. Je hebt Ruben nog nooit eerder zoiets horen zeggen."
                ),
                "responses": [
                    {
                        "text": (
                            "Je zegt rustig in de klas dat je geweld tegen mensen nooit aanvaardt, "
                            "en vraagt Ruben na de les wat hij bedoelde. Dezelfde dag deel je je "
                            "observatie feitelijk met de leerlingenbegeleiding."
                        ),
                        "expert_rating": 5,
                        "feedback": (
                            "Dit is de proportionele reactie: een korte, duidelijke grens zonder "
                            "de persoon te vernederen, een één-op-ééngesprek om te begrijpen wat "
                            "erachter zit, en je zorg delen zodat anderen kunnen aanvullen wat zij "
                            "zien. Nemen de signalen toe, dan volgt overleg met het CLB."
                        ),
                    },
                    {
                        "text": (
                            "Je reageert niet in de klas, maar neemt Ruben na de les apart om te "
                            "vragen wat hij bedoelde."
                        ),
                        "expert_rating": 3,
                        "feedback": (
                            "Het gesprek onder vier ogen is een sterke stap. Toch laat je de "
                            "uitspraak in de klas passeren: klasgenoten die geschokt waren, horen "
                            "geen grens. Combineer een korte reactie in de groep met het gesprek "
                            "achteraf, en deel je observatie met de leerlingenbegeleiding."
                        ),
                    },
                    {
                        "text": (
                            "Je stuurt Ruben meteen naar de directeur en vraagt om de lokale "
                            "coördinator radicalisering te verwittigen."
                        ),
                        "expert_rating": 2,
                        "feedback": (
                            "Je neemt de uitspraak ernstig, en dat is goed. Maar het gaat om één "
                            "uitspraak zonder andere gekende signalen, en Ruben kreeg nog geen "
                            "kans om uit te leggen wat hij bedoelde. Zo sla je het gesprek en het "
                            "interne overleg over. Advies van de lokale coördinator is aan de orde "
                            "bij herhaling of in combinatie met andere signalen."
                        ),
                    },
                    {
                        "text": (
                            "Je laat de opmerking passeren: het is stoere praat van een puber die "
                            "wil choqueren."
                        ),
                        "expert_rating": 1,
                        "feedback": (
                            "Een uitspraak in een opwelling bewijst niets, maar stilte is geen "
                            "antwoord. De klas hoort dat begrip voor geweld tegen vrouwen geen "
                            "reactie uitlokt, en je mist de kans om te horen wat er met Ruben aan "
                            "de hand is. Vrouwenhaat is geen frustratie die vanzelf overgaat."
                        ),
                    },
                ],
            },
            {
                "type": "essay",
                "title": "Uitleggen hoe je signalen weegt",
                "prompt": (
                    "Een nieuwe collega zegt: ‘Als ik één signaal zie, meld ik het meteen. Beter "
                    "te voorzichtig dan te laat.’ Leg in maximaal 250 woorden uit waarom één "
                    "signaal op zich niets bewijst, hoe je signalen weegt en welke vervolgstappen "
                    "proportioneel zijn. Gebruik een zelfgekozen, fictief voorbeeld met alleen een "
                    "voornaam."
                ),
                "general_feedback": (
                    "Vergelijk je antwoord met de les ‘Signalen in gedrag, taal en netwerk’ en met "
                    "het stappenplan ‘Van zorg naar actie’. Een trainer geeft je persoonlijke "
                    "feedback."
                ),
                "points": 2,
                "max_words": 250,
                "guidance_for_graders": (
                    "Een goed antwoord: (1) legt uit dat een signaal een vraag is en geen bewijs, "
                    "en dat veel signalen ook passen bij puberteit, een persoonlijke crisis, "
                    "psychische problemen of een zoektocht naar identiteit; (2) noemt de "
                    "toetsstenen verandering, samenhang, intensiteit en duur, de houding tegenover "
                    "geweld als kantelpunt en de beschermende factoren; (3) wijst op de eigen "
                    "bril: zou ik hetzelfde denken bij een andere jongere?; (4) beschrijft "
                    "proportionele stappen: in gesprek gaan, feitelijk beschrijven wat je zag of "
                    "hoorde, intern overleggen, het CLB of het CAW betrekken, bij groeiende zorg "
                    "via de organisatie advies vragen aan de lokale coördinator radicalisering "
                    "(die de situatie in de LIVC-R kan laten bespreken) en de politie alleen bij "
                    "acuut gevaar; (5) maakt duidelijk dat disproportioneel melden schade "
                    "aanricht: stigmatisering en verlies van vertrouwen. Het voorbeeld is fictief, "
                    "gebruikt alleen een voornaam en viseert geen gemeenschap. Een antwoord dat "
                    "uiterlijk, afkomst of geloof als signaal behandelt, voldoet niet."
                ),
            },
        ],
    },
    "het-moeilijke-gesprek-voeren": {
        "title": "Eindtoets: het moeilijke gesprek voeren",
        "intro": (
            "Deze eindtoets gaat over de basishouding, actief luisteren, het groepsgesprek na een "
            "schokkende gebeurtenis, grieven verkennen en het gesprek met ouders. Na elke vraag "
            "krijg je uitleg. De open vraag op het einde wordt beoordeeld door een trainer."
        ),
        "pass_mark": 70,
        "max_attempts": 3,
        "time_limit_minutes": 25,
        "questions": [
            {
                "type": "single_choice",
                "title": "Een open vraag stellen",
                "prompt": (
                    "Tijdens een trajectgesprek zegt een jongvolwassene: ‘Die politici zijn "
                    "allemaal verraders. Ze verdienen wat hen overkomt.’ Welke reactie houdt het "
                    "gesprek het best open en helpt je te begrijpen wat hij bedoelt?"
                ),
                "general_feedback": (
                    "‘Hoe weet je dat?’ klinkt heel anders dan ‘Dat klopt niet.’ Open vragen "
                    "beginnen met wie, wat, waar, hoe of wanneer. Ze zetten een gesloten verhaal "
                    "een beetje open, zonder dat de ander zich aangevallen voelt."
                ),
                "points": 1,
                "options": [
                    {
                        "text": "‘Wat bedoel je precies met “wat hen overkomt”?’",
                        "is_correct": True,
                        "feedback": (
                            "Juist. Een open vraag die de woorden van de ander overneemt, nodigt "
                            "uit tot nadenken en geeft je zicht op wat hij bedoelt, zonder dat hij "
                            "zich aangevallen voelt. Zo kom je ook te weten of er meer achter zit "
                            "dan boosheid."
                        ),
                    },
                    {
                        "text": "‘Waarom zeg je zoiets?’",
                        "is_correct": False,
                        "feedback": (
                            "Begrijpelijk, maar ‘waarom’ klinkt snel als een verwijt en lokt "
                            "verdediging uit. Een vraag met ‘wat’ of ‘hoe’ opent het gesprek "
                            "beter."
                        ),
                    },
                    {
                        "text": "‘Dat klopt niet. De meeste politici doen gewoon hun best.’",
                        "is_correct": False,
                        "feedback": (
                            "Zo corrigeer je meteen. De ander moet zich verdedigen, en het gesprek "
                            "wordt een debat in plaats van een zoektocht naar wat er speelt."
                        ),
                    },
                    {
                        "text": "‘Je vindt toch ook niet dat geweld een oplossing is?’",
                        "is_correct": False,
                        "feedback": (
                            "Dit is een suggestieve vraag: het gewenste antwoord zit er al in. Je "
                            "krijgt een sociaal wenselijk antwoord en leert niets over wat hij "
                            "echt denkt."
                        ),
                    },
                ],
            },
            {
                "type": "multiple_response",
                "title": "De basishouding ‘verbinding eerst’",
                "prompt": (
                    "Welke uitspraken passen bij de basishouding ‘verbinding eerst’? Duid alle "
                    "juiste antwoorden aan."
                ),
                "general_feedback": (
                    "Wie zich afgewezen voelt, zoekt erkenning elders, en extremistische groepen "
                    "staan klaar om die te geven. Het contact met een volwassene die blijft "
                    "luisteren én grenzen trekt, is een van de sterkste beschermende factoren die "
                    "we kennen."
                ),
                "points": 2,
                "scoring": "partial",
                "options": [
                    {
                        "text": (
                            "Je maakt een onderscheid tussen de persoon en zijn of haar "
                            "standpunten: je kunt iemand waarderen en tegelijk geweld duidelijk "
                            "afwijzen."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Juist. Verbinding betekent niet dat je alles goedkeurt. Grens en "
                            "contact gaan samen."
                        ),
                    },
                    {
                        "text": (
                            "Schurende meningen mogen op tafel komen; oproepen tot geweld, "
                            "bedreigingen en haat niet."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Juist. Ruimte én grenzen: je benoemt de grens rustig en consequent."
                        ),
                    },
                    {
                        "text": (
                            "Je rekent op een lange adem: het gaat om een relatie die je over "
                            "weken en maanden opbouwt."
                        ),
                        "is_correct": True,
                        "feedback": "Juist. Eén gesprek verandert zelden een overtuiging.",
                    },
                    {
                        "text": (
                            "Je weerlegt eerst alle foute feiten, want pas daarna heeft luisteren "
                            "zin."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "Niet juist. Wie meteen corrigeert, lokt verdediging uit. "
                            "Nieuwsgierigheid gaat voor oordeel: wie zich begrepen voelt, stelt "
                            "eerder zelf vragen bij zijn of haar ideeën."
                        ),
                    },
                    {
                        "text": (
                            "Je laat extreme uitspraken onbesproken om het contact niet te "
                            "verliezen."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "Niet juist. Contact houden betekent niet dat je alles laat passeren. "
                            "Wie geweld of ontmenselijking onbesproken laat, laat de ander alleen "
                            "met die ideeën."
                        ),
                    },
                ],
            },
            {
                "type": "true_false",
                "title": "Een grief erkennen",
                "prompt": (
                    "Stelling: wie erkent dat een jongere gediscrimineerd werd, stemt daarmee ook "
                    "in met de conclusie die de jongere eraan verbindt, bijvoorbeeld dat geweld de "
                    "enige oplossing is."
                ),
                "general_feedback": (
                    "Ervaringen van discriminatie, uitsluiting of vernedering zijn vaak echt. "
                    "Extremisten bouwen daarop hun verhaal, met een schuldige en een uitweg: de "
                    "strijd. Door de grief ernstig te nemen en samen te zoeken naar democratische "
                    "manieren om er iets mee te doen, bied je een alternatief verhaal."
                ),
                "points": 1,
                "correct_answer": False,
                "feedback_true": (
                    "Niet juist. Erkenning is geen instemming. Je kunt zeggen ‘Ik geloof dat je "
                    "gediscrimineerd bent, en dat is onaanvaardbaar’ zonder de conclusie over te "
                    "nemen dat geweld een oplossing is."
                ),
                "feedback_false": (
                    "Juist. De kunst is om de ervaring te erkennen zonder de conclusie over te "
                    "nemen. Wie de ervaring ontkent of relativeert, bevestigt net het verhaal dat "
                    "‘niemand ons begrijpt’."
                ),
            },
            {
                "type": "matching",
                "title": "Luisteren, samenvatten, doorvragen",
                "prompt": (
                    "Koppel elke stap uit de techniek ‘Luisteren, samenvatten, doorvragen’ aan een "
                    "passende voorbeeldzin."
                ),
                "general_feedback": (
                    "Actief luisteren is meer dan zwijgen terwijl de ander praat. Je stelt open "
                    "vragen, vat samen zonder oordeel, benoemt het gevoel en vraagt door op wat "
                    "belangrijk is. Vaak hoor je dan wat er werkelijk speelt: eenzaamheid, "
                    "onrecht, rouw of de nood om erbij te horen."
                ),
                "points": 2,
                "pairs": [
                    {"left": "Stel open vragen", "right": "‘Wat bedoel je precies met “zij”?’"},
                    {
                        "left": "Vat samen in je eigen woorden",
                        "right": (
                            "‘Als ik je goed begrijp, heb je het gevoel dat niemand echt naar "
                            "jullie luistert. Klopt dat?’"
                        ),
                    },
                    {
                        "left": "Benoem het gevoel",
                        "right": "‘Het klinkt alsof je je echt aan de kant geschoven voelt.’",
                    },
                    {
                        "left": "Vraag door op wat belangrijk is",
                        "right": "‘Je zei daarnet dat je soms twijfelt. Waarover twijfel je dan?’",
                    },
                ],
            },
            {
                "type": "ordering",
                "title": "Het zorggesprek met ouders",
                "prompt": (
                    "Je plant een zorggesprek met de ouders van een jongere over wie je je zorgen "
                    "maakt. Zet de stappen in de juiste volgorde."
                ),
                "general_feedback": (
                    "Ouders zijn bondgenoten: ze kennen hun kind het best en zijn vaak de "
                    "belangrijkste beschermende factor. Geef hun niet de schuld, gebruik geen "
                    "labels en vraag hen niet om hun kind te bespioneren. Maken ouders zelf deel "
                    "uit van het probleem, overleg dan eerst met het CLB of je zorgteam."
                ),
                "points": 1,
                "items": [
                    {"text": "Het gesprek voorbereiden met een collega of een CLB-medewerker"},
                    {"text": "Beginnen bij wat goed gaat bij de jongere"},
                    {"text": "Je zorg feitelijk beschrijven, zonder labels als ‘radicaal’"},
                    {"text": "Luisteren naar wat de ouders thuis merken en hoe zij het zien"},
                    {"text": "Samen afspraken maken en steun aanbieden aan de ouders zelf"},
                ],
            },
            {
                "type": "short_answer",
                "title": "De naam van de basistechniek",
                "prompt": (
                    "Hoe noem je de manier van luisteren waarbij je laat merken dat je volgt, "
                    "samenvat wat je hoort, het gevoel benoemt en doorvraagt? Antwoord in twee "
                    "woorden."
                ),
                "general_feedback": (
                    "Actief luisteren is de basis van elk moeilijk gesprek. Zo voelt de ander zich "
                    "gehoord, en hoor jij wat er werkelijk speelt. Wie zich begrepen voelt, is "
                    "eerder bereid om zelf vragen te stellen bij zijn of haar ideeën."
                ),
                "points": 1,
                "case_sensitive": False,
                "accents_matter": False,
                "accepted_answers": [
                    {"text": "actief luisteren", "credit": 100},
                    {"text": "aktief luisteren", "credit": 100},
                    {"text": "actief-luisteren", "credit": 100},
                    {"text": "actieve luisteren", "credit": 100},
                    {"text": "luisteren", "credit": 50},
                ],
            },
            {
                "type": "scenario_judgement",
                "title": "Een uitspraak aan de toog na een aanslag",
                "prompt": "Rangschik de reacties van de meest naar de minst geschikte.",
                "general_feedback": (
                    "In een gepolariseerde sfeer combineer je een korte, duidelijke reactie in de "
                    "groep met een uitgebreider gesprek achteraf. Heb aandacht voor de jongeren "
                    "aan beide kanten, geef het stille midden een stem en vraag nooit aan één "
                    "jongere om een hele gemeenschap te verklaren of te verdedigen."
                ),
                "points": 2,
                "mode": "rank",
                "situation": (
                    "Je bent jeugdwerker. De dag na een aanslag in een Europese stad, gepleegd "
                    "door een dader die zich op een religie beriep, is de sfeer in het jeugdhuis "
                    "gespannen. Aan de toog roept Dries (17): ‘Dat volk moet hier allemaal "
                    "buiten.’ Enkele jongeren knikken. Samira (16) wordt stil, neemt haar jas en "
                    "wil vertrekken. Iedereen kijkt naar jou."
                ),
                "responses": [
                    {
                        "text": (
                            "Je reageert kort en rustig: ‘Dat is een uitspraak over een hele groep "
                            "mensen. Dat klopt niet, en het kwetst mensen hier. Ik wil daar straks "
                            "met jou over praten, Dries.’ Daarna ga je even bij Samira langs om te "
                            "horen hoe het met haar is."
                        ),
                        "expert_rating": 5,
                        "feedback": (
                            "De beste reactie. Je laat de uitspraak niet passeren, richt je op de "
                            "uitspraak en niet op de persoon, en kondigt een één-op-ééngesprek "
                            "aan. Door ook Samira op te zoeken, heb je aandacht voor wie zich "
                            "aangevallen voelt."
                        ),
                    },
                    {
                        "text": (
                            "Je zegt aan de toog niets, maar spreekt Dries later die week apart "
                            "aan om te horen wat er achter zijn uitspraak zit."
                        ),
                        "expert_rating": 3,
                        "feedback": (
                            "Het gesprek onder vier ogen is waardevol, maar de uitspraak blijft in "
                            "de groep onbeantwoord. De jongeren die knikten, horen geen grens, en "
                            "Samira blijft achter met het gevoel dat ze hier niet welkom is."
                        ),
                    },
                    {
                        "text": (
                            "Je gaat aan de toog met Dries in debat over cijfers over migratie en "
                            "criminaliteit, tot hij toegeeft dat hij ongelijk heeft."
                        ),
                        "expert_rating": 2,
                        "feedback": (
                            "Je trekt een grens, maar het wordt een debat met de luidste stem. "
                            "Dries moet zijn gezicht redden voor de groep, het stille midden "
                            "verdwijnt uit beeld en niemand heeft het nog over wat de aanslag met "
                            "de jongeren doet."
                        ),
                    },
                    {
                        "text": (
                            "Je vraagt Samira om aan de groep uit te leggen dat haar geloof niets "
                            "met de aanslag te maken heeft."
                        ),
                        "expert_rating": 1,
                        "feedback": (
                            "De minst geschikte reactie. Je vraagt één jongere om ‘haar’ "
                            "gemeenschap te verklaren of te verdedigen, alsof zij verantwoordelijk "
                            "is voor wat een dader deed. Zo bevestig je net het wij-zijdenken van "
                            "Dries en laat je Samira in de steek."
                        ),
                    },
                ],
            },
            {
                "type": "essay",
                "title": "Van grief naar perspectief",
                "prompt": (
                    "Tijdens een begeleidingsgesprek zegt Yannick (19): ‘Ik heb al dertig keer "
                    "gesolliciteerd en word nooit uitgenodigd. Zodra ze mijn adres in deze wijk "
                    "zien, ben ik afgeschreven. Geen wonder dat sommigen het systeem met geweld te "
                    "lijf gaan.’ Beschrijf in maximaal 250 woorden hoe je op deze uitspraak "
                    "reageert en hoe je het gesprek verder opbouwt. Verwijs naar de technieken uit "
                    "deze vorming."
                ),
                "general_feedback": (
                    "Vergelijk je antwoord met de lessen ‘Luisteren, vragen, doorvragen’ en "
                    "‘Grieven verkennen zonder ze te bevestigen’. Een trainer geeft je "
                    "persoonlijke feedback."
                ),
                "points": 2,
                "max_words": 250,
                "guidance_for_graders": (
                    "Een goed antwoord: (1) begint bij contact en nieuwsgierigheid, niet bij "
                    "corrigeren of moraliseren; (2) erkent de ervaring en het gevoel van onrecht "
                    "en onmacht zonder de conclusie over geweld over te nemen, bijvoorbeeld ‘Dat "
                    "je telkens wordt afgewezen, is echt oneerlijk’; (3) gebruikt open vragen, "
                    "samenvatten en het benoemen van het gevoel, en vraagt rustig door op ‘met "
                    "geweld te lijf gaan’; (4) benoemt een grens bij geweld, gericht op de "
                    "uitspraak en niet op de persoon; (5) bevraagt het verband tussen grief en "
                    "conclusie, bijvoorbeeld ‘Wat zou geweld veranderen? Wie zou er geraakt "
                    "worden?’; (6) zoekt samen naar invloed en een alternatief verhaal: een "
                    "melding bij een meldpunt discriminatie, een opleiding of werkervaring, een "
                    "werkgever die de begeleider kent, engagement in een vereniging; (7) spreekt "
                    "een vervolg af, blijft betrokken en bespreekt zorgwekkende uitspraken met een "
                    "collega of leidinggevende, met verdere stappen als er meer signalen van "
                    "geweld opduiken. Minder punten voor antwoorden die de grief relativeren, in "
                    "debat gaan over feiten of geheimhouding beloven."
                ),
            },
        ],
    },
    "casussen-uit-de-praktijk": {
        "title": "Eindtoets: casussen uit de praktijk",
        "intro": (
            "In deze eindtoets krijg je vragen over de casussen van Jonas, Bilal, Kevin en de "
            "vader van Femke, en korte nieuwe situaties. Kies telkens de meest proportionele "
            "reactie. Na elke vraag krijg je uitleg. De open vraag op het einde wordt beoordeeld "
            "door een trainer."
        ),
        "pass_mark": 70,
        "max_attempts": 3,
        "time_limit_minutes": 30,
        "questions": [
            {
                "type": "single_choice",
                "title": "Bilal en zijn plan om te vertrekken",
                "prompt": (
                    "Na een goed gesprek in het jeugdhuis vertelt Bilal (18) dat hij overweegt om "
                    "naar het buitenland te vertrekken. Hij wil wel praten met een jonge imam die "
                    "hij kent van het zaalvoetbal. Welke vervolgstap is het meest proportioneel?"
                ),
                "general_feedback": (
                    "Het geloof van Bilal is niet het probleem. Zorgwekkend is de combinatie van "
                    "wij-zijdenken, het afwijzen van zijn vroegere omgeving en plannen om te "
                    "vertrekken. Bij zulke ernstige signalen overleg je met de lokale coördinator "
                    "radicalisering, terwijl het contact en de zorg gewoon doorlopen."
                ),
                "points": 1,
                "options": [
                    {
                        "text": (
                            "Je bespreekt de situatie met je coördinator en samen contacteren "
                            "jullie de lokale coördinator radicalisering. Intussen blijf jij "
                            "Bilals aanspreekpunt en help je het gesprek met de imam te regelen."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Juist. De combinatie van signalen rechtvaardigt overleg met de lokale "
                            "coördinator radicalisering, die kan beslissen om de situatie in de "
                            "LIVC-R te bespreken. Het contact met jou en met een vertrouwde "
                            "religieuze figuur blijven belangrijke beschermende factoren: zorg en "
                            "veiligheid gaan hand in hand."
                        ),
                    },
                    {
                        "text": (
                            "Je regelt het gesprek met de imam en houdt de rest voor jezelf, om "
                            "Bilals vertrouwen niet te beschamen."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "Niet de beste keuze. Plannen om te vertrekken zijn te ernstig om "
                            "alleen te dragen. Overleg is geen verraad: je deelt alleen wat nodig "
                            "is, met wie het nodig heeft, binnen de regels van beroepsgeheim en "
                            "discretie."
                        ),
                    },
                    {
                        "text": (
                            "Je zegt tegen Bilal dat je verplicht bent om de politie te bellen als "
                            "hij nog eens over vertrekken begint."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "Niet de beste keuze. Als dreigement klapt Bilal dicht en verlies je "
                            "zicht op wat er gebeurt. Overleg achteraf met je coördinator en de "
                            "lokale coördinator radicalisering, en blijf intussen in gesprek."
                        ),
                    },
                    {
                        "text": (
                            "Je gaat met Bilal in discussie over wat zijn geloof écht zegt over "
                            "samenleven, zodat hij zijn plan opgeeft."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "Niet de beste keuze. Als jeugdwerker ben je in zijn ogen geen "
                            "religieuze autoriteit, en een theologisch debat kost je het contact. "
                            "Jouw rol ligt bij zijn persoonlijke verhaal: rouw, zingeving en "
                            "vriendschap."
                        ),
                    },
                ],
            },
            {
                "type": "multiple_response",
                "title": "Wat schaadt er?",
                "prompt": (
                    "In de terugblik op de casussen staat wat helpt en wat schaadt. Welke reacties "
                    "schaden eerder dan dat ze helpen? Duid alle juiste antwoorden aan."
                ),
                "general_feedback": (
                    "Wat helpt: contact houden, nieuwsgierig doorvragen, grenzen benoemen zonder "
                    "de persoon af te wijzen, overleggen en proportioneel reageren. Wat schaadt: "
                    "uitsluiten, een gemeenschap viseren, absolute geheimhouding beloven of net "
                    "over iemands hoofd heen melden, en zelf op onderzoek gaan."
                ),
                "points": 2,
                "scoring": "partial",
                "options": [
                    {
                        "text": "Een jongere schorsen of uitsluiten als enige reactie.",
                        "is_correct": True,
                        "feedback": (
                            "Juist. Uitsluiting duwt een jongere naar de plek waar hij of zij wel "
                            "erkenning vindt, en bevestigt het verhaal van de groep: ‘ze willen "
                            "ons hier niet’."
                        ),
                    },
                    {
                        "text": "Een hele gemeenschap of religie viseren.",
                        "is_correct": True,
                        "feedback": (
                            "Juist. Dat stigmatiseert, voedt het wij-zijverhaal van extremisten en "
                            "kost je het vertrouwen van de mensen die het meest kunnen helpen."
                        ),
                    },
                    {
                        "text": "Absolute geheimhouding beloven om iemands vertrouwen te winnen.",
                        "is_correct": True,
                        "feedback": (
                            "Juist. Die belofte kun je niet houden bij een ernstige dreiging of "
                            "bij gedachten aan zelfdoding. Wees eerlijk over wat je met iemands "
                            "verhaal doet."
                        ),
                    },
                    {
                        "text": (
                            "Grenzen benoemen bij geweld en haat, zonder de persoon af te wijzen."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "Dit helpt net. Grens en contact gaan samen: je wijst ontmenselijking "
                            "en geweld af en blijft de persoon zien."
                        ),
                    },
                    {
                        "text": "Nieuwsgierig doorvragen in plaats van meteen te corrigeren.",
                        "is_correct": False,
                        "feedback": (
                            "Dit helpt net. Door rustig door te vragen kwamen bij Jonas de "
                            "Discordserver en bij Kevin zijn wanhoop in beeld."
                        ),
                    },
                ],
            },
            {
                "type": "true_false",
                "title": "Vragen naar zelfdoding",
                "prompt": (
                    "Stelling: rechtstreeks vragen naar gedachten aan zelfdoding kan iemand zoals "
                    "Kevin op ideeën brengen. Je vermijdt die vraag dus beter."
                ),
                "general_feedback": (
                    "Extremistische ideologieën voeden niet alleen vijandbeelden, maar soms ook "
                    "wanhoop en zelfdestructie. Kijk daarom ook naar het risico voor de persoon "
                    "zelf, en overleg met je teamcoach of leidinggevende."
                ),
                "points": 1,
                "correct_answer": False,
                "feedback_true": (
                    "Niet juist. Rechtstreeks vragen brengt iemand niet op ideeën. Het toont dat "
                    "je het ernstig neemt en opent vaak een gesprek dat nog nooit gevoerd werd."
                ),
                "feedback_false": (
                    "Juist. Als je wanhoop hoort, zoals Kevins ‘er eigenlijk niks meer om geven’, "
                    "vraag je er rechtstreeks naar. Daarna maak je samen concrete afspraken: de "
                    "huisarts of het CAW, de Zelfmoordlijn 1813 en een volgend gesprek binnen de "
                    "week."
                ),
            },
            {
                "type": "matching",
                "title": "Casussen en kernlessen",
                "prompt": "Koppel elke casus aan de kernles die er het best bij past.",
                "general_feedback": (
                    "Vier casussen, vier ideologieën, dezelfde patronen: een persoonlijke "
                    "zoektocht of krenking, een netwerk dat antwoorden en erkenning biedt, een "
                    "vijandbeeld en afstand van vroegere steunfiguren. Daarom werkt telkens "
                    "dezelfde basis: contact, doorvragen, grenzen, overleg en proportionaliteit."
                ),
                "points": 2,
                "pairs": [
                    {
                        "left": (
                            "Jonas (17), die memes deelt en elke avond op een Discordserver zit "
                            "waar hij gewaardeerd wordt om zijn video-edits"
                        ),
                        "right": (
                            "Humor is vaak de instap en erkenning de aantrekkingskracht: zoek mee "
                            "naar plekken waar hij die erkenning ook offline vindt."
                        ),
                    },
                    {
                        "left": (
                            "Bilal (18), die zich na de dood van zijn oom afkeert van zijn "
                            "vrienden in het jeugdhuis"
                        ),
                        "right": (
                            "Maak van geloofsvragen geen veiligheidskwestie: help hem ze te "
                            "stellen aan iemand die hij zelf vertrouwt."
                        ),
                    },
                    {
                        "left": (
                            "Kevin (23), die na een nieuwe afwijzing zegt dat het ‘voor niemand "
                            "uitmaakt’ als hij er niet meer is"
                        ),
                        "right": (
                            "Kijk ook naar het risico voor de persoon zelf: vraag rechtstreeks "
                            "naar gedachten aan zelfdoding."
                        ),
                    },
                    {
                        "left": (
                            "Marc, de vader van Femke (20), die aan het onthaal van het sociaal "
                            "huis vraagt of hij zijn dochter moet aangeven"
                        ),
                        "right": (
                            "Ouders zijn bondgenoten: help de band te herstellen, verbind met "
                            "ondersteuning en laat geen eigen onderzoek voeren."
                        ),
                    },
                ],
            },
            {
                "type": "ordering",
                "title": "Vijf vragen bij elke casus",
                "prompt": (
                    "Het kader ‘Vijf vragen bij elke casus’ helpt je om rustig na te denken, in "
                    "plaats van te reageren vanuit angst of onbehagen. Zet de vijf vragen in de "
                    "volgorde van het kader."
                ),
                "general_feedback": (
                    "Je begint bij feiten, niet bij interpretaties. Daarna sta je stil bij wat je "
                    "niet weet, bij de context en bij wat er sterk is. Pas dan bepaal je met wie "
                    "je overlegt en welke stap nu proportioneel is."
                ),
                "points": 1,
                "items": [
                    {"text": "Wat zie en hoor ik precies?"},
                    {"text": "Wat weet ik niet?"},
                    {"text": "Wat is de context?"},
                    {"text": "Wat is er sterk?"},
                    {"text": "Wie heb ik nodig?"},
                ],
            },
            {
                "type": "short_answer",
                "title": "Ondersteuning voor ouders van een meerderjarige",
                "prompt": (
                    "Marc zoekt steun voor zichzelf en zijn gezin, en Femke is meerderjarig. Naar "
                    "welke welzijnsorganisatie, die ook ouders van meerderjarige kinderen helpt "
                    "met vragen over opvoeding, gezin en relaties, kun je hem doorverwijzen? Je "
                    "mag de afkorting gebruiken."
                ),
                "general_feedback": (
                    "Het CAW (Centrum Algemeen Welzijnswerk) ondersteunt ook ouders van "
                    "meerderjarige kinderen. Daarnaast kunnen oudergroepen, lotgenotencontact en "
                    "de geestelijke gezondheidszorg helpen. Zorg dat ouders niet van het kastje "
                    "naar de muur gestuurd worden."
                ),
                "points": 1,
                "case_sensitive": False,
                "accents_matter": False,
                "accepted_answers": [
                    {"text": "CAW", "credit": 100},
                    {"text": "het CAW", "credit": 100},
                    {"text": "Centrum Algemeen Welzijnswerk", "credit": 100},
                    {"text": "Centrum voor Algemeen Welzijnswerk", "credit": 100},
                    {"text": "algemeen welzijnswerk", "credit": 100},
                ],
            },
            {
                "type": "scenario_judgement",
                "title": "Een cliënt die de staat niet meer erkent",
                "prompt": (
                    "Hoe geschikt is elke reactie? Geef elke reactie een score van 1 (slecht) tot "
                    "5 (zeer goed)."
                ),
                "general_feedback": (
                    "Wantrouwen tegenover de overheid is op zich geen signaal. Je zorg groeit "
                    "wanneer een vijandbeeld zich richt op concrete personen en wanneer "
                    "bedreigingen of geweld gerechtvaardigd worden. Reageer dan met een grens, "
                    "doorvragen en snel intern overleg."
                ),
                "points": 2,
                "mode": "rate",
                "situation": (
                    "Je bent maatschappelijk werker bij het OCMW. Pieter (41) krijgt al een jaar "
                    "begeleiding bij zijn schulden. De laatste maanden zegt hij dat hij ‘geen "
                    "contract heeft met de Belgische staat’, weigert hij documenten te "
                    "ondertekenen en volgt hij online groepen die de overheid als vijand zien. "
                    "Vandaag zegt hij over een schepen: ‘Die verrader gaat binnenkort wel zien wat "
                    "hem overkomt.’ Hij noemt geen datum en geen plan."
                ),
                "responses": [
                    {
                        "text": (
                            "Je zegt rustig dat je bedreigingen aan iemands adres niet aanvaardt, "
                            "vraagt wat hij bedoelt en wat er de laatste tijd gebeurd is, en "
                            "bespreekt het gesprek dezelfde dag met je teamverantwoordelijke."
                        ),
                        "expert_rating": 5,
                        "feedback": (
                            "Goed. Je trekt een duidelijke grens, vraagt door op de zin die je "
                            "verontrust en blijft niet alleen met je zorg. Achter het wantrouwen "
                            "zitten vaak onmacht en financiële stress. Groeit de zorg, dan vraagt "
                            "je organisatie advies aan de lokale coördinator radicalisering."
                        ),
                    },
                    {
                        "text": (
                            "Je gaat uitgebreid in op zijn juridische argumenten en legt uit "
                            "waarom ze niet kloppen."
                        ),
                        "expert_rating": 2,
                        "feedback": (
                            "Inhoudelijk heb je gelijk, maar een debat over pseudojuridische "
                            "theorieën win je zelden: tegenargumenten gelden in zulke groepen als "
                            "bewijs dat jij bij het systeem hoort. Ondertussen blijft de uitspraak "
                            "over de schepen liggen."
                        ),
                    },
                    {
                        "text": "Je belt meteen de politie, terwijl Pieter nog in je bureau zit.",
                        "expert_rating": 2,
                        "feedback": (
                            "Je neemt de uitspraak terecht ernstig. Maar er is geen concreet plan "
                            "of acute dreiging, en zo breek je het contact. Overleg dezelfde dag "
                            "intern; meteen de politie bellen doe je bij een acute en concrete "
                            "dreiging."
                        ),
                    },
                    {
                        "text": (
                            "Je stopt de begeleiding: wie de staat niet erkent, kan ook geen hulp "
                            "van het OCMW verwachten."
                        ),
                        "expert_rating": 1,
                        "feedback": (
                            "Zo verliest Pieter een van zijn laatste contacten met de "
                            "hulpverlening, en krijgt hij het bewijs dat ‘het systeem’ tegen hem "
                            "is. Zijn schulden en zijn uitspraak over de schepen blijven "
                            "onopgevolgd."
                        ),
                    },
                ],
            },
            {
                "type": "essay",
                "title": "Een nieuwe casus analyseren",
                "prompt": (
                    "Je bent jeugdconsulent van de gemeente en begeleidt de jongerenraad. Elias "
                    "(16) is een gedreven lid, maar de laatste weken deelt hij in de groepschat "
                    "filmpjes over schietpartijen op scholen in het buitenland, met grapjes als "
                    "‘wie doet het hier eens?’. Een duidelijke ideologie zie je niet. Andere leden "
                    "noemen het ‘gewoon zwarte humor’; één lid voelt zich er ongemakkelijk bij en "
                    "spreekt je aan. Analyseer deze situatie met de vijf vragen uit het kader en "
                    "stel een proportionele aanpak voor, in maximaal 300 woorden."
                ),
                "general_feedback": (
                    "Vergelijk je antwoord met de les ‘Werken met casussen: een kader’ en met de "
                    "terugblik op de vier casussen. Een trainer geeft je persoonlijke feedback."
                ),
                "points": 2,
                "max_words": 300,
                "guidance_for_graders": (
                    "Een goed antwoord: (1) beschrijft feiten zonder labels: wat Elias deelde en "
                    "zei, waar, hoe vaak en sinds wanneer; (2) benoemt wat nog onbekend is, zoals "
                    "wat Elias zelf bedoelt, hoe het thuis en op school gaat en of er andere "
                    "signalen of concrete plannen zijn, en wie die informatie kan hebben; (3) "
                    "verkent de context: school, gezin, vrienden en online leefwereld; (4) ziet "
                    "wat er sterk is: zijn engagement in de jongerenraad, de band met de "
                    "consulent, het lid dat zijn ongemak durfde te melden; (5) erkent dat een "
                    "fascinatie voor geweld ook zonder duidelijke ideologie zorg verdient, zonder "
                    "dat één grap iets bewijst; (6) stelt een proportionele aanpak voor: nog "
                    "dezelfde dag overleggen met de eigen leidinggevende, een rustig "
                    "één-op-ééngesprek met open vragen en een duidelijke grens, aandacht voor de "
                    "leden die zich ongemakkelijk voelen, en afhankelijk van wat blijkt contact "
                    "met ouders, school of CLB en advies van de lokale coördinator radicalisering; "
                    "bij concrete plannen of een acute dreiging meteen de politie (101 of 112); "
                    "(7) vermijdt uitsluiting, publieke terechtwijzing, eigen onderzoek in "
                    "privékanalen en beloften van geheimhouding."
                ),
            },
        ],
    },
}
