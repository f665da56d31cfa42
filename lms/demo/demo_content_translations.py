"""French and British English translations of the demo course "Het moeilijke gesprek voeren".

Pure data, read by the demo seeding code (translations_ensure in demo.py). TRANSLATIONS mirrors the
structure of the Dutch source course in demo_content.py exactly: same keys, slugs, scenario step
keys, next_step values, audiences, themes, durations and block types; only the human-readable text
is translated. SECTIONS holds the translated titles and intros of the catalogue and the library.
All people in the examples and the case scenario are fictional and named by first name only.
"""

TRANSLATED_COURSE_SLUG = "het-moeilijke-gesprek-voeren"

SECTIONS = {
    "fr": {
        "catalogue": {
            "title": "Formations",
            "intro": (
                "Des formations flamandes partagées sur la radicalisation, pour chaque secteur : "
                "reconnaître les signaux, mener la conversation et agir dans des situations "
                "concrètes."
            ),
        },
        "library": {
            "title": "Bonnes pratiques",
            "intro": (
                "Les villes et les communes partagent ici leurs initiatives locales : ce qu'elles "
                "ont fait, ce qui a fonctionné et qui vous pouvez contacter."
            ),
        },
    },
    "en": {
        "catalogue": {
            "title": "Training courses",
            "intro": (
                "Shared Flemish training courses on radicalisation, for every sector: recognising "
                "signals, having the conversation and taking action in real-life situations."
            ),
        },
        "library": {
            "title": "Good practice",
            "intro": (
                "Cities and municipalities share their local initiatives here: what they did, what "
                "worked and who you can contact."
            ),
        },
    },
}

TRANSLATIONS = {
    "fr": {
        "title": "Mener une conversation difficile",
        "slug": "het-moeilijke-gesprek-voeren",
        "summary": (
            "Un jeune qui justifie un attentat, un demandeur d'emploi qui affirme que « le "
            "système » doit être détruit : comment réagir sans perdre le contact ? Cette formation "
            "vous donne des techniques d'entretien concrètes pour rester en lien, explorer les "
            "griefs et, en même temps, poser des limites claires. Vous vous exercez aussi à "
            "l'entretien avec les parents et vous apprenez quand faire appel à d'autres."
        ),
        "learning_goals": (
            "<ul><li>Vous abordez une conversation difficile en misant sur le lien et la "
            "curiosité, sans faire la morale.</li><li>Vous utilisez les questions ouvertes, "
            "l'écoute active et la reformulation pour comprendre ce qui se cache derrière des "
            "propos extrêmes.</li><li>Vous explorez les griefs et les expériences d'injustice et "
            "vous les reconnaissez, sans cautionner la violence ni les images de "
            "l'ennemi.</li><li>Vous posez des limites claires face aux propos qui approuvent la "
            "violence ou la haine, tout en maintenant le contact.</li><li>Vous menez avec des "
            "parents un entretien sur vos inquiétudes et vous savez quand faire appel à vos "
            "collègues, au centre d'accompagnement des élèves (CLB) ou à d'autres "
            "partenaires.</li></ul>"
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
                "title": "Une attitude de base pour les conversations difficiles",
                "slug": "basishouding-voor-moeilijke-gesprekken",
                "intro": (
                    "Une conversation difficile ne commence pas par les bons arguments, mais par "
                    "la bonne attitude. Dans ce module, vous travaillez le lien, l'écoute et la "
                    "manière de réagir à des propos extrêmes, en tête-à-tête et en groupe."
                ),
                "lessons": [
                    {
                        "title": "D'abord le lien",
                        "slug": "verbinding-eerst",
                        "estimated_minutes": 15,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>Pourquoi la conversation compte</h2><p>Quand quelqu'un "
                                    "tient des propos extrêmes, le réflexe est souvent de "
                                    "corriger, de faire la morale ou de couper court à la "
                                    "conversation. C'est compréhensible, mais rarement efficace. "
                                    "Qui se sent rejeté cherche la reconnaissance ailleurs, et les "
                                    "groupes extrémistes sont tout prêts à la lui offrir. Le "
                                    "contact avec un adulte qui continue à écouter est l'un des "
                                    "facteurs de protection les plus puissants que nous "
                                    "connaissions.</p><p>Être en lien ne veut pas dire tout "
                                    "approuver. Vous faites la distinction entre la personne et "
                                    "ses positions. Vous pouvez apprécier un jeune et lui dire en "
                                    "même temps clairement que vous n'acceptez ni la violence ni "
                                    "la déshumanisation d'autrui.</p><h3>Trois "
                                    "principes</h3><ul><li><b>La curiosité plutôt que le "
                                    "jugement.</b> Vous voulez comprendre comment quelqu'un en "
                                    "arrive à une position. Une personne qui se sent comprise est "
                                    "plus encline à remettre elle-même ses idées en "
                                    "question.</li><li><b>De l'espace et des limites.</b> Les "
                                    "opinions qui dérangent peuvent être mises sur la table ; les "
                                    "appels à la violence, les menaces et la haine, non. Nommez "
                                    "cette limite calmement et avec constance.</li><li><b>Le temps "
                                    "long.</b> Une seule conversation change rarement une "
                                    "conviction. Il s'agit d'une relation que vous construisez au "
                                    "fil des semaines et des mois.</li></ul><h3>Vos propres "
                                    "émotions</h3><p>Des propos qui justifient la violence peuvent "
                                    "vous toucher, surtout s'ils visent un groupe auquel vous ou "
                                    "vos proches appartenez. C'est humain. Prenez un peu de recul "
                                    "avant de réagir et, après coup, parlez avec un collègue de ce "
                                    "que la conversation a provoqué en vous. Prenez soin de vous : "
                                    "vous êtes l'outil le plus important de cette conversation.</p>"
                                ),
                            },
                            {
                                "type": "video",
                                "value": {
                                    "title": "Pourquoi garder le contact, ça marche",
                                    "transcript": (
                                        "<p><i>Un travailleur de jeunesse et une enseignante "
                                        "racontent leur expérience. Les deux personnages sont "
                                        "fictifs.</i></p><p><b>Travailleur de jeunesse :</b> La "
                                        "première fois qu'un gars de notre maison de jeunes a dit "
                                        "que « Hitler avait quand même raison sur certains "
                                        "points », j'avais surtout envie de le mettre dehors. Je "
                                        "ne l'ai pas fait. Je lui ai demandé de quels points il "
                                        "parlait. C'est devenu une longue conversation sur le "
                                        "chômage dans sa famille et sur son impression que "
                                        "personne ne l'écoutait. Ses idées n'ont pas changé en une "
                                        "soirée, mais il a continué à venir. Et tant qu'il venait, "
                                        "je pouvais parler avec lui.</p><p><b>Enseignante :</b> "
                                        "Chez moi, c'était une élève qui, après un attentat, a dit "
                                        "que les victimes « l'avaient bien cherché ». Toute la "
                                        "classe lui est tombée dessus. J'ai interrompu la "
                                        "discussion un moment et je l'ai prise à part après le "
                                        "cours. Il s'est avéré qu'elle se sentait discriminée "
                                        "depuis des mois, y compris par nous, l'école. C'était dur "
                                        "à entendre. Mais ça nous a donné une piste de "
                                        "travail.</p><p><b>Travailleur de jeunesse :</b> Ce que "
                                        "j'ai appris : on ne doit pas tout approuver pour rester "
                                        "en contact. Je dis très clairement où se trouve ma "
                                        "limite. Mais j'ajoute aussi : tu es le bienvenu "
                                        "ici.</p><p><b>Enseignante :</b> Et on ne doit pas le "
                                        "faire seul. J'ai fait appel au CLB, pas pour me décharger "
                                        "du problème, mais parce qu'à plusieurs, on voyait plus de "
                                        "choses.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": (
                                        "Pensez à un moment où quelqu'un a tenu des propos qui "
                                        "vous ont vraiment touché. Comment avez-vous réagi sur le "
                                        "moment ? Qu'est-ce qui a fait avancer la conversation, et "
                                        "qu'est-ce qui l'a fermée ? Qu'aimeriez-vous essayer la "
                                        "prochaine fois ?"
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Écouter, questionner, approfondir",
                        "slug": "luisteren-vragen-doorvragen",
                        "estimated_minutes": 20,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>La force d'une bonne question</h2><p>Les idées extrêmes "
                                    "se nourrissent de récits fermés : tout est expliqué, tout "
                                    "doute a disparu. Les questions ouvertes entrouvrent à nouveau "
                                    "ce récit, sans que l'autre se sente attaqué. Une question "
                                    "comme « Comment tu le sais ? » sonne tout autrement que "
                                    "« C'est faux. » La première invite à réfléchir, la seconde à "
                                    "se défendre.</p><p>L'écoute active, c'est plus que se taire "
                                    "pendant que l'autre parle. Vous montrez que vous suivez, vous "
                                    "résumez ce que vous entendez, vous nommez l'émotion que vous "
                                    "percevez et vous approfondissez là où cela devient important. "
                                    "Ainsi, l'autre se sent entendu, et vous entendez ce qui se "
                                    "joue réellement. C'est souvent tout autre chose que "
                                    "l'idéologie : la solitude, un sentiment d'injustice, un deuil "
                                    "ou le besoin d'appartenir à un groupe.</p>"
                                ),
                            },
                            {
                                "type": "conversation_technique",
                                "value": {
                                    "title": "Écouter, reformuler, approfondir",
                                    "intro": (
                                        "Cette technique de base vous aide à comprendre ce qui se "
                                        "cache derrière des propos. Vous pouvez l'utiliser dans "
                                        "n'importe quelle conversation : en classe, au bar de la "
                                        "maison de jeunes, lors d'un entretien de suivi avec un "
                                        "demandeur d'emploi ou au guichet."
                                    ),
                                    "steps": [
                                        {
                                            "step": "Écoutez sans interrompre",
                                            "explanation": (
                                                "Laissez à l'autre l'espace pour raconter son "
                                                "histoire. Montrez par votre langage corporel que "
                                                "vous suivez. Retenez un instant votre propre "
                                                "réaction."
                                            ),
                                            "example_phrasings": [
                                                "Mm-hmm. Vas-y, continue.",
                                                "D'accord. Et qu'est-ce qui s'est passé ensuite ?",
                                            ],
                                        },
                                        {
                                            "step": "Posez des questions ouvertes",
                                            "explanation": (
                                                "Les questions ouvertes commencent par qui, quoi, "
                                                "où, comment ou quand. Soyez prudent avec "
                                                "« pourquoi » : cela sonne vite comme un reproche."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Qu'est-ce que tu veux dire exactement par "
                                                    "« eux » ?"
                                                ),
                                                (
                                                    "Comment est-ce que tu en es venu à "
                                                    "t'intéresser autant à ça ?"
                                                ),
                                                (
                                                    "Qu'est-ce qui te parle dans ce que dit cette "
                                                    "personne ?"
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Reformulez avec vos propres mots",
                                            "explanation": (
                                                "Une reformulation montre que vous écoutez et "
                                                "donne à l'autre l'occasion de vous corriger. "
                                                "Reformulez le contenu, pas votre jugement sur ce "
                                                "contenu."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Si je te comprends bien, tu as l'impression "
                                                    "que personne ne vous écoute vraiment, toi et "
                                                    "les tiens. C'est bien ça ?"
                                                ),
                                                (
                                                    "Donc tu es surtout en colère parce que ton "
                                                    "frère a perdu son boulot, et tu trouves que "
                                                    "personne ne fait rien pour ça ?"
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Nommez l'émotion",
                                            "explanation": (
                                                "Derrière des propos durs se cachent souvent de la "
                                                "colère, de la peur, de la honte ou de "
                                                "l'impuissance. En nommant l'émotion, vous touchez "
                                                "à ce qui se joue vraiment."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "J'entends beaucoup de colère quand tu parles "
                                                    "de ça."
                                                ),
                                                "On dirait que tu te sens vraiment mis de côté.",
                                            ],
                                        },
                                        {
                                            "step": "Approfondissez ce qui est important",
                                            "explanation": (
                                                "Choisissez un élément à creuser : une expérience, "
                                                "un doute, une contradiction. Demandez des "
                                                "exemples et interrogez les conséquences."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Tu disais tout à l'heure que tu as « parfois "
                                                    "des doutes ». Des doutes sur quoi ?"
                                                ),
                                                (
                                                    "Qu'est-ce qui devrait se passer, d'après "
                                                    "toi ? Et qu'est-ce que ça voudrait dire pour "
                                                    "des gens comme ton voisin ?"
                                                ),
                                            ],
                                        },
                                    ],
                                    "do": [
                                        (
                                            "Laissez place aux silences : ils donnent à l'autre le "
                                            "temps de réfléchir."
                                        ),
                                        "Reprenez les mots de l'autre dans votre reformulation.",
                                        (
                                            "Interrogez des expériences concrètes plutôt que des "
                                            "opinions."
                                        ),
                                        (
                                            "Montrez que vous pouvez être en désaccord et "
                                            "continuer malgré tout à écouter."
                                        ),
                                    ],
                                    "dont": [
                                        (
                                            "Ne posez pas de questions orientées comme « Tu ne "
                                            "trouves quand même pas que… ? »"
                                        ),
                                        "N'enchaînez pas les questions ; posez-en une à la fois.",
                                        "Ne devinez pas à la place de l'autre ce qu'il veut dire.",
                                        (
                                            "Ne vous servez pas d'une reformulation pour avoir "
                                            "raison malgré tout."
                                        ),
                                    ],
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": (
                                        "Test d'entraînement : questions ouvertes et écoute active"
                                    ),
                                    "note": (
                                        "Vous lisez de courts extraits de conversations et "
                                        "choisissez chaque fois la réaction qui garde le mieux la "
                                        "conversation ouverte. Ce test d'entraînement vous aide à "
                                        "reconnaître la technique avant de l'appliquer sur le "
                                        "terrain."
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Réagir à des propos extrêmes en groupe",
                        "slug": "reageren-op-een-extreme-uitspraak-in-de-groep",
                        "estimated_minutes": 20,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>Quand ça explose dans le groupe</h2><p>Après un attentat, "
                                    "une guerre dans l'actualité ou un incident dans le quartier, "
                                    "les émotions montent vite dans une classe ou une organisation "
                                    "de jeunesse. Quelqu'un dit qu'« ils l'ont bien mérité », un "
                                    "autre lance qu'« il faut tous les mettre dehors ». Le groupe "
                                    "se divise, et tout le monde vous regarde.</p><p>Vous n'avez "
                                    "pas besoin d'avoir une réponse complète à ce moment-là. En "
                                    "revanche, il est important de ne pas laisser passer ces "
                                    "propos et d'offrir au groupe un espace sûr pour parler de "
                                    "l'événement. Faites un choix conscient : réagissez-vous tout "
                                    "de suite dans le groupe, ou plus tard en tête-à-tête ? "
                                    "Souvent, c'est les deux : une réaction courte et claire dans "
                                    "le groupe, puis une conversation plus approfondie après "
                                    "coup.</p><h3>Donnez une voix au milieu silencieux</h3><p>La "
                                    "plupart des jeunes ne se situent à aucun des deux pôles. Ils "
                                    "sont choqués, incertains ou se sentent interpellés par les "
                                    "deux camps. Si vous ne discutez qu'avec les voix les plus "
                                    "fortes, ces jeunes-là disparaissent du tableau. Interrogez "
                                    "donc aussi les émotions, les doutes et les questions, et "
                                    "veillez à ce que différentes voix puissent s'exprimer.</p>"
                                ),
                            },
                            {
                                "type": "conversation_technique",
                                "value": {
                                    "title": (
                                        "La conversation de groupe après un événement choquant"
                                    ),
                                    "intro": (
                                        "Une conversation de groupe n'est pas un débat avec des "
                                        "gagnants et des perdants. L'objectif est de faire de la "
                                        "place aux émotions et aux questions, de distinguer les "
                                        "faits des rumeurs, et de faire vivre au groupe "
                                        "l'expérience qu'on peut penser différemment sans se "
                                        "déshumaniser les uns les autres."
                                    ),
                                    "steps": [
                                        {
                                            "step": "Posez le cadre",
                                            "explanation": (
                                                "Convenez de règles avant de commencer : on laisse "
                                                "chacun finir de parler, on parle en son propre "
                                                "nom et pas de « ces gens-là », personne n'est "
                                                "tourné en ridicule."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "On va parler de ce qui s'est passé hier. "
                                                    "Chacun peut dire ce qu'il ressent, mais on "
                                                    "parle des idées, pas les uns des autres."
                                                ),
                                                (
                                                    "Ici, vous avez le droit d'être en colère ou "
                                                    "d'avoir peur. Ce qui n'est pas permis, c'est "
                                                    "d'attaquer quelqu'un d'autre."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": (
                                                "Commencez par les émotions, pas par les opinions"
                                            ),
                                            "explanation": (
                                                "Demandez d'abord ce que l'événement provoque dans "
                                                "le groupe. Ainsi, la peur, la tristesse et "
                                                "l'incertitude sont mises sur la table avant les "
                                                "prises de position."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Comment est-ce que vous avez reçu cette "
                                                    "nouvelle ?"
                                                ),
                                                (
                                                    "Qui en a parlé à la maison ou avec des amis ? "
                                                    "Comment ça s'est passé ?"
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Distinguez les faits des rumeurs",
                                            "explanation": (
                                                "Après un événement choquant, beaucoup d'images et "
                                                "d'histoires circulent. Cherchez ensemble ce que "
                                                "l'on sait et ce que l'on ne sait pas."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Qu'est-ce qu'on sait avec certitude ? Et "
                                                    "qu'est-ce qu'on a seulement vu sur les "
                                                    "réseaux sociaux ?"
                                                ),
                                                (
                                                    "Comment est-ce qu'on pourrait vérifier si "
                                                    "cette vidéo est authentique ?"
                                                ),
                                            ],
                                        },
                                        {
                                            "step": (
                                                "Nommez votre limite quand des propos justifient "
                                                "la violence"
                                            ),
                                            "explanation": (
                                                "Réagissez calmement et clairement, sans humilier "
                                                "la personne devant le groupe. Visez les propos, "
                                                "pas la personne qui les tient."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "J'entends ce que tu dis, mais des gens sont "
                                                    "morts, et ça, je ne pourrai jamais le "
                                                    "justifier. J'aimerais qu'on en reparle tout à "
                                                    "l'heure, tous les deux."
                                                ),
                                                (
                                                    "Là, tu parles de tout un groupe de personnes. "
                                                    "Ce n'est pas vrai, et ça blesse des gens ici, "
                                                    "dans la classe."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Terminez sur une perspective et une suite",
                                            "explanation": (
                                                "Ne laissez pas le groupe repartir avec seulement "
                                                "de la colère. Nommez ce que le groupe a en commun "
                                                "et indiquez aux jeunes à qui s'adresser avec "
                                                "leurs questions."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Je vois qu'on n'est pas tous d'accord, mais "
                                                    "aussi que personne ici ne veut que des gens "
                                                    "soient blessés."
                                                ),
                                                (
                                                    "Si ça vous travaille encore, vous pouvez "
                                                    "rester après le cours ou passer voir l'équipe "
                                                    "d'accompagnement des élèves."
                                                ),
                                            ],
                                        },
                                    ],
                                    "do": [
                                        (
                                            "Préparez-vous : informez-vous sur les faits et prenez "
                                            "le temps de considérer vos propres émotions."
                                        ),
                                        (
                                            "Parlez ensuite individuellement avec les jeunes qui "
                                            "se sont fait remarquer, des deux côtés."
                                        ),
                                        (
                                            "Informez vos collègues et l'équipe d'accompagnement "
                                            "des élèves du déroulement de la conversation."
                                        ),
                                    ],
                                    "dont": [
                                        (
                                            "Ne laissez pas passer sans réagir des propos qui "
                                            "glorifient la violence."
                                        ),
                                        (
                                            "Ne demandez pas à un seul jeune d'expliquer ou de "
                                            "défendre « sa » communauté."
                                        ),
                                        (
                                            "N'humiliez pas un jeune devant les autres pour faire "
                                            "un exemple."
                                        ),
                                    ],
                                },
                            },
                            {
                                "type": "signal_card",
                                "value": {
                                    "signal": (
                                        "Un jeune justifie un attentat ou d'autres violences "
                                        "devant le groupe"
                                    ),
                                    "what_it_can_mean": (
                                        "<p>Ces propos peuvent exprimer une vision du monde dans "
                                        "laquelle la violence contre un « ennemi » est justifiée. "
                                        "Ils peuvent aussi naître de la colère face à une "
                                        "injustice, d'une identification à un groupe qui se sent "
                                        "attaqué, ou de l'envie de provoquer et d'attirer "
                                        "l'attention. Dans un climat polarisé, les propos des deux "
                                        "camps se renforcent mutuellement.</p>"
                                    ),
                                    "what_it_does_not_prove": (
                                        "<p>Des propos tenus en groupe, dans le feu d'une "
                                        "discussion, en disent peu sur ce que quelqu'un pense "
                                        "vraiment ou compte faire. <b>Une seule déclaration ne "
                                        "prouve pas une radicalisation.</b> Les jeunes testent les "
                                        "limites, surtout en groupe. Ce sont la répétition, le "
                                        "lien avec d'autres signaux et la disposition à recourir "
                                        "soi-même à la violence qui doivent faire grandir votre "
                                        "inquiétude.</p>"
                                    ),
                                    "what_to_do_next": (
                                        "<ul><li>Dans le groupe, réagissez brièvement et "
                                        "clairement aux propos, pas à la personne.</li><li>Ayez "
                                        "ensuite une conversation en tête-à-tête pour comprendre "
                                        "ce qui se cache derrière.</li><li>Partagez votre "
                                        "observation avec un collègue ou l'équipe d'accompagnement "
                                        "des élèves, afin de suivre ensemble si d'autres signaux "
                                        "apparaissent.</li><li>Soyez aussi attentif aux jeunes qui "
                                        "se sentent attaqués par ces propos : eux aussi méritent "
                                        "une conversation.</li><li>S'il apparaît, de manière "
                                        "répétée, que le jeune approuve réellement la violence, "
                                        "concertez-vous avec le CLB et, par l'intermédiaire de "
                                        "votre organisation, avec le coordinateur local "
                                        "radicalisation.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": (
                                        "Imaginez qu'un attentat se produise demain et que votre "
                                        "groupe ne parle que de ça. Quelles règles posez-vous au "
                                        "début de la conversation ? Quels propos vous seraient les "
                                        "plus difficiles à entendre, et comment y réagiriez-vous ?"
                                    ),
                                },
                            },
                        ],
                    },
                ],
            },
            {
                "title": "Approfondir la conversation",
                "slug": "het-gesprek-verdiepen",
                "intro": (
                    "Une fois le contact établi, vous pouvez aller plus loin : vers les griefs qui "
                    "sous-tendent une conviction, vers des alternatives et vers le réseau autour "
                    "du jeune. Dans ce module, vous vous exercez aussi à l'entretien avec les "
                    "parents et vous mettez le tout en pratique dans un cas d'entraînement."
                ),
                "lessons": [
                    {
                        "title": "Explorer les griefs sans les cautionner",
                        "slug": "grieven-verkennen",
                        "estimated_minutes": 20,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>Derrière l'idéologie, il y a souvent une "
                                    "histoire</h2><p>Une personne qui se radicalise porte souvent "
                                    "en elle un sentiment d'injustice : une discrimination dans la "
                                    "recherche d'un stage ou d'un emploi, l'impression que son "
                                    "quartier est oublié, une famille qui a tout perdu, "
                                    "l'humiliation, la solitude. Les extrémistes bâtissent leur "
                                    "récit sur ces expériences. Ils leur donnent un coupable, et "
                                    "une issue : le combat.</p><p>Ces expériences sont souvent "
                                    "bien réelles. La discrimination et l'exclusion existent, et "
                                    "les nier revient à confirmer le récit selon lequel « personne "
                                    "ne nous comprend ». Tout l'art consiste à reconnaître "
                                    "l'<b>expérience</b> sans reprendre la <b>conclusion</b>. « Je "
                                    "te crois quand tu dis que tu as été discriminé, et c'est "
                                    "inacceptable », ce n'est pas la même chose que « donc tu as "
                                    "raison, la violence est la seule solution ».</p><h3>Du "
                                    "contre-discours au récit alternatif</h3><p>Un contre-discours "
                                    "tente de réfuter le récit extrémiste. Cela fonctionne "
                                    "rarement dans une conversation personnelle : cela suscite une "
                                    "réaction de défense. Un récit alternatif a plus de force : "
                                    "chercher ensemble d'autres manières de faire face au grief. "
                                    "Pensez à un engagement dans une association, un signalement "
                                    "auprès d'un point de contact discrimination, un projet à la "
                                    "maison de jeunes, le conseil des jeunes ou le bénévolat. Le "
                                    "jeune retrouve ainsi le sentiment de pouvoir changer les "
                                    "choses, dans le cadre de la démocratie.</p>"
                                ),
                            },
                            {
                                "type": "conversation_technique",
                                "value": {
                                    "title": "Du grief à la perspective",
                                    "intro": (
                                        "Cette technique vous aide à ouvrir le dialogue sur un "
                                        "sentiment d'injustice et à chercher ensemble des manières "
                                        "d'en faire quelque chose, sans cautionner la violence ni "
                                        "les images de l'ennemi."
                                    ),
                                    "steps": [
                                        {
                                            "step": "Invitez à raconter l'expérience",
                                            "explanation": (
                                                "Demandez l'histoire concrète qui se trouve "
                                                "derrière la colère. Une idéologie abstraite "
                                                "devient alors une expérience personnelle dont "
                                                "vous pouvez parler."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Ça te met vraiment en colère. Il t'est arrivé "
                                                    "quelque chose à toi, personnellement ?"
                                                ),
                                                (
                                                    "C'est quand, la première fois que tu as "
                                                    "ressenti ça ?"
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Reconnaissez l'expérience et l'émotion",
                                            "explanation": (
                                                "Reconnaître n'est pas approuver. Vous confirmez "
                                                "que l'expérience est réelle et qu'elle fait mal."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Être refusé à chaque fois, c'est vraiment "
                                                    "injuste. Je comprends que ça te mette en "
                                                    "colère."
                                                ),
                                                (
                                                    "J'imagine que tu ne te sens pas entendu quand "
                                                    "personne ne réagit à tes plaintes."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Distinguez le grief de la conclusion",
                                            "explanation": (
                                                "Questionnez le lien entre l'expérience et la "
                                                "solution que propose l'idéologie, sans devenir "
                                                "moralisateur."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Je comprends ta colère. Mais qu'est-ce que ça "
                                                    "changerait si quelqu'un utilisait la "
                                                    "violence ?"
                                                ),
                                                "D'après toi, qui serait touché si ça arrivait ?",
                                            ],
                                        },
                                        {
                                            "step": "Cherchez ensemble des leviers d'action",
                                            "explanation": (
                                                "Explorez ce que le jeune peut faire lui-même pour "
                                                "faire bouger les choses, et qui peut l'y aider."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Imagine que tu puisses vraiment y faire "
                                                    "quelque chose : qu'est-ce que tu voudrais "
                                                    "changer ?"
                                                ),
                                                (
                                                    "Tu connais des gens qui se battent pour la "
                                                    "même cause, sans violence ? Ça te dirait "
                                                    "d'aller voir ?"
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Rendez-le concret et restez impliqué",
                                            "explanation": (
                                                "Un petit engagement réaliste a plus de valeur "
                                                "qu'un grand projet. Proposez de faire un premier "
                                                "pas ensemble."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Tu veux que je t'emmène une fois au conseil "
                                                    "des jeunes ? Tu verras par toi-même comment "
                                                    "ça marche."
                                                ),
                                                (
                                                    "Si tu veux signaler ce qui s'est passé "
                                                    "pendant ce stage, on peut le faire ensemble."
                                                ),
                                            ],
                                        },
                                    ],
                                    "do": [
                                        (
                                            "Prenez au sérieux les expériences de discrimination "
                                            "et d'exclusion."
                                        ),
                                        (
                                            "Soyez honnête sur ce que vous ou votre organisation "
                                            "ne pouvez pas résoudre."
                                        ),
                                        (
                                            "Aidez à trouver des modèles et des réseaux qui "
                                            "parlent au jeune."
                                        ),
                                    ],
                                    "dont": [
                                        (
                                            "Ne minimisez pas le grief (« Ce n'est quand même pas "
                                            "si grave »)."
                                        ),
                                        (
                                            "Ne reprenez pas l'image de l'ennemi pour gagner les "
                                            "faveurs du jeune."
                                        ),
                                        (
                                            "Ne vous mettez pas sur la défensive si la critique "
                                            "vise votre organisation."
                                        ),
                                    ],
                                },
                            },
                            {
                                "type": "video",
                                "value": {
                                    "title": (
                                        "Prendre les griefs au sérieux sans justifier la violence"
                                    ),
                                    "transcript": (
                                        "<p><i>Un conseiller du VDAB (le service public flamand de "
                                        "l'emploi) et un imam actif dans le travail de jeunesse "
                                        "parlent de leur approche. Les deux personnages sont "
                                        "fictifs.</i></p><p><b>Conseiller VDAB :</b> J'accompagne "
                                        "de jeunes adultes vers l'emploi. Certains ont postulé des "
                                        "dizaines de fois sans jamais décrocher un entretien. "
                                        "J'entends alors parfois : « Le système est contre nous, "
                                        "ça ne sert à rien. » Avant, j'essayais de les convaincre "
                                        "que si, ça servait à quelque chose. Maintenant, je dis "
                                        "d'abord : « Tu as raison, c'est injuste. » Ce n'est "
                                        "qu'ensuite qu'on peut regarder ce qui est possible : une "
                                        "formation, un parcours d'expérience professionnelle, un "
                                        "employeur que je connais "
                                        "personnellement.</p><p><b>Imam :</b> Les jeunes viennent "
                                        "parfois avec des questions qu'ils ont trouvées en ligne : "
                                        "a-t-on le droit de vivre avec des gens d'une autre "
                                        "croyance, faut-il se tenir à l'écart ? Si je me contente "
                                        "de dire que c'est faux, ils vont chercher quelqu'un qui "
                                        "leur dira « la vérité ». Alors j'écoute d'abord, et je "
                                        "demande d'où vient leur question. Souvent, il y a "
                                        "derrière une expérience de racisme, ou de la solitude. "
                                        "C'est là que commence la vraie "
                                        "conversation.</p><p><b>Conseiller VDAB :</b> Ce que j'ai "
                                        "appris aussi : je ne peux pas le faire seul. Quand un "
                                        "demandeur d'emploi dit des choses qui m'inquiètent, j'en "
                                        "parle avec mon coach d'équipe. Nous avons convenu du "
                                        "moment où nous allons plus loin, avec les services d'aide "
                                        "ou avec l'administration locale.</p><p><b>Imam :</b> Et "
                                        "nous, nous travaillons avec la ville, les écoles et le "
                                        "travail de jeunesse. Pas pour contrôler les jeunes, mais "
                                        "parce que nous voulons tous la même chose : qu'ils voient "
                                        "un avenir ici.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Dialoguer avec les parents",
                        "slug": "in-gesprek-met-ouders",
                        "estimated_minutes": 20,
                        "required": False,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>Les parents sont des alliés</h2><p>Les parents sont "
                                    "souvent les premiers à remarquer que leur enfant change. En "
                                    "même temps, ils se sentent impuissants, honteux ou coupables. "
                                    "Certains parents n'osent confier leur inquiétude à personne, "
                                    "de peur que leur enfant soit « signalé » ou d'être eux-mêmes "
                                    "considérés comme de mauvais parents. D'autres frappent à la "
                                    "porte de l'école, du CLB ou de la commune, sans savoir à qui "
                                    "s'adresser.</p><p>Que ce soit vous qui abordiez les parents "
                                    "ou eux qui viennent vers vous : traitez-les en alliés. Ce "
                                    "sont eux qui connaissent le mieux leur enfant, et ils sont "
                                    "souvent le facteur de protection le plus important. En même "
                                    "temps, les parents ont eux-mêmes besoin de soutien : des "
                                    "informations sur ce qui arrive à leur enfant, des échanges "
                                    "avec d'autres parents qui vivent la même chose et un "
                                    "accompagnement pour préserver le lien avec leur "
                                    "enfant.</p><h3>À qui les parents peuvent-ils "
                                    "s'adresser ?</h3><ul><li>au <b>CLB</b> (centre "
                                    "d'accompagnement des élèves), si leur enfant est "
                                    "scolarisé ;</li><li>au <b>CAW</b> (centre d'aide sociale "
                                    "générale), pour des questions d'éducation, de famille et de "
                                    "relations, même si leur enfant est majeur ;</li><li>au "
                                    "<b>médecin généraliste</b> ou aux <b>services de santé "
                                    "mentale</b>, s'il y a aussi des difficultés "
                                    "psychiques ;</li><li>à l'<b>administration locale</b>, qui "
                                    "dispose souvent d'un point de contact radicalisation et peut "
                                    "orienter vers un soutien à la parentalité ou des groupes de "
                                    "parents ;</li><li>à une <b>communauté religieuse ou "
                                    "philosophique</b> de confiance, si les parents le souhaitent "
                                    "eux-mêmes.</li></ul><p>Attention : parfois, les parents font "
                                    "eux-mêmes partie du problème, par exemple lorsque des idées "
                                    "extrémistes sont partagées à la maison ou qu'il y a de la "
                                    "violence dans la famille. Concertez-vous alors d'abord avec "
                                    "le CLB ou votre cellule de soutien avant d'impliquer les "
                                    "parents.</p>"
                                ),
                            },
                            {
                                "type": "conversation_technique",
                                "value": {
                                    "title": "Partager une inquiétude avec les parents",
                                    "intro": (
                                        "Un entretien avec des parents pour leur faire part d'une "
                                        "inquiétude se prépare. Vous voulez partager votre "
                                        "inquiétude sans juger leur enfant, tirer parti de ce "
                                        "qu'ils savent et convenir ensemble d'accords. Ces étapes "
                                        "ont été rédigées pour une école ou une organisation de "
                                        "jeunesse, mais elles fonctionnent aussi dans d'autres "
                                        "contextes."
                                    ),
                                    "steps": [
                                        {
                                            "step": "Préparez l'entretien avec un collègue",
                                            "explanation": (
                                                "Déterminez ce que vous voulez partager, qui mène "
                                                "l'entretien et quel soutien vous pouvez proposer. "
                                                "Si possible, invitez un membre du personnel du "
                                                "CLB ou un collègue."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Nous aimerions vous inviter à un entretien. "
                                                    "Ce n'est pas un entretien disciplinaire : "
                                                    "nous nous faisons du souci et nous voudrions "
                                                    "voir avec vous ce qui pourrait aider."
                                                ),
                                                (
                                                    "J'aimerais parler avec vous, en présence de "
                                                    "la collaboratrice du CLB, de la façon dont "
                                                    "votre fils se porte."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Commencez par ce qui va bien",
                                            "explanation": (
                                                "Dites ce que vous appréciez chez le jeune. Les "
                                                "parents entendent ainsi que vous ne baissez pas "
                                                "les bras pour leur enfant."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Votre fille prend la défense des autres. Nous "
                                                    "le voyons tous les jours."
                                                ),
                                                (
                                                    "Nous voyons qu'il est vraiment passionné "
                                                    "d'informatique. C'est là qu'il excelle."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": (
                                                "Décrivez votre inquiétude de manière factuelle"
                                            ),
                                            "explanation": (
                                                "Dites ce que vous avez vu et entendu, sans "
                                                "étiquettes comme « radical » ou « extrémiste »."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Ces dernières semaines, nous remarquons qu'il "
                                                    "s'isole, et il a tenu à plusieurs reprises en "
                                                    "classe des propos sur la violence. Cela nous "
                                                    "inquiète."
                                                ),
                                                (
                                                    "Elle a dit qu'elle ne voulait plus parler à "
                                                    "certains camarades de classe parce que ce "
                                                    "sont des « traîtres »."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Écoutez les parents",
                                            "explanation": (
                                                "Demandez ce qu'ils remarquent à la maison et "
                                                "comment ils voient les choses. Les parents ont "
                                                "souvent des pièces du puzzle que vous n'avez pas."
                                            ),
                                            "example_phrasings": [
                                                "Est-ce que vous reconnaissez cela à la maison ?",
                                                (
                                                    "Comment ça se passe chez vous ces derniers "
                                                    "temps ?"
                                                ),
                                                "Qu'est-ce qui vous inquiète le plus, vous ?",
                                            ],
                                        },
                                        {
                                            "step": (
                                                "Convenez ensemble d'accords et proposez du soutien"
                                            ),
                                            "explanation": (
                                                "Convenez de qui fait quoi et du moment où vous "
                                                "vous reverrez. Orientez les parents vers un "
                                                "soutien pour eux-mêmes."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Est-ce qu'on convient que je vous rappelle "
                                                    "dans deux semaines ?"
                                                ),
                                                (
                                                    "Il existe des groupes où des parents qui ont "
                                                    "des inquiétudes semblables se rencontrent. "
                                                    "Voulez-vous en savoir plus ?"
                                                ),
                                            ],
                                        },
                                    ],
                                    "do": [
                                        (
                                            "Utilisez un langage simple et clair et prévoyez un "
                                            "interprète si nécessaire."
                                        ),
                                        (
                                            "Reconnaissez les émotions des parents : peur, honte, "
                                            "colère."
                                        ),
                                        (
                                            "Dites clairement ce que vous ferez des informations "
                                            "reçues."
                                        ),
                                    ],
                                    "dont": [
                                        "Ne rejetez pas la faute sur les parents.",
                                        (
                                            "N'utilisez pas d'étiquettes comme « radical » ou "
                                            "« radicalisé »."
                                        ),
                                        "Ne demandez pas aux parents d'espionner leur enfant.",
                                    ],
                                },
                            },
                            {
                                "type": "image",
                                "value": {
                                    "alt_text": (
                                        "Illustration d'une table ronde avec trois chaises vides, "
                                        "une carafe d'eau, trois verres et un bloc-notes, dans une "
                                        "pièce claire et calme."
                                    ),
                                    "caption": (
                                        "Un entretien avec les parents pour partager une "
                                        "inquiétude : de préférence autour d'une table ronde, en "
                                        "prenant le temps, sans précipitation. Préparez-le avec un "
                                        "collègue."
                                    ),
                                },
                            },
                            {
                                "type": "resource",
                                "value": {
                                    "title": (
                                        "Guide d'entretien : partager une inquiétude avec les "
                                        "parents"
                                    ),
                                    "description": (
                                        "Un guide de trois pages pour préparer, mener et assurer "
                                        "le suivi d'un entretien avec des parents au sujet d'une "
                                        "inquiétude, avec des exemples de formulations, une liste "
                                        "de contrôle pour la préparation et une liste de services "
                                        "de soutien aux parents que vous pouvez compléter au "
                                        "niveau local."
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Cas pratique : la conversation avec Noor",
                        "slug": "oefencasus-het-gesprek-met-noor",
                        "estimated_minutes": 25,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<p>Dans ce cas pratique, vous appliquez ce que vous avez "
                                    "appris dans cette formation : créer le lien, écouter, "
                                    "approfondir et poser des limites. Il n'y a pas toujours une "
                                    "seule bonne réponse. Lisez attentivement le retour donné pour "
                                    "chaque choix : il explique pourquoi une réaction ouvre ou "
                                    "ferme la conversation. Parcourez ensuite le cas une nouvelle "
                                    "fois en faisant d'autres choix, et comparez.</p><p>Le cas se "
                                    "déroule dans un CLB, mais la dynamique se retrouve dans tous "
                                    "les secteurs : un jeune ou un adulte qui se sent incompris, "
                                    "une vision du monde qui explique tout, et un moment où des "
                                    "propos sur la violence vous font sursauter.</p>"
                                ),
                            },
                            {
                                "type": "case_scenario",
                                "value": {
                                    "title": "Noor et « la vérité »",
                                    "context": (
                                        "Vous travaillez dans un CLB. Noor (17 ans) est en sixième "
                                        "année du secondaire. La personne chargée de "
                                        "l'accompagnement des élèves de son école vous l'adresse "
                                        "parce que ses absences augmentent fortement. La semaine "
                                        "dernière, elle a dit en classe que « le gouvernement nous "
                                        "rend malades exprès » et que « des gens comme le "
                                        "bourgmestre devront payer un jour ». La voici assise en "
                                        "face de vous, les bras croisés."
                                    ),
                                    "steps": [
                                        {
                                            "key": "start",
                                            "situation": (
                                                "Noor attaque d'emblée : « Je sais pourquoi je "
                                                "suis ici. Vous pensez que je suis folle parce que "
                                                "je vois la vérité. » Comment ouvrez-vous la "
                                                "conversation ?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "« Je ne pense pas que tu sois folle. Je "
                                                        "voudrais surtout savoir comment tu vas, "
                                                        "parce que tu es souvent absente ces "
                                                        "derniers temps. Tu veux bien m'en "
                                                        "parler ? »"
                                                    ),
                                                    "feedback": (
                                                        "Bonne ouverture. Vous réagissez à ce "
                                                        "qu'elle s'attend à entendre sans vous "
                                                        "mettre sur la défensive, et vous partez "
                                                        "de son bien-être plutôt que de ses "
                                                        "propos. Vous faites ainsi de la place "
                                                        "pour le contact. Vous ne perdez pas de "
                                                        "vue ses propos sur le bourgmestre : ils "
                                                        "seront abordés plus tard, quand la "
                                                        "confiance sera là."
                                                    ),
                                                    "next_step": "luisteren",
                                                },
                                                {
                                                    "text": (
                                                        "« Soyons clairs tout de suite : ce que tu "
                                                        "as dit en classe sur le bourgmestre, ça "
                                                        "ne va vraiment pas. »"
                                                    ),
                                                    "feedback": (
                                                        "Vous avez raison, ces propos doivent être "
                                                        "discutés, et poser une limite est "
                                                        "important. Mais comme première phrase, "
                                                        "cela confirme exactement ce que Noor "
                                                        "attendait : que vous êtes là pour la "
                                                        "recadrer. La conversation commence comme "
                                                        "un interrogatoire, et il y a de fortes "
                                                        "chances qu'elle se ferme."
                                                    ),
                                                    "next_step": "weerstand",
                                                },
                                                {
                                                    "text": (
                                                        "Vous lui montrez d'emblée un article de "
                                                        "vérification des faits qui réfute "
                                                        "l'affirmation selon laquelle les "
                                                        "autorités rendent volontairement les gens "
                                                        "malades."
                                                    ),
                                                    "feedback": (
                                                        "Les faits sont importants, mais une "
                                                        "personne profondément prise dans un récit "
                                                        "complotiste voit souvent une vérification "
                                                        "des faits comme la preuve que « le "
                                                        "système » cache la vérité. En corrigeant "
                                                        "d'emblée, vous transformez la "
                                                        "conversation en un débat que vous ne "
                                                        "pouvez pas gagner. Il faut d'abord du "
                                                        "contact ; ce n'est qu'ensuite qu'un "
                                                        "espace pour le doute peut apparaître."
                                                    ),
                                                    "next_step": "weerstand",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "luisteren",
                                            "situation": (
                                                "Noor se détend un peu. Elle raconte que son père "
                                                "a perdu son emploi l'an dernier et qu'ils ont peu "
                                                "d'argent à la maison. La nuit, elle regarde "
                                                "pendant des heures les vidéos d'un « chercheur » "
                                                "qui explique qu'une petite élite contrôle tout. "
                                                "« C'est le seul qui est honnête », dit-elle. « Et "
                                                "si personne ne fait rien, le peuple devra régler "
                                                "ça lui-même. »"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Vous reformulez et approfondissez : « Tu "
                                                        "as l'impression que personne ne vous "
                                                        "aide. Qu'est-ce que tu veux dire "
                                                        "exactement par régler ça soi-même ? »"
                                                    ),
                                                    "feedback": (
                                                        "Très bien. Vous reformulez ce que vous "
                                                        "entendez, y compris le sentiment "
                                                        "d'impuissance, et vous approfondissez la "
                                                        "phrase qui vous inquiète. Vous comprenez "
                                                        "ainsi ce que Noor veut dire, sans "
                                                        "l'accuser. Attention : il ne s'agit pas "
                                                        "seulement ici d'une théorie du complot, "
                                                        "mais aussi de soucis d'argent, de stress "
                                                        "à la maison et d'un manque de sommeil."
                                                    ),
                                                    "next_step": "grens",
                                                },
                                                {
                                                    "text": (
                                                        "Vous dites que ce « chercheur » est un "
                                                        "complotiste connu qui gagne de l'argent "
                                                        "avec la peur, et qu'elle ferait mieux de "
                                                        "ne plus le suivre."
                                                    ),
                                                    "feedback": (
                                                        "Ce que vous dites est peut-être vrai, "
                                                        "mais Noor entend surtout qu'on démolit la "
                                                        "seule personne qu'elle trouve "
                                                        "« honnête ». Elle le vit comme une "
                                                        "attaque contre elle-même. La conversation "
                                                        "se termine avec une jeune qui se sent "
                                                        "encore moins comprise, et votre "
                                                        "inquiétude au sujet de ses propos et de "
                                                        "sa situation familiale n'est pas abordée. "
                                                        "Mieux vaut lui demander ce qu'il lui "
                                                        "apporte et comment elle vérifie si une "
                                                        "information est vraie."
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "Vous laissez le sujet de côté et vous "
                                                        "vous limitez à des accords sur ses "
                                                        "absences."
                                                    ),
                                                    "feedback": (
                                                        "Des accords sur les absences sont "
                                                        "nécessaires, et il est compréhensible que "
                                                        "vous évitiez le sujet difficile. Mais "
                                                        "vous laissez de côté deux choses "
                                                        "importantes : le stress financier à la "
                                                        "maison, qui peut en partie expliquer ses "
                                                        "absences, et sa phrase selon laquelle "
                                                        "« le peuple devra régler ça lui-même ». "
                                                        "Sans approfondir, vous ne savez pas s'il "
                                                        "y a lieu de s'inquiéter."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "weerstand",
                                            "situation": (
                                                "Noor se renverse dans sa chaise. « Vous voyez. "
                                                "Vous ne voulez tout simplement pas écouter. » "
                                                "Elle prend son GSM et commence à faire défiler "
                                                "l'écran. Que faites-vous ?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Vous reconnaissez que vous avez voulu "
                                                        "aller trop vite : « Tu as raison, j'ai "
                                                        "mal commencé. Je veux surtout comprendre "
                                                        "comment toi, tu vois les choses. Au fond, "
                                                        "comment ça va ? »"
                                                    ),
                                                    "feedback": (
                                                        "Bien rattrapé. En admettant honnêtement "
                                                        "votre précipitation, vous montrez du "
                                                        "respect et vous cassez le schéma auquel "
                                                        "Noor s'attendait. Les jeunes apprécient "
                                                        "les adultes qui reconnaissent leurs "
                                                        "propres erreurs. Le contact a une "
                                                        "nouvelle chance."
                                                    ),
                                                    "next_step": "luisteren",
                                                },
                                                {
                                                    "text": (
                                                        "Vous mettez fin à l'entretien et notez "
                                                        "dans le dossier que Noor refuse de "
                                                        "coopérer."
                                                    ),
                                                    "feedback": (
                                                        "Vous confirmez ainsi l'image que Noor se "
                                                        "fait d'un « système » qui ne l'écoute "
                                                        "pas. En outre, ses absences, la situation "
                                                        "à la maison et ses propos sur le "
                                                        "bourgmestre ne sont pas abordés. Un début "
                                                        "difficile n'est pas une raison pour "
                                                        "renoncer au contact : planifiez au moins "
                                                        "un nouvel entretien et voyez avec un "
                                                        "collègue comment vous pourriez vous y "
                                                        "prendre autrement."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "grens",
                                            "situation": (
                                                "Noor dit : « Moi, je ne vais rien faire à "
                                                "personne, hein. Mais je comprends les gens qui le "
                                                "font. » Elle raconte qu'elle fait partie d'un "
                                                "groupe de discussion sur une messagerie où l'on "
                                                "appelle à s'en prendre aux « traîtres » pendant "
                                                "une manifestation la semaine prochaine. Elle vous "
                                                "montre un message avec une photo de la maison "
                                                "communale et le texte « Il est temps qu'ils le "
                                                "sentent passer ». Que faites-vous ?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "Vous nommez calmement votre limite et "
                                                        "votre inquiétude, vous lui dites "
                                                        "honnêtement que vous ne pouvez pas garder "
                                                        "cela pour vous et que vous allez vous "
                                                        "concerter au sein du CLB sur les "
                                                        "prochaines étapes, et vous convenez avec "
                                                        "elle que vous restez sa personne de "
                                                        "contact."
                                                    ),
                                                    "feedback": (
                                                        "C'est une réaction proportionnée. Un "
                                                        "appel à la violence lors d'un événement "
                                                        "concret est un signal sérieux, même si "
                                                        "Noor dit qu'elle-même ne fera rien. Vous "
                                                        "vous concertez le jour même au sein du "
                                                        "CLB ; avec la direction, le coordinateur "
                                                        "local radicalisation peut être contacté "
                                                        "et, s'il existe une menace concrète pour "
                                                        "la sécurité de quelqu'un, la police est "
                                                        "informée. En étant honnête sur ce que "
                                                        "vous faites et en restant sa personne de "
                                                        "contact, vous préservez la confiance et "
                                                        "vous continuez à prendre soin de Noor "
                                                        "elle-même, y compris de sa situation à la "
                                                        "maison."
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "Vous lui promettez que tout ce qu'elle "
                                                        "raconte restera entre vous, pour qu'elle "
                                                        "continue à vous faire confiance."
                                                    ),
                                                    "feedback": (
                                                        "C'est compréhensible, car vous ne voulez "
                                                        "pas perdre le contact. Mais c'est une "
                                                        "promesse que vous ne pouvez pas tenir. "
                                                        "Face à une menace concrète pour la "
                                                        "sécurité d'autrui, vous ne pouvez pas "
                                                        "vous taire, et si vous rompez votre "
                                                        "promesse plus tard, vous perdrez malgré "
                                                        "tout la confiance de Noor, et bien plus "
                                                        "durement. Soyez honnête dès le départ sur "
                                                        "ce que vous ferez de ce qu'elle vous "
                                                        "raconte."
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "Vous interrompez la conversation et "
                                                        "appelez immédiatement la police, alors "
                                                        "que Noor est encore assise dans votre "
                                                        "bureau."
                                                    ),
                                                    "feedback": (
                                                        "Vous avez raison de prendre ce signal au "
                                                        "sérieux. Mais Noor dit elle-même qu'elle "
                                                        "ne fera rien, et l'appel provient d'un "
                                                        "groupe de discussion. Appeler la police "
                                                        "dans la panique et sans explication, "
                                                        "c'est rompre le contact et perdre de vue "
                                                        "Noor en tant que jeune qui a besoin "
                                                        "d'aide. Concertez-vous le jour même au "
                                                        "sein du CLB et avec la direction ; ils "
                                                        "examineront avec le coordinateur local "
                                                        "radicalisation et, si nécessaire, avec la "
                                                        "police, quelles étapes s'imposent. Vous "
                                                        "n'appelez immédiatement qu'en cas de "
                                                        "danger aigu et concret."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                    ],
                                    "debrief": (
                                        "<p>Noor présente plusieurs signaux à la fois : une vision "
                                        "du monde complotiste avec une image de l'ennemi bien "
                                        "nette, de la compréhension pour la violence et la "
                                        "participation à un groupe qui appelle à agir contre des "
                                        "« traîtres ». En même temps, il y a des soucis d'argent, "
                                        "du stress à la maison et un manque de sommeil. C'est "
                                        "cette combinaison qui justifie votre inquiétude, et non "
                                        "la méfiance envers les autorités en "
                                        "soi.</p><ul><li><b>Commencez par la personne.</b> Une "
                                        "ouverture centrée sur son bien-être donne plus de chances "
                                        "au contact qu'un recadrage ou une vérification des "
                                        "faits.</li><li><b>Écoutez, reformulez, "
                                        "approfondissez.</b> C'est justement en approfondissant le "
                                        "« régler ça soi-même » que le groupe de discussion est "
                                        "apparu.</li><li><b>Posez des limites et soyez "
                                        "honnête.</b> Ne promettez jamais un secret absolu. Dites "
                                        "ce que vous allez faire et "
                                        "pourquoi.</li><li><b>Concertez-vous et agissez de manière "
                                        "proportionnée.</b> Un appel concret à la violence demande "
                                        "une concertation rapide au sein du CLB et avec la "
                                        "direction, et par leur intermédiaire avec le coordinateur "
                                        "local radicalisation. En cas de danger aigu, la police "
                                        "est prévenue.</li><li><b>N'oubliez pas les difficultés "
                                        "sous-jacentes.</b> Le soutien à la famille, par exemple "
                                        "via le CAW ou le CPAS (OCMW), fait tout autant partie du "
                                        "plan.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": (
                                        "Quel choix du cas vous semblait le plus évident, et "
                                        "pourquoi ? Qu'est-ce que cela dit de vos propres réflexes "
                                        "dans une conversation difficile ? Avec qui, dans votre "
                                        "organisation, discuteriez-vous en premier d'une situation "
                                        "comme celle de Noor ?"
                                    ),
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Test final : mener une conversation difficile",
                                    "note": (
                                        "Ce test final porte sur l'attitude de base, l'écoute "
                                        "active, la conversation de groupe, l'exploration des "
                                        "griefs et l'entretien avec les parents. Après chaque "
                                        "question, vous recevez une explication."
                                    ),
                                },
                            },
                        ],
                    },
                ],
            },
        ],
    },
    "en": {
        "title": "Holding the difficult conversation",
        "slug": "het-moeilijke-gesprek-voeren",
        "summary": (
            "A young person who condones an attack, a jobseeker who says ‘the system’ has to be "
            "brought down: how do you respond without losing contact? This course gives you "
            "practical conversation techniques to stay connected, explore grievances and, at the "
            "same time, set clear boundaries. You also practise the conversation with parents and "
            "learn when to bring in others."
        ),
        "learning_goals": (
            "<ul><li>You approach a difficult conversation from connection and curiosity, without "
            "moralising.</li><li>You use open questions, active listening and summarising to "
            "understand what lies behind an extreme statement.</li><li>You explore grievances and "
            "experiences of injustice and acknowledge them, without endorsing violence or enemy "
            "images.</li><li>You set clear boundaries when statements condone violence or hatred, "
            "while keeping the contact going.</li><li>You hold a conversation with parents about "
            "your concerns and know when to involve colleagues, the pupil guidance centre (CLB) or "
            "other partners.</li></ul>"
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
                "title": "A core attitude for difficult conversations",
                "slug": "basishouding-voor-moeilijke-gesprekken",
                "intro": (
                    "A difficult conversation does not start with the right arguments, but with "
                    "the right attitude. In this module you work on connection, listening and "
                    "responding to extreme statements, both one-to-one and in a group."
                ),
                "lessons": [
                    {
                        "title": "Connection first",
                        "slug": "verbinding-eerst",
                        "estimated_minutes": 15,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>Why the conversation matters</h2><p>When someone makes an "
                                    "extreme statement, the reflex is often to correct them, to "
                                    "moralise or to cut the conversation short. Understandable, "
                                    "but rarely effective. People who feel rejected look for "
                                    "recognition elsewhere, and extremist groups are ready and "
                                    "waiting to provide it. Contact with an adult who keeps "
                                    "listening is one of the strongest protective factors we know "
                                    "of.</p><p>Connection does not mean approving of everything. "
                                    "You distinguish between the person and their views. You can "
                                    "value a young person and at the same time say clearly that "
                                    "you do not accept violence or the dehumanising of "
                                    "others.</p><h3>Three principles</h3><ul><li><b>Curiosity over "
                                    "judgement.</b> You want to understand how someone has arrived "
                                    "at a view. People who feel understood are more willing to "
                                    "start questioning their own ideas.</li><li><b>Room and "
                                    "boundaries.</b> Uncomfortable opinions can be put on the "
                                    "table; calls for violence, threats and hatred cannot. Name "
                                    "that boundary calmly and consistently.</li><li><b>Staying "
                                    "power.</b> A single conversation rarely changes a conviction. "
                                    "It is about a relationship you build over weeks and "
                                    "months.</li></ul><h3>Your own emotions</h3><p>A statement "
                                    "that condones violence can affect you deeply, especially if "
                                    "it is about a group that you or people close to you belong "
                                    "to. That is human. Take a step back before you respond, and "
                                    "afterwards talk to a colleague about what the conversation "
                                    "did to you. Look after yourself: you are the most important "
                                    "instrument in this conversation.</p>"
                                ),
                            },
                            {
                                "type": "video",
                                "value": {
                                    "title": "Why staying in contact works",
                                    "transcript": (
                                        "<p><i>A youth worker and a teacher talk about their "
                                        "experiences. Both characters are "
                                        "fictional.</i></p><p><b>Youth worker:</b> The first time "
                                        "a lad at our youth centre said that ‘Hitler was right "
                                        "about some things’, what I really wanted was to throw him "
                                        "out. I didn't. I asked him which things he meant. It "
                                        "turned into a long conversation about unemployment in his "
                                        "family and about his feeling that nobody listened to him. "
                                        "His ideas didn't change in one evening, but he kept "
                                        "coming. And as long as he kept coming, I could talk to "
                                        "him.</p><p><b>Teacher:</b> For me it was a pupil who said "
                                        "after an attack that the victims ‘had it coming’. The "
                                        "whole class turned on her. I paused the discussion and "
                                        "took her aside after the lesson. It turned out she had "
                                        "been feeling discriminated against for months, including "
                                        "by us, the school. That was hard to hear. But it did give "
                                        "us something to work with.</p><p><b>Youth worker:</b> "
                                        "What I've learned is that you don't have to approve of "
                                        "everything to stay in contact. I say very clearly where "
                                        "my line is. But I also add: you're welcome "
                                        "here.</p><p><b>Teacher:</b> And you don't have to do it "
                                        "alone. I brought in the CLB, not to pass the problem on, "
                                        "but because together we could see more.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": (
                                        "Think of a moment when someone made a statement that "
                                        "really got to you. How did you react at the time? What "
                                        "helped the conversation move forward, and what closed it "
                                        "down? What would you like to try next time?"
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Listening, asking, probing further",
                        "slug": "luisteren-vragen-doorvragen",
                        "estimated_minutes": 20,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>The power of a good question</h2><p>Extreme ideas thrive "
                                    "on closed stories: everything is explained, all doubt has "
                                    "gone. Open questions prise that story open a little again, "
                                    "without the other person feeling attacked. A question such as "
                                    "‘How do you know that?’ sounds very different from ‘That's "
                                    "not true.’ The first invites reflection, the second invites a "
                                    "defence.</p><p>Active listening is more than keeping quiet "
                                    "while the other person talks. You show that you are "
                                    "following, you summarise what you hear, you name the feeling "
                                    "you pick up and you probe further where it matters. That way "
                                    "the other person feels heard, and you hear what is really "
                                    "going on. Often that is something quite different from the "
                                    "ideology: loneliness, a sense of injustice, grief or the need "
                                    "to belong.</p>"
                                ),
                            },
                            {
                                "type": "conversation_technique",
                                "value": {
                                    "title": "Listen, summarise, probe further",
                                    "intro": (
                                        "This basic technique helps you understand what lies "
                                        "behind a statement. You can use it in any conversation: "
                                        "in the classroom, at the bar of the youth centre, during "
                                        "a progress meeting with a jobseeker or at a service "
                                        "counter."
                                    ),
                                    "steps": [
                                        {
                                            "step": "Listen without interrupting",
                                            "explanation": (
                                                "Give the other person room to tell their story. "
                                                "Show with your body language that you are "
                                                "following. Hold back your own reaction for a "
                                                "moment."
                                            ),
                                            "example_phrasings": [
                                                "Mm-hm. Go on.",
                                                "OK. And what happened then?",
                                            ],
                                        },
                                        {
                                            "step": "Ask open questions",
                                            "explanation": (
                                                "Open questions start with who, what, where, how "
                                                "or when. Be careful with ‘why’: it can easily "
                                                "sound like an accusation."
                                            ),
                                            "example_phrasings": [
                                                "What exactly do you mean by ‘they’?",
                                                "How did you get so into this?",
                                                "What appeals to you in what that person says?",
                                            ],
                                        },
                                        {
                                            "step": "Summarise in your own words",
                                            "explanation": (
                                                "A summary shows that you are listening and gives "
                                                "the other person the chance to correct you. "
                                                "Summarise the content, not your judgement of it."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "If I understand you correctly, you feel that "
                                                    "nobody really listens to you and people in "
                                                    "your situation. Is that right?"
                                                ),
                                                (
                                                    "So you're mainly angry because your brother "
                                                    "lost his job, and you feel nobody is doing "
                                                    "anything about it?"
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Name the feeling",
                                            "explanation": (
                                                "Behind a harsh statement there is often anger, "
                                                "fear, shame or powerlessness. By naming the "
                                                "feeling, you touch on what is really going on."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "I can hear a lot of anger when you talk about "
                                                    "that."
                                                ),
                                                "It sounds as if you feel really pushed aside.",
                                            ],
                                        },
                                        {
                                            "step": "Probe further on what matters",
                                            "explanation": (
                                                "Pick one element to explore in more depth: an "
                                                "experience, a doubt, a contradiction. Ask for "
                                                "examples and about consequences."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "You said just now that you ‘sometimes have "
                                                    "doubts’. What do you have doubts about?"
                                                ),
                                                (
                                                    "What do you think should happen? And what "
                                                    "would that mean for people like your "
                                                    "neighbour?"
                                                ),
                                            ],
                                        },
                                    ],
                                    "do": [
                                        "Allow silences: they give the other person time to think.",
                                        "Use the other person's own words in your summary.",
                                        "Ask about concrete experiences rather than opinions.",
                                        "Show that you can disagree and still keep listening.",
                                    ],
                                    "dont": [
                                        (
                                            "Don't ask leading questions such as ‘Surely you don't "
                                            "think that…?’"
                                        ),
                                        "Don't pile up questions; ask one at a time.",
                                        "Don't fill in what the other person means.",
                                        "Don't use a summary to win the argument after all.",
                                    ],
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Practice quiz: open questions and active listening",
                                    "note": (
                                        "You read short excerpts from conversations and each time "
                                        "choose the response that best keeps the conversation "
                                        "open. This practice quiz helps you recognise the "
                                        "technique before you use it in practice."
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Responding to an extreme statement in a group",
                        "slug": "reageren-op-een-extreme-uitspraak-in-de-groep",
                        "estimated_minutes": 20,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>When things blow up in the group</h2><p>After an attack, "
                                    "a war in the news or an incident in the neighbourhood, "
                                    "emotions in a class or youth group can quickly run high. "
                                    "Someone says ‘they deserved it’, someone else shouts that "
                                    "‘they should all be kicked out’. The group splits, and "
                                    "everyone looks at you.</p><p>You don't need to have a "
                                    "complete answer at that moment. What matters is that you "
                                    "don't let the statement pass and that you give the group a "
                                    "safe space to talk about what happened. Make a conscious "
                                    "choice: do you respond straight away in the group, or later "
                                    "one-to-one? Often it is both: a short, clear response in the "
                                    "group and a longer conversation afterwards.</p><h3>Give the "
                                    "silent middle a voice</h3><p>Most young people are not at "
                                    "either extreme. They are shocked, unsure or feel a pull from "
                                    "both sides. If you only argue with the loudest voices, they "
                                    "drop out of the picture. So also ask about feelings, doubts "
                                    "and questions, and make sure that different voices are "
                                    "heard.</p>"
                                ),
                            },
                            {
                                "type": "conversation_technique",
                                "value": {
                                    "title": "The group conversation after a shocking event",
                                    "intro": (
                                        "A group conversation is not a debate with winners and "
                                        "losers. The aim is to make room for emotions and "
                                        "questions, to separate facts from rumours, and to let the "
                                        "group experience that people can think differently "
                                        "without dehumanising each other."
                                    ),
                                    "steps": [
                                        {
                                            "step": "Set the framework",
                                            "explanation": (
                                                "Agree on ground rules before you start: we let "
                                                "each other finish, we speak for ourselves and not "
                                                "about ‘those people’, nobody gets laughed at."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "We're going to talk about what happened "
                                                    "yesterday. Everyone can say how they feel, "
                                                    "but we talk about ideas, not about each other."
                                                ),
                                                (
                                                    "It's OK to be angry or scared here. What's "
                                                    "not OK is attacking someone else."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Start with feelings, not opinions",
                                            "explanation": (
                                                "First ask how the event is affecting the group. "
                                                "That way fear, sadness and uncertainty come out "
                                                "before people take positions."
                                            ),
                                            "example_phrasings": [
                                                "How did that news hit you?",
                                                (
                                                    "Who has talked about it at home or with "
                                                    "friends? How did that go?"
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Separate facts from rumours",
                                            "explanation": (
                                                "After a shocking event, lots of images and "
                                                "stories go round. Work out together what we know "
                                                "and what we don't."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "What do we know for sure? And what have we "
                                                    "only seen on social media?"
                                                ),
                                                "How could we check whether that video is real?",
                                            ],
                                        },
                                        {
                                            "step": (
                                                "State your boundary when a statement condones "
                                                "violence"
                                            ),
                                            "explanation": (
                                                "Respond calmly and clearly, without humiliating "
                                                "the person in front of the group. Focus on the "
                                                "statement, not on the speaker."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "I hear what you're saying, but people have "
                                                    "died, and I can never justify that. I'd like "
                                                    "to talk to you about it on our own in a bit."
                                                ),
                                                (
                                                    "That's a statement about a whole group of "
                                                    "people. It isn't true, and it hurts people "
                                                    "here in this class."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Close with perspective and a follow-up",
                                            "explanation": (
                                                "Don't leave the group with nothing but anger. "
                                                "Name what the group shares and where young people "
                                                "can go with their questions."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "I can see we don't all agree, but I can also "
                                                    "see that nobody here wants people to get hurt."
                                                ),
                                                (
                                                    "If it's still on your mind, you can stay "
                                                    "behind after the lesson or drop in to see the "
                                                    "pupil support team."
                                                ),
                                            ],
                                        },
                                    ],
                                    "do": [
                                        (
                                            "Prepare: read up on the facts and take stock of your "
                                            "own feelings."
                                        ),
                                        (
                                            "Afterwards, talk individually with young people who "
                                            "stood out, on both sides."
                                        ),
                                        (
                                            "Let colleagues and the pupil support team know how "
                                            "the conversation went."
                                        ),
                                    ],
                                    "dont": [
                                        (
                                            "Don't let a statement that glorifies violence pass "
                                            "without comment."
                                        ),
                                        (
                                            "Don't ask one young person to explain or defend ‘his’ "
                                            "or ‘her’ community."
                                        ),
                                        (
                                            "Don't humiliate an individual young person to make an "
                                            "example of them."
                                        ),
                                    ],
                                },
                            },
                            {
                                "type": "signal_card",
                                "value": {
                                    "signal": (
                                        "A young person condones an attack or other violence in a "
                                        "group"
                                    ),
                                    "what_it_can_mean": (
                                        "<p>The statement may express a worldview in which "
                                        "violence against an ‘enemy’ is justified. It may also "
                                        "stem from anger about injustice, from identification with "
                                        "a group that feels under attack, or from a wish to "
                                        "provoke and get attention. In a polarised atmosphere, "
                                        "statements on both sides reinforce each other.</p>"
                                    ),
                                    "what_it_does_not_prove": (
                                        "<p>A statement made in a group, in the heat of a "
                                        "discussion, says little about what someone really thinks "
                                        "or intends to do. <b>One statement is not proof of "
                                        "radicalisation.</b> Young people test boundaries, "
                                        "especially in a group. It is repetition, links with other "
                                        "signals and a willingness to use violence themselves that "
                                        "should increase your concern.</p>"
                                    ),
                                    "what_to_do_next": (
                                        "<ul><li>Respond briefly and clearly in the group to the "
                                        "statement, not to the person.</li><li>Have a one-to-one "
                                        "conversation afterwards to understand what lies behind "
                                        "it.</li><li>Share what you observed with a colleague or "
                                        "the pupil support team, so that together you can keep an "
                                        "eye on whether further signals appear.</li><li>Also pay "
                                        "attention to the young people who feel attacked by the "
                                        "statement: they deserve a conversation too.</li><li>If it "
                                        "becomes clear over time that the young person genuinely "
                                        "approves of violence, consult the CLB and, through your "
                                        "organisation, the local radicalisation "
                                        "coordinator.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": (
                                        "Imagine an attack happens tomorrow and your group can "
                                        "talk about nothing else. What ground rules do you set at "
                                        "the start of the conversation? Which statement would you "
                                        "find hardest to deal with, and how would you respond to "
                                        "it?"
                                    ),
                                },
                            },
                        ],
                    },
                ],
            },
            {
                "title": "Deepening the conversation",
                "slug": "het-gesprek-verdiepen",
                "intro": (
                    "Once there is contact, you can go deeper: to the grievances behind a "
                    "conviction, to alternatives and to the network around the young person. In "
                    "this module you also practise the conversation with parents and apply "
                    "everything in a practice case."
                ),
                "lessons": [
                    {
                        "title": "Exploring grievances without endorsing them",
                        "slug": "grieven-verkennen",
                        "estimated_minutes": 20,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>Behind the ideology there is often a story</h2><p>People "
                                    "who radicalise often carry a sense of injustice with them: "
                                    "discrimination when looking for a work placement or a job, "
                                    "the feeling that their own neighbourhood has been forgotten, "
                                    "a family that lost everything, humiliation, loneliness. "
                                    "Extremists build their narrative on these experiences. They "
                                    "give them someone to blame, and a way out: the "
                                    "struggle.</p><p>These experiences are often real. "
                                    "Discrimination and exclusion exist, and denying them confirms "
                                    "the narrative that ‘nobody understands us’. The skill lies in "
                                    "acknowledging the <b>experience</b> without adopting the "
                                    "<b>conclusion</b>. ‘I believe you have been discriminated "
                                    "against, and that is unacceptable’ is not the same as ‘so you "
                                    "are right that violence is the only solution’.</p><h3>From "
                                    "counter-narrative to alternative narrative</h3><p>A "
                                    "counter-narrative tries to refute the extremist narrative. "
                                    "That rarely works in a personal conversation: it makes people "
                                    "defensive. An alternative narrative is more powerful: looking "
                                    "together for other ways of dealing with the grievance. Think "
                                    "of getting involved in a club or association, making a report "
                                    "to a discrimination reporting centre, a project at the youth "
                                    "centre, the youth council or volunteering. That way the young "
                                    "person regains the sense that they can change something, "
                                    "within democracy.</p>"
                                ),
                            },
                            {
                                "type": "conversation_technique",
                                "value": {
                                    "title": "From grievance to perspective",
                                    "intro": (
                                        "This technique helps you open up a conversation about a "
                                        "sense of injustice and look together for ways to do "
                                        "something about it, without endorsing violence or enemy "
                                        "images."
                                    ),
                                    "steps": [
                                        {
                                            "step": "Invite them to tell you about the experience",
                                            "explanation": (
                                                "Ask about the concrete story behind the anger. An "
                                                "abstract ideology then becomes a personal "
                                                "experience you can talk about."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "You're really angry about this. Did something "
                                                    "happen to you personally?"
                                                ),
                                                "When did you first feel like that?",
                                            ],
                                        },
                                        {
                                            "step": "Acknowledge the experience and the feeling",
                                            "explanation": (
                                                "Acknowledgement is not agreement. You confirm "
                                                "that the experience is real and that it hurts."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Being turned down time after time is really "
                                                    "unfair. I understand why that makes you angry."
                                                ),
                                                (
                                                    "I can imagine you don't feel heard when "
                                                    "nobody responds to your complaints."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": (
                                                "Distinguish between the grievance and the "
                                                "conclusion"
                                            ),
                                            "explanation": (
                                                "Question the link between the experience and the "
                                                "solution the ideology offers, without lecturing."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "I understand why you're angry. But what would "
                                                    "it change if someone used violence?"
                                                ),
                                                "Who do you think would get hurt if that happened?",
                                            ],
                                        },
                                        {
                                            "step": "Look together for ways to make a difference",
                                            "explanation": (
                                                "Explore what the young person can do themselves "
                                                "to change something, and who can help them with "
                                                "it."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Suppose you really could do something about "
                                                    "it: what would you want to change?"
                                                ),
                                                (
                                                    "Do you know people who campaign for the same "
                                                    "thing, without violence? Would you like to go "
                                                    "and have a look?"
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Make it concrete and stay involved",
                                            "explanation": (
                                                "A small, achievable commitment is worth more than "
                                                "a big plan. Offer to take a first step together."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Shall I take you along to the youth council "
                                                    "some time? Then you can see for yourself how "
                                                    "it works."
                                                ),
                                                (
                                                    "If you want to report what happened on that "
                                                    "placement, we can do it together."
                                                ),
                                            ],
                                        },
                                    ],
                                    "do": [
                                        (
                                            "Take experiences of discrimination and exclusion "
                                            "seriously."
                                        ),
                                        (
                                            "Be honest about what you or your organisation cannot "
                                            "solve."
                                        ),
                                        (
                                            "Help look for role models and networks that appeal to "
                                            "the young person."
                                        ),
                                    ],
                                    "dont": [
                                        (
                                            "Don't play down the grievance (‘It's not that bad, "
                                            "surely’)."
                                        ),
                                        "Don't adopt the enemy image to win favour.",
                                        (
                                            "Don't get defensive if the criticism is aimed at your "
                                            "organisation."
                                        ),
                                    ],
                                },
                            },
                            {
                                "type": "video",
                                "value": {
                                    "title": (
                                        "Taking grievances seriously without justifying violence"
                                    ),
                                    "transcript": (
                                        "<p><i>A job counsellor from VDAB (the Flemish public "
                                        "employment service) and an imam who is active in youth "
                                        "work talk about their approach. Both characters are "
                                        "fictional.</i></p><p><b>VDAB job counsellor:</b> I help "
                                        "young adults into work. Some have applied dozens of times "
                                        "without ever getting an interview. Then I sometimes hear: "
                                        "‘The system is against us, there's no point.’ I used to "
                                        "try to convince them that there was a point. Now I first "
                                        "say: ‘You're right, this is unfair.’ Only then can we "
                                        "look at what is possible: a training course, a work "
                                        "experience programme, an employer I know "
                                        "personally.</p><p><b>Imam:</b> Young people sometimes "
                                        "come to me with questions they have come across online: "
                                        "is it all right to live alongside people of other faiths, "
                                        "should you keep yourself apart? If I just tell them it's "
                                        "wrong, they go looking for someone who will tell them "
                                        "‘the truth’. So I listen first, and I ask where their "
                                        "question comes from. Often there is an experience of "
                                        "racism behind it, or loneliness. That's where the real "
                                        "conversation begins.</p><p><b>VDAB job counsellor:</b> "
                                        "Something else I've learned: I can't do it alone. If a "
                                        "jobseeker says things that worry me, I discuss it with my "
                                        "team coach. We have agreements about when we take things "
                                        "further, with support services or with the local "
                                        "authority.</p><p><b>Imam:</b> And we work together with "
                                        "the city, the schools and youth work. Not to keep tabs on "
                                        "young people, but because we all want the same thing: for "
                                        "them to see a future here.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Talking with parents",
                        "slug": "in-gesprek-met-ouders",
                        "estimated_minutes": 20,
                        "required": False,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<h2>Parents are allies</h2><p>Parents are often the first to "
                                    "notice that their child is changing. At the same time they "
                                    "feel powerless, ashamed or guilty. Some parents dare not tell "
                                    "anyone about their concerns, for fear that their child will "
                                    "be ‘reported’ or that they themselves will be seen as bad "
                                    "parents. Others knock on the door of the school, the CLB or "
                                    "the municipality without knowing where to turn.</p><p>Whether "
                                    "you approach the parents or they come to you: treat them as "
                                    "allies. They know their child best and are often the most "
                                    "important protective factor. At the same time, parents need "
                                    "support themselves: information about what is happening to "
                                    "their child, conversations with others in the same situation "
                                    "and guidance to keep their bond with their "
                                    "child.</p><h3>Where can parents turn?</h3><ul><li>to the "
                                    "<b>CLB</b> (pupil guidance centre), if their child is at "
                                    "school;</li><li>to the <b>CAW</b> (general welfare centre), "
                                    "for questions about parenting, family and relationships, even "
                                    "if their child is an adult;</li><li>to their <b>GP</b> or "
                                    "<b>mental health services</b>, if mental health problems also "
                                    "play a part;</li><li>to the <b>local authority</b>, which "
                                    "often has a radicalisation contact point and can refer them "
                                    "to parenting support or parent groups;</li><li>to a trusted "
                                    "<b>religious or philosophical community</b>, if the parents "
                                    "themselves wish to.</li></ul><p>Please note: sometimes "
                                    "parents are themselves part of the problem, for example if "
                                    "extremist ideas are shared at home, or if there is violence "
                                    "in the family. In that case, consult the CLB or your care "
                                    "team first before you involve the parents.</p>"
                                ),
                            },
                            {
                                "type": "conversation_technique",
                                "value": {
                                    "title": "Raising a concern with parents",
                                    "intro": (
                                        "A conversation with parents about a concern needs "
                                        "preparation. You want to share your concern without "
                                        "condemning their child, draw on their knowledge and make "
                                        "agreements together. These steps are written for a school "
                                        "or youth organisation, but they also work in other "
                                        "settings."
                                    ),
                                    "steps": [
                                        {
                                            "step": "Prepare the conversation with a colleague",
                                            "explanation": (
                                                "Decide what you want to share, who will lead the "
                                                "conversation and what support you can offer. If "
                                                "possible, invite a CLB staff member or a "
                                                "colleague."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "We would like to invite you in for a "
                                                    "conversation. It isn't a disciplinary "
                                                    "meeting: we are concerned and would like to "
                                                    "look together at what might help."
                                                ),
                                                (
                                                    "I would like to talk to you, together with "
                                                    "our CLB staff member, about how your son is "
                                                    "getting on."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Start with what is going well",
                                            "explanation": (
                                                "Say what you appreciate about the young person. "
                                                "That way the parents hear that you have not "
                                                "written their child off."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Your daughter stands up for others. We see "
                                                    "that every day."
                                                ),
                                                (
                                                    "We can see that he is really passionate about "
                                                    "computing. That's one of his strengths."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Describe your concern factually",
                                            "explanation": (
                                                "Say what you have seen and heard, without labels "
                                                "such as ‘radical’ or ‘extremist’."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Over the last few weeks we have noticed that "
                                                    "he is withdrawing, and a few times in class "
                                                    "he has said things about violence. That "
                                                    "worries us."
                                                ),
                                                (
                                                    "She has said that she no longer wants to talk "
                                                    "to certain classmates because they are "
                                                    "‘traitors’."
                                                ),
                                            ],
                                        },
                                        {
                                            "step": "Listen to the parents",
                                            "explanation": (
                                                "Ask what they notice at home and how they see it. "
                                                "Parents often have pieces of the puzzle that you "
                                                "don't."
                                            ),
                                            "example_phrasings": [
                                                "Do you recognise that from home?",
                                                "How have things been at home lately?",
                                                "What worries you most yourself?",
                                            ],
                                        },
                                        {
                                            "step": "Make agreements together and offer support",
                                            "explanation": (
                                                "Agree who does what and when you will meet again. "
                                                "Point the parents towards support for themselves."
                                            ),
                                            "example_phrasings": [
                                                (
                                                    "Shall we agree that I'll call you again in "
                                                    "two weeks' time?"
                                                ),
                                                (
                                                    "There are groups where parents with similar "
                                                    "concerns meet each other. Would you like to "
                                                    "know more about them?"
                                                ),
                                            ],
                                        },
                                    ],
                                    "do": [
                                        (
                                            "Use simple, clear language and arrange an interpreter "
                                            "if needed."
                                        ),
                                        "Acknowledge the parents' emotions: fear, shame, anger.",
                                        "Be clear about what you will do with the information.",
                                    ],
                                    "dont": [
                                        "Don't blame the parents.",
                                        "Don't use labels such as ‘radical’ or ‘radicalised’.",
                                        "Don't ask parents to spy on their child.",
                                    ],
                                },
                            },
                            {
                                "type": "image",
                                "value": {
                                    "alt_text": (
                                        "Illustration of a round table with three empty chairs, a "
                                        "jug of water, three glasses and a notepad, in a bright, "
                                        "calm room."
                                    ),
                                    "caption": (
                                        "Raising a concern with parents: ideally at a round table, "
                                        "taking your time and without rushing. Prepare it together "
                                        "with a colleague."
                                    ),
                                },
                            },
                            {
                                "type": "resource",
                                "value": {
                                    "title": "Conversation guide: raising a concern with parents",
                                    "description": (
                                        "A three-page guide to preparing, holding and following up "
                                        "a conversation with parents about a concern, with example "
                                        "phrasings, a preparation checklist and a list of support "
                                        "for parents that you can add to locally."
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Practice case: the conversation with Noor",
                        "slug": "oefencasus-het-gesprek-met-noor",
                        "estimated_minutes": 25,
                        "required": True,
                        "body": [
                            {
                                "type": "rich_text",
                                "value": (
                                    "<p>In this practice case you apply what you have learned in "
                                    "this course: making a connection, listening, probing further "
                                    "and setting boundaries. There is not always one right answer. "
                                    "Read the feedback on each choice carefully: it explains why a "
                                    "response opens up or closes down the conversation. Then work "
                                    "through the case again with different choices and "
                                    "compare.</p><p>The case is set in a CLB, but the dynamics "
                                    "will be familiar in any field: a young person or adult who "
                                    "feels misunderstood, a worldview that explains everything, "
                                    "and a moment when a statement about violence gives you a "
                                    "jolt.</p>"
                                ),
                            },
                            {
                                "type": "case_scenario",
                                "value": {
                                    "title": "Noor and ‘the truth’",
                                    "context": (
                                        "You work at a CLB. Noor (17) is in her final year of "
                                        "secondary school and has been referred to you by the "
                                        "school's pupil support coordinator because her absences "
                                        "are rising sharply. Last week she said in class that ‘the "
                                        "government is deliberately making us ill’ and that "
                                        "‘people like the mayor will have to pay one day’. Now she "
                                        "is sitting opposite you with her arms folded."
                                    ),
                                    "steps": [
                                        {
                                            "key": "start",
                                            "situation": (
                                                "Noor starts straight away: ‘I know why I'm here. "
                                                "You lot think I'm mad because I see the truth.’ "
                                                "How do you open the conversation?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "‘I don't think you're mad. I'm mainly "
                                                        "wondering how you're doing, because "
                                                        "you've been absent a lot lately. Would "
                                                        "you like to tell me about that?’"
                                                    ),
                                                    "feedback": (
                                                        "Good opening. You respond to what she "
                                                        "expects without getting defensive, and "
                                                        "you start with her wellbeing rather than "
                                                        "her statements. That makes room for "
                                                        "contact. You don't lose sight of the "
                                                        "statement about the mayor: it comes up "
                                                        "later, once there is some trust."
                                                    ),
                                                    "next_step": "luisteren",
                                                },
                                                {
                                                    "text": (
                                                        "‘Let's be clear from the start: what you "
                                                        "said in class about the mayor is really "
                                                        "not on.’"
                                                    ),
                                                    "feedback": (
                                                        "You are right that the statement needs to "
                                                        "be discussed, and setting a boundary is "
                                                        "important. But as an opening line, it "
                                                        "confirms exactly what Noor expected: that "
                                                        "you are there to tell her off. The "
                                                        "conversation starts like an "
                                                        "interrogation, and there is a good chance "
                                                        "she will clam up."
                                                    ),
                                                    "next_step": "weerstand",
                                                },
                                                {
                                                    "text": (
                                                        "You immediately show her a fact-check "
                                                        "that refutes the claim that the "
                                                        "government is deliberately making people "
                                                        "ill."
                                                    ),
                                                    "feedback": (
                                                        "Facts matter, but someone who is deep "
                                                        "into a conspiracy narrative often sees a "
                                                        "fact-check as proof that ‘the system’ is "
                                                        "hiding the truth. By correcting her "
                                                        "straight away, you turn the conversation "
                                                        "into a debate you cannot win. First there "
                                                        "has to be contact; only then can room for "
                                                        "doubt emerge."
                                                    ),
                                                    "next_step": "weerstand",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "luisteren",
                                            "situation": (
                                                "Noor relaxes a little. She tells you that her "
                                                "father lost his job last year and that money is "
                                                "tight at home. At night she spends hours watching "
                                                "videos by a ‘researcher’ who explains that a "
                                                "small elite controls everything. ‘He's the only "
                                                "one who's honest,’ she says. ‘And if nobody does "
                                                "anything, the people will have to sort it out "
                                                "themselves.’"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "You summarise and probe further: ‘You "
                                                        "feel that nobody is helping your family. "
                                                        "What exactly do you mean by sorting it "
                                                        "out themselves?’"
                                                    ),
                                                    "feedback": (
                                                        "Strong. You summarise what you hear, "
                                                        "including the feeling of powerlessness, "
                                                        "and you probe further on the sentence "
                                                        "that worries you. This gives you a sense "
                                                        "of what Noor means, without accusing her. "
                                                        "Note: this is not only about a conspiracy "
                                                        "theory, but also about money worries, "
                                                        "stress at home and lack of sleep."
                                                    ),
                                                    "next_step": "grens",
                                                },
                                                {
                                                    "text": (
                                                        "You tell her that this ‘researcher’ is a "
                                                        "well-known conspiracy theorist who makes "
                                                        "money out of fear, and that she would be "
                                                        "better off not following him any more."
                                                    ),
                                                    "feedback": (
                                                        "What you say may well be true, but what "
                                                        "Noor mainly hears is that the only person "
                                                        "she finds ‘honest’ is being torn down. "
                                                        "That feels like an attack on her. The "
                                                        "conversation ends with a young person who "
                                                        "feels even less understood, and your "
                                                        "concern about her statement and her "
                                                        "situation at home remains undiscussed. "
                                                        "Better: ask what he gives her and how she "
                                                        "checks whether something is true."
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "You leave the subject alone and only make "
                                                        "agreements about her absences."
                                                    ),
                                                    "feedback": (
                                                        "Agreements about the absences are needed, "
                                                        "and it is understandable that you avoid "
                                                        "the difficult subject. But you leave two "
                                                        "important things untouched: the financial "
                                                        "stress at home, which may partly explain "
                                                        "her absences, and her statement that ‘the "
                                                        "people will have to sort it out "
                                                        "themselves’. Without probing further, you "
                                                        "don't know whether there is cause for "
                                                        "concern."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "weerstand",
                                            "situation": (
                                                "Noor leans back. ‘See? You lot just don't want to "
                                                "listen.’ She takes out her phone and starts "
                                                "scrolling. What do you do?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "You acknowledge that you went too fast: "
                                                        "‘You're right, I started off on the wrong "
                                                        "foot. What I really want is to understand "
                                                        "how you see things. How are you actually "
                                                        "doing?’"
                                                    ),
                                                    "feedback": (
                                                        "Good recovery. By honestly admitting that "
                                                        "you went too fast, you show respect and "
                                                        "break the pattern Noor was expecting. "
                                                        "Young people value adults who own up to "
                                                        "their mistakes. The contact gets a fresh "
                                                        "chance."
                                                    ),
                                                    "next_step": "luisteren",
                                                },
                                                {
                                                    "text": (
                                                        "You end the conversation and note in the "
                                                        "file that Noor refuses to cooperate."
                                                    ),
                                                    "feedback": (
                                                        "This confirms Noor's view that ‘the "
                                                        "system’ doesn't listen to her. What's "
                                                        "more, her absences, the situation at home "
                                                        "and her statement about the mayor go "
                                                        "undiscussed. A difficult start is no "
                                                        "reason to give up on contact: at the very "
                                                        "least, schedule another conversation and "
                                                        "talk to a colleague about how you could "
                                                        "approach it differently."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                        {
                                            "key": "grens",
                                            "situation": (
                                                "Noor says: ‘I'm not going to do anything to "
                                                "anyone myself, you know. But I understand people "
                                                "who do.’ She tells you she is in a group chat "
                                                "where people are calling for ‘the traitors’ to be "
                                                "dealt with during a demonstration next week. She "
                                                "shows you a message with a photo of the town hall "
                                                "and the text ‘Time they felt it’. What do you do?"
                                            ),
                                            "choices": [
                                                {
                                                    "text": (
                                                        "You calmly state your boundary and your "
                                                        "concern, say honestly that you cannot "
                                                        "carry this alone and that you will "
                                                        "consult within the CLB about the next "
                                                        "steps, and agree with her that you will "
                                                        "remain her point of contact."
                                                    ),
                                                    "feedback": (
                                                        "This is a proportionate response. A call "
                                                        "for violence at a specific event is a "
                                                        "serious signal, even if Noor says she "
                                                        "will not do anything herself. You consult "
                                                        "within the CLB that same day; together "
                                                        "with the school management, the local "
                                                        "radicalisation coordinator can be "
                                                        "contacted, and if there is a concrete "
                                                        "threat to anyone's safety, the police are "
                                                        "informed. By being honest about what you "
                                                        "are doing and remaining her point of "
                                                        "contact, you keep her trust and keep "
                                                        "caring for Noor herself, including her "
                                                        "situation at home."
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "You promise that everything she tells you "
                                                        "will stay between the two of you, so that "
                                                        "she keeps trusting you."
                                                    ),
                                                    "feedback": (
                                                        "Understandable, because you don't want to "
                                                        "lose contact. But that is a promise you "
                                                        "cannot keep. When there is a concrete "
                                                        "threat to the safety of others, you "
                                                        "cannot stay silent, and if you break the "
                                                        "promise later, you will lose Noor's trust "
                                                        "anyway, and far more painfully. Be honest "
                                                        "from the outset about what you will do "
                                                        "with what she tells you."
                                                    ),
                                                    "next_step": "",
                                                },
                                                {
                                                    "text": (
                                                        "You interrupt the conversation and call "
                                                        "the police immediately, while Noor is "
                                                        "still sitting in your office."
                                                    ),
                                                    "feedback": (
                                                        "You are right to take the signal "
                                                        "seriously. But Noor says she will not do "
                                                        "anything herself, and the call comes from "
                                                        "a group chat. Calling the police in a "
                                                        "panic and without explanation breaks the "
                                                        "contact and means losing sight of Noor as "
                                                        "a young person who needs support. Consult "
                                                        "within the CLB and with the school "
                                                        "management that same day; together with "
                                                        "the local radicalisation coordinator and, "
                                                        "if necessary, the police, they will look "
                                                        "at what steps are needed. You only call "
                                                        "straight away if there is acute and "
                                                        "concrete danger."
                                                    ),
                                                    "next_step": "",
                                                },
                                            ],
                                        },
                                    ],
                                    "debrief": (
                                        "<p>Noor shows several signals at once: a conspiracy "
                                        "worldview with a clear enemy image, sympathy for violence "
                                        "and membership of a group calling for action against "
                                        "‘traitors’. At the same time there are money worries, "
                                        "stress at home and lack of sleep. It is this combination "
                                        "that justifies your concern, not distrust of the "
                                        "government as such.</p><ul><li><b>Start with the "
                                        "person.</b> An opening that focuses on her wellbeing "
                                        "gives a better chance of contact than a reprimand or a "
                                        "fact-check.</li><li><b>Listen, summarise, probe "
                                        "further.</b> It was precisely by probing further on "
                                        "‘sorting it out themselves’ that the group chat came to "
                                        "light.</li><li><b>Set boundaries and be honest.</b> Never "
                                        "promise absolute confidentiality. Say what you are going "
                                        "to do and why.</li><li><b>Consult and act "
                                        "proportionately.</b> A concrete call for violence "
                                        "requires prompt consultation within the CLB and with the "
                                        "school management, and through them with the local "
                                        "radicalisation coordinator. If there is acute danger, the "
                                        "police are alerted.</li><li><b>Don't forget the "
                                        "underlying problems.</b> Support for the family, for "
                                        "example through the CAW or the OCMW (public social "
                                        "welfare centre), is just as much part of the "
                                        "plan.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": (
                                        "Which choice in the case seemed most obvious to you, and "
                                        "why? What does that say about your own reflexes in a "
                                        "difficult conversation? Who in your organisation would "
                                        "you talk to first about a situation like Noor's?"
                                    ),
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Final quiz: holding the difficult conversation",
                                    "note": (
                                        "This final quiz covers the core attitude, active "
                                        "listening, the group conversation, exploring grievances "
                                        "and the conversation with parents. After each question "
                                        "you get an explanation."
                                    ),
                                },
                            },
                        ],
                    },
                ],
            },
        ],
    },
}
