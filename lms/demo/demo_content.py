"""Dutch demo content for the Vormingsplatform: three courses and a set of good practices.

Pure data, read by the demo seeding code. Every lesson body is a list of StreamField blocks
({"type": ..., "value": ...}); the seeding code adds the media files for video, image and
resource blocks. All people in examples and case scenarios are fictional and named by first name
only. Radicalisation is treated as a process that can start from any ideology; the examples
deliberately vary far-right, religiously inspired, far-left, anti-government/conspiracy and
incel/misogynist extremism. Good practices are illustrative and generic; contacts are services on
the .example domain, never persons.
"""

COURSES = [
    {
        "title": "Signalen van radicalisering herkennen",
        "slug": "signalen-van-radicalisering-herkennen",
        "summary": (
            "Wat is radicalisering eigenlijk, en wanneer wordt een onbehaaglijk gevoel een "
            "signaal? In deze vorming leer je radicalisering zien als een proces dat vanuit elke "
            "ideologie gelijkaardige mechanismen volgt. Je oefent om signalen in hun context te "
            "lezen zonder te stigmatiseren, en je weet wie je erbij haalt als je zorg groeit."
        ),
        "learning_goals": (
            "<ul><li>Je omschrijft radicalisering als een proces en maakt het onderscheid tussen "
            "radicale ideeën, extremisme en gewelddadig extremisme.</li><li>Je herkent mogelijke "
            "signalen in gedrag, taal, netwerk en online activiteit, ongeacht de "
            "ideologie.</li><li>Je legt uit waarom één signaal niets bewijst en weegt signalen af "
            "tegen beschermende factoren.</li><li>Je kiest proportionele vervolgstappen: het "
            "gesprek aangaan, overleggen met collega's en het CLB, en indien nodig de LIVC-R via "
            "het lokaal bestuur.</li></ul>"
        ),
        "audiences": [
            "teacher",
            "pupil_guidance",
            "youth_worker",
            "welfare_worker",
            "job_counsellor",
            "faith_worker",
            "local_official",
        ],
        "themes": [
            "signals",
            "polarisation",
            "online",
            "resilience",
            "cooperation",
        ],
        "estimated_minutes": 120,
        "modules": [
            {
                "title": "Radicalisering begrijpen",
                "slug": "radicalisering-begrijpen",
                "intro": (
                    "Voor je signalen kunt lezen, heb je een gedeelde taal nodig. In deze module "
                    "verken je wat radicalisering is, waarom het vanuit elke ideologie op "
                    "gelijkaardige manieren verloopt en wat jongeren er vatbaar of net weerbaar "
                    "voor maakt."
                ),
                "lessons": [
                    {
                        "title": "Wat is radicalisering?",
                        "slug": "wat-is-radicalisering",
                        "estimated_minutes": 15,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>Radicaal is nog geen extremist</h2><p>Radicaal denken is "
                                    "op zich niet verboden of gevaarlijk. Veel maatschappelijke "
                                    "vooruitgang begon bij mensen die radicaal anders dachten dan "
                                    "de meerderheid. In deze vorming spreken we van "
                                    "<b>radicalisering</b> als een proces waarin iemand steeds "
                                    "sterker gelooft dat de samenleving fundamenteel moet "
                                    "veranderen, en steeds meer bereid wordt om daarvoor de "
                                    "democratische rechtsstaat opzij te schuiven of geweld te "
                                    "aanvaarden, goed te keuren of aan te moedigen.</p><p>Een "
                                    "helder onderscheid helpt je om proportioneel te "
                                    "reageren:</p><ul><li><b>Radicale ideeën</b>: scherpe, soms "
                                    "schurende standpunten. Die horen bij een democratie en bij "
                                    "het zoeken van jongeren naar een eigen mening. Hier is het "
                                    "gesprek je belangrijkste "
                                    "instrument.</li><li><b>Extremisme</b>: het afwijzen van de "
                                    "democratische rechtsstaat en van de gelijkwaardigheid van "
                                    "mensen. Hier groeit je zorg en overleg je met "
                                    "collega's.</li><li><b>Gewelddadig extremisme</b>: geweld "
                                    "goedkeuren, voorbereiden of plegen om een ideologisch doel te "
                                    "bereiken. Hier kan naast zorg ook een veiligheidsreactie "
                                    "nodig zijn.</li></ul><h2>Een proces, geen profiel</h2><p>Er "
                                    "bestaat geen eenduidig profiel van ‘de’ radicaliserende "
                                    "jongere. Jongeren uit kansarme en kansrijke gezinnen, goede "
                                    "en zwakke leerlingen, gelovigen en niet-gelovigen: het proces "
                                    "kan iedereen raken. Wel zien we vaak een combinatie van vier "
                                    "elementen: een persoonlijke zoektocht naar identiteit, erbij "
                                    "horen of betekenis; een ervaring van onrecht of krenking; een "
                                    "ideologie die daar een eenvoudig verhaal over vertelt; en een "
                                    "netwerk, offline of online, dat dat verhaal voortdurend "
                                    "bevestigt.</p><p>Dat proces verloopt niet rechtlijnig en is "
                                    "niet onomkeerbaar. Veel jongeren stappen er zelf weer uit, "
                                    "zeker als er volwassenen in hun buurt zijn die contact "
                                    "houden. Precies daar ligt jouw rol als eerstelijnswerker: je "
                                    "hoeft geen expert in ideologieën te zijn om een verschil te "
                                    "maken.</p>"
                                ),
                            },
                            {
                                "type": "video",
                                "value": {
                                    "title": "Radicalisering: een proces, geen profiel",
                                    "transcript": (
                                        "<p><i>Een trainer legt in vijf minuten de basisbegrippen "
                                        "uit. Het personage is fictief.</i></p><p><b>Trainer:</b> "
                                        "Wanneer we het woord radicalisering horen, denken velen "
                                        "meteen aan één bepaalde groep of één bepaald geloof. Dat "
                                        "beeld klopt niet, en het helpt ons ook niet. "
                                        "Radicalisering is een proces dat we zien bij jongeren en "
                                        "volwassenen die aangetrokken worden door extreemrechtse "
                                        "bewegingen, door groepen die zich op een religie "
                                        "beroepen, door extreemlinkse actiegroepen, door "
                                        "complotbewegingen die de overheid als vijand zien, of "
                                        "door online gemeenschappen die vrouwen "
                                        "haten.</p><p><b>Trainer:</b> Wat die processen gemeen "
                                        "hebben, is belangrijker dan wat ze onderscheidt. Er is "
                                        "bijna altijd een persoonlijke zoektocht: wie ben ik, waar "
                                        "hoor ik bij, wat is de zin van mijn leven? Er is vaak een "
                                        "gevoel van onrecht, persoonlijk of namens een groep. Er "
                                        "is een ideologie die een eenvoudig antwoord geeft: er is "
                                        "een schuldige, en wij zijn de goeden. En er is een "
                                        "netwerk, op straat of online, dat dat verhaal voortdurend "
                                        "bevestigt.</p><p><b>Trainer:</b> Niet iedereen die zoekt, "
                                        "boos is of scherpe ideeën heeft, radicaliseert. "
                                        "Integendeel: de meeste jongeren doen dat niet. Het gevaar "
                                        "zit in de combinatie, en in het moment waarop iemand "
                                        "andere mensen niet langer als gelijkwaardig ziet en "
                                        "geweld begint te aanvaarden.</p><p><b>Trainer:</b> Als "
                                        "eerstelijnswerker heb je al veel in huis. Je kent de "
                                        "jongere, je merkt veranderingen op, je kunt een gesprek "
                                        "aangaan. Die relatie is een van de sterkste beschermende "
                                        "factoren die we kennen. In deze vorming leer je signalen "
                                        "lezen zonder te stigmatiseren, en weet je wanneer je er "
                                        "anderen bij haalt.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": (
                                        "Denk aan iemand met wie je werkt en die scherpe "
                                        "standpunten heeft. Waar leg jij voor jezelf de grens "
                                        "tussen ‘radicaal, maar bespreekbaar’ en ‘hier maak ik me "
                                        "zorgen over’? Waarop baseer je die grens, en zou je "
                                        "dezelfde grens trekken bij iemand met een andere "
                                        "achtergrond of een ander wereldbeeld?"
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Eén proces, verschillende ideologieën",
                        "slug": "een-proces-verschillende-ideologieen",
                        "estimated_minutes": 20,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>Verschillende verhalen, dezelfde "
                                    "mechanismen</h2><p>Onderzoek toont dat een "
                                    "radicaliseringsproces vanuit welke ideologie ook "
                                    "gelijkaardige mechanismen volgt. De inhoud verschilt, de "
                                    "dynamiek lijkt sterk op elkaar. Enkele ideologische "
                                    "‘verpakkingen’ die je in Vlaanderen kunt "
                                    "tegenkomen:</p><ul><li><b>Extreemrechts</b>: het idee dat de "
                                    "eigen groep bedreigd wordt door migranten of minderheden, "
                                    "vaak met theorieën over een ‘omvolking’ of ‘grote "
                                    "vervanging’.</li><li><b>Religieus geïnspireerd "
                                    "extremisme</b>: een ideologie die een religie misbruikt om de "
                                    "wereld in te delen in ‘ware gelovigen’ en vijanden, en geweld "
                                    "tegen die vijanden rechtvaardigt. De overgrote meerderheid "
                                    "van de gelovigen wijst dat af en is er vaak zelf het eerste "
                                    "slachtoffer van.</li><li><b>Extreemlinks</b>: de overtuiging "
                                    "dat het politieke of economische systeem alleen met geweld of "
                                    "sabotage omvergeworpen kan worden.</li><li><b>Anti-overheid "
                                    "en complotdenken</b>: het wantrouwen dat een geheime elite "
                                    "alles stuurt, waarbij overheden, journalisten of "
                                    "wetenschappers als vijanden worden "
                                    "gezien.</li><li><b>Incelcultuur en vrouwenhaat</b>: online "
                                    "subculturen waarin mannen hun eenzaamheid of afwijzing wijten "
                                    "aan vrouwen en aan de samenleving, soms met verheerlijking "
                                    "van geweld.</li><li><b>Mengvormen</b>: steeds vaker "
                                    "combineren jongeren elementen uit verschillende ideologieën, "
                                    "of is er geen duidelijke ideologie maar wel een fascinatie "
                                    "voor geweld.</li></ul><h3>De gemeenschappelijke "
                                    "noemer</h3><p>In al die verhalen vind je dezelfde bouwstenen "
                                    "terug: scherp wij-zijdenken, een vijandbeeld dat mensen "
                                    "ontmenselijkt, een gevoel van urgentie (‘als we nu niets "
                                    "doen, is het te laat’), een heldenrol voor wie in actie komt, "
                                    "en een afwijzing van de democratische weg als traag, corrupt "
                                    "of zinloos.</p><h3>Trap niet in de val van het "
                                    "culturaliseren</h3><p>De religieuze of ideologische "
                                    "verpakking kan verlammend werken: we denken dat we eerst "
                                    "expert in een religie of ideologie moeten worden voor we iets "
                                    "mogen zeggen. Dat hoeft niet. Kijk naar het proces en naar de "
                                    "mens, niet naar afkomst, huidskleur of geloof. Wie een hele "
                                    "gemeenschap viseert, voedt net het wij-zijverhaal waar "
                                    "extremisten op teren, en verliest het vertrouwen van de "
                                    "mensen die het meest kunnen helpen.</p>"
                                ),
                            },
                            {
                                "type": "image",
                                "value": {
                                    "alt_text": (
                                        "Schema met vier overlappende cirkels met de woorden "
                                        "persoonlijke zoektocht, ervaren onrecht, ideologie en "
                                        "netwerk; waar de cirkels samenkomen staat het woord "
                                        "radicaliseringsproces."
                                    ),
                                    "caption": (
                                        "Radicalisering ontstaat zelden door één factor. Het is de "
                                        "samenloop van zoektocht, onrecht, ideologie en netwerk "
                                        "die het proces voedt, ongeacht de ideologie."
                                    ),
                                },
                            },
                            {
                                "type": "resource",
                                "value": {
                                    "title": "Fiche: ideologieën en hun kernverhaal",
                                    "description": (
                                        "Een overzicht van twee pagina's met de belangrijkste "
                                        "extremistische stromingen die in Vlaanderen voorkomen: "
                                        "hun kernverhaal, het vijandbeeld dat ze gebruiken en de "
                                        "gemeenschappelijke mechanismen. Bedoeld als achtergrond, "
                                        "niet als checklist om personen in te delen."
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Polarisatie en weerbaarheid",
                        "slug": "polarisatie-en-weerbaarheid",
                        "estimated_minutes": 15,
                        "required": False,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>Polarisatie als voedingsbodem</h2><p>Polarisatie is een "
                                    "denkproces waarin groepen steeds scherper tegenover elkaar "
                                    "komen te staan. Dat gebeurt in klassen, wijken en op sociale "
                                    "media, zeker na schokkende gebeurtenissen zoals een aanslag, "
                                    "een oorlog in het nieuws of een gewelddadig incident in de "
                                    "buurt. Een veelgebruikt denkmodel onderscheidt verschillende "
                                    "rollen:</p><ul><li><b>de trekkers</b> aan beide polen, die "
                                    "het wij-zijverhaal aanwakkeren;</li><li><b>de meelopers</b>, "
                                    "die onder druk kiezen voor een kant;</li><li><b>het stille "
                                    "midden</b>, dat niet wil kiezen maar voortdurend gevraagd "
                                    "wordt om dat wel te doen;</li><li><b>de bruggenbouwers</b>, "
                                    "die willen verzoenen maar vaak van beide kanten onder vuur "
                                    "komen te liggen;</li><li><b>de zondebok</b>, een persoon of "
                                    "groep die de schuld krijgt.</li></ul><p>Als professional ben "
                                    "je snel geneigd om de bruggenbouwer te spelen of in discussie "
                                    "te gaan met de trekkers. Vaak werkt het beter om je te "
                                    "richten op het stille midden: geef het een stem, stel vragen "
                                    "die gedeelde zorgen zichtbaar maken, en verschuif het gesprek "
                                    "van ‘wie heeft schuld’ naar ‘wat hebben we "
                                    "nodig’.</p><h2>Weerbaarheid versterken</h2><p>Er bestaat geen "
                                    "eenduidig profiel van ‘de kwetsbare jongere’. Toch weten we "
                                    "welke factoren jongeren sterker maken tegenover boodschappen "
                                    "die geweld aanvaarden, goedkeuren of "
                                    "aanmoedigen:</p><ul><li>een goede band met minstens één "
                                    "volwassene die hen serieus neemt;</li><li>het gevoel erbij te "
                                    "horen: op school, in de jeugdwerking, op het werk of in de "
                                    "buurt;</li><li>toekomstperspectief: een opleiding, een job, "
                                    "een plek waar ze iets betekenen;</li><li>kritisch kunnen "
                                    "omgaan met informatie en met manipulatie "
                                    "online;</li><li>kunnen omgaan met complexiteit en met mensen "
                                    "die anders denken;</li><li>een identiteit die uit meer "
                                    "bestaat dan één ‘wij’.</li></ul><p>Specifieke maatregelen "
                                    "tegen radicalisering hebben weinig zin als we niet tegelijk "
                                    "werken aan een inclusieve samenleving: racisme en "
                                    "discriminatie krachtig aanpakken, voorkomen dat jongeren "
                                    "zonder diploma de school verlaten, toegankelijke "
                                    "hulpverlening en een sterk jeugdwerk. Wie zich gewaardeerd "
                                    "voelt en een toekomst ziet, is minder vatbaar voor wie een "
                                    "vijand aanwijst.</p>"
                                ),
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": (
                                        "Kies een situatie uit je werk waarin je polarisatie "
                                        "voelde, bijvoorbeeld na een aanslag of een incident in de "
                                        "buurt. Wie waren de trekkers, wie hoorde bij het stille "
                                        "midden? Wat zou je vandaag anders doen om dat stille "
                                        "midden een stem te geven?"
                                    ),
                                },
                            },
                        ],
                    },
                ],
            },
            {
                "title": "Signalen lezen en wegen",
                "slug": "signalen-lezen-en-wegen",
                "intro": (
                    "Een signaal is een vraag, geen antwoord. In deze module leer je signalen in "
                    "gedrag, taal, netwerk en online activiteit in hun context lezen, zonder te "
                    "stigmatiseren, en kies je een proportionele vervolgstap."
                ),
                "lessons": [
                    {
                        "title": "Signalen in gedrag, taal en netwerk",
                        "slug": "signalen-in-gedrag-taal-en-netwerk",
                        "estimated_minutes": 25,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>Een signaal is een vraag, geen antwoord</h2><p>Een "
                                    "signaal is een waarneming die je doet stilstaan. Het is geen "
                                    "diagnose en geen bewijs. Veel signalen die met radicalisering "
                                    "in verband worden gebracht, horen evengoed bij gewone "
                                    "puberteit, bij een persoonlijke crisis, bij psychische "
                                    "problemen of gewoon bij het zoeken naar een eigen mening. "
                                    "Lees signalen daarom altijd in hun "
                                    "context:</p><ul><li><b>Verandering</b>: wat is anders dan "
                                    "vroeger bij deze persoon? Je vergelijkt met de persoon zelf, "
                                    "niet met een stereotype.</li><li><b>Samenhang</b>: staat het "
                                    "signaal op zich, of zie je meerdere signalen die in dezelfde "
                                    "richting wijzen?</li><li><b>Intensiteit en duur</b>: gaat het "
                                    "om een uitspraak in een opwelling, of om een patroon over "
                                    "weken en maanden?</li><li><b>Geweld</b>: wordt geweld "
                                    "aanvaard, goedgekeurd of aangemoedigd? Dat is het "
                                    "belangrijkste kantelpunt.</li><li><b>Beschermende "
                                    "factoren</b>: welke relaties, plannen en bronnen van steun "
                                    "zijn er nog?</li></ul><h3>Let op je eigen "
                                    "bril</h3><p>Iedereen kijkt door een bril. Een uitspraak van "
                                    "een jongere met een migratieachtergrond wordt soms sneller "
                                    "als ‘radicaal’ gelezen dan dezelfde uitspraak van een andere "
                                    "jongere, terwijl extreemrechtse uitspraken soms worden "
                                    "weggezet als ‘stoere praat’. Vraag je telkens af: zou ik "
                                    "hetzelfde denken als een andere jongere dit zei of "
                                    "deed?</p><h3>Beschrijf wat je ziet, niet wat je "
                                    "denkt</h3><p>Als je je zorg deelt met een collega of het CLB, "
                                    "beschrijf dan feitelijk wat je gezien of gehoord hebt: "
                                    "wanneer, waar en in welke woorden. ‘Hij zei in de les dat de "
                                    "daders van de aanslag helden zijn’ is bruikbaarder dan ‘hij "
                                    "is aan het radicaliseren’. Noteer dit alleen in de systemen "
                                    "en volgens de afspraken van je eigen "
                                    "organisatie.</p><p>Hieronder vind je vier signaalkaarten. Ze "
                                    "tonen telkens wat een signaal kan betekenen, wat het níet "
                                    "bewijst en welke stap proportioneel is.</p>"
                                ),
                            },
                            {
                                "type": "signal_card",
                                "value": {
                                    "signal": (
                                        "Een jongere deelt memes of beelden die een "
                                        "bevolkingsgroep belachelijk maken of ontmenselijken"
                                    ),
                                    "what_it_can_mean": (
                                        "<p>De jongere kan in aanraking gekomen zijn met online "
                                        "milieus waar haat als humor wordt verpakt. "
                                        "Extreemrechtse, maar ook andere extremistische groepen "
                                        "gebruiken ironie en memes bewust als instap: wie "
                                        "meelacht, hoort erbij. Het kan ook gaan om provocatie, om "
                                        "erbij willen horen in een groep, of om het aftasten van "
                                        "grenzen.</p>"
                                    ),
                                    "what_it_does_not_prove": (
                                        "<p>Eén gedeelde meme bewijst niet dat iemand een "
                                        "extremistische overtuiging heeft. Veel jongeren delen "
                                        "beelden zonder de achtergrond of de symbolen te kennen. "
                                        "<b>Eén signaal op zich zegt nooit genoeg</b>: kijk of er "
                                        "ook andere veranderingen zijn, in taal, in vriendschappen "
                                        "of in de houding tegenover geweld.</p>"
                                    ),
                                    "what_to_do_next": (
                                        "<ul><li>Benoem rustig dat de inhoud kwetsend is voor "
                                        "anderen en dat je dat niet aanvaardt, zonder de jongere "
                                        "als persoon af te wijzen.</li><li>Vraag in een "
                                        "één-op-éénmoment wat hij of zij ermee bedoelde en waar de "
                                        "meme vandaan komt.</li><li>Bespreek het met een collega "
                                        "of de leerlingenbegeleiding: zo merk je of anderen ook "
                                        "iets opvalt.</li><li>Nemen de signalen toe, betrek dan "
                                        "het CLB of het interne aanspreekpunt van je "
                                        "organisatie.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "signal_card",
                                "value": {
                                    "signal": (
                                        "Een jongere keert zich af van vrienden, hobby's en "
                                        "familie en noemt hen ‘blind’, ‘slapend’ of ‘ongelovig’"
                                    ),
                                    "what_it_can_mean": (
                                        "<p>Afzondering in combinatie met een afwijzend oordeel "
                                        "over de vroegere omgeving kan wijzen op wij-zijdenken: "
                                        "wie niet ‘ontwaakt’ is of niet ‘zuiver’ leeft, hoort er "
                                        "niet meer bij. Dat zie je bij complotdenkers (‘schapen’), "
                                        "bij extreemrechtse groepen (‘volksverraders’) en bij "
                                        "religieus geïnspireerde extremisten (‘ongelovigen’). Een "
                                        "nieuw netwerk neemt dan de plaats in van het oude.</p>"
                                    ),
                                    "what_it_does_not_prove": (
                                        "<p>Jongeren veranderen voortdurend van vriendengroep en "
                                        "interesses. Terugtrekken kan ook wijzen op somberheid, "
                                        "pesten, een conflict thuis of een verliefdheid. <b>Eén "
                                        "signaal bewijst niets.</b> Wat je zorg verdient, is de "
                                        "combinatie van isolement en een vijandbeeld tegenover wie "
                                        "anders denkt.</p>"
                                    ),
                                    "what_to_do_next": (
                                        "<ul><li>Houd contact en blijf uitnodigen, ook als de "
                                        "jongere afhoudt. Een open deur is een beschermende "
                                        "factor.</li><li>Vraag met oprechte interesse naar de "
                                        "nieuwe vrienden en naar wat ze de jongere "
                                        "geven.</li><li>Ga bij collega's, en waar dat passend is "
                                        "bij ouders, na of zij iets gelijkaardigs "
                                        "merken.</li><li>Overleg met het CLB, het CAW of je "
                                        "interne zorgteam als het isolement toeneemt.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "signal_card",
                                "value": {
                                    "signal": (
                                        "Een jongere spreekt met begrip of bewondering over geweld "
                                        "of over daders van aanslagen"
                                    ),
                                    "what_it_can_mean": (
                                        "<p>Wie geweld goedkeurt of daders als helden ziet, zet "
                                        "een belangrijke stap in het radicaliseringsproces: geweld "
                                        "wordt een denkbare optie. Het kan gaan over daders van "
                                        "jihadistische aanslagen, extreemrechtse schutters, incels "
                                        "die vrouwen aanvielen of militante activisten. Het kan "
                                        "ook een uiting zijn van woede, onmacht of de wens om te "
                                        "choqueren.</p>"
                                    ),
                                    "what_it_does_not_prove": (
                                        "<p>Een uitspraak in een opwelling, vlak na een schokkend "
                                        "nieuwsbericht of in een verhitte discussie, is nog geen "
                                        "bewijs van een gewelddadige overtuiging. <b>Ook dit "
                                        "signaal staat nooit alleen</b>: let op herhaling, op "
                                        "concrete plannen, op fascinatie voor wapens en op een "
                                        "netwerk dat die ideeën voedt.</p>"
                                    ),
                                    "what_to_do_next": (
                                        "<ul><li>Reageer niet met paniek, maar ook niet met "
                                        "stilte: zeg dat je geweld tegen mensen niet aanvaardt en "
                                        "vraag door naar wat de jongere bedoelt.</li><li>Deel je "
                                        "zorg dezelfde dag met een collega, je leidinggevende of "
                                        "de leerlingenbegeleiding.</li><li>Bij herhaling of samen "
                                        "met andere signalen: overleg met het CLB of je "
                                        "hulpverleningsdienst, en vraag via je organisatie advies "
                                        "aan de lokale coördinator radicalisering. Die kan "
                                        "beslissen om de situatie in de LIVC-R te "
                                        "bespreken.</li><li>Bij een <b>acute en concrete "
                                        "dreiging</b> voor iemands veiligheid bel je de politie "
                                        "(101 of 112).</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "signal_card",
                                "value": {
                                    "signal": (
                                        "Een jongere verandert plots van kledij, uiterlijk of "
                                        "levensbeschouwelijke praktijk"
                                    ),
                                    "what_it_can_mean": (
                                        "<p>Een verandering in uiterlijk of religieuze beleving is "
                                        "meestal een teken van een persoonlijke zoektocht naar "
                                        "identiteit, betekenis of houvast. Dat is gezond en hoort "
                                        "bij opgroeien. Alleen in combinatie met andere signalen, "
                                        "zoals het afwijzen van iedereen die anders denkt of het "
                                        "goedkeuren van geweld, kan het deel zijn van een "
                                        "zorgwekkend proces.</p>"
                                    ),
                                    "what_it_does_not_prove": (
                                        "<p><b>Een hoofddoek, een baard, bidden, vasten, een "
                                        "kaalgeschoren hoofd of zwarte kleren zijn op zich geen "
                                        "signalen van radicalisering.</b> Levensbeschouwing en "
                                        "uiterlijk zijn vrijheden. Wie hier te snel op reageert, "
                                        "stigmatiseert een hele groep en beschadigt het vertrouwen "
                                        "dat je net nodig hebt.</p>"
                                    ),
                                    "what_to_do_next": (
                                        "<ul><li>Reageer op de verandering zoals je op elke andere "
                                        "verandering zou reageren: met interesse en "
                                        "respect.</li><li>Vraag, als de relatie het toelaat, wat "
                                        "de verandering voor de jongere betekent.</li><li>Spreek "
                                        "collega's aan die hier snel conclusies uit trekken, en "
                                        "bespreek samen wat jullie werkelijk zien.</li><li>Alleen "
                                        "als er andere, inhoudelijke signalen bijkomen, bespreek "
                                        "je je zorg met de leerlingenbegeleiding of het "
                                        "CLB.</li></ul>"
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Online signalen",
                        "slug": "online-signalen",
                        "estimated_minutes": 20,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>De online leefwereld</h2><p>Voor veel jongeren bestaat er "
                                    "geen scherpe grens tussen online en offline. Ze gamen met "
                                    "vrienden, chatten in groepen, volgen makers op "
                                    "videoplatformen en vinden online erkenning die ze elders soms "
                                    "missen. Extremistische groepen weten dat: ze zijn aanwezig "
                                    "waar jongeren zijn en spreken hun taal.</p><h3>Hoe online "
                                    "radicalisering werkt</h3><ul><li><b>Humor en ironie als "
                                    "instap</b>: memes en grappen maken extreme ideeën luchtig. "
                                    "‘Het is maar een grap’ beschermt de boodschap tegen "
                                    "kritiek.</li><li><b>Algoritmes</b>: wie op één video klikt, "
                                    "krijgt er meer van hetzelfde, telkens een beetje extremer. Zo "
                                    "ontstaat een tunnel waarin andere stemmen "
                                    "verdwijnen.</li><li><b>Gesloten groepen</b>: op chat- en "
                                    "gameplatformen ontstaan kleine gemeenschappen waarin jongeren "
                                    "erkenning krijgen en waar de toon stap voor stap "
                                    "verhardt.</li><li><b>Codetaal</b>: cijfercodes, emoji's en "
                                    "jargon maken een groep herkenbaar voor insiders en "
                                    "onzichtbaar voor buitenstaanders.</li></ul><h3>Jouw rol: "
                                    "nieuwsgierig, niet controlerend</h3><p>Je hoeft geen online "
                                    "expert te zijn, en je bent geen onderzoeker. Maak geen "
                                    "nepprofielen aan, volg jongeren niet heimelijk op hun "
                                    "privékanalen en verzamel geen schermafbeeldingen buiten de "
                                    "afspraken van je organisatie. Wat je wel kunt: interesse "
                                    "tonen in hun online leefwereld, vragen stellen over wat ze "
                                    "zien en delen, en hun kritisch denken versterken. Krijg je "
                                    "iets te zien dat je verontrust, bespreek het dan met je "
                                    "leidinggevende of het aanspreekpunt in je "
                                    "organisatie.</p><p>Kom je openbare inhoud tegen die oproept "
                                    "tot haat of geweld, dan kun je die melden bij het platform "
                                    "zelf en, als ze strafbaar lijkt, bij de politie.</p>"
                                ),
                            },
                            {
                                "type": "signal_card",
                                "value": {
                                    "signal": (
                                        "Een jongere gebruikt codes, cijfers of jargon uit "
                                        "extremistische online subculturen"
                                    ),
                                    "what_it_can_mean": (
                                        "<p>Codetaal kan erop wijzen dat iemand tijd doorbrengt in "
                                        "online milieus waar extreme ideeën circuleren. Denk aan "
                                        "cijfercodes uit extreemrechtse kringen, termen als ‘black "
                                        "pill’ uit incelfora, of verwijzingen naar ‘ontwaakt zijn’ "
                                        "in complotgroepen. Wie de taal overneemt, zoekt vaak "
                                        "aansluiting bij de groep.</p>"
                                    ),
                                    "what_it_does_not_prove": (
                                        "<p>Jongeren nemen voortdurend internettaal over, vaak "
                                        "zonder de betekenis of de oorsprong te kennen. Een term "
                                        "kan ook uit een game, een meme of een serie komen. <b>Eén "
                                        "woord of code bewijst geen overtuiging.</b> Kijk naar de "
                                        "context: hoe vaak, in welke toon en samen met welke "
                                        "andere signalen?</p>"
                                    ),
                                    "what_to_do_next": (
                                        "<ul><li>Vraag oprecht wat het woord of de code betekent "
                                        "en waar de jongere het gehoord heeft. Vaak opent dat een "
                                        "gesprek.</li><li>Informeer jezelf bij collega's of "
                                        "gespecialiseerde ondersteuning, zonder zelf op onderzoek "
                                        "te gaan in privékanalen.</li><li>Bespreek het met de "
                                        "leerlingenbegeleiding of je team als het gebruik toeneemt "
                                        "of samengaat met vijandige uitspraken.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "signal_card",
                                "value": {
                                    "signal": (
                                        "Een jongere zegt dat ‘de media liegen’ en vertrouwt "
                                        "alleen nog op ‘eigen onderzoek’"
                                    ),
                                    "what_it_can_mean": (
                                        "<p>Groot wantrouwen tegenover media, wetenschap en "
                                        "overheid kan een teken zijn dat iemand in een "
                                        "complotdenkend milieu terechtkomt. Zo'n wereldbeeld wordt "
                                        "zorgwekkend wanneer het een vijand aanwijst, zoals ‘de "
                                        "elite’, journalisten, politici of een bevolkingsgroep, en "
                                        "wanneer het verzet tegen die vijand rechtvaardigt, ook "
                                        "met geweld of bedreigingen.</p>"
                                    ),
                                    "what_it_does_not_prove": (
                                        "<p>Kritisch staan tegenover media en overheid is gezond "
                                        "en democratisch. Veel mensen die zich niet gehoord "
                                        "voelen, uiten dat wantrouwen zonder ooit aan geweld te "
                                        "denken. <b>Wantrouwen alleen is geen signaal van "
                                        "radicalisering.</b></p>"
                                    ),
                                    "what_to_do_next": (
                                        "<ul><li>Ga niet over elk feit in debat; vraag wat de "
                                        "jongere overtuigt en hoe hij of zij informatie "
                                        "controleert.</li><li>Erken het onderliggende gevoel, "
                                        "zoals onmacht of niet gehoord worden, zonder de conclusie "
                                        "over te nemen.</li><li>Let op vijandbeelden en "
                                        "bedreigingen aan het adres van concrete personen. "
                                        "Bespreek die met je leidinggevende of het CLB en, als je "
                                        "zorg groeit, via je organisatie met de lokale coördinator "
                                        "radicalisering.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "conversation_technique",
                                "value": {
                                    "title": (
                                        "Een nieuwsgierig gesprek over iemands online leefwereld"
                                    ),
                                    "intro": (
                                        "Een eerste gesprek is geen verhoor. Het doel is contact "
                                        "maken, begrijpen wat de jongere online zoekt en vindt, en "
                                        "een deur openzetten voor later. Je kunt dit gesprek "
                                        "voeren als leerkracht, jeugdwerker, consulent of "
                                        "hulpverlener."
                                    ),
                                    "steps": [
                                        {
                                            "step": (
                                                "Kies een rustig moment en een informele setting"
                                            ),
                                            "explanation": (
                                                "Een babbel na de les, tijdens een wandeling of "
                                                "bij een tas koffie voelt minder bedreigend dan "
                                                "een afspraak op het bureau van de directie."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Heb je vijf minuutjes? Ik wil gewoon eens "
                                                    "horen hoe het met je gaat."
                                                ),
                                                (
                                                    "Loop je even mee naar buiten? Ik moet toch "
                                                    "nog naar het andere gebouw."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Toon interesse in wat de jongere online doet",
                                            "explanation": (
                                                "Vraag eerst naar wat leuk en belangrijk is, niet "
                                                "meteen naar wat je verontrust."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Wat speel je de laatste tijd? Met wie speel "
                                                    "je dan?"
                                                ),
                                                (
                                                    "Welke kanalen volg jij eigenlijk? Wat spreekt "
                                                    "je daarin aan?"
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Benoem wat je zag, zonder oordeel",
                                            "explanation": (
                                                "Beschrijf feitelijk wat je opviel en vraag naar "
                                                "de betekenis. Laat ruimte voor een andere uitleg "
                                                "dan de jouwe."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Ik zag dat je gisteren een filmpje deelde in "
                                                    "de klasgroep. Ik ben benieuwd wat jij daarin "
                                                    "zag."
                                                ),
                                                (
                                                    "Je gebruikte een woord dat ik niet kende. Wat "
                                                    "betekent dat eigenlijk?"
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Deel je zorg in ik-taal",
                                            "explanation": (
                                                "Maak duidelijk dat je bezorgd bent om de persoon, "
                                                "niet dat je hem of haar beschuldigt."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Ik maak me een beetje zorgen, omdat je de "
                                                    "laatste tijd zo kwaad lijkt als het over dat "
                                                    "onderwerp gaat."
                                                ),
                                                (
                                                    "Ik wil dat je weet dat je bij mij "
                                                    "terechtkunt, ook als we het ergens niet over "
                                                    "eens zijn."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Spreek een vervolg af",
                                            "explanation": (
                                                "Eén gesprek is zelden genoeg. Laat weten dat de "
                                                "deur openstaat en spreek, als het kan, een "
                                                "volgend moment af."
                                            ),
                                            "example_phrasings": [
                                                "Zullen we volgende week nog eens verder babbelen?",
                                                (
                                                    "Als je online iets ziet waar je mee zit, mag "
                                                    "je het me altijd tonen."
                                                ),
                                            ],
                                        },
                                    ],
                                    "do": [
                                        "Luister meer dan je praat.",
                                        (
                                            "Vraag naar betekenis: wat spreekt je aan, wat geeft "
                                            "het je?"
                                        ),
                                        "Blijf rustig, ook als je iets schokkends hoort.",
                                        "Bespreek nadien met een collega hoe het gesprek verliep.",
                                    ],
                                    "dont": [
                                        (
                                            "Eis niet dat de jongere zijn of haar gsm toont of "
                                            "afgeeft om inhoud te controleren."
                                        ),
                                        "Ga niet meteen in debat over de inhoud van een filmpje.",
                                        "Beloof geen absolute geheimhouding.",
                                        "Lach de interesse van de jongere niet weg.",
                                    ],
                                },
                            },
                        ],
                    },
                    {
                        "title": "Van zorg naar actie",
                        "slug": "van-zorg-naar-actie",
                        "estimated_minutes": 25,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>Proportioneel reageren</h2><p>Wie zich zorgen maakt, wil "
                                    "vaak meteen ‘iets doen’. Toch is de juiste reactie meestal "
                                    "eenvoudiger dan je denkt: in gesprek gaan en je zorg delen. "
                                    "Hoe groter de zorg, hoe meer mensen je erbij betrekt. Zo "
                                    "reageer je proportioneel en blijf je de jongere zien als een "
                                    "persoon, niet als een risico.</p><ol><li><b>Waarnemen en in "
                                    "gesprek gaan.</b> Je bent vaak de eerste die iets merkt. "
                                    "Praat met de jongere en met collega's die hem of haar "
                                    "kennen.</li><li><b>Intern overleggen.</b> Bespreek je zorg "
                                    "met je leidinggevende, de zorgcoördinator, de cel "
                                    "leerlingenbegeleiding of je team. Samen zie je meer dan "
                                    "alleen.</li><li><b>Ondersteuning inschakelen.</b> Het CLB, "
                                    "het CAW, de geestelijke gezondheidszorg of de jeugdhulp "
                                    "kunnen de jongere en het gezin begeleiden. Zij hebben "
                                    "expertise die jij niet hoeft te hebben.</li><li><b>Lokaal "
                                    "afstemmen.</b> Groeit de zorg en wijzen meerdere signalen "
                                    "samen op een radicaliseringsproces, vraag dan via je "
                                    "organisatie advies aan de lokale coördinator radicalisering, "
                                    "meestal bij de dienst preventie van de gemeente. Die kan "
                                    "beslissen om de situatie te bespreken in de "
                                    "LIVC-R.</li><li><b>Bij acuut gevaar.</b> Is er een concrete "
                                    "en onmiddellijke dreiging voor iemands veiligheid, bel dan de "
                                    "politie via 101 of 112.</li></ol><h3>Wat is de "
                                    "LIVC-R?</h3><p>De lokale integrale veiligheidscel "
                                    "radicalisering (LIVC-R) is een overleg onder "
                                    "verantwoordelijkheid van de burgemeester, waarin lokale "
                                    "diensten en partners zoals preventie, welzijn, onderwijs, "
                                    "jeugd en politie individuele situaties bespreken. Het doel is "
                                    "in de eerste plaats preventief en zorggericht: welke "
                                    "ondersteuning heeft deze persoon nodig, en wie neemt wat op? "
                                    "Het overleg gebeurt binnen een wettelijk kader van gedeeld "
                                    "beroepsgeheim. Niet elke zorg hoort daar thuis: de meeste "
                                    "situaties worden opgevolgd in het gewone "
                                    "zorgnetwerk.</p><h3>Beroepsgeheim en discretie</h3><p>Je zorg "
                                    "delen is geen verklikken, maar je deelt alleen wat nodig is, "
                                    "met wie het nodig heeft. Ken de afspraken over beroepsgeheim "
                                    "en discretieplicht in je eigen sector en vraag bij twijfel "
                                    "raad aan je leidinggevende. Beloof een jongere nooit absolute "
                                    "geheimhouding, maar wees wel eerlijk over wat je met zijn of "
                                    "haar verhaal doet.</p>"
                                ),
                            },
                            {
                                "type": "image",
                                "value": {
                                    "alt_text": (
                                        "Schema met vijf opeenvolgende pijlen: in gesprek gaan, "
                                        "intern overleggen, ondersteuning inschakelen, lokaal "
                                        "afstemmen via de LIVC-R, en politie bij acuut gevaar. De "
                                        "eerste pijlen zijn breed, de laatste smal."
                                    ),
                                    "caption": (
                                        "Van zorg naar actie: hoe groter de zorg, hoe meer "
                                        "partners je betrekt. De meeste situaties blijven bij de "
                                        "eerste stappen."
                                    ),
                                },
                            },
                            {
                                "type": "case_scenario",
                                "value": {
                                    "title": "Yousra is veranderd",
                                    "context": (
                                        "Je bent klastitularis van een vijfde jaar in een "
                                        "secundaire school. Yousra (16) is een goede, sociale "
                                        "leerling. Sinds de zomervakantie draagt ze een hoofddoek, "
                                        "bidt ze soms tijdens de middagpauze in een leeg lokaal en "
                                        "gaat ze minder mee naar de fuiven van de klas. Een "
                                        "collega zegt in de leraarskamer: ‘Dat is toch niet "
                                        "normaal, zo plots. Moeten we dat niet melden?’"
                                    ),
                                    "steps": [
                                        {
                                            "key": "start",
                                            "situation": (
                                                "Je collega kijkt je afwachtend aan. Andere "
                                                "collega's luisteren mee. Hoe reageer je?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Je stelt voor om eerst samen op een rij "
                                                        "te zetten wat jullie concreet zien, los "
                                                        "van de hoofddoek."
                                                    ),
                                                    "feedback": (
                                                        "Goede reflex. Je neemt de ongerustheid "
                                                        "van je collega ernstig, maar je verlegt "
                                                        "de aandacht van een uiterlijk kenmerk "
                                                        "naar waarneembaar gedrag. Een hoofddoek "
                                                        "dragen of bidden is een "
                                                        "levensbeschouwelijke keuze en op zich "
                                                        "geen signaal van radicalisering. Door "
                                                        "samen te kijken, voorkom je dat een "
                                                        "vooroordeel een eigen leven gaat leiden."
                                                    ),
                                                    "next_step": "wegen",
                                                },
                                                {
                                                    "text": (
                                                        "Je gaat akkoord: beter te voorzichtig dan "
                                                        "te laat. Jullie stappen samen naar de "
                                                        "directeur om te melden dat Yousra "
                                                        "radicaliseert."
                                                    ),
                                                    "feedback": (
                                                        "Je handelt vanuit bezorgdheid, en dat is "
                                                        "begrijpelijk. Maar jullie melding steunt "
                                                        "alleen op een verandering in religieuze "
                                                        "beleving. Zo'n melding kan Yousra ernstig "
                                                        "stigmatiseren, haar vertrouwen in de "
                                                        "school schaden en het idee voeden dat ze "
                                                        "met haar geloof niet welkom is. "
                                                        "Proportioneel reageren begint bij kijken "
                                                        "en praten, niet bij melden."
                                                    ),
                                                    "next_step": "melding",
                                                },
                                                {
                                                    "text": (
                                                        "Je haalt je schouders op: ‘Dat is haar "
                                                        "zaak, daar moeien we ons niet mee.’ Het "
                                                        "gesprek valt stil."
                                                    ),
                                                    "feedback": (
                                                        "Je hebt gelijk dat Yousra's "
                                                        "geloofsbeleving haar eigen keuze is. Maar "
                                                        "door het gesprek af te sluiten, laat je "
                                                        "het vooroordeel van je collega "
                                                        "onbesproken, en mis je de kans om na te "
                                                        "gaan hoe het echt met Yousra gaat. Een "
                                                        "collega die zich zorgen maakt, verdient "
                                                        "een antwoord: samen naar de feiten kijken "
                                                        "helpt meer dan zwijgen."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "wegen",
                                            "situation": (
                                                "Jullie zetten samen op een rij wat jullie zien. "
                                                "Yousra's punten zijn stabiel, ze is vriendelijk "
                                                "tegen iedereen en neemt actief deel aan de "
                                                "lessen, ook aan discussies over maatschappelijke "
                                                "thema's. Ze gaat minder naar fuiven, maar spreekt "
                                                "nog steeds af met haar vriendinnen. Achteraf "
                                                "vertelt een klasgenote je dat Yousra het moeilijk "
                                                "heeft: sinds ze een hoofddoek draagt, wordt ze op "
                                                "sociale media uitgescholden. Wat doe je?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Je maakt tijd voor een kort, informeel "
                                                        "gesprek met Yousra om te horen hoe het "
                                                        "met haar gaat."
                                                    ),
                                                    "feedback": (
                                                        "Goed. Er zijn geen aanwijzingen voor "
                                                        "radicalisering, maar wel een signaal dat "
                                                        "Yousra gepest wordt. Een informeel "
                                                        "gesprek toont dat je om haar geeft, en "
                                                        "geeft haar de kans om zelf te vertellen "
                                                        "wat er speelt."
                                                    ),
                                                    "next_step": "gesprek",
                                                },
                                                {
                                                    "text": (
                                                        "Je brengt het online pesten in op de cel "
                                                        "leerlingenbegeleiding, zonder eerst met "
                                                        "Yousra te praten."
                                                    ),
                                                    "feedback": (
                                                        "Je legt de focus terecht bij het pesten, "
                                                        "want dat is de echte zorg. Toch is het "
                                                        "beter om eerst met Yousra zelf te praten: "
                                                        "zij beslist mee over wat ze nodig heeft, "
                                                        "en een aanpak over haar hoofd heen kan "
                                                        "haar het gevoel geven dat anderen over "
                                                        "haar beslissen. Betrek haar eerst en neem "
                                                        "het daarna mee naar de "
                                                        "leerlingenbegeleiding."
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "Je besluit Yousra de komende weken "
                                                        "tijdens de middagpauze extra in het oog "
                                                        "te houden, voor de zekerheid."
                                                    ),
                                                    "feedback": (
                                                        "Niets van wat jullie zagen, wijst op "
                                                        "radicalisering. Extra toezicht op één "
                                                        "leerling omwille van haar geloofsbeleving "
                                                        "is stigmatiserend, en jongeren voelen "
                                                        "zo'n wantrouwen haarfijn aan. Het "
                                                        "ondermijnt de vertrouwensrelatie die je "
                                                        "net nodig hebt als er ooit echt iets aan "
                                                        "de hand zou zijn."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "melding",
                                            "situation": (
                                                "De directeur luistert en vraagt wat jullie "
                                                "concreet gezien hebben. Als jullie het opsommen "
                                                "(een hoofddoek, bidden tijdens de middag, minder "
                                                "naar fuiven) valt er een stilte. De directeur "
                                                "vraagt hoe jullie nu verder willen."
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Je erkent dat je te snel een conclusie "
                                                        "trok, en stelt voor om eerst met Yousra "
                                                        "te praten en pas het CLB om advies te "
                                                        "vragen als er echt iets blijkt."
                                                    ),
                                                    "feedback": (
                                                        "Sterk dat je je eigen reactie durft bij "
                                                        "te sturen. Iedereen kan vanuit "
                                                        "bezorgdheid te snel conclusies trekken; "
                                                        "het komt erop aan dat te herkennen. Door "
                                                        "eerst met Yousra te praten, krijg je een "
                                                        "realistisch beeld van hoe het met haar "
                                                        "gaat."
                                                    ),
                                                    "next_step": "gesprek",
                                                },
                                                {
                                                    "text": (
                                                        "Je houdt vol: ‘We mogen geen enkel risico "
                                                        "nemen.’ Je vraagt de directeur om de "
                                                        "politie of de LIVC-R te verwittigen."
                                                    ),
                                                    "feedback": (
                                                        "De LIVC-R en de politie zijn er voor "
                                                        "situaties waarin meerdere signalen samen "
                                                        "wijzen op een reëel risico, zoals het "
                                                        "goedkeuren van geweld of concrete "
                                                        "plannen. Daarvan is hier geen sprake. Een "
                                                        "melding zou een leerling die niets "
                                                        "verkeerds doet behandelen als een "
                                                        "veiligheidsrisico, met mogelijk grote "
                                                        "gevolgen voor haar vertrouwen in de "
                                                        "school en in de samenleving. "
                                                        "Disproportioneel reageren is niet "
                                                        "‘voorzichtig’: het richt schade aan."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "gesprek",
                                            "situation": (
                                                "Tijdens een rustig moment vraag je Yousra hoe het "
                                                "met haar gaat. Ze vertelt dat ze bewust voor haar "
                                                "geloof kiest en dat het haar rust geeft. Maar ze "
                                                "is het beu om online uitgescholden te worden, en "
                                                "ze heeft het gevoel dat sommige leerkrachten haar "
                                                "sinds de zomer ‘anders bekijken’. Hoe reageer je?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Je erkent haar ervaring, vraagt wat ze "
                                                        "nodig heeft en stelt voor om samen met de "
                                                        "leerlingenbegeleiding iets te doen aan "
                                                        "het online pesten."
                                                    ),
                                                    "feedback": (
                                                        "Uitstekend. Je neemt haar ervaring "
                                                        "ernstig, ook de kritiek op de school. Je "
                                                        "laat haar mee beslissen over wat er "
                                                        "gebeurt, en je legt de zorg waar ze "
                                                        "hoort: bij het pesten en bij het "
                                                        "schoolklimaat. Zo versterk je haar band "
                                                        "met de school, een belangrijke "
                                                        "beschermende factor voor elke jongere."
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "Je zegt dat ze het zich waarschijnlijk "
                                                        "inbeeldt: leerkrachten behandelen "
                                                        "iedereen gelijk."
                                                    ),
                                                    "feedback": (
                                                        "Goed bedoeld, maar je ontkent haar "
                                                        "ervaring. Er werden in de leraarskamer "
                                                        "wel degelijk vragen over haar gesteld, "
                                                        "dus haar gevoel klopt misschien meer dan "
                                                        "je wilt toegeven. Wie zich niet gehoord "
                                                        "voelt, trekt zich terug. Beter is: ‘Dat "
                                                        "is vervelend om te horen. Wil je me "
                                                        "vertellen wanneer je dat voelt?’"
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "Je vraagt haar rechtstreeks of ze "
                                                        "sympathie heeft voor extremistische "
                                                        "groepen, om het zeker te weten."
                                                    ),
                                                    "feedback": (
                                                        "Er is geen enkele aanleiding voor die "
                                                        "vraag. Yousra zal zich verdacht gemaakt "
                                                        "voelen omwille van haar geloof, net op "
                                                        "het moment dat ze vertelt dat ze zich al "
                                                        "anders bekeken voelt. Je bevestigt zo "
                                                        "haar ervaring van uitsluiting en "
                                                        "beschadigt de relatie."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                    ],
                                    "debrief": (
                                        "<p>In deze casus is er geen sprake van radicalisering. "
                                        "Yousra maakt een persoonlijke, levensbeschouwelijke "
                                        "keuze, en dat is haar recht. De echte zorg is het online "
                                        "pesten en het gevoel dat sommige leerkrachten haar "
                                        "‘anders bekijken’.</p><ul><li><b>Culturaliseer niet.</b> "
                                        "Religieuze beleving, kledij of uiterlijk zijn op zich "
                                        "geen signalen. Vraag je af of je hetzelfde zou denken bij "
                                        "een andere leerling.</li><li><b>Neem de zorg van je "
                                        "collega wel ernstig.</b> Niet door mee te gaan in de "
                                        "conclusie, maar door samen te kijken naar wat jullie "
                                        "feitelijk zien.</li><li><b>Weet wat wél een signaal zou "
                                        "zijn.</b> Als Yousra klasgenoten zou uitsluiten als "
                                        "‘ongelovigen’, geweld zou goedpraten of zich volledig zou "
                                        "afzonderen, zou je zorg groeien, net zoals bij elke "
                                        "andere leerling met een ander "
                                        "wereldbeeld.</li><li><b>Wees je bewust van het effect van "
                                        "wantrouwen.</b> Jongeren die zich gestigmatiseerd voelen, "
                                        "krijgen het gevoel dat ze er niet bij horen. Dat is "
                                        "precies de voedingsbodem waarop extremisten, van welke "
                                        "strekking ook, inspelen.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "resource",
                                "value": {
                                    "title": "Stappenplan: van zorg naar actie",
                                    "description": (
                                        "Een printbaar stappenplan van twee pagina's met vragen om "
                                        "signalen te wegen, een overzicht van wie je wanneer "
                                        "betrekt en ruimte om de contactgegevens van je eigen CLB, "
                                        "CAW en lokale coördinator radicalisering in te vullen."
                                    ),
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Toets: signalen herkennen en wegen",
                                    "note": (
                                        "Deze toets bevat vragen over het verschil tussen radicale "
                                        "ideeën en extremisme, het wegen van signalen en "
                                        "proportionele vervolgstappen. Na elke vraag krijg je "
                                        "uitleg. Je kunt de toets opnieuw maken."
                                    ),
                                },
                            },
                        ],
                    },
                ],
            },
        ],
    },
    {
        "title": "Het moeilijke gesprek voeren",
        "slug": "het-moeilijke-gesprek-voeren",
        "summary": (
            "Een jongere die een aanslag goedpraat, een werkzoekende die zegt dat ‘het systeem’ "
            "kapot moet: hoe reageer je zonder het contact te verliezen? Deze vorming geeft je "
            "concrete gesprekstechnieken om in verbinding te blijven, grieven te verkennen en "
            "tegelijk duidelijke grenzen te trekken. Je oefent ook het gesprek met ouders en weet "
            "wanneer je anderen inschakelt."
        ),
        "learning_goals": (
            "<ul><li>Je gaat een moeilijk gesprek aan vanuit verbinding en nieuwsgierigheid, "
            "zonder te moraliseren.</li><li>Je gebruikt open vragen, actief luisteren en "
            "samenvatten om te begrijpen wat achter een extreme uitspraak zit.</li><li>Je verkent "
            "grieven en ervaringen van onrecht en erkent ze, zonder geweld of vijandbeelden te "
            "bevestigen.</li><li>Je trekt duidelijke grenzen bij uitspraken die geweld of haat "
            "goedkeuren en houdt tegelijk het contact.</li><li>Je voert een zorggesprek met ouders "
            "en weet wanneer je collega's, het CLB of andere partners inschakelt.</li></ul>"
        ),
        "audiences": [
            "teacher",
            "pupil_guidance",
            "youth_worker",
            "welfare_worker",
            "job_counsellor",
            "faith_worker",
            "local_official",
        ],
        "themes": [
            "conversation",
            "polarisation",
            "parents",
            "resilience",
        ],
        "estimated_minutes": 120,
        "modules": [
            {
                "title": "Een basishouding voor moeilijke gesprekken",
                "slug": "basishouding-voor-moeilijke-gesprekken",
                "intro": (
                    "Een moeilijk gesprek begint niet bij de juiste argumenten, maar bij de juiste "
                    "houding. In deze module werk je aan verbinding, luisteren en het reageren op "
                    "extreme uitspraken, individueel en in een groep."
                ),
                "lessons": [
                    {
                        "title": "Verbinding eerst",
                        "slug": "verbinding-eerst",
                        "estimated_minutes": 15,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>Waarom het gesprek ertoe doet</h2><p>Wanneer iemand een "
                                    "extreme uitspraak doet, is de reflex vaak om te corrigeren, "
                                    "te moraliseren of het gesprek af te kappen. Begrijpelijk, "
                                    "maar zelden effectief. Wie zich afgewezen voelt, zoekt "
                                    "erkenning elders, en extremistische groepen staan klaar om "
                                    "die te geven. Het contact met een volwassene die blijft "
                                    "luisteren, is een van de sterkste beschermende factoren die "
                                    "we kennen.</p><p>Verbinding betekent niet dat je alles "
                                    "goedkeurt. Je maakt een onderscheid tussen de persoon en zijn "
                                    "of haar standpunten. Je kunt een jongere waarderen en "
                                    "tegelijk duidelijk zeggen dat je geweld of het ontmenselijken "
                                    "van anderen niet aanvaardt.</p><h3>Drie "
                                    "principes</h3><ul><li><b>Nieuwsgierigheid boven oordeel.</b> "
                                    "Je wilt begrijpen hoe iemand tot een standpunt komt. Wie zich "
                                    "begrepen voelt, is eerder bereid om zelf vragen te stellen "
                                    "bij zijn of haar ideeën.</li><li><b>Ruimte én grenzen.</b> "
                                    "Schurende meningen mogen op tafel komen; oproepen tot geweld, "
                                    "bedreigingen en haat niet. Benoem die grens rustig en "
                                    "consequent.</li><li><b>Een lange adem.</b> Eén gesprek "
                                    "verandert zelden een overtuiging. Het gaat om een relatie die "
                                    "je over weken en maanden opbouwt.</li></ul><h3>Je eigen "
                                    "emoties</h3><p>Een uitspraak die geweld goedpraat, kan je "
                                    "raken, zeker als ze gaat over een groep waartoe jij of je "
                                    "naasten behoren. Dat is menselijk. Neem even afstand voor je "
                                    "reageert, en bespreek na afloop met een collega wat het "
                                    "gesprek met jou deed. Zorg goed voor jezelf: jij bent het "
                                    "belangrijkste instrument in dit gesprek.</p>"
                                ),
                            },
                            {
                                "type": "video",
                                "value": {
                                    "title": "Waarom contact houden werkt",
                                    "transcript": (
                                        "<p><i>Een jeugdwerker en een leerkracht vertellen over "
                                        "hun ervaringen. Beide personages zijn "
                                        "fictief.</i></p><p><b>Jeugdwerker:</b> De eerste keer dat "
                                        "een gast in ons jeugdhuis zei dat ‘Hitler op sommige "
                                        "punten wel gelijk had’, wou ik hem het liefst buiten "
                                        "zetten. Ik heb dat niet gedaan. Ik heb gevraagd welke "
                                        "punten hij bedoelde. Het werd een lang gesprek over "
                                        "werkloosheid in zijn familie en over zijn gevoel dat "
                                        "niemand naar hem luisterde. Zijn ideeën zijn niet in één "
                                        "avond veranderd, maar hij bleef komen. En zolang hij "
                                        "kwam, kon ik met hem praten.</p><p><b>Leerkracht:</b> Bij "
                                        "mij was het een leerlinge die na een aanslag zei dat de "
                                        "slachtoffers ‘erom gevraagd hadden’. De hele klas viel "
                                        "over haar heen. Ik heb de discussie even stilgelegd en "
                                        "haar na de les apart genomen. Toen bleek dat ze zich al "
                                        "maanden gediscrimineerd voelde, ook door ons, de school. "
                                        "Dat was moeilijk om te horen. Maar het gaf ons wel iets "
                                        "om mee aan de slag te gaan.</p><p><b>Jeugdwerker:</b> Wat "
                                        "ik geleerd heb: je moet niet alles goedvinden om in "
                                        "contact te blijven. Ik zeg heel duidelijk waar mijn grens "
                                        "ligt. Maar ik zeg er ook bij: jij bent hier "
                                        "welkom.</p><p><b>Leerkracht:</b> En je hoeft het niet "
                                        "alleen te doen. Ik heb het CLB erbij gehaald, niet om het "
                                        "door te schuiven, maar omdat we samen meer zagen.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": (
                                        "Denk aan een moment waarop iemand een uitspraak deed die "
                                        "je echt raakte. Hoe reageerde je op dat moment? Wat hielp "
                                        "het gesprek verder, en wat sloot het af? Wat zou je een "
                                        "volgende keer willen proberen?"
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Luisteren, vragen, doorvragen",
                        "slug": "luisteren-vragen-doorvragen",
                        "estimated_minutes": 20,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>De kracht van een goede vraag</h2><p>Extreme ideeën leven "
                                    "van gesloten verhalen: alles is verklaard, alle twijfel is "
                                    "weg. Open vragen zetten dat verhaal weer een beetje open, "
                                    "zonder dat de ander zich aangevallen voelt. Een vraag als "
                                    "‘Hoe weet je dat?’ klinkt heel anders dan ‘Dat klopt niet.’ "
                                    "De eerste nodigt uit tot nadenken, de tweede tot "
                                    "verdedigen.</p><p>Actief luisteren is meer dan zwijgen "
                                    "terwijl de ander praat. Je toont dat je volgt, je vat samen "
                                    "wat je hoort, je benoemt het gevoel dat je opvangt en je "
                                    "vraagt door waar het belangrijk wordt. Zo voelt de ander zich "
                                    "gehoord, en hoor jij wat er werkelijk speelt. Vaak is dat "
                                    "iets heel anders dan de ideologie: eenzaamheid, een gevoel "
                                    "van onrecht, rouw of de nood om erbij te horen.</p>"
                                ),
                            },
                            {
                                "type": "conversation_technique",
                                "value": {
                                    "title": "Luisteren, samenvatten, doorvragen",
                                    "intro": (
                                        "Deze basistechniek helpt je om te begrijpen wat achter "
                                        "een uitspraak zit. Je kunt ze gebruiken in elk gesprek: "
                                        "in de klas, aan de toog van het jeugdhuis, tijdens een "
                                        "trajectgesprek of aan het loket."
                                    ),
                                    "steps": [
                                        {
                                            "step": "Luister zonder te onderbreken",
                                            "explanation": (
                                                "Geef de ander ruimte om het verhaal te doen. Toon "
                                                "met je lichaamstaal dat je volgt. Houd je eigen "
                                                "reactie even vast."
                                            ),
                                            "example_phrasings": [
                                                "Hm-hm. Vertel gerust verder.",
                                                "Oké. En wat gebeurde er dan?",
                                            ],
                                        },
                                        {
                                            "step": "Stel open vragen",
                                            "explanation": (
                                                "Open vragen beginnen met wie, wat, waar, hoe of "
                                                "wanneer. Wees voorzichtig met ‘waarom’: dat "
                                                "klinkt snel als een verwijt."
                                            ),
                                            "example_phrasings": [
                                                "Wat bedoel je precies met ‘zij’?",
                                                "Hoe ben je daar zo mee bezig geraakt?",
                                                "Wat spreekt je aan in wat die persoon zegt?",
                                            ],
                                        },
                                        {
                                            "step": "Vat samen in je eigen woorden",
                                            "explanation": (
                                                "Een samenvatting toont dat je luistert en geeft "
                                                "de ander de kans om je te corrigeren. Vat de "
                                                "inhoud samen, niet je oordeel erover."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Als ik je goed begrijp, heb je het gevoel dat "
                                                    "niemand echt naar jullie luistert. Klopt dat?"
                                                ),
                                                (
                                                    "Dus je bent vooral kwaad omdat je broer zijn "
                                                    "job kwijt is, en je vindt dat niemand daar "
                                                    "iets aan doet?"
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Benoem het gevoel",
                                            "explanation": (
                                                "Achter een harde uitspraak zit vaak boosheid, "
                                                "angst, schaamte of onmacht. Door het gevoel te "
                                                "benoemen, raak je aan wat echt speelt."
                                            ),
                                            "example_phrasings": [
                                                "Ik hoor veel boosheid als je daarover praat.",
                                                (
                                                    "Het klinkt alsof je je echt aan de kant "
                                                    "geschoven voelt."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Vraag door op wat belangrijk is",
                                            "explanation": (
                                                "Kies één element om verder uit te diepen: een "
                                                "ervaring, een twijfel, een tegenstrijdigheid. "
                                                "Vraag naar voorbeelden en naar gevolgen."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Je zei daarnet dat je ‘soms twijfelt’. "
                                                    "Waarover twijfel je dan?"
                                                ),
                                                (
                                                    "Wat zou er volgens jou moeten gebeuren? En "
                                                    "wat zou dat betekenen voor mensen zoals je "
                                                    "buurman?"
                                                ),
                                            ],
                                        },
                                    ],
                                    "do": [
                                        (
                                            "Laat stiltes bestaan: ze geven de ander tijd om na te "
                                            "denken."
                                        ),
                                        "Gebruik de woorden van de ander in je samenvatting.",
                                        (
                                            "Vraag naar concrete ervaringen in plaats van naar "
                                            "meningen."
                                        ),
                                        (
                                            "Toon dat je het oneens kunt zijn en toch blijft "
                                            "luisteren."
                                        ),
                                    ],
                                    "dont": [
                                        (
                                            "Stel geen suggestieve vragen zoals ‘Je vindt toch ook "
                                            "niet dat…?’"
                                        ),
                                        "Stapel geen vragen op elkaar; stel er één tegelijk.",
                                        "Vul niet in wat de ander bedoelt.",
                                        (
                                            "Gebruik een samenvatting niet om alsnog je gelijk te "
                                            "halen."
                                        ),
                                    ],
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Oefentoets: open vragen en actief luisteren",
                                    "note": (
                                        "Je krijgt korte fragmenten uit gesprekken en kiest "
                                        "telkens de reactie die het gesprek het best openhoudt. "
                                        "Deze oefentoets helpt je om de techniek te herkennen voor "
                                        "je ze in de praktijk toepast."
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Reageren op een extreme uitspraak in de groep",
                        "slug": "reageren-op-een-extreme-uitspraak-in-de-groep",
                        "estimated_minutes": 20,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>Wanneer het ontploft in de groep</h2><p>Na een aanslag, "
                                    "een oorlog in het nieuws of een incident in de buurt lopen de "
                                    "emoties in een klas of een jeugdwerking snel hoog op. Iemand "
                                    "zegt dat ‘ze het verdiend hebben’, een ander roept dat ‘ze "
                                    "allemaal buiten moeten’. De groep splitst zich, en iedereen "
                                    "kijkt naar jou.</p><p>Je hoeft op dat moment geen volledig "
                                    "antwoord te hebben. Wel is het belangrijk dat je de uitspraak "
                                    "niet laat passeren en dat je de groep een veilige ruimte "
                                    "biedt om over de gebeurtenis te praten. Kies bewust: reageer "
                                    "je meteen in de groep, of later één-op-één? Vaak is het "
                                    "allebei: een korte, duidelijke reactie in de groep en een "
                                    "uitgebreider gesprek achteraf.</p><h3>Geef het stille midden "
                                    "een stem</h3><p>De meeste jongeren staan niet aan een van de "
                                    "polen. Ze zijn geschrokken, onzeker of voelen zich "
                                    "aangesproken door beide kanten. Als je alleen in discussie "
                                    "gaat met de luidste stemmen, verdwijnen zij uit beeld. Vraag "
                                    "daarom ook naar gevoelens, twijfels en vragen, en zorg dat "
                                    "verschillende stemmen aan bod komen.</p>"
                                ),
                            },
                            {
                                "type": "conversation_technique",
                                "value": {
                                    "title": "Het groepsgesprek na een schokkende gebeurtenis",
                                    "intro": (
                                        "Een groepsgesprek is geen debat met winnaars en "
                                        "verliezers. Het doel is ruimte maken voor emoties en "
                                        "vragen, feiten van geruchten scheiden, en de groep laten "
                                        "ervaren dat je verschillend kunt denken zonder elkaar te "
                                        "ontmenselijken."
                                    ),
                                    "steps": [
                                        {
                                            "step": "Zet het kader",
                                            "explanation": (
                                                "Maak afspraken voor je begint: we laten elkaar "
                                                "uitspreken, we spreken vanuit onszelf en niet "
                                                "over ‘die mensen’, niemand wordt uitgelachen."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "We gaan het hebben over wat er gisteren "
                                                    "gebeurd is. Iedereen mag zeggen wat hij of "
                                                    "zij voelt, maar we praten over ideeën, niet "
                                                    "over elkaar."
                                                ),
                                                (
                                                    "Je mag hier boos of bang zijn. Wat niet mag, "
                                                    "is iemand anders aanvallen."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Begin bij gevoelens, niet bij meningen",
                                            "explanation": (
                                                "Vraag eerst wat de gebeurtenis met de groep doet. "
                                                "Zo komen angst, verdriet en onzekerheid op tafel "
                                                "vóór de standpunten."
                                            ),
                                            "example_phrasings": [
                                                "Hoe kwam dat nieuws bij jullie binnen?",
                                                (
                                                    "Wie heeft er thuis of met vrienden over "
                                                    "gepraat? Hoe ging dat?"
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Scheid feiten van geruchten",
                                            "explanation": (
                                                "Na een schokkende gebeurtenis circuleren veel "
                                                "beelden en verhalen. Zoek samen uit wat we weten "
                                                "en wat niet."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Wat weten we zeker? En wat hebben we alleen "
                                                    "op sociale media gezien?"
                                                ),
                                                (
                                                    "Hoe zouden we kunnen nagaan of dat filmpje "
                                                    "echt is?"
                                                ),
                                            ],
                                        },
                                        {
                                            "step": (
                                                "Benoem je grens als een uitspraak geweld goedpraat"
                                            ),
                                            "explanation": (
                                                "Reageer rustig en duidelijk, zonder de persoon "
                                                "voor de groep te vernederen. Richt je op de "
                                                "uitspraak, niet op de spreker."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Ik hoor wat je zegt, maar dat er mensen "
                                                    "gestorven zijn, kan ik nooit goedpraten. Ik "
                                                    "wil daar straks graag even apart met jou over "
                                                    "praten."
                                                ),
                                                (
                                                    "Dat is een uitspraak over een hele groep "
                                                    "mensen. Dat klopt niet, en het kwetst mensen "
                                                    "hier in de klas."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Sluit af met perspectief en een vervolg",
                                            "explanation": (
                                                "Laat de groep niet achter met alleen boosheid. "
                                                "Benoem wat de groep deelt en waar jongeren "
                                                "terechtkunnen met vragen."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Ik merk dat we het niet allemaal eens zijn, "
                                                    "maar wel dat niemand hier wil dat er mensen "
                                                    "gekwetst worden."
                                                ),
                                                (
                                                    "Wie er nog mee zit, mag na de les blijven of "
                                                    "bij de leerlingenbegeleiding langsgaan."
                                                ),
                                            ],
                                        },
                                    ],
                                    "do": [
                                        (
                                            "Bereid je voor: lees de feiten en sta stil bij je "
                                            "eigen gevoelens."
                                        ),
                                        (
                                            "Spreek nadien individueel met jongeren die opvielen, "
                                            "aan beide kanten."
                                        ),
                                        (
                                            "Informeer collega's en de leerlingenbegeleiding over "
                                            "hoe het gesprek verliep."
                                        ),
                                    ],
                                    "dont": [
                                        (
                                            "Laat een uitspraak die geweld verheerlijkt niet "
                                            "onbesproken passeren."
                                        ),
                                        (
                                            "Vraag niet aan één jongere om ‘zijn’ of ‘haar’ "
                                            "gemeenschap te verklaren of te verdedigen."
                                        ),
                                        (
                                            "Zet geen individuele jongere voor schut om een "
                                            "voorbeeld te stellen."
                                        ),
                                    ],
                                },
                            },
                            {
                                "type": "signal_card",
                                "value": {
                                    "signal": (
                                        "Een jongere praat in een groep een aanslag of ander "
                                        "geweld goed"
                                    ),
                                    "what_it_can_mean": (
                                        "<p>De uitspraak kan een uiting zijn van een wereldbeeld "
                                        "waarin geweld tegen een ‘vijand’ gerechtvaardigd is. Ze "
                                        "kan ook voortkomen uit woede over onrecht, uit "
                                        "identificatie met een groep die zich aangevallen voelt, "
                                        "of uit de wens om te provoceren en aandacht te krijgen. "
                                        "In een gepolariseerde sfeer versterken uitspraken aan "
                                        "beide kanten elkaar.</p>"
                                    ),
                                    "what_it_does_not_prove": (
                                        "<p>Een uitspraak in de groep, in het heetst van een "
                                        "discussie, zegt weinig over wat iemand echt denkt of van "
                                        "plan is. <b>Eén uitspraak is geen bewijs van "
                                        "radicalisering.</b> Jongeren testen grenzen, zeker in een "
                                        "groep. Het zijn herhaling, samenhang met andere signalen "
                                        "en de bereidheid om zelf geweld te gebruiken die je zorg "
                                        "doen groeien.</p>"
                                    ),
                                    "what_to_do_next": (
                                        "<ul><li>Reageer in de groep kort en duidelijk op de "
                                        "uitspraak, niet op de persoon.</li><li>Voer achteraf een "
                                        "één-op-ééngesprek om te begrijpen wat erachter "
                                        "zit.</li><li>Deel je observatie met een collega of de "
                                        "leerlingenbegeleiding, zodat jullie samen kunnen volgen "
                                        "of er meer signalen zijn.</li><li>Heb ook aandacht voor "
                                        "de jongeren die zich door de uitspraak aangevallen "
                                        "voelen: ook zij verdienen een gesprek.</li><li>Blijkt bij "
                                        "herhaling dat de jongere geweld echt goedkeurt, overleg "
                                        "dan met het CLB en via je organisatie met de lokale "
                                        "coördinator radicalisering.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": (
                                        "Stel je voor dat er morgen een aanslag gebeurt en je "
                                        "groep is er vol van. Welke afspraken maak je bij de start "
                                        "van het gesprek? Welke uitspraak zou jou het moeilijkst "
                                        "vallen, en hoe zou je erop reageren?"
                                    ),
                                },
                            },
                        ],
                    },
                ],
            },
            {
                "title": "Het gesprek verdiepen",
                "slug": "het-gesprek-verdiepen",
                "intro": (
                    "Als het contact er is, kun je dieper gaan: naar de grieven achter een "
                    "overtuiging, naar alternatieven en naar het netwerk rond de jongere. In deze "
                    "module oefen je ook het gesprek met ouders en pas je alles toe in een "
                    "oefencasus."
                ),
                "lessons": [
                    {
                        "title": "Grieven verkennen zonder ze te bevestigen",
                        "slug": "grieven-verkennen",
                        "estimated_minutes": 20,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>Achter de ideologie zit vaak een verhaal</h2><p>Wie "
                                    "radicaliseert, draagt vaak een gevoel van onrecht met zich "
                                    "mee: discriminatie bij het zoeken naar een stage of een job, "
                                    "het gevoel dat de eigen buurt vergeten wordt, een familie die "
                                    "alles verloor, vernedering, eenzaamheid. Extremisten bouwen "
                                    "hun verhaal op die ervaringen. Ze geven er een schuldige aan, "
                                    "en een uitweg: de strijd.</p><p>Die ervaringen zijn vaak "
                                    "echt. Discriminatie en uitsluiting bestaan, en wie ze "
                                    "ontkent, bevestigt het verhaal dat ‘niemand ons begrijpt’. De "
                                    "kunst is om de <b>ervaring</b> te erkennen zonder de "
                                    "<b>conclusie</b> over te nemen. ‘Ik geloof dat je "
                                    "gediscrimineerd bent, en dat is onaanvaardbaar’ is iets "
                                    "anders dan ‘dus heb je gelijk dat geweld de enige oplossing "
                                    "is’.</p><h3>Van tegenverhaal naar alternatief "
                                    "verhaal</h3><p>Een tegenverhaal probeert het extremistische "
                                    "verhaal te weerleggen. Dat werkt zelden in een persoonlijk "
                                    "gesprek: het lokt verdediging uit. Sterker is een alternatief "
                                    "verhaal: samen zoeken naar andere manieren om met de grief om "
                                    "te gaan. Denk aan engagement in een vereniging, een melding "
                                    "bij een meldpunt discriminatie, een project in het jeugdhuis, "
                                    "de jongerenraad of vrijwilligerswerk. Zo krijgt de jongere "
                                    "opnieuw het gevoel dat hij of zij iets kan veranderen, binnen "
                                    "de democratie.</p>"
                                ),
                            },
                            {
                                "type": "conversation_technique",
                                "value": {
                                    "title": "Van grief naar perspectief",
                                    "intro": (
                                        "Deze techniek helpt je om een gevoel van onrecht "
                                        "bespreekbaar te maken en samen te zoeken naar manieren om "
                                        "er iets mee te doen, zonder geweld of vijandbeelden te "
                                        "bevestigen."
                                    ),
                                    "steps": [
                                        {
                                            "step": "Nodig uit om de ervaring te vertellen",
                                            "explanation": (
                                                "Vraag naar het concrete verhaal achter de "
                                                "boosheid. Een abstracte ideologie wordt dan een "
                                                "persoonlijke ervaring waarover je kunt praten."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Je bent hier echt kwaad over. Is er iets "
                                                    "gebeurd dat je zelf meemaakte?"
                                                ),
                                                "Wanneer voelde je dat voor het eerst zo?",
                                            ],
                                        },
                                        {
                                            "step": "Erken de ervaring en het gevoel",
                                            "explanation": (
                                                "Erkenning is geen instemming. Je bevestigt dat de "
                                                "ervaring reëel is en pijn doet."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Dat je telkens wordt afgewezen, is echt "
                                                    "oneerlijk. Ik snap dat je daar kwaad van "
                                                    "wordt."
                                                ),
                                                (
                                                    "Ik kan me voorstellen dat je je niet gehoord "
                                                    "voelt als niemand reageert op je klachten."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": (
                                                "Maak onderscheid tussen de grief en de conclusie"
                                            ),
                                            "explanation": (
                                                "Bevraag het verband tussen de ervaring en de "
                                                "oplossing die de ideologie aanreikt, zonder "
                                                "belerend te worden."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Ik begrijp je boosheid. Maar wat zou het "
                                                    "veranderen als iemand geweld gebruikt?"
                                                ),
                                                (
                                                    "Wie zou er volgens jou geraakt worden als dat "
                                                    "zou gebeuren?"
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Zoek samen naar invloed",
                                            "explanation": (
                                                "Verken wat de jongere zelf kan doen om iets te "
                                                "veranderen, en wie daarbij kan helpen."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Stel dat je er echt iets aan kon doen: wat "
                                                    "zou je dan willen veranderen?"
                                                ),
                                                (
                                                    "Ken je mensen die zich voor hetzelfde "
                                                    "inzetten, zonder geweld? Zou je daar eens "
                                                    "willen gaan kijken?"
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Maak het concreet en blijf betrokken",
                                            "explanation": (
                                                "Een klein, haalbaar engagement is waardevoller "
                                                "dan een groot plan. Bied aan om samen een eerste "
                                                "stap te zetten."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Zal ik je eens meenemen naar de jongerenraad? "
                                                    "Dan zie je zelf hoe dat werkt."
                                                ),
                                                (
                                                    "Als je een melding wilt doen over wat er op "
                                                    "die stage gebeurde, kunnen we dat samen doen."
                                                ),
                                            ],
                                        },
                                    ],
                                    "do": [
                                        "Neem ervaringen van discriminatie en uitsluiting ernstig.",
                                        (
                                            "Wees eerlijk over wat jij of je organisatie niet kan "
                                            "oplossen."
                                        ),
                                        (
                                            "Zoek mee naar rolmodellen en netwerken die de jongere "
                                            "aanspreken."
                                        ),
                                    ],
                                    "dont": [
                                        "Relativeer de grief niet (‘Zo erg is dat toch niet’).",
                                        "Neem het vijandbeeld niet over om in de gunst te komen.",
                                        (
                                            "Ga niet in de verdediging als de kritiek jouw "
                                            "organisatie raakt."
                                        ),
                                    ],
                                },
                            },
                            {
                                "type": "video",
                                "value": {
                                    "title": (
                                        "Grieven serieus nemen zonder geweld te rechtvaardigen"
                                    ),
                                    "transcript": (
                                        "<p><i>Een VDAB-consulent en een imam die actief is in het "
                                        "jongerenwerk vertellen over hun aanpak. Beide personages "
                                        "zijn fictief.</i></p><p><b>VDAB-consulent:</b> Ik "
                                        "begeleid jongvolwassenen naar werk. Sommigen hebben "
                                        "tientallen keren gesolliciteerd zonder ooit een gesprek "
                                        "te krijgen. Dan hoor ik soms: ‘Het systeem is tegen ons, "
                                        "het heeft geen zin.’ Vroeger probeerde ik hen te "
                                        "overtuigen dat het wél zin had. Nu zeg ik eerst: ‘Je hebt "
                                        "gelijk dat dit oneerlijk is.’ Pas daarna kunnen we kijken "
                                        "naar wat wel kan: een opleiding, een "
                                        "werkervaringstraject, een werkgever die ik persoonlijk "
                                        "ken.</p><p><b>Imam:</b> Jongeren komen soms met vragen "
                                        "die ze online zijn tegengekomen: mag je wel samenleven "
                                        "met mensen die anders geloven, moet je je afzonderen? Als "
                                        "ik alleen zeg dat het fout is, gaan ze op zoek naar "
                                        "iemand die hen wel ‘de waarheid’ vertelt. Dus ik luister "
                                        "eerst, en ik vraag waar hun vraag vandaan komt. Vaak zit "
                                        "er een ervaring van racisme achter, of eenzaamheid. Daar "
                                        "begint het echte gesprek.</p><p><b>VDAB-consulent:</b> "
                                        "Wat ik ook geleerd heb: ik kan het niet alleen. Als een "
                                        "werkzoekende dingen zegt die me verontrusten, bespreek ik "
                                        "dat met mijn teamcoach. We hebben afspraken over wanneer "
                                        "we verder gaan, met de hulpverlening of met het lokaal "
                                        "bestuur.</p><p><b>Imam:</b> En wij werken samen met de "
                                        "stad, de scholen en het jeugdwerk. Niet om jongeren te "
                                        "controleren, maar omdat we allemaal hetzelfde willen: dat "
                                        "ze hier een toekomst zien.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "In gesprek met ouders",
                        "slug": "in-gesprek-met-ouders",
                        "estimated_minutes": 20,
                        "required": False,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>Ouders zijn bondgenoten</h2><p>Ouders merken vaak als "
                                    "eersten dat hun kind verandert. Tegelijk voelen ze zich "
                                    "machteloos, beschaamd of schuldig. Sommige ouders durven hun "
                                    "zorg aan niemand te vertellen, uit angst dat hun kind "
                                    "‘geseind’ wordt of dat ze zelf als slechte ouder worden "
                                    "gezien. Anderen kloppen aan bij de school, het CLB of de "
                                    "gemeente, zonder te weten waar ze terechtkunnen.</p><p>Of jij "
                                    "nu de ouders aanspreekt of zij bij jou komen: behandel hen "
                                    "als bondgenoten. Zij kennen hun kind het best en zijn vaak de "
                                    "belangrijkste beschermende factor. Tegelijk hebben ouders "
                                    "zelf steun nodig: informatie over wat er met hun kind "
                                    "gebeurt, gesprekken met lotgenoten en begeleiding om de band "
                                    "met hun kind te bewaren.</p><h3>Waar kunnen ouders "
                                    "terecht?</h3><ul><li>bij het <b>CLB</b>, als hun kind "
                                    "schoolgaand is;</li><li>bij het <b>CAW</b>, voor vragen over "
                                    "opvoeding, gezin en relaties, ook als hun kind meerderjarig "
                                    "is;</li><li>bij de <b>huisarts</b> of de <b>geestelijke "
                                    "gezondheidszorg</b>, als er ook psychische problemen "
                                    "spelen;</li><li>bij het <b>lokaal bestuur</b>, dat vaak een "
                                    "aanspreekpunt radicalisering heeft en kan doorverwijzen naar "
                                    "ouderondersteuning of oudergroepen;</li><li>bij een "
                                    "vertrouwde <b>levensbeschouwelijke gemeenschap</b>, als "
                                    "ouders dat zelf wensen.</li></ul><p>Let op: soms maken ouders "
                                    "zelf deel uit van het probleem, bijvoorbeeld als "
                                    "extremistisch gedachtegoed thuis gedeeld wordt, of als er "
                                    "sprake is van geweld in het gezin. Overleg dan eerst met het "
                                    "CLB of je zorgteam voor je ouders betrekt.</p>"
                                ),
                            },
                            {
                                "type": "conversation_technique",
                                "value": {
                                    "title": "Het zorggesprek met ouders",
                                    "intro": (
                                        "Een zorggesprek met ouders vraagt voorbereiding. Je wilt "
                                        "je zorg delen zonder hun kind te veroordelen, hun kennis "
                                        "benutten en samen afspraken maken. Deze stappen zijn "
                                        "geschreven voor een school of jeugdwerking, maar werken "
                                        "ook in andere contexten."
                                    ),
                                    "steps": [
                                        {
                                            "step": "Bereid het gesprek voor met een collega",
                                            "explanation": (
                                                "Bepaal wat je wilt delen, wie het gesprek voert "
                                                "en welke ondersteuning je kunt aanbieden. Nodig, "
                                                "als het kan, een CLB-medewerker of collega uit."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "We willen u graag uitnodigen voor een "
                                                    "gesprek. Het is geen tuchtgesprek: we maken "
                                                    "ons zorgen en willen samen kijken wat kan "
                                                    "helpen."
                                                ),
                                                (
                                                    "Ik zou graag samen met de CLB-medewerker met "
                                                    "u praten over hoe het met uw zoon gaat."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Begin bij wat goed gaat",
                                            "explanation": (
                                                "Vertel wat je waardeert aan de jongere. Zo horen "
                                                "de ouders dat je hun kind niet afschrijft."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Uw dochter komt op voor anderen. Dat zien we "
                                                    "elke dag."
                                                ),
                                                (
                                                    "We merken dat hij echt gedreven is in "
                                                    "informatica. Daar is hij sterk in."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Beschrijf je zorg feitelijk",
                                            "explanation": (
                                                "Vertel wat je gezien en gehoord hebt, zonder "
                                                "labels als ‘radicaal’ of ‘extremist’."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "We merken de laatste weken dat hij zich "
                                                    "afzondert, en hij heeft in de klas een paar "
                                                    "keer uitspraken gedaan over geweld. Dat "
                                                    "verontrust ons."
                                                ),
                                                (
                                                    "Ze heeft gezegd dat ze niet meer met bepaalde "
                                                    "klasgenoten wil praten omdat ze ‘verraders’ "
                                                    "zijn."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Luister naar de ouders",
                                            "explanation": (
                                                "Vraag wat zij thuis merken en hoe zij het zien. "
                                                "Ouders hebben vaak stukjes van de puzzel die jij "
                                                "niet hebt."
                                            ),
                                            "example_phrasings": [
                                                "Herkent u dat van thuis?",
                                                "Hoe gaat het bij jullie thuis de laatste tijd?",
                                                "Wat maakt u zelf het meest ongerust?",
                                            ],
                                        },
                                        {
                                            "step": "Maak samen afspraken en bied steun aan",
                                            "explanation": (
                                                "Spreek af wie wat doet en wanneer jullie elkaar "
                                                "terugzien. Wijs de ouders op ondersteuning voor "
                                                "henzelf."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Zullen we afspreken dat ik u over twee weken "
                                                    "nog eens bel?"
                                                ),
                                                (
                                                    "Er bestaan groepen waar ouders met "
                                                    "gelijkaardige zorgen elkaar ontmoeten. Wilt u "
                                                    "daar meer over weten?"
                                                ),
                                            ],
                                        },
                                    ],
                                    "do": [
                                        (
                                            "Spreek eenvoudige, duidelijke taal en voorzie indien "
                                            "nodig een tolk."
                                        ),
                                        "Erken de emoties van ouders: angst, schaamte, boosheid.",
                                        "Wees duidelijk over wat je met de informatie doet.",
                                    ],
                                    "dont": [
                                        "Geef ouders niet de schuld.",
                                        (
                                            "Gebruik geen labels zoals ‘radicaal’ of "
                                            "‘geradicaliseerd’."
                                        ),
                                        "Vraag ouders niet om hun kind te bespioneren.",
                                    ],
                                },
                            },
                            {
                                "type": "image",
                                "value": {
                                    "alt_text": (
                                        "Illustratie van een ronde tafel met drie lege stoelen, "
                                        "een kan water, drie glazen en een notitieblok, in een "
                                        "licht en rustig lokaal."
                                    ),
                                    "caption": (
                                        "Een zorggesprek met ouders: liefst aan een ronde tafel, "
                                        "met tijd en zonder haast. Bereid het samen met een "
                                        "collega voor."
                                    ),
                                },
                            },
                            {
                                "type": "resource",
                                "value": {
                                    "title": "Gespreksleidraad: zorggesprek met ouders",
                                    "description": (
                                        "Een leidraad van drie pagina's om een zorggesprek met "
                                        "ouders voor te bereiden, te voeren en op te volgen, met "
                                        "voorbeeldzinnen, een checklist voor de voorbereiding en "
                                        "een lijst met ondersteuning voor ouders die je lokaal "
                                        "kunt aanvullen."
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Oefencasus: het gesprek met Noor",
                        "slug": "oefencasus-het-gesprek-met-noor",
                        "estimated_minutes": 25,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<p>In deze oefencasus pas je toe wat je in deze vorming "
                                    "leerde: verbinding maken, luisteren, doorvragen en grenzen "
                                    "trekken. Er is niet altijd één juist antwoord. Lees de "
                                    "feedback bij elke keuze aandachtig: die legt uit waarom een "
                                    "reactie het gesprek opent of afsluit. Doorloop de casus "
                                    "daarna opnieuw met andere keuzes en vergelijk.</p><p>De casus "
                                    "speelt zich af in een CLB, maar de dynamiek is herkenbaar in "
                                    "elk werkveld: een jongere of volwassene die zich onbegrepen "
                                    "voelt, een wereldbeeld dat alles verklaart, en een moment "
                                    "waarop een uitspraak over geweld je doet schrikken.</p>"
                                ),
                            },
                            {
                                "type": "case_scenario",
                                "value": {
                                    "title": "Noor en ‘de waarheid’",
                                    "context": (
                                        "Je bent CLB-medewerker. Noor (17) zit in het zesde jaar "
                                        "en wordt naar je doorverwezen door de "
                                        "leerlingenbegeleider, omdat haar afwezigheden sterk "
                                        "oplopen. Vorige week zei ze in de les dat ‘de regering "
                                        "ons bewust ziek maakt’ en dat ‘mensen zoals de "
                                        "burgemeester ooit zullen moeten boeten’. Nu zit ze "
                                        "tegenover je, met gekruiste armen."
                                    ),
                                    "steps": [
                                        {
                                            "key": "start",
                                            "situation": (
                                                "Noor begint meteen: ‘Ik weet waarom ik hier zit. "
                                                "Jullie denken dat ik gek ben omdat ik de waarheid "
                                                "zie.’ Hoe open je het gesprek?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "‘Ik denk niet dat je gek bent. Ik ben "
                                                        "vooral benieuwd hoe het met je gaat, want "
                                                        "je bent de laatste tijd vaak afwezig. Wil "
                                                        "je daar iets over vertellen?’"
                                                    ),
                                                    "feedback": (
                                                        "Goede opening. Je reageert op haar "
                                                        "verwachting zonder in de verdediging te "
                                                        "gaan, en je begint bij haar welzijn in "
                                                        "plaats van bij haar uitspraken. Zo maak "
                                                        "je ruimte voor contact. De uitspraak over "
                                                        "de burgemeester verlies je niet uit het "
                                                        "oog: die komt later aan bod, als er "
                                                        "vertrouwen is."
                                                    ),
                                                    "next_step": "luisteren",
                                                },
                                                {
                                                    "text": (
                                                        "‘Laten we meteen duidelijk zijn: wat je "
                                                        "in de klas zei over de burgemeester, kan "
                                                        "echt niet.’"
                                                    ),
                                                    "feedback": (
                                                        "Je hebt gelijk dat die uitspraak "
                                                        "besproken moet worden, en een grens "
                                                        "trekken is belangrijk. Maar als eerste "
                                                        "zin bevestigt het precies wat Noor "
                                                        "verwachtte: dat je haar komt "
                                                        "terechtwijzen. Het gesprek begint als een "
                                                        "verhoor, en de kans is groot dat ze "
                                                        "dichtklapt."
                                                    ),
                                                    "next_step": "weerstand",
                                                },
                                                {
                                                    "text": (
                                                        "Je toont haar meteen een factcheck die de "
                                                        "bewering weerlegt dat de overheid mensen "
                                                        "bewust ziek maakt."
                                                    ),
                                                    "feedback": (
                                                        "Feiten zijn belangrijk, maar wie diep in "
                                                        "een complotverhaal zit, ziet een "
                                                        "factcheck vaak als bewijs dat ‘het "
                                                        "systeem’ de waarheid verbergt. Door "
                                                        "meteen te corrigeren, maak je van het "
                                                        "gesprek een debat dat je niet kunt "
                                                        "winnen. Eerst moet er contact zijn; pas "
                                                        "dan kan er ruimte voor twijfel ontstaan."
                                                    ),
                                                    "next_step": "weerstand",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "luisteren",
                                            "situation": (
                                                "Noor ontspant wat. Ze vertelt dat haar vader "
                                                "vorig jaar zijn job verloor en dat ze thuis "
                                                "weinig geld hebben. 's Nachts kijkt ze urenlang "
                                                "naar video's van een ‘onderzoeker’ die uitlegt "
                                                "dat een kleine elite alles in handen heeft. ‘Hij "
                                                "is de enige die eerlijk is,’ zegt ze. ‘En als "
                                                "niemand iets doet, zal het volk het zelf moeten "
                                                "oplossen.’"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Je vat samen en vraagt door: ‘Je hebt het "
                                                        "gevoel dat niemand jullie helpt. Wat "
                                                        "bedoel je precies met het zelf oplossen?’"
                                                    ),
                                                    "feedback": (
                                                        "Sterk. Je vat samen wat je hoort, "
                                                        "inclusief het gevoel van onmacht, en je "
                                                        "vraagt door op de zin die je zorgen "
                                                        "baart. Zo krijg je zicht op wat Noor "
                                                        "bedoelt, zonder haar te beschuldigen. Let "
                                                        "op: het gaat hier niet alleen over een "
                                                        "complottheorie, maar ook over geldzorgen, "
                                                        "stress thuis en slaaptekort."
                                                    ),
                                                    "next_step": "grens",
                                                },
                                                {
                                                    "text": (
                                                        "Je zegt dat die ‘onderzoeker’ een bekende "
                                                        "complotdenker is die geld verdient aan "
                                                        "angst, en dat ze hem beter niet meer "
                                                        "volgt."
                                                    ),
                                                    "feedback": (
                                                        "Misschien klopt wat je zegt, maar Noor "
                                                        "hoort vooral dat de enige persoon die ze "
                                                        "‘eerlijk’ vindt, wordt afgebroken. Dat "
                                                        "voelt als een aanval op haarzelf. Het "
                                                        "gesprek eindigt met een jongere die zich "
                                                        "nog minder begrepen voelt, en je zorg "
                                                        "over haar uitspraak en haar situatie "
                                                        "thuis blijft onbesproken. Beter: vraag "
                                                        "wat hij haar geeft en hoe ze nagaat of "
                                                        "iets klopt."
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "Je laat het onderwerp rusten en maakt "
                                                        "alleen afspraken over haar afwezigheden."
                                                    ),
                                                    "feedback": (
                                                        "Afspraken over de afwezigheden zijn "
                                                        "nodig, en het is begrijpelijk dat je het "
                                                        "moeilijke onderwerp uit de weg gaat. Maar "
                                                        "je laat twee belangrijke dingen liggen: "
                                                        "de financiële stress thuis, die haar "
                                                        "afwezigheden mee kan verklaren, en haar "
                                                        "uitspraak dat ‘het volk het zelf moet "
                                                        "oplossen’. Zonder door te vragen, weet je "
                                                        "niet of er reden tot zorg is."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "weerstand",
                                            "situation": (
                                                "Noor leunt achterover. ‘Zie je wel. Jullie willen "
                                                "gewoon niet luisteren.’ Ze pakt haar gsm en "
                                                "begint te scrollen. Wat doe je?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Je erkent dat je te snel ging: ‘Je hebt "
                                                        "gelijk, ik begon verkeerd. Ik wil vooral "
                                                        "begrijpen hoe jij het ziet. Hoe gaat het "
                                                        "eigenlijk met je?’"
                                                    ),
                                                    "feedback": (
                                                        "Goed hersteld. Door eerlijk toe te geven "
                                                        "dat je te snel ging, toon je respect en "
                                                        "doorbreek je het patroon dat Noor "
                                                        "verwachtte. Jongeren waarderen "
                                                        "volwassenen die hun eigen fouten "
                                                        "erkennen. Het contact krijgt een nieuwe "
                                                        "kans."
                                                    ),
                                                    "next_step": "luisteren",
                                                },
                                                {
                                                    "text": (
                                                        "Je sluit het gesprek af en noteert in het "
                                                        "dossier dat Noor weigert mee te werken."
                                                    ),
                                                    "feedback": (
                                                        "Zo bevestig je Noors beeld dat ‘het "
                                                        "systeem’ niet naar haar luistert. "
                                                        "Bovendien blijven haar afwezigheden, de "
                                                        "situatie thuis en haar uitspraak over de "
                                                        "burgemeester onbesproken. Een moeizaam "
                                                        "begin is geen reden om het contact op te "
                                                        "geven: plan minstens een nieuw gesprek en "
                                                        "overleg met een collega hoe je het anders "
                                                        "kunt aanpakken."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "grens",
                                            "situation": (
                                                "Noor zegt: ‘Ik ga zelf niemand iets doen, hoor. "
                                                "Maar ik snap mensen die het wel doen.’ Ze vertelt "
                                                "dat ze in een chatgroep zit waarin wordt "
                                                "opgeroepen om ‘de verraders’ aan te pakken "
                                                "tijdens een betoging volgende week. Ze toont je "
                                                "een bericht met een foto van het gemeentehuis en "
                                                "de tekst ‘Tijd dat ze het voelen’. Wat doe je?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Je benoemt rustig je grens en je zorg, "
                                                        "zegt eerlijk dat je dit niet alleen kunt "
                                                        "dragen en dat je binnen het CLB overlegt "
                                                        "over de volgende stappen, en je spreekt "
                                                        "af dat je haar aanspreekpunt blijft."
                                                    ),
                                                    "feedback": (
                                                        "Dit is een proportionele reactie. Een "
                                                        "oproep tot geweld bij een concrete "
                                                        "gebeurtenis is een ernstig signaal, ook "
                                                        "al zegt Noor zelf niets te zullen doen. "
                                                        "Je overlegt nog dezelfde dag binnen het "
                                                        "CLB; samen met de directie kan de lokale "
                                                        "coördinator radicalisering worden "
                                                        "gecontacteerd, en als er een concrete "
                                                        "dreiging is voor iemands veiligheid, "
                                                        "wordt de politie ingelicht. Door eerlijk "
                                                        "te zijn over wat je doet en haar "
                                                        "aanspreekpunt te blijven, bewaar je het "
                                                        "vertrouwen en de zorg voor Noor zelf, ook "
                                                        "voor de situatie thuis."
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "Je belooft dat alles wat ze vertelt "
                                                        "tussen jullie blijft, zodat ze je blijft "
                                                        "vertrouwen."
                                                    ),
                                                    "feedback": (
                                                        "Begrijpelijk, want je wilt het contact "
                                                        "niet verliezen. Maar die belofte kun je "
                                                        "niet houden. Bij een concrete dreiging "
                                                        "voor de veiligheid van anderen kun je "
                                                        "niet zwijgen, en als je de belofte later "
                                                        "breekt, verlies je Noors vertrouwen "
                                                        "alsnog, en veel harder. Wees van bij het "
                                                        "begin eerlijk over wat je met haar "
                                                        "verhaal doet."
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "Je onderbreekt het gesprek en belt "
                                                        "onmiddellijk de politie, terwijl Noor nog "
                                                        "in je bureau zit."
                                                    ),
                                                    "feedback": (
                                                        "Je neemt het signaal terecht ernstig. "
                                                        "Maar Noor zegt zelf niets te zullen doen, "
                                                        "en de oproep komt uit een chatgroep. Wie "
                                                        "zonder uitleg en in paniek de politie "
                                                        "belt, breekt het contact en verliest Noor "
                                                        "uit het oog, als jongere die zorg nodig "
                                                        "heeft. Overleg nog dezelfde dag binnen "
                                                        "het CLB en met de directie; zij bekijken "
                                                        "met de lokale coördinator radicalisering "
                                                        "en, indien nodig, de politie welke "
                                                        "stappen nodig zijn. Alleen bij een acuut "
                                                        "en concreet gevaar bel je meteen."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                    ],
                                    "debrief": (
                                        "<p>Noor toont verschillende signalen tegelijk: een "
                                        "complotwereldbeeld met een duidelijk vijandbeeld, begrip "
                                        "voor geweld en deelname aan een groep die oproept tot "
                                        "actie tegen ‘verraders’. Tegelijk spelen geldzorgen, "
                                        "stress thuis en slaaptekort. Het is die combinatie die je "
                                        "zorg rechtvaardigt, niet het wantrouwen tegenover de "
                                        "overheid op zich.</p><ul><li><b>Begin bij de persoon.</b> "
                                        "Een opening vanuit haar welzijn geeft meer kans op "
                                        "contact dan een terechtwijzing of een "
                                        "factcheck.</li><li><b>Luister, vat samen, vraag door.</b> "
                                        "Juist door door te vragen op ‘het zelf oplossen’ kwam de "
                                        "chatgroep in beeld.</li><li><b>Trek grenzen en wees "
                                        "eerlijk.</b> Beloof nooit absolute geheimhouding. Vertel "
                                        "wat je gaat doen en waarom.</li><li><b>Overleg en handel "
                                        "proportioneel.</b> Een concrete oproep tot geweld vraagt "
                                        "snel overleg binnen het CLB en met de directie, en via "
                                        "hen met de lokale coördinator radicalisering. Bij acuut "
                                        "gevaar wordt de politie verwittigd.</li><li><b>Vergeet de "
                                        "onderliggende zorg niet.</b> Ondersteuning voor het "
                                        "gezin, bijvoorbeeld via het CAW of het OCMW, hoort "
                                        "evengoed bij het plan.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": (
                                        "Welke keuze in de casus lag voor jou het meest voor de "
                                        "hand, en waarom? Wat zegt dat over je eigen reflexen in "
                                        "een moeilijk gesprek? Met wie in je organisatie zou je "
                                        "een situatie zoals die van Noor als eerste bespreken?"
                                    ),
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Eindtoets: het moeilijke gesprek voeren",
                                    "note": (
                                        "Deze eindtoets gaat over de basishouding, actief "
                                        "luisteren, het groepsgesprek, grieven verkennen en het "
                                        "gesprek met ouders. Na elke vraag krijg je uitleg."
                                    ),
                                },
                            },
                        ],
                    },
                ],
            },
        ],
    },
    {
        "title": "Casussen uit de praktijk",
        "slug": "casussen-uit-de-praktijk",
        "summary": (
            "Vier casussen uit verschillende werkvelden (een school, een jeugdhuis, een "
            "VDAB-traject en een lokaal bestuur) met telkens een andere ideologie. Je kiest zelf "
            "hoe je reageert en krijgt bij elke keuze feedback. Zo oefen je om signalen te wegen, "
            "het gesprek aan te gaan en samen te werken met CLB, hulpverlening en de LIVC-R."
        ),
        "learning_goals": (
            "<ul><li>Je past het wegen van signalen toe op realistische situaties uit onderwijs, "
            "jeugdwerk, werk en lokaal bestuur.</li><li>Je kiest een proportionele reactie en legt "
            "uit waarom die helpt of schaadt.</li><li>Je weet hoe de samenwerking verloopt tussen "
            "school, CLB, jeugdwerk, VDAB, welzijn, ouders, levensbeschouwelijke gemeenschappen en "
            "de LIVC-R.</li><li>Je herkent gemeenschappelijke mechanismen over verschillende "
            "ideologieën heen.</li></ul>"
        ),
        "audiences": [
            "teacher",
            "pupil_guidance",
            "youth_worker",
            "welfare_worker",
            "job_counsellor",
            "faith_worker",
            "local_official",
            "other",
        ],
        "themes": [
            "cases",
            "signals",
            "conversation",
            "online",
            "parents",
            "cooperation",
        ],
        "estimated_minutes": 130,
        "modules": [
            {
                "title": "Casussen uit onderwijs en jeugdwerk",
                "slug": "casussen-uit-onderwijs-en-jeugdwerk",
                "intro": (
                    "We beginnen met een kader om casussen te analyseren en passen het toe op een "
                    "situatie in een secundaire school en in een jeugdhuis."
                ),
                "lessons": [
                    {
                        "title": "Werken met casussen: een kader",
                        "slug": "werken-met-casussen",
                        "estimated_minutes": 15,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>Vijf vragen bij elke casus</h2><p>Geen twee situaties "
                                    "zijn hetzelfde. Toch helpt een vast kader om rustig na te "
                                    "denken, in plaats van te reageren vanuit angst of onbehagen. "
                                    "Stel jezelf bij elke casus deze vijf "
                                    "vragen:</p><ol><li><b>Wat zie en hoor ik precies?</b> "
                                    "Beschrijf feiten, geen interpretaties.</li><li><b>Wat weet ik "
                                    "niet?</b> Welke informatie ontbreekt, en wie zou die kunnen "
                                    "hebben?</li><li><b>Wat is de context?</b> Wat speelt er in "
                                    "het leven van deze persoon: thuis, op school of op het werk, "
                                    "in de vriendengroep, online?</li><li><b>Wat is er sterk?</b> "
                                    "Welke relaties, talenten, plannen en steunfiguren zijn "
                                    "er?</li><li><b>Wie heb ik nodig?</b> Met wie overleg ik, en "
                                    "welke stap is nu proportioneel?</li></ol><h3>Over de casussen "
                                    "in deze vorming</h3><p>De casussen zijn fictief, maar "
                                    "gebaseerd op situaties die eerstelijnswerkers in Vlaanderen "
                                    "herkennen. Ze spelen zich af in verschillende werkvelden en "
                                    "vertrekken bewust vanuit verschillende ideologieën: "
                                    "extreemrechts, religieus geïnspireerd extremisme, vrouwenhaat "
                                    "uit de incelcultuur en militant extreemlinks activisme. Zo "
                                    "zie je dat de mechanismen gelijkaardig zijn, en dat het nooit "
                                    "gaat om één gemeenschap of één geloof.</p><p>Bij elke keuze "
                                    "krijg je feedback. Soms zijn meerdere keuzes verdedigbaar; "
                                    "soms lijkt een keuze logisch, maar heeft ze ongewenste "
                                    "gevolgen. Doorloop de casussen gerust meerdere keren. Gebruik "
                                    "je ze in een teamvorming of intervisie, bespreek dan ook hoe "
                                    "jullie eigen organisatie zou reageren.</p>"
                                ),
                            },
                            {
                                "type": "video",
                                "value": {
                                    "title": "Een casusoverleg van binnenuit",
                                    "transcript": (
                                        "<p><i>Een lokale coördinator radicalisering legt uit hoe "
                                        "een casusoverleg verloopt. Het personage is "
                                        "fictief.</i></p><p><b>Coördinator:</b> Als ik een vraag "
                                        "krijg van een school, een jeugdwerker of een "
                                        "VDAB-consulent, begin ik altijd met luisteren. Wat is er "
                                        "gebeurd, wat maakt je ongerust, wat heb je al gedaan? In "
                                        "veel gevallen kan ik advies geven en blijft de opvolging "
                                        "bij de organisatie zelf, met ondersteuning van "
                                        "bijvoorbeeld het CLB of het "
                                        "CAW.</p><p><b>Coördinator:</b> Soms is er meer nodig. Dan "
                                        "bespreken we de situatie in de lokale integrale "
                                        "veiligheidscel radicalisering, de LIVC-R. Rond de tafel "
                                        "zitten mensen van de gemeente, van welzijn, van onderwijs "
                                        "en jeugd, en waar nodig de politie. We kijken samen naar "
                                        "het hele verhaal: wat loopt er mis, maar ook wat er goed "
                                        "gaat. Daarna maken we een plan: wie gaat in gesprek, "
                                        "welke hulp bieden we aan, wie is het aanspreekpunt voor "
                                        "de jongere en de familie?</p><p><b>Coördinator:</b> Wat "
                                        "mensen vaak verrast: het gaat in dat overleg vooral over "
                                        "zorg en perspectief. Een stageplaats, een sportclub, een "
                                        "goede begeleider. We delen alleen de informatie die nodig "
                                        "is, binnen het kader van het gedeeld beroepsgeheim. En we "
                                        "evalueren regelmatig of ons plan "
                                        "werkt.</p><p><b>Coördinator:</b> Mijn belangrijkste "
                                        "boodschap? Bel gerust als je twijfelt. Liever een vraag "
                                        "te veel dan een jongere die uit beeld verdwijnt.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "image",
                                "value": {
                                    "alt_text": (
                                        "Schema van een casusoverleg: een ronde tafel met "
                                        "pictogrammen voor school en CLB, jeugdwerk, welzijn, "
                                        "VDAB, politie en lokaal bestuur; in het midden van de "
                                        "tafel staan de woorden plan van aanpak."
                                    ),
                                    "caption": (
                                        "In een casusoverleg brengt elke partner een stukje van "
                                        "het verhaal mee. Samen maken ze een plan dat vertrekt "
                                        "vanuit zorg en perspectief."
                                    ),
                                },
                            },
                            {
                                "type": "resource",
                                "value": {
                                    "title": "Werkblad: een casus analyseren in vijf vragen",
                                    "description": (
                                        "Een invulbaar werkblad met de vijf vragen uit deze les, "
                                        "een schema om signalen en beschermende factoren naast "
                                        "elkaar te zetten en een overzicht van mogelijke partners. "
                                        "Gebruik het voor intervisie of teamoverleg, zonder namen "
                                        "of andere herkenbare gegevens."
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Casus op school: Jonas en de memes",
                        "slug": "casus-op-school-jonas",
                        "estimated_minutes": 25,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<p>Een secundaire school, een klasgroep op sociale media en "
                                    "een meme die de ene leerling grappig vindt en de andere "
                                    "kwetst. In deze casus oefen je hoe je als leerkracht reageert "
                                    "op mogelijke online radicalisering in extreemrechtse hoek, en "
                                    "hoe je samenwerkt met de leerlingenbegeleiding en het CLB.</p>"
                                ),
                            },
                            {
                                "type": "case_scenario",
                                "value": {
                                    "title": "Jonas en de memes",
                                    "context": (
                                        "Je bent leerkracht geschiedenis in het vijfde jaar van "
                                        "een secundaire school. Jonas (17) is een stille leerling, "
                                        "sterk in informatica, met weinig vrienden in de klas. Een "
                                        "klasgenote toont je ongerust een bericht uit de "
                                        "klasgroep: Jonas deelde een meme met een ‘zwarte zon’, "
                                        "een symbool dat in extreemrechtse kringen gebruikt wordt, "
                                        "en de tekst ‘Ze vervangen ons. Word wakker.’ Enkele "
                                        "klasgenoten reageerden met lachende emoji's, anderen "
                                        "waren boos."
                                    ),
                                    "steps": [
                                        {
                                            "key": "start",
                                            "situation": (
                                                "Het is pauze. Je hebt de meme gezien en de "
                                                "leerlinge die hem toonde, wacht op je reactie. "
                                                "Wat doe je eerst?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Je bedankt de leerlinge en vraagt Jonas "
                                                        "om na de les even te blijven, omdat je "
                                                        "wilt horen wat hij met de meme bedoelde."
                                                    ),
                                                    "feedback": (
                                                        "Goede eerste stap. Je neemt de melding "
                                                        "van de klasgenote ernstig en kiest voor "
                                                        "een één-op-ééngesprek, waarin Jonas zijn "
                                                        "gezicht niet hoeft te redden voor de "
                                                        "groep. Zo vergroot je de kans op een "
                                                        "eerlijk antwoord."
                                                    ),
                                                    "next_step": "gesprek",
                                                },
                                                {
                                                    "text": (
                                                        "Je spreekt Jonas na de pauze meteen aan, "
                                                        "voor de hele klas: ‘Zulke racistische "
                                                        "rommel tolereer ik hier niet.’"
                                                    ),
                                                    "feedback": (
                                                        "Je trekt een duidelijke grens, en dat is "
                                                        "belangrijk: klasgenoten moeten zien dat "
                                                        "racisme niet aanvaard wordt. Maar door "
                                                        "Jonas publiek terecht te wijzen, zet je "
                                                        "hem in een hoek. Voor een jongere die "
                                                        "zich al buitengesloten voelt, bevestigt "
                                                        "dat het verhaal van zijn online groep: "
                                                        "‘ze willen ons de mond snoeren’."
                                                    ),
                                                    "next_step": "klas",
                                                },
                                                {
                                                    "text": (
                                                        "Je overlegt kort met de "
                                                        "leerlingenbegeleider en spreekt af dat "
                                                        "jij het gesprek met Jonas voert, omdat je "
                                                        "een goede band met hem hebt."
                                                    ),
                                                    "feedback": (
                                                        "Sterk. Je deelt je zorg meteen met een "
                                                        "collega, zodat je er niet alleen voor "
                                                        "staat, en je kiest bewust wie het gesprek "
                                                        "voert: de volwassene met de beste band. "
                                                        "Overleg vooraf maakt het ook makkelijker "
                                                        "om later samen te bekijken of er meer "
                                                        "signalen zijn."
                                                    ),
                                                    "next_step": "gesprek",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "klas",
                                            "situation": (
                                                "Jonas wordt rood, zegt ‘Het is maar een grap, "
                                                "jullie kunnen ook niks hebben’ en draait "
                                                "demonstratief zijn stoel weg. 's Avonds ziet een "
                                                "klasgenote dat hij in een online groep schrijft "
                                                "dat ‘die leraar ook bij het systeem hoort’. Wat "
                                                "doe je?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Je zoekt toch een rustig moment onder "
                                                        "vier ogen, erkent dat de terechtwijzing "
                                                        "voor de klas hard aankwam, en vraagt naar "
                                                        "zijn kant van het verhaal."
                                                    ),
                                                    "feedback": (
                                                        "Goed dat je het contact herstelt. Je "
                                                        "hoeft je grens niet in te trekken: "
                                                        "racisme blijft onaanvaardbaar. Maar door "
                                                        "te erkennen dat de manier hard was, toon "
                                                        "je dat je hem als persoon serieus neemt. "
                                                        "Dat opent de deur voor een echt gesprek."
                                                    ),
                                                    "next_step": "gesprek",
                                                },
                                                {
                                                    "text": (
                                                        "Je geeft hem een sanctie volgens het "
                                                        "schoolreglement en laat het daarbij."
                                                    ),
                                                    "feedback": (
                                                        "Een sanctie kan passend zijn voor het "
                                                        "verspreiden van kwetsende inhoud. Maar "
                                                        "als enige reactie mis je de vraag wat er "
                                                        "achter de meme zit. Jonas voelt zich "
                                                        "bevestigd in het idee dat volwassenen "
                                                        "alleen straffen en niet luisteren, en "
                                                        "zijn online groep wordt nog belangrijker. "
                                                        "Combineer een sanctie altijd met een "
                                                        "gesprek en met aandacht voor wat er "
                                                        "speelt."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "gesprek",
                                            "situation": (
                                                "Jonas zegt eerst dat het ‘gewoon humor’ is. Als "
                                                "je rustig doorvraagt, vertelt hij dat hij elke "
                                                "avond uren op een Discordserver zit met ‘gasten "
                                                "die tenminste de waarheid zeggen’. Hij wordt er "
                                                "gewaardeerd om zijn video-edits. Dan toont hij je "
                                                "op zijn gsm een tekst van de dader van een "
                                                "aanslag in het buitenland, die hij ‘eigenlijk wel "
                                                "logisch’ vindt."
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Je blijft rustig, zegt duidelijk dat je "
                                                        "geweld en het ontmenselijken van mensen "
                                                        "niet aanvaardt, en vraagt wat hij in die "
                                                        "groep vindt dat hij elders mist."
                                                    ),
                                                    "feedback": (
                                                        "Heel goed. Je combineert een duidelijke "
                                                        "grens met echte interesse. Door te vragen "
                                                        "wat de groep hem geeft, kom je bij de "
                                                        "onderliggende behoefte: erkenning, "
                                                        "waardering, erbij horen. Tegelijk weet je "
                                                        "nu dat er meerdere signalen zijn die "
                                                        "samen zorgwekkend zijn: bewondering voor "
                                                        "een aanslagpleger, een intens online "
                                                        "netwerk en weinig aansluiting in de klas. "
                                                        "Dat vraagt overleg."
                                                    ),
                                                    "next_step": "overleg",
                                                },
                                                {
                                                    "text": (
                                                        "Je schrikt zichtbaar en zegt dat je dit "
                                                        "onmiddellijk aan zijn ouders en de "
                                                        "directie gaat melden."
                                                    ),
                                                    "feedback": (
                                                        "Je schrik is begrijpelijk, en overleg is "
                                                        "hier inderdaad nodig. Maar door het zo "
                                                        "aan te kondigen, eindigt het gesprek "
                                                        "abrupt. Jonas leert vooral dat eerlijk "
                                                        "zijn gevolgen heeft, en zal de volgende "
                                                        "keer minder vertellen. Beter: benoem je "
                                                        "zorg, leg uit dat je hierover met anderen "
                                                        "moet overleggen, en spreek af dat jij "
                                                        "zijn aanspreekpunt blijft."
                                                    ),
                                                    "next_step": "overleg",
                                                },
                                                {
                                                    "text": (
                                                        "Je zegt dat hij recht heeft op zijn "
                                                        "mening en dat je je er verder niet mee "
                                                        "bemoeit."
                                                    ),
                                                    "feedback": (
                                                        "Vrijheid van meningsuiting is belangrijk, "
                                                        "maar bewondering voor de dader van een "
                                                        "aanslag is geen gewone mening: het is een "
                                                        "uitspraak die geweld tegen mensen "
                                                        "goedpraat. Door er niet op in te gaan, "
                                                        "laat je Jonas alleen met een online "
                                                        "netwerk dat die ideeën voedt, en blijft "
                                                        "je eigen zorg onbesproken. Dit vraagt een "
                                                        "grens én overleg."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "overleg",
                                            "situation": (
                                                "Je brengt de situatie nog dezelfde week op het "
                                                "overleg van de cel leerlingenbegeleiding, met de "
                                                "CLB-medewerker erbij. Wat stel je voor?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Een gedeelde aanpak: jij blijft Jonas' "
                                                        "vertrouwenspersoon, er komt een gesprek "
                                                        "met zijn ouders, het CLB bekijkt verdere "
                                                        "begeleiding en de directie vraagt advies "
                                                        "aan de lokale coördinator radicalisering."
                                                    ),
                                                    "feedback": (
                                                        "Dit is een proportionele en samenhangende "
                                                        "aanpak. Door de combinatie van signalen "
                                                        "is advies van de lokale coördinator "
                                                        "radicalisering verantwoord; die kan "
                                                        "bekijken of een bespreking in de LIVC-R "
                                                        "nodig is. Tegelijk blijft de zorg voor "
                                                        "Jonas centraal: een vertrouwenspersoon, "
                                                        "begeleiding, betrokkenheid van zijn "
                                                        "ouders en aandacht voor zijn talenten en "
                                                        "zijn plaats in de klas."
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "Jonas schorsen tot hij afstand neemt van "
                                                        "zijn ideeën."
                                                    ),
                                                    "feedback": (
                                                        "Een schorsing duwt Jonas net naar de plek "
                                                        "waar hij erkenning vindt: zijn online "
                                                        "groep. Hij verliest het contact met de "
                                                        "school, een van de weinige plaatsen waar "
                                                        "volwassenen hem kunnen bijsturen. Je kunt "
                                                        "gedrag sanctioneren, maar je kunt niemand "
                                                        "dwingen om ideeën af te zweren. "
                                                        "Uitsluiting is hier eerder een risico dan "
                                                        "een oplossing."
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "Een les over extreemrechts geven in zijn "
                                                        "klas, met de meme van Jonas als voorbeeld."
                                                    ),
                                                    "feedback": (
                                                        "Aandacht voor online manipulatie en "
                                                        "extreemrechtse symbolen in de klas is "
                                                        "waardevol, maar niet op deze manier. Door "
                                                        "zijn meme als voorbeeld te gebruiken, zet "
                                                        "je Jonas te kijk en maak je hem tot "
                                                        "zondebok. Geef zo'n les liever algemeen, "
                                                        "los van dit incident, en zorg tegelijk "
                                                        "voor een individuele aanpak rond Jonas."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                    ],
                                    "debrief": (
                                        "<p>Jonas toont een combinatie van signalen: een meme met "
                                        "extreemrechtse symboliek, een intensief online netwerk, "
                                        "weinig aansluiting in de klas en bewondering voor de "
                                        "dader van een aanslag. Geen van die signalen bewijst op "
                                        "zich iets. Samen vormen ze wel een reden tot zorg en "
                                        "overleg.</p><ul><li><b>Humor is vaak de instap.</b> ‘Het "
                                        "is maar een grap’ beschermt de boodschap. Blijf rustig "
                                        "doorvragen naar de betekenis.</li><li><b>Erkenning is de "
                                        "aantrekkingskracht.</b> Jonas vindt online waardering "
                                        "voor zijn talent. Zoek mee naar plaatsen waar hij die ook "
                                        "offline vindt, bijvoorbeeld een project op school of een "
                                        "hobby.</li><li><b>Grens en contact gaan samen.</b> Je "
                                        "kunt ontmenselijking en geweld duidelijk afwijzen en toch "
                                        "de persoon blijven zien.</li><li><b>Uitsluiting werkt "
                                        "averechts.</b> Schorsen of publiek terechtwijzen "
                                        "bevestigt het verhaal van de groep.</li><li><b>Samen sta "
                                        "je sterker.</b> Leerlingenbegeleiding, CLB, ouders en, "
                                        "bij een combinatie van ernstige signalen, de lokale "
                                        "coördinator radicalisering en de LIVC-R.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "signal_card",
                                "value": {
                                    "signal": (
                                        "Een jongere vindt online de erkenning en het gevoel erbij "
                                        "te horen die hij of zij elders mist"
                                    ),
                                    "what_it_can_mean": (
                                        "<p>Extremistische groepen bieden veel meer dan een "
                                        "ideologie: ze geven aandacht, vriendschap, een taak en "
                                        "het gevoel belangrijk te zijn. Voor een jongere die "
                                        "eenzaam is of zich niet gewaardeerd voelt, is dat erg "
                                        "aantrekkelijk. De ideologie komt dan vaak pas later, als "
                                        "‘prijs’ om erbij te blijven horen.</p>"
                                    ),
                                    "what_it_does_not_prove": (
                                        "<p>De meeste online gemeenschappen waarin jongeren "
                                        "erkenning vinden, zijn onschuldig of zelfs heel positief: "
                                        "gamers, makers, fans. <b>Een sterk online netwerk is op "
                                        "zich geen signaal.</b> Het wordt pas zorgwekkend als dat "
                                        "netwerk vijandbeelden, haat of geweld voedt en andere "
                                        "contacten verdringt.</p>"
                                    ),
                                    "what_to_do_next": (
                                        "<ul><li>Vraag wat de jongere in de groep vindt: "
                                        "waardering, humor, vriendschap, een rol?</li><li>Zoek "
                                        "samen naar plekken offline waar die behoefte ook ingevuld "
                                        "kan worden: een club, het jeugdwerk, een project op "
                                        "school.</li><li>Bespreek met de leerlingenbegeleiding en "
                                        "het CLB hoe jullie het netwerk rond de jongere kunnen "
                                        "versterken.</li><li>Verheerlijkt de groep geweld of "
                                        "worden er plannen gemaakt, overleg dan via je directie "
                                        "met de lokale coördinator radicalisering.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": (
                                        "In de casus van Jonas speelde eenzaamheid een grote rol. "
                                        "Welke jongeren in jouw werkomgeving vallen weinig op en "
                                        "hebben weinig aansluiting? Wat zou je kunnen doen om hen "
                                        "beter te zien, zonder hen als risico te benaderen?"
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Casus in het jeugdhuis: Bilal en zijn nieuwe vrienden",
                        "slug": "casus-in-het-jeugdhuis-bilal",
                        "estimated_minutes": 25,
                        "required": True,
                        "body": [
                            {
                                "type": "case_scenario",
                                "value": {
                                    "title": "Bilal en zijn nieuwe vrienden",
                                    "context": (
                                        "Je bent jeugdwerker in een jeugdhuis in een middelgrote "
                                        "stad. Bilal (18) komt er al jaren: hij hielp bij "
                                        "concerten en speelde in het zaalvoetbalteam. De laatste "
                                        "maanden komt hij minder. Als hij er is, zegt hij tegen "
                                        "vrienden dat ze ‘geen echte moslims’ zijn omdat ze naar "
                                        "muziek luisteren en met meisjes omgaan, en hij toont "
                                        "video's van een online prediker die beweert dat ‘moslims "
                                        "in het Westen in oorlog leven’. Zijn vrienden, zelf ook "
                                        "moslim, maken zich zorgen en komen naar jou."
                                    ),
                                    "steps": [
                                        {
                                            "key": "start",
                                            "situation": (
                                                "Bilals vrienden vragen: ‘Kun jij niet eens met "
                                                "hem praten? Naar ons luistert hij niet meer.’ Wat "
                                                "doe je?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Je bedankt hen voor hun vertrouwen, "
                                                        "vraagt wat ze precies gezien en gehoord "
                                                        "hebben, en spreekt af dat je zelf contact "
                                                        "zoekt met Bilal."
                                                    ),
                                                    "feedback": (
                                                        "Goed. Je neemt de zorg van zijn vrienden "
                                                        "ernstig, je verzamelt feitelijke "
                                                        "informatie en je neemt zelf initiatief. "
                                                        "Zijn vrienden zijn een belangrijke "
                                                        "beschermende factor: zij houden hem "
                                                        "verbonden met zijn vroegere omgeving. Ze "
                                                        "verdienen het om te merken dat hun zorg "
                                                        "gehoord wordt."
                                                    ),
                                                    "next_step": "contact",
                                                },
                                                {
                                                    "text": (
                                                        "Je zegt dat geloof een privézaak is en "
                                                        "dat je je als jeugdwerker niet met "
                                                        "religie moeit."
                                                    ),
                                                    "feedback": (
                                                        "Je hebt gelijk dat geloof een privézaak "
                                                        "is, en het is goed dat je niet wilt "
                                                        "oordelen over iemands geloofsbeleving. "
                                                        "Maar daar gaat het hier niet om. De zorg "
                                                        "zit in het wij-zijdenken: vrienden die "
                                                        "‘geen echte moslims’ zouden zijn, een "
                                                        "verhaal van oorlog, terugtrekken uit zijn "
                                                        "vroegere leven. Zijn vrienden vragen "
                                                        "hulp, en die blijft nu uit."
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "Je vraagt het bestuur van het jeugdhuis "
                                                        "om Bilal voorlopig de toegang te "
                                                        "ontzeggen, tot hij ‘weer normaal doet’."
                                                    ),
                                                    "feedback": (
                                                        "Je wilt de sfeer in het jeugdhuis "
                                                        "beschermen, en dat is een legitieme zorg. "
                                                        "Maar Bilal heeft niemand bedreigd. Door "
                                                        "hem uit te sluiten, verliest hij een van "
                                                        "de laatste plekken waar hij verbonden is "
                                                        "met zijn oude vrienden en met volwassenen "
                                                        "die hem kennen. En hij krijgt het "
                                                        "‘bewijs’ voor het verhaal van de "
                                                        "prediker: ze willen je hier niet."
                                                    ),
                                                    "next_step": "uitsluiting",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "uitsluiting",
                                            "situation": (
                                                "Bilal hoort dat hij niet meer welkom is. Hij "
                                                "stuurt een vriend: ‘Zie je wel, ze haten ons. De "
                                                "broeders hadden gelijk.’ Hij komt niet meer naar "
                                                "het jeugdhuis. Wat doe je nu?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Je neemt zelf contact op met Bilal, zegt "
                                                        "dat de beslissing te snel genomen werd en "
                                                        "nodigt hem uit voor een gesprek over hoe "
                                                        "hij terug welkom kan zijn."
                                                    ),
                                                    "feedback": (
                                                        "Goed dat je de schade probeert te "
                                                        "herstellen. Een beslissing terugdraaien "
                                                        "of bijsturen is geen zwakte: het toont "
                                                        "dat de relatie belangrijker is dan gelijk "
                                                        "krijgen. Of Bilal op je uitnodiging "
                                                        "ingaat, is niet zeker, maar de deur staat "
                                                        "weer open."
                                                    ),
                                                    "next_step": "contact",
                                                },
                                                {
                                                    "text": (
                                                        "Je laat het zo: het probleem speelt zich "
                                                        "nu buiten het jeugdhuis af."
                                                    ),
                                                    "feedback": (
                                                        "Het probleem is niet verdwenen, het is "
                                                        "alleen uit beeld. Bilal verloor zijn "
                                                        "laatste band met het jeugdhuis, en zijn "
                                                        "online netwerk heeft er een argument bij. "
                                                        "Zijn vrienden blijven met hun zorg "
                                                        "zitten. Verantwoordelijkheid nemen "
                                                        "betekent hier: het contact herstellen, of "
                                                        "minstens met je coördinator overleggen "
                                                        "over hoe het verder moet."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "contact",
                                            "situation": (
                                                "Je drinkt een koffie met Bilal. Hij vertelt dat "
                                                "hij na de dood van zijn oom veel vragen had over "
                                                "leven en dood. De online prediker gaf hem "
                                                "‘eindelijk antwoorden’. Hij zegt dat de imam van "
                                                "de lokale moskee een ‘verrader’ is omdat die met "
                                                "de stad samenwerkt, en dat hij overweegt om ‘te "
                                                "vertrekken naar een land waar moslims echt vrij "
                                                "zijn’."
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Je erkent zijn verdriet en zijn "
                                                        "zoektocht, vraagt wat de antwoorden van "
                                                        "de prediker hem geven, en vraagt of hij "
                                                        "ook eens zou willen praten met iemand met "
                                                        "religieuze kennis die hij zelf vertrouwt."
                                                    ),
                                                    "feedback": (
                                                        "Heel goed. Je sluit aan bij wat er echt "
                                                        "speelt: rouw en een zoektocht naar zin. "
                                                        "Je stelt open vragen, zonder een "
                                                        "theologische discussie aan te gaan die je "
                                                        "niet kunt winnen. En je laat hem zelf "
                                                        "kiezen met wie hij over zijn "
                                                        "geloofsvragen wil praten, in plaats van "
                                                        "iemand op te dringen."
                                                    ),
                                                    "next_step": "netwerk",
                                                },
                                                {
                                                    "text": (
                                                        "Je gaat met hem in discussie over wat de "
                                                        "islam écht zegt over samenleven met "
                                                        "andersgelovigen."
                                                    ),
                                                    "feedback": (
                                                        "Je bedoeling is goed, maar als "
                                                        "jeugdwerker ben je in zijn ogen geen "
                                                        "religieuze autoriteit. De prediker heeft "
                                                        "hem een sluitend verhaal gegeven, en jouw "
                                                        "argumenten worden makkelijk weggewuifd. "
                                                        "Het gesprek wordt een debat, en je "
                                                        "verliest het contact. Jouw rol ligt bij "
                                                        "het persoonlijke verhaal: zijn verdriet, "
                                                        "zijn vragen, zijn vriendschappen."
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "Je zegt: ‘Als je over vertrekken begint, "
                                                        "ben ik verplicht om de politie te bellen.’"
                                                    ),
                                                    "feedback": (
                                                        "Zijn uitspraak over vertrekken is een "
                                                        "ernstig signaal en vraagt overleg, daar "
                                                        "heb je gelijk in. Maar door het als "
                                                        "dreigement in het gesprek te brengen, "
                                                        "klapt Bilal dicht en verlies je zicht op "
                                                        "wat er gebeurt. Overleg achteraf met je "
                                                        "coördinator en de lokale coördinator "
                                                        "radicalisering, en blijf intussen in "
                                                        "gesprek."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "netwerk",
                                            "situation": (
                                                "Bilal twijfelt, maar zegt dat hij misschien wel "
                                                "wil praten met een jonge imam die hij nog kent "
                                                "van het zaalvoetbal. Zijn opmerking over "
                                                "vertrekken blijft je bezighouden. Wat doe je?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Je bespreekt de situatie met je "
                                                        "coördinator, en samen nemen jullie "
                                                        "contact op met de lokale coördinator "
                                                        "radicalisering. Intussen blijf jij Bilals "
                                                        "aanspreekpunt en help je het gesprek met "
                                                        "de imam te regelen."
                                                    ),
                                                    "feedback": (
                                                        "Dit is de sterkste keuze. De combinatie "
                                                        "van signalen, met name het wij-zijdenken, "
                                                        "de afwijzing van zijn vroegere omgeving "
                                                        "en de plannen om te vertrekken, "
                                                        "rechtvaardigt overleg met de lokale "
                                                        "coördinator radicalisering, die kan "
                                                        "beslissen om de situatie in de LIVC-R te "
                                                        "bespreken. Tegelijk blijven het contact "
                                                        "met jou en met een vertrouwde religieuze "
                                                        "figuur belangrijke beschermende factoren. "
                                                        "Zorg en veiligheid gaan hier hand in hand."
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "Je regelt het gesprek met de imam en "
                                                        "houdt de rest voor jezelf, om Bilals "
                                                        "vertrouwen niet te beschamen."
                                                    ),
                                                    "feedback": (
                                                        "Het gesprek met de imam kan veel "
                                                        "betekenen, en het is goed dat je Bilals "
                                                        "vertrouwen wilt beschermen. Maar een "
                                                        "uitspraak over vertrekken is te ernstig "
                                                        "om alleen te dragen. Als Bilal toch "
                                                        "vertrekt, sta je er alleen voor. Overleg "
                                                        "is geen verraad: je deelt alleen wat "
                                                        "nodig is, met wie het nodig heeft, binnen "
                                                        "de regels van beroepsgeheim en discretie."
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "Je stelt Bilal voor om met een "
                                                        "hulpverlener van het CAW te praten over "
                                                        "het verlies van zijn oom, en je bespreekt "
                                                        "de situatie in je team."
                                                    ),
                                                    "feedback": (
                                                        "Aandacht voor rouw is terecht: het "
                                                        "verlies van zijn oom is een belangrijk "
                                                        "deel van zijn verhaal, en begeleiding kan "
                                                        "hem helpen. Overleg in je team is ook "
                                                        "goed. Maar vergeet de uitspraak over "
                                                        "vertrekken niet: die vraagt een stap "
                                                        "verder, naar de lokale coördinator "
                                                        "radicalisering, zodat je niet alleen "
                                                        "binnen je eigen team inschat hoe ernstig "
                                                        "het is."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                    ],
                                    "debrief": (
                                        "<p>In deze casus is het geloof van Bilal niet het "
                                        "probleem. Zorgwekkend is de combinatie van wij-zijdenken, "
                                        "het afwijzen van iedereen die anders gelooft of leeft "
                                        "(ook zijn eigen vrienden en de lokale imam), een verhaal "
                                        "van oorlog en plannen om te vertrekken. Onder dat alles "
                                        "zit een jongeman die rouwt en antwoorden "
                                        "zoekt.</p><ul><li><b>Maak van geloof geen "
                                        "veiligheidskwestie.</b> Geloofsvragen zijn legitiem. Help "
                                        "Bilal om ze te stellen aan iemand die hij "
                                        "vertrouwt.</li><li><b>Vrienden en familie zijn "
                                        "bondgenoten.</b> Zijn vrienden zagen het eerst. Neem hun "
                                        "zorg ernstig en houd hen betrokken.</li><li><b>Sluit niet "
                                        "uit.</b> Het jeugdhuis is een plek waar Bilal verbonden "
                                        "blijft. Uitsluiting bevestigt het verhaal van de "
                                        "prediker.</li><li><b>Zoek de onderliggende vraag.</b> "
                                        "Rouw, zingeving, erkenning: daar kan het gesprek over "
                                        "gaan.</li><li><b>Overleg bij ernstige signalen.</b> "
                                        "Plannen om te vertrekken vragen overleg met de lokale "
                                        "coördinator radicalisering. Contact en zorg lopen daarbij "
                                        "gewoon door.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>Levensbeschouwelijke gemeenschappen als partner</h2><p>In "
                                    "de casus van Bilal kwamen een vraag naar zin en geloof en een "
                                    "extremistisch verhaal samen. Als jeugdwerker ben je geen "
                                    "theoloog, en dat hoeft ook niet. Een moskee, een kerk, een "
                                    "vrijzinnige organisatie of een andere levensbeschouwelijke "
                                    "gemeenschap die voeling heeft met de leefwereld van jongeren, "
                                    "kan helpen voorkomen dat ze hun antwoorden zoeken bij "
                                    "haatpredikers of radicale groepen, van welke strekking "
                                    "ook.</p><p>Enkele aandachtspunten voor een goede "
                                    "samenwerking:</p><ul><li>Bouw contacten op <b>voor</b> er een "
                                    "crisis is. Ken de mensen in je buurt die vanuit een "
                                    "levensbeschouwing met jongeren werken.</li><li>Betrek een "
                                    "imam, pastor of consulent alleen als de jongere dat zelf wil, "
                                    "en altijd met respect voor zijn of haar keuze.</li><li>Maak "
                                    "van een religieuze vraag geen veiligheidskwestie. "
                                    "Geloofsvragen zijn legitiem en verdienen een "
                                    "antwoord.</li><li>Wees duidelijk over rollen: de "
                                    "levensbeschouwelijke gemeenschap biedt zingeving en een "
                                    "alternatief verhaal, de hulpverlening biedt begeleiding, het "
                                    "lokaal bestuur coördineert.</li></ul>"
                                ),
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": (
                                        "Welke levensbeschouwelijke gemeenschappen zijn actief in "
                                        "jouw gemeente of buurt? Met wie heb je al contact, en met "
                                        "wie zou je vóór een volgende crisis kennis willen maken?"
                                    ),
                                },
                            },
                        ],
                    },
                ],
            },
            {
                "title": "Casussen uit werk, welzijn en lokaal bestuur",
                "slug": "casussen-uit-werk-welzijn-en-lokaal-bestuur",
                "intro": (
                    "In deze module staan volwassenen centraal: een werkzoekende in een "
                    "VDAB-traject en een vader die aanklopt bij het lokaal bestuur. We sluiten af "
                    "met een terugblik op wat de casussen gemeen hebben."
                ),
                "lessons": [
                    {
                        "title": "Casus bij de VDAB: Kevin en de ‘black pill’",
                        "slug": "casus-bij-de-vdab-kevin",
                        "estimated_minutes": 25,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<p>Radicalisering gebeurt niet alleen bij tieners. In een "
                                    "trajectbegeleiding naar werk kom je jongvolwassenen tegen die "
                                    "vastlopen en online een verklaring zoeken voor hun "
                                    "tegenslagen. In deze casus gaat het over de incelcultuur: "
                                    "online gemeenschappen waarin mannen hun eenzaamheid wijten "
                                    "aan vrouwen en aan de samenleving.</p>"
                                ),
                            },
                            {
                                "type": "case_scenario",
                                "value": {
                                    "title": "Kevin en de ‘black pill’",
                                    "context": (
                                        "Je bent VDAB-consulent en begeleidt Kevin (23) al drie "
                                        "maanden in zijn zoektocht naar werk. Hij heeft een "
                                        "diploma elektromechanica, maar raakt niet voorbij de "
                                        "sollicitatiegesprekken. Hij woont bij zijn moeder, heeft "
                                        "weinig sociale contacten en gamet veel. Vandaag komt hij "
                                        "gefrustreerd binnen: hij werd opnieuw afgewezen, dit keer "
                                        "door een vrouwelijke HR-verantwoordelijke."
                                    ),
                                    "steps": [
                                        {
                                            "key": "start",
                                            "situation": (
                                                "Kevin zegt: ‘Natuurlijk weer een vrouw. Die "
                                                "kiezen altijd voor de knappe, zelfzekere types. "
                                                "Mannen zoals ik maken geen kans, niet in de "
                                                "liefde en niet op de arbeidsmarkt. Soms snap ik "
                                                "die gasten die het systeem het eens goed willen "
                                                "laten voelen.’ Hoe reageer je?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Je reageert rustig: ‘Ik hoor dat die "
                                                        "afwijzing hard aankomt. Wat bedoel je met "
                                                        "het systeem het laten voelen?’"
                                                    ),
                                                    "feedback": (
                                                        "Goed. Je erkent de frustratie over de "
                                                        "afwijzing en je vraagt rustig door op de "
                                                        "zin die je verontrust. Zo blijft het "
                                                        "gesprek open en krijg je zicht op wat "
                                                        "Kevin bedoelt. Vrouwenhaat en begrip voor "
                                                        "geweld zijn ernstig, maar je weet nog "
                                                        "niet hoe ver het gaat."
                                                    ),
                                                    "next_step": "doorvragen",
                                                },
                                                {
                                                    "text": (
                                                        "Je zegt kordaat: ‘Zo spreken we hier niet "
                                                        "over vrouwen. Als je zo doorgaat, stop ik "
                                                        "het gesprek.’"
                                                    ),
                                                    "feedback": (
                                                        "Een grens trekken is belangrijk: "
                                                        "vrouwenhaat mag niet onweersproken "
                                                        "blijven, ook niet in een "
                                                        "begeleidingsgesprek. Maar met een "
                                                        "ultimatum als eerste reactie mis je de "
                                                        "kans om te begrijpen wat erachter zit, en "
                                                        "Kevin hoort vooral dat er ook hier geen "
                                                        "plaats voor hem is."
                                                    ),
                                                    "next_step": "grens",
                                                },
                                                {
                                                    "text": (
                                                        "Je gaat niet in op de opmerking en stelt "
                                                        "voor om samen nieuwe vacatures te "
                                                        "bekijken."
                                                    ),
                                                    "feedback": (
                                                        "Het is verleidelijk om snel naar "
                                                        "oplossingen te gaan, en werken aan zijn "
                                                        "zoektocht naar een job blijft belangrijk. "
                                                        "Maar je laat een uitspraak over vrouwen "
                                                        "en geweld zomaar passeren. Kevin leert zo "
                                                        "dat hij zulke dingen kan zeggen zonder "
                                                        "reactie, en jij weet niet of er meer aan "
                                                        "de hand is. Een korte grens en een open "
                                                        "vraag hadden veel meer opgeleverd."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "doorvragen",
                                            "situation": (
                                                "Kevin vertelt over online fora waar hij elke "
                                                "nacht zit. ‘Daar snappen ze me tenminste. Het "
                                                "heet de black pill: als je zo geboren bent, "
                                                "verandert dat nooit.’ Hij vertelt dat sommigen "
                                                "daar daders van aanslagen op vrouwen als helden "
                                                "vereren. Zelf zegt hij dat hij ‘niemand iets zal "
                                                "doen’, maar ook dat hij ‘er eigenlijk niks meer "
                                                "om geeft’."
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Je gaat in op wat je hoort: eenzaamheid, "
                                                        "hopeloosheid en zijn zin ‘er niks meer om "
                                                        "geven’. Je vraagt hoe het echt met hem "
                                                        "gaat en of hij soms aan zelfdoding denkt."
                                                    ),
                                                    "feedback": (
                                                        "Sterk. De incelideologie voedt een gevoel "
                                                        "van uitzichtloosheid, en wanhoop is hier "
                                                        "een reëel risico, voor Kevin zelf en in "
                                                        "sommige gevallen ook voor anderen. Door "
                                                        "rechtstreeks naar zelfdoding te vragen, "
                                                        "neem je hem ernstig. Die vraag brengt "
                                                        "iemand niet op ideeën; ze opent net een "
                                                        "gesprek dat vaak nog nooit gevoerd werd."
                                                    ),
                                                    "next_step": "verbinden",
                                                },
                                                {
                                                    "text": (
                                                        "Je weerlegt met onderzoek en cijfers dat "
                                                        "vrouwen een partner alleen op uiterlijk "
                                                        "kiezen."
                                                    ),
                                                    "feedback": (
                                                        "Inhoudelijk heb je gelijk, maar je gaat "
                                                        "in debat met een ideologie in plaats van "
                                                        "met de persoon. Het gesprek gaat dan over "
                                                        "statistieken, terwijl Kevin net vertelde "
                                                        "dat hij ‘er niks meer om geeft’. Dat "
                                                        "signaal van wanhoop blijft zo liggen. "
                                                        "Bovendien leren zulke fora hun leden om "
                                                        "tegenargumenten af te doen als propaganda."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "grens",
                                            "situation": (
                                                "Kevin haalt zijn schouders op. ‘Zie je, jij ook "
                                                "al. Niemand mag nog iets zeggen.’ Hij pakt zijn "
                                                "jas en staat op het punt om te vertrekken. Wat "
                                                "doe je?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Je houdt je grens aan, maar toont dat je "
                                                        "hem niet afschrijft: ‘Zo over vrouwen "
                                                        "praten wil ik niet. Maar ik wil wel horen "
                                                        "wat er vandaag gebeurd is. Blijf je even "
                                                        "zitten?’"
                                                    ),
                                                    "feedback": (
                                                        "Goed hersteld. Je houdt vast aan je "
                                                        "grens, maar je maakt duidelijk dat die "
                                                        "over zijn woorden gaat en niet over hem "
                                                        "als persoon. Kevin hoort dat hij welkom "
                                                        "blijft. Dat onderscheid tussen persoon en "
                                                        "uitspraak is de kern van een moeilijk "
                                                        "gesprek."
                                                    ),
                                                    "next_step": "verbinden",
                                                },
                                                {
                                                    "text": (
                                                        "Je laat hem vertrekken en noteert in zijn "
                                                        "dossier dat hij zich ongepast gedroeg."
                                                    ),
                                                    "feedback": (
                                                        "Kevin vertrekt met het gevoel dat niemand "
                                                        "naar hem luistert, precies wat de fora "
                                                        "hem vertellen. Je weet niet hoe het met "
                                                        "hem gaat, en ook niet wat hij bedoelde "
                                                        "met zijn uitspraak over geweld. Een "
                                                        "notitie is geen opvolging: bespreek de "
                                                        "situatie met je teamcoach en neem zelf "
                                                        "opnieuw contact op."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "verbinden",
                                            "situation": (
                                                "Kevin geeft toe dat hij zich ‘al lang waardeloos’ "
                                                "voelt en dat hij soms denkt dat het ‘voor niemand "
                                                "uitmaakt’ als hij er niet meer is. Hij vraagt of "
                                                "je dit ‘aan iemand moet doorgeven’. Wat doe je?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Je bent eerlijk: je neemt zijn woorden "
                                                        "ernstig en overlegt met je teamcoach. "
                                                        "Samen met Kevin maak je concrete "
                                                        "afspraken: de huisarts of het CAW, het "
                                                        "nummer van de Zelfmoordlijn 1813, en een "
                                                        "volgend gesprek binnen de week."
                                                    ),
                                                    "feedback": (
                                                        "Dit is een proportionele en zorgzame "
                                                        "reactie. De meest dringende zorg is hier "
                                                        "zijn welzijn, en die pak je concreet aan, "
                                                        "samen met hem. Je bent eerlijk over wat "
                                                        "je met zijn verhaal doet. Blijf daarnaast "
                                                        "alert voor de ideologische kant: als "
                                                        "Kevin zich meer gaat identificeren met "
                                                        "daders of uitspraken doet over geweld "
                                                        "tegen anderen, overleg je via je "
                                                        "teamcoach met de lokale coördinator "
                                                        "radicalisering."
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "Je stelt hem gerust: alles blijft tussen "
                                                        "jullie en hij hoeft zich geen zorgen te "
                                                        "maken."
                                                    ),
                                                    "feedback": (
                                                        "Je wilt zijn vertrouwen niet beschamen, "
                                                        "maar je kunt geen geheimhouding beloven "
                                                        "als iemand aan zelfdoding denkt. "
                                                        "Bovendien laat je hem zo alleen met zijn "
                                                        "wanhoop. Kevin vraagt zelf of je het moet "
                                                        "doorgeven: dat is vaak een voorzichtige "
                                                        "vraag om hulp."
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "Je meldt hem meteen als mogelijk "
                                                        "gevaarlijke extremist bij de politie."
                                                    ),
                                                    "feedback": (
                                                        "Kevin zei zelf dat hij niemand iets zal "
                                                        "aandoen, en er is geen concrete dreiging. "
                                                        "De meest dringende zorg is nu zijn eigen "
                                                        "welzijn. Een melding bij de politie zou "
                                                        "hem als dader behandelen terwijl hij net "
                                                        "om hulp vraagt. Overleg wel met je "
                                                        "teamcoach en, als er signalen in de "
                                                        "richting van geweld bijkomen, via je "
                                                        "organisatie met de lokale coördinator "
                                                        "radicalisering."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                    ],
                                    "debrief": (
                                        "<p>Kevin is een jongvolwassene die vastloopt: op de "
                                        "arbeidsmarkt, in zijn sociale leven en in zijn zelfbeeld. "
                                        "Incelfora geven hem een verklaring (het ligt aan vrouwen "
                                        "en aan ‘het systeem’) en een gemeenschap. Dat verhaal kan "
                                        "omslaan in vrouwenhaat en verheerlijking van geweld, maar "
                                        "het voedt vaak ook wanhoop en "
                                        "zelfdestructie.</p><ul><li><b>Neem vrouwenhaat "
                                        "ernstig.</b> Het is geen ‘frustratie die wel overgaat’. "
                                        "De incelideologie heeft in verschillende landen tot "
                                        "aanslagen geleid.</li><li><b>Grens en contact.</b> Benoem "
                                        "duidelijk welke taal je niet aanvaardt, en toon dat je de "
                                        "persoon niet afschrijft.</li><li><b>Kijk ook naar het "
                                        "risico voor de persoon zelf.</b> Vraag rechtstreeks naar "
                                        "gedachten aan zelfdoding als je signalen van wanhoop "
                                        "hoort.</li><li><b>Werk aan perspectief.</b> Kleine "
                                        "successen, een werkervaring, een netwerk buiten de fora: "
                                        "dat zijn beschermende factoren.</li><li><b>Overleg.</b> "
                                        "Met je teamcoach, met de hulpverlening en, als er "
                                        "signalen van geweld tegen anderen bijkomen, met de lokale "
                                        "coördinator radicalisering.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "conversation_technique",
                                "value": {
                                    "title": "Aansluiten bij krenking en eenzaamheid",
                                    "intro": (
                                        "Bij jongvolwassenen die vastlopen, op de arbeidsmarkt of "
                                        "in hun sociale leven, zit achter vijandige uitspraken "
                                        "vaak een diepe krenking. Deze techniek helpt je om "
                                        "daarbij aan te sluiten zonder de vijandigheid te "
                                        "bevestigen, en om tegelijk alert te blijven voor signalen "
                                        "van wanhoop."
                                    ),
                                    "steps": [
                                        {
                                            "step": "Benoem de teleurstelling",
                                            "explanation": (
                                                "Begin bij de concrete gebeurtenis die de "
                                                "frustratie opriep, zoals een afwijzing of een "
                                                "conflict."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Weer een afwijzing, na zo'n goed gesprek. Dat "
                                                    "moet hard aankomen."
                                                ),
                                                "Je had hier veel van verwacht, hé?",
                                            ],
                                        },
                                        {
                                            "step": "Trek een grens zonder de persoon af te wijzen",
                                            "explanation": (
                                                "Zeg duidelijk welke taal je niet aanvaardt, en "
                                                "nodig tegelijk uit om verder te praten."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Zo over vrouwen spreken, wil ik hier niet. "
                                                    "Maar ik wil wel horen wat er gebeurd is."
                                                ),
                                                (
                                                    "Daar ben ik het niet mee eens, en ik zeg je "
                                                    "ook waarom. Maar ik wil je niet kwijt."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Verken de bredere krenking",
                                            "explanation": (
                                                "Vraag hoe het gaat buiten de werkcontext: "
                                                "contacten, zelfbeeld, toekomst. Zo komen "
                                                "eenzaamheid of wanhoop in beeld."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Hoe gaat het eigenlijk buiten het "
                                                    "solliciteren? Met wie zie je elkaar nog?"
                                                ),
                                                (
                                                    "Je zei dat je ‘er niks meer om geeft’. Wat "
                                                    "bedoel je daarmee?"
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Vraag naar zelfdoding als je wanhoop hoort",
                                            "explanation": (
                                                "Rechtstreeks vragen naar gedachten aan zelfdoding "
                                                "brengt iemand niet op ideeën. Het toont dat je "
                                                "het ernstig neemt."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Soms denken mensen die zich zo voelen erover "
                                                    "om er niet meer te zijn. Is dat bij jou ook "
                                                    "zo?"
                                                ),
                                                "Heb je daar al met iemand over kunnen praten?",
                                            ],
                                        },
                                        {
                                            "step": "Maak een concrete volgende stap",
                                            "explanation": (
                                                "Werk aan kleine successen en aan een netwerk. "
                                                "Verwijs gericht door en blijf zelf betrokken."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Zullen we samen het CAW bellen om een "
                                                    "afspraak te maken?"
                                                ),
                                                (
                                                    "Volgende week zie ik je terug. Dan bereiden "
                                                    "we samen dat gesprek bij die werkgever voor."
                                                ),
                                            ],
                                        },
                                    ],
                                    "do": [
                                        (
                                            "Bespreek zorgwekkende uitspraken met je teamcoach of "
                                            "leidinggevende."
                                        ),
                                        (
                                            "Ken het nummer van de Zelfmoordlijn (1813) en de "
                                            "hulpverlening in je regio."
                                        ),
                                        (
                                            "Werk aan concrete, haalbare doelen die "
                                            "succeservaringen opleveren."
                                        ),
                                    ],
                                    "dont": [
                                        (
                                            "Ga niet in debat over de pseudowetenschap achter de "
                                            "incelideologie."
                                        ),
                                        "Doe vrouwenhaat niet af als frustratie die wel overgaat.",
                                        "Beloof niet dat je niets doorvertelt.",
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": (
                                        "Kevin is geen tiener meer, maar een volwassene zonder "
                                        "veel netwerk. Welke partners in jouw regio kunnen hem "
                                        "helpen om opnieuw aansluiting te vinden, op het werk en "
                                        "daarbuiten? Hoe zou je die samenwerking concreet "
                                        "opstarten?"
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Casus in het lokaal bestuur: de vader van Femke",
                        "slug": "casus-in-het-lokaal-bestuur-femke",
                        "estimated_minutes": 25,
                        "required": False,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>Het lokaal bestuur als regisseur</h2><p>Lokale besturen "
                                    "staan het dichtst bij de burger en zijn vaak het eerste "
                                    "aanspreekpunt voor diensten, organisaties én ouders. Vanuit "
                                    "hun regierol zorgen ze voor afstemming tussen alle lokale "
                                    "partners. Veel gemeenten hebben een aanspreekpunt of "
                                    "coördinator radicalisering, meestal bij de dienst preventie, "
                                    "die ook de LIVC-R voorbereidt.</p><p>Ouders van jongeren die "
                                    "radicaliseren, kloppen vaak aan bij lokale ambtenaren, ook "
                                    "als die daar niet voor opgeleid zijn. Het is belangrijk om "
                                    "hen dan niet van het kastje naar de muur te sturen, maar hen "
                                    "te verbinden met ondersteuning: het CAW, het CLB, de "
                                    "geestelijke gezondheidszorg, oudergroepen en "
                                    "lotgenotencontact. Voor minderjarigen is de samenwerking met "
                                    "de partners binnen de Integrale Jeugdhulp cruciaal; voor "
                                    "meerderjarigen zijn het CAW en de volwassenenhulpverlening "
                                    "belangrijke partners.</p><p>In deze casus gaat het over "
                                    "militant extreemlinks activisme. Actievoeren, betogen en "
                                    "burgerlijke ongehoorzaamheid maken deel uit van de "
                                    "democratie. De grens ligt bij het aanvaarden, voorbereiden of "
                                    "plegen van geweld en sabotage die mensen in gevaar "
                                    "brengen.</p>"
                                ),
                            },
                            {
                                "type": "case_scenario",
                                "value": {
                                    "title": "De vader van Femke",
                                    "context": (
                                        "Je werkt bij de dienst preventie van een middelgrote "
                                        "gemeente en bent er het aanspreekpunt radicalisering. Aan "
                                        "het onthaal van het sociaal huis vraagt een vader, Marc, "
                                        "naar ‘iemand die iets kent van extremisme’. Zijn dochter "
                                        "Femke (20) studeert, zit op kot en is het voorbije jaar "
                                        "steeds actiever geworden in een actiegroep tegen een "
                                        "chemiebedrijf in de regio."
                                    ),
                                    "steps": [
                                        {
                                            "key": "start",
                                            "situation": (
                                                "Marc vertelt dat Femke bijna niet meer thuiskomt, "
                                                "dat ze haar familie ‘medeplichtig aan het "
                                                "systeem’ noemt en dat ze vorige week zei dat "
                                                "‘sabotage de enige taal is die bedrijven "
                                                "begrijpen’. Hij vond op haar kamer pamfletten "
                                                "over ‘directe actie’. ‘Moet ik haar aangeven?’ "
                                                "vraagt hij. Wat doe je?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Je neemt de tijd, laat Marc zijn verhaal "
                                                        "doen en vraagt wat hij concreet gezien en "
                                                        "gehoord heeft en hoe de band met Femke nu "
                                                        "is."
                                                    ),
                                                    "feedback": (
                                                        "Goed. Marc is in de eerste plaats een "
                                                        "ongeruste vader die steun zoekt. Door te "
                                                        "luisteren en feitelijk door te vragen, "
                                                        "krijg je een beter beeld van de situatie, "
                                                        "en voelt hij zich gehoord. Zo kunnen "
                                                        "jullie samen inschatten wat nodig is."
                                                    ),
                                                    "next_step": "verhaal",
                                                },
                                                {
                                                    "text": (
                                                        "Je zegt meteen dat je dit aan de politie "
                                                        "moet doorgeven."
                                                    ),
                                                    "feedback": (
                                                        "Sabotage is een ernstig woord en je wilt "
                                                        "niets over het hoofd zien. Maar je weet "
                                                        "nog heel weinig: het gaat om een "
                                                        "uitspraak en pamfletten, zonder concrete "
                                                        "aanwijzingen van plannen. Door meteen de "
                                                        "politie te noemen, schrik je Marc af, "
                                                        "terwijl hij net de moeilijke stap zette "
                                                        "om hulp te vragen."
                                                    ),
                                                    "next_step": "politie",
                                                },
                                                {
                                                    "text": (
                                                        "Je stelt Marc gerust: ‘Activisme is "
                                                        "gezond, dat gaat wel over.’"
                                                    ),
                                                    "feedback": (
                                                        "Je hebt gelijk dat engagement en "
                                                        "actievoeren waardevol zijn in een "
                                                        "democratie. Maar Marc beschrijft meer dan "
                                                        "activisme: afstand van haar familie, een "
                                                        "zwart-witbeeld van ‘medeplichtigen’ en "
                                                        "het goedpraten van sabotage. Door zijn "
                                                        "zorg weg te wuiven, laat je een vader met "
                                                        "lege handen vertrekken, en komt hij "
                                                        "misschien nooit meer zo open terug."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "verhaal",
                                            "situation": (
                                                "Marc vertelt dat hij vroeger een hechte band had "
                                                "met Femke. Sinds hij haar actiegroep ‘een bende "
                                                "wereldverbeteraars’ noemde, praten ze alleen nog "
                                                "over praktische zaken. Hij weet niet of ze iets "
                                                "concreets plant, maar hij slaapt er niet meer "
                                                "van. Hoe ga je verder?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Je erkent zijn zorg, zegt dat engagement "
                                                        "op zich waardevol is, en bespreekt hoe "
                                                        "hij de band met Femke kan herstellen "
                                                        "zonder over haar ideeën in discussie te "
                                                        "gaan."
                                                    ),
                                                    "feedback": (
                                                        "Sterk. De band tussen Marc en Femke is "
                                                        "een van de belangrijkste beschermende "
                                                        "factoren. Door Marc te helpen om die band "
                                                        "te herstellen, zonder haar engagement te "
                                                        "veroordelen, geef je hem iets concreets "
                                                        "in handen. Tegelijk hou je de zorg over "
                                                        "sabotage in het oog."
                                                    ),
                                                    "next_step": "ondersteuning",
                                                },
                                                {
                                                    "text": (
                                                        "Je raadt hem aan om Femkes gsm en "
                                                        "berichten te controleren, zodat hij zeker "
                                                        "weet wat ze van plan is."
                                                    ),
                                                    "feedback": (
                                                        "Femke is volwassen, en heimelijk haar "
                                                        "berichten lezen schendt haar privacy. Als "
                                                        "ze het ontdekt, is de band met haar vader "
                                                        "waarschijnlijk voor lange tijd "
                                                        "beschadigd, en net die band is het "
                                                        "belangrijkste wat Marc nog heeft. Het is "
                                                        "ook niet aan ouders of lokale ambtenaren "
                                                        "om zelf onderzoek te voeren. Als er "
                                                        "aanwijzingen zijn van concrete plannen, "
                                                        "loopt dat via de geëigende kanalen."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "politie",
                                            "situation": (
                                                "Je zegt tegen Marc dat je de politie wilt "
                                                "inlichten. Hij schrikt: ‘Ik wil haar niet in de "
                                                "problemen brengen. Vergeet wat ik gezegd heb.’ "
                                                "Hij staat op om te vertrekken. Wat doe je?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Je legt rustig uit dat je te snel ging, "
                                                        "dat hij eerst zelf steun verdient en dat "
                                                        "jullie samen bekijken wat nodig is."
                                                    ),
                                                    "feedback": (
                                                        "Goed bijgestuurd. Marc moet erop kunnen "
                                                        "vertrouwen dat hij bij het lokaal bestuur "
                                                        "terechtkan zonder dat zijn dochter meteen "
                                                        "als crimineel behandeld wordt. Als je hem "
                                                        "verliest, verlies je ook de beste bron "
                                                        "van steun voor Femke. Wees wel eerlijk: "
                                                        "als er concrete aanwijzingen van geweld "
                                                        "of sabotage opduiken, zal er meer nodig "
                                                        "zijn."
                                                    ),
                                                    "next_step": "ondersteuning",
                                                },
                                                {
                                                    "text": (
                                                        "Je laat hem gaan: je hebt gedaan wat je "
                                                        "moest doen."
                                                    ),
                                                    "feedback": (
                                                        "Marc vertrekt zonder steun, en met de les "
                                                        "dat hulp vragen gevaarlijk is. Ouders die "
                                                        "zich zo behandeld voelen, komen vaak niet "
                                                        "meer terug, ook niet als de situatie "
                                                        "ernstiger wordt. Een proportionele "
                                                        "reactie begint bij luisteren en "
                                                        "ondersteunen; overleg met politie of "
                                                        "LIVC-R komt pas als de signalen dat "
                                                        "rechtvaardigen."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "ondersteuning",
                                            "situation": (
                                                "Marc wil graag hulp, voor zichzelf en voor zijn "
                                                "gezin. Wat bied je hem aan?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Een vervolgafspraak, een doorverwijzing "
                                                        "naar ouderondersteuning via het CAW of "
                                                        "een oudergroep, en uitleg over de LIVC-R: "
                                                        "bij concrete aanwijzingen van geweld of "
                                                        "sabotage kan een casusoverleg nodig zijn."
                                                    ),
                                                    "feedback": (
                                                        "Dit is een evenwichtige aanpak. Marc "
                                                        "krijgt steun voor zichzelf en een vast "
                                                        "aanspreekpunt. Je bent transparant over "
                                                        "de rol van de LIVC-R: die is er niet om "
                                                        "Femke te straffen, maar om samen te "
                                                        "bekijken welke zorg en welke maatregelen "
                                                        "nodig zijn als de signalen ernstiger "
                                                        "worden. Zo kan Marc met vertrouwen "
                                                        "terugkomen."
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "Je zegt dat Femke meerderjarig is en dat "
                                                        "je dus niets kunt doen."
                                                    ),
                                                    "feedback": (
                                                        "Het klopt dat Femke zelf beslist over "
                                                        "haar leven en dat je haar niet tot hulp "
                                                        "kunt verplichten. Maar Marc heeft zelf "
                                                        "ook steun nodig, en ouders van volwassen "
                                                        "kinderen blijven belangrijke "
                                                        "steunfiguren. Het CAW en oudergroepen "
                                                        "kunnen hem helpen. Er is dus wel degelijk "
                                                        "iets te doen."
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "Je belooft Marc dat je Femke zelf zult "
                                                        "opbellen om haar op andere gedachten te "
                                                        "brengen."
                                                    ),
                                                    "feedback": (
                                                        "Goed bedoeld, maar Femke heeft niet om "
                                                        "contact gevraagd, en een telefoontje van "
                                                        "de gemeente zal ze ervaren als controle "
                                                        "of als verraad van haar vader. Dat kan de "
                                                        "band tussen hen verder beschadigen en "
                                                        "haar dieper in de actiegroep duwen. "
                                                        "Contact met Femke zelf verloopt beter via "
                                                        "iemand die ze vertrouwt, en alleen na "
                                                        "overleg."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                    ],
                                    "debrief": (
                                        "<p>Actievoeren, betogen en burgerlijke ongehoorzaamheid "
                                        "horen bij een levende democratie. Zorg ontstaat pas "
                                        "wanneer engagement omslaat in een zwart-witwereldbeeld, "
                                        "afstand van naasten en het goedpraten van geweld of "
                                        "sabotage die mensen in gevaar kan brengen. Dat mechanisme "
                                        "is hetzelfde als bij andere "
                                        "ideologieën.</p><ul><li><b>Ouders zijn bondgenoten.</b> "
                                        "Ze zien veranderingen vaak als eersten en hebben zelf "
                                        "steun nodig. Neem hun zorg ernstig, zonder "
                                        "paniek.</li><li><b>De band is de sleutel.</b> Help ouders "
                                        "om de relatie te bewaren of te herstellen, ook als ze het "
                                        "niet eens zijn met hun "
                                        "kind.</li><li><b>Proportioneel.</b> Een uitspraak en "
                                        "pamfletten zijn een reden om te luisteren en op te "
                                        "volgen, niet om meteen de politie in te schakelen. "
                                        "Concrete plannen voor geweld of sabotage vragen wel "
                                        "overleg in de LIVC-R.</li><li><b>Geen eigen "
                                        "onderzoek.</b> Ouders en lokale ambtenaren controleren "
                                        "geen berichten. Daar zijn geëigende kanalen "
                                        "voor.</li><li><b>Verbind.</b> CAW, oudergroepen, "
                                        "geestelijke gezondheidszorg en het aanspreekpunt "
                                        "radicalisering: zorg dat ouders niet van het kastje naar "
                                        "de muur gestuurd worden.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "resource",
                                "value": {
                                    "title": "Sjabloon: sociale kaart voor ouderondersteuning",
                                    "description": (
                                        "Een sjabloon waarmee je als lokaal bestuur of organisatie "
                                        "de ondersteuning voor ouders in je regio in kaart brengt: "
                                        "CAW, CLB, geestelijke gezondheidszorg, oudergroepen, "
                                        "levensbeschouwelijke gemeenschappen en het aanspreekpunt "
                                        "radicalisering, met ruimte voor contactgegevens en "
                                        "afspraken."
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Terugblik en eindtoets",
                        "slug": "terugblik-en-eindtoets",
                        "estimated_minutes": 15,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>Vier casussen, dezelfde lessen</h2><p>Jonas, Bilal, Kevin "
                                    "en Femke hebben elk een ander verhaal en een andere "
                                    "ideologie. Toch zie je dezelfde patronen "
                                    "terug:</p><ul><li><b>Een persoonlijke zoektocht of "
                                    "krenking</b>: eenzaamheid, rouw, afwijzing, een verstoorde "
                                    "band met de familie.</li><li><b>Een netwerk dat antwoorden en "
                                    "erkenning biedt</b>: een Discordserver, een online prediker, "
                                    "een incelforum, een actiegroep.</li><li><b>Een vijandbeeld en "
                                    "wij-zijdenken</b>: ‘zij vervangen ons’, ‘ongelovigen’, "
                                    "‘vrouwen’, ‘het systeem’.</li><li><b>Afstand van vroegere "
                                    "steunfiguren</b>: vrienden, familie, school of "
                                    "jeugdhuis.</li></ul><h3>Wat helpt</h3><ul><li>Contact houden, "
                                    "ook als het schuurt.</li><li>Nieuwsgierig doorvragen in "
                                    "plaats van meteen corrigeren.</li><li>Grenzen benoemen bij "
                                    "geweld en haat, zonder de persoon af te wijzen.</li><li>Niet "
                                    "alleen blijven met je zorg: overleggen met collega's, het "
                                    "CLB, het CAW, de lokale coördinator "
                                    "radicalisering.</li><li>Proportioneel reageren: de zwaarte "
                                    "van je reactie afstemmen op de ernst van de "
                                    "signalen.</li></ul><h3>Wat schaadt</h3><ul><li>Uitsluiten, "
                                    "schorsen of publiek terechtwijzen als enige "
                                    "reactie.</li><li>Een hele gemeenschap of religie "
                                    "viseren.</li><li>Absolute geheimhouding beloven, of net over "
                                    "iemands hoofd heen melden zonder overleg.</li><li>Zelf op "
                                    "onderzoek gaan of controleren in plaats van in gesprek te "
                                    "gaan.</li></ul>"
                                ),
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": (
                                        "Welke casus bleef het langst bij je hangen, en waarom? "
                                        "Wat neem je concreet mee naar je eigen werk: één ding dat "
                                        "je wilt blijven doen en één ding dat je anders wilt "
                                        "aanpakken?"
                                    ),
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Eindtoets: casussen uit de praktijk",
                                    "note": (
                                        "In deze eindtoets krijg je korte nieuwe situaties en kies "
                                        "je telkens de meest proportionele reactie. Na elke vraag "
                                        "krijg je uitleg, met verwijzingen naar de casussen."
                                    ),
                                },
                            },
                        ],
                    },
                ],
            },
        ],
    },
]

GOOD_PRACTICES = [
    {
        "title": "Een LIVC-R die vertrekt vanuit zorg",
        "slug": "een-livc-r-die-vertrekt-vanuit-zorg",
        "municipality": "Mechelen",
        "sector": "lokale-besturen",
        "themes": ["cooperation", "signals"],
        "summary": (
            "Een stad bouwde haar lokale integrale veiligheidscel radicalisering uit tot een "
            "overleg waarin zorg en perspectief centraal staan. Eerstelijnswerkers weten bij wie "
            "ze terechtkunnen, en elke besproken situatie krijgt een vast aanspreekpunt."
        ),
        "what_was_done": (
            "<ul><li>De stad stelde bij de dienst preventie een coördinator radicalisering aan als "
            "centraal aanspreekpunt voor scholen, jeugdwerk, welzijn, VDAB en levensbeschouwelijke "
            "gemeenschappen.</li><li>De partners maakten schriftelijke afspraken over het gedeeld "
            "beroepsgeheim: wie deelt wat, met welk doel en onder welke voorwaarden.</li><li>Elke "
            "situatie die in de LIVC-R besproken wordt, krijgt een casusregisseur en een plan van "
            "aanpak dat vertrekt van de noden en de sterktes van de "
            "persoon.</li><li>Eerstelijnswerkers kunnen vooraf laagdrempelig advies vragen, ook "
            "zonder dat een situatie in de LIVC-R besproken wordt.</li></ul>"
        ),
        "what_worked": (
            "<p>Het laagdrempelige adviesmoment bleek de grootste winst: veel vragen konden worden "
            "opgevolgd in het gewone zorgnetwerk, zodat alleen de ernstigste situaties in de "
            "LIVC-R terechtkwamen. Partners gaven aan dat de duidelijke afspraken over "
            "beroepsgeheim hun aarzeling om zorgen te delen wegnamen. De nadruk op zorg en "
            "perspectief, met aandacht voor opleiding, werk en vrije tijd, maakte het overleg ook "
            "voor welzijnspartners aanvaardbaar.</p>"
        ),
        "contact": "Dienst Preventie, Stad Mechelen – preventie@mechelen.example",
    },
    {
        "title": "Jongerencoaches in de wijk",
        "slug": "jongerencoaches-in-de-wijk",
        "municipality": "Vilvoorde",
        "sector": "jeugd",
        "themes": ["resilience", "cooperation"],
        "summary": (
            "Jongerencoaches die de buurt goed kennen, bouwen vertrouwensrelaties op met jongeren "
            "die weinig aansluiting vinden bij school of jeugdwerk. Ze helpen bij vragen over "
            "school, werk en vrije tijd en vormen een brug naar de hulpverlening."
        ),
        "what_was_done": (
            "<ul><li>De stad en het jeugdwerk werven jongerencoaches die de taal en de leefwereld "
            "van de jongeren in de wijk kennen, en leiden hen op in gespreksvoering, het wegen van "
            "signalen en doorverwijzing.</li><li>De coaches zijn aanwezig op pleinen, in "
            "sportzalen en online, met vaste momenten en een eigen plek in het "
            "jeugdhuis.</li><li>Ze begeleiden jongeren individueel naar school, een opleiding of "
            "werk, in samenwerking met het CLB en de VDAB.</li><li>Maandelijks is er intervisie "
            "met de jeugddienst en de dienst preventie.</li></ul>"
        ),
        "what_worked": (
            "<p>Jongeren die zich door instellingen niet gehoord voelden, vonden in de coaches een "
            "aanspreekpunt dat ze vertrouwden. Omdat de coaches geen controlerende rol hebben, "
            "konden ze ook moeilijke thema's zoals discriminatie, polarisatie en extreme video's "
            "bespreekbaar maken. De intervisie hielp de coaches om hun grenzen te bewaken en "
            "tijdig door te verwijzen.</p>"
        ),
        "contact": "Jeugddienst, Stad Vilvoorde – jeugd@vilvoorde.example",
    },
    {
        "title": "Oudergroep: ouders steunen ouders",
        "slug": "oudergroep-ouders-steunen-ouders",
        "municipality": "Antwerpen",
        "sector": "welzijn",
        "themes": ["parents", "cooperation"],
        "summary": (
            "Ouders die zich zorgen maken over een kind dat radicaliseert, vinden steun bij elkaar "
            "in een begeleide oudergroep. Een begeleider van het CAW en een ervaringsdeskundige "
            "ouder leiden de groep samen."
        ),
        "what_was_done": (
            "<ul><li>Het CAW en de stad richtten een oudergroep op voor ouders van jongeren en "
            "jongvolwassenen bij wie ze radicalisering vrezen, ongeacht de ideologie.</li><li>De "
            "groep komt om de twee weken samen op een neutrale locatie. Deelname is gratis, "
            "vertrouwelijk en vrijblijvend.</li><li>Naast lotgenotencontact krijgen ouders "
            "informatie over radicaliseringsprocessen, tips voor het gesprek met hun kind en een "
            "overzicht van hulp in de regio.</li><li>Ouders die dat wensen, krijgen daarnaast "
            "individuele begeleiding.</li></ul>"
        ),
        "what_worked": (
            "<p>Ouders gaven aan dat ze zich voor het eerst niet alleen of beschuldigd voelden. "
            "Het contact met andere ouders, van wie de kinderen in heel verschillende milieus "
            "terechtkwamen (van extreemrechtse groepen tot religieus geïnspireerde netwerken en "
            "complotbewegingen), toonde dat de mechanismen en hun eigen gevoelens gelijkaardig "
            "zijn. Veel ouders slaagden erin om het contact met hun kind te bewaren of te "
            "herstellen.</p>"
        ),
        "contact": (
            "Centrum Algemeen Welzijnswerk, regio Antwerpen – oudergroep@caw-antwerpen.example"
        ),
    },
    {
        "title": "Dialoogklassen: leren omgaan met schurende meningen",
        "slug": "dialoogklassen",
        "municipality": "Gent",
        "sector": "onderwijs",
        "themes": ["polarisation", "resilience", "conversation"],
        "summary": (
            "Secundaire scholen werken met vaste dialoogmomenten waarin leerlingen oefenen om over "
            "gevoelige maatschappelijke thema's te praten. Leerkrachten krijgen een opleiding in "
            "gespreksleiding bij polarisatie."
        ),
        "what_was_done": (
            "<ul><li>Scholen plannen elke maand een lesuur dialoog in, los van een specifiek vak, "
            "met vaste gespreksregels die de leerlingen zelf mee opstelden.</li><li>Leerkrachten "
            "volgen een korte opleiding over polarisatie, gespreksleiding en het reageren op "
            "extreme uitspraken, en krijgen intervisie met collega's van andere "
            "scholen.</li><li>Na schokkende gebeurtenissen, zoals een aanslag of een oorlog in het "
            "nieuws, ligt er een draaiboek klaar om binnen een dag een groepsgesprek te "
            "organiseren.</li><li>Het CLB ondersteunt bij leerlingen die na een gesprek extra "
            "aandacht nodig hebben.</li></ul>"
        ),
        "what_worked": (
            "<p>Leerlingen gaven aan dat ze meer durven zeggen wat ze denken, en dat ze beter "
            "kunnen luisteren naar klasgenoten die anders denken. Leerkrachten voelden zich "
            "zekerder bij gevoelige onderwerpen, ook na schokkende gebeurtenissen. Doordat de "
            "gesprekken een vast moment werden, kwamen spanningen sneller aan de oppervlakte, nog "
            "voor ze escaleerden.</p>"
        ),
        "contact": "Onderwijscentrum, Stad Gent – onderwijscentrum@gent.example",
    },
    {
        "title": "Levensbeschouwelijk jongerenoverleg",
        "slug": "levensbeschouwelijk-jongerenoverleg",
        "municipality": "Leuven",
        "sector": "levensbeschouwingen",
        "themes": ["polarisation", "resilience", "cooperation"],
        "summary": (
            "Imams, pastores, vrijzinnig humanistische consulenten en jeugdwerkers organiseren "
            "samen gespreksavonden voor jongeren over zingeving, identiteit en actualiteit. Ze "
            "vormen een netwerk dat elkaar kent en vertrouwt, ook in moeilijke tijden."
        ),
        "what_was_done": (
            "<ul><li>Vertegenwoordigers van verschillende levensbeschouwingen en het jeugdwerk "
            "komen viermaal per jaar samen, met ondersteuning van de stad.</li><li>Samen "
            "organiseren ze gespreksavonden voor jongeren, telkens op een andere locatie: een "
            "moskee, een parochiezaal, een vrijzinnig huis, een jeugdhuis.</li><li>De begeleiders "
            "volgen samen een vorming over signalen van radicalisering, het wegen ervan en "
            "doorverwijzing, en kennen het lokale aanspreekpunt radicalisering.</li><li>Na "
            "schokkende gebeurtenissen brengen ze snel een gezamenlijke boodschap naar "
            "buiten.</li></ul>"
        ),
        "what_worked": (
            "<p>Jongeren ontmoetten leeftijdsgenoten met een andere levensbeschouwing en ontdekten "
            "gedeelde vragen. Het netwerk van begeleiders bleek van grote waarde wanneer er "
            "spanningen ontstonden: ze kenden elkaar al en konden snel samen optreden. Doordat de "
            "samenwerking niet alleen over radicalisering ging, voelde geen enkele gemeenschap "
            "zich geviseerd.</p>"
        ),
        "contact": "Dienst Samenleven, Stad Leuven – samenleven@leuven.example",
    },
    {
        "title": "Perspectief op werk voor jongvolwassenen",
        "slug": "perspectief-op-werk-voor-jongvolwassenen",
        "municipality": "Genk",
        "sector": "werk",
        "themes": ["resilience", "cooperation"],
        "summary": (
            "De VDAB, het OCMW en het jeugdwerk werken samen rond jongvolwassenen die uit de boot "
            "dreigen te vallen. Een vast duo van een VDAB-consulent en een jeugdwerker begeleidt "
            "hen naar opleiding en werk."
        ),
        "what_was_done": (
            "<ul><li>Jongvolwassenen zonder diploma of werk worden via het jeugdwerk, het OCMW of "
            "de VDAB aangemeld voor een traject op maat.</li><li>Een duo van een VDAB-consulent en "
            "een jeugdwerker begeleidt hen samen: de consulent kent de arbeidsmarkt, de "
            "jeugdwerker de leefwereld.</li><li>Werkgevers uit de regio bieden laagdrempelige "
            "werkervaringsplaatsen aan met een vaste mentor.</li><li>Consulenten volgen een "
            "vorming over gesprekstechnieken en signalen van radicalisering, en weten bij wie ze "
            "terechtkunnen met een zorg.</li></ul>"
        ),
        "what_worked": (
            "<p>De combinatie van werkgerichte begeleiding en een vertrouwensband met een "
            "jeugdwerker bleek sterk: deelnemers haakten minder snel af. Een eerste succeservaring "
            "op de werkvloer gaf veel jongvolwassenen opnieuw perspectief. Consulenten voelden "
            "zich beter in staat om ook moeilijke uitspraken bespreekbaar te maken, omdat ze "
            "wisten dat ze er niet alleen voor stonden.</p>"
        ),
        "contact": "Werkwinkel Genk, VDAB – werkwinkel.genk@vdab.example",
    },
    {
        "title": "School en CLB: een gedeeld draaiboek bij zorgen",
        "slug": "school-en-clb-een-gedeeld-draaiboek",
        "municipality": "Kortrijk",
        "sector": "onderwijs",
        "themes": ["signals", "cooperation"],
        "summary": (
            "Scholen en het CLB stelden samen een draaiboek op voor zorgen rond polarisatie en "
            "radicalisering. Zo weet elke leerkracht wat te doen, en wordt elke zorg proportioneel "
            "opgevolgd."
        ),
        "what_was_done": (
            "<ul><li>Een werkgroep van leerkrachten, zorgcoördinatoren, CLB-medewerkers en de "
            "dienst preventie schreef een draaiboek met duidelijke stappen: gesprek, intern "
            "overleg, CLB, lokaal aanspreekpunt en, alleen bij acuut gevaar, politie.</li><li>Elke "
            "school duidde een contactpersoon aan die het draaiboek kent en collega's kan "
            "adviseren.</li><li>Het draaiboek bevat een fiche om signalen feitelijk te beschrijven "
            "en af te wegen tegen beschermende factoren.</li><li>Jaarlijks evalueren de partners "
            "het draaiboek op basis van geanonimiseerde ervaringen.</li></ul>"
        ),
        "what_worked": (
            "<p>Leerkrachten gaven aan dat ze rustiger reageerden, omdat ze wisten welke stap ze "
            "konden zetten. Het aantal overhaaste meldingen daalde, terwijl ernstige situaties "
            "sneller bij de juiste partners terechtkwamen. De fiche hielp om het gesprek te voeren "
            "over wat er werkelijk gezien was, en niet over vermoedens of vooroordelen.</p>"
        ),
        "contact": "CLB regio Kortrijk – info@clb-kortrijk.example",
    },
    {
        "title": "Online weerbaar: jongeren maken hun eigen verhalen",
        "slug": "online-weerbaar",
        "municipality": "Maaseik",
        "sector": "integratie-en-inburgering",
        "themes": ["online", "resilience"],
        "summary": (
            "Jongeren leren in workshops hoe online manipulatie werkt en maken daarna zelf korte "
            "video's en posts met een alternatief verhaal. Nieuwkomers en jongeren die hier "
            "opgroeiden, werken samen."
        ),
        "what_was_done": (
            "<ul><li>De stad en lokale organisaties organiseren een reeks workshops over "
            "algoritmes, desinformatie, haatboodschappen en de manier waarop extremistische "
            "groepen online werven.</li><li>Jongeren, onder wie nieuwkomers uit een traject "
            "inburgering, maken in gemengde groepen zelf korte video's en posts over thema's die "
            "hen raken, zoals erbij horen, discriminatie en vriendschap.</li><li>Een lokale "
            "mediamaker en een jeugdwerker begeleiden de groepen.</li><li>De resultaten worden "
            "getoond op een publieke avond met ouders en buurtbewoners.</li></ul>"
        ),
        "what_worked": (
            "<p>Door zelf inhoud te maken, begrepen jongeren beter hoe manipulatie werkt dan door "
            "er alleen over te horen. De gemengde groepen braken vooroordelen af, in beide "
            "richtingen. Ouders gaven aan dat de publieke avond hen hielp om thuis over de online "
            "leefwereld van hun kinderen te praten.</p>"
        ),
        "contact": "Dienst Integratie, Stad Maaseik – integratie@maaseik.example",
    },
]
