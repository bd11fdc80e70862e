"""Le programme ambassadeurs en français (langue d'origine)."""

from . import callout, checklist, heading, post, reflection, text

SESSION_1 = {
    "number": 1,
    "slug": "session-1",
    "title": "Pourquoi prendre la parole ?",
    "format": "in_person",
    "duration": "3.5",
    "objectives": (
        "<ul><li>Comprendre ce qu'est un programme de collaborateurs ambassadeurs et pourquoi "
        "il fonctionne.</li><li>Identifier ce que vous, personnellement, y gagnez.</li>"
        "<li>Connaître les objectifs de communication de l'organisation.</li>"
        "<li>Comprendre la culture de LinkedIn et auditer votre profil.</li></ul>"
    ),
    "agenda": (
        "<ol><li>Tour de table : vos usages actuels des réseaux (30 min)</li>"
        "<li>Pourquoi la parole des collaborateurs compte (45 min)</li>"
        "<li>Ce que j'y gagne : atelier individuel (30 min)</li><li>Pause</li>"
        "<li>Les objectifs de communication de l'organisation (30 min)</li>"
        "<li>Audit de profil LinkedIn en binôme (60 min)</li></ol>"
    ),
    "preparation": (
        "<p>Venez avec votre ordinateur ou votre téléphone, vos identifiants LinkedIn si vous "
        "avez un compte, et deux ou trois posts que vous avez remarqués récemment, en bien ou "
        "en mal.</p>"
    ),
    "lessons": [
        {
            "key": "s1-why-advocacy",
            "slug": "pourquoi-des-ambassadeurs",
            "title": "Pourquoi des collaborateurs ambassadeurs ?",
            "summary": (
                "Ce qu'est un programme d'ambassadeurs, pourquoi la parole d'un collaborateur "
                "porte plus loin que celle d'une marque, et ce qu'il n'est pas."
            ),
            "minutes": 20,
            "body": [
                text(
                    "<p>Un <b>collaborateur ambassadeur</b> est une personne de l'organisation "
                    "qui choisit de parler de son métier, de ses projets et de son entreprise "
                    "sur ses propres réseaux sociaux, depuis son compte personnel, auprès de "
                    "son propre réseau. C'est ce que l'on appelle en anglais "
                    "<i>employee advocacy</i>.</p>"
                    "<p>Le principe est simple : les gens font davantage confiance à une "
                    "personne qu'à un logo. Un ingénieur qui explique comment son équipe a "
                    "résolu un problème, une commerciale qui raconte une rencontre client, "
                    "un technicien qui montre son atelier : ces messages sont lus, commentés "
                    "et retenus bien plus que la publication institutionnelle équivalente.</p>"
                ),
                heading("Ce que le programme est, et ce qu'il n'est pas"),
                text(
                    "<ul><li><b>Il est volontaire.</b> Personne n'est obligé d'y entrer, et "
                    "vous pouvez vous retirer à tout moment, sans avoir à vous justifier.</li>"
                    "<li><b>Il vous forme.</b> Quatre demi-journées, une charte de bonne "
                    "conduite, une ligne éditoriale construite avec un coach.</li>"
                    "<li><b>Il n'est pas un relais automatique.</b> On ne vous demandera pas "
                    "de partager mot pour mot les messages de la direction. Un ambassadeur "
                    "qui répète le discours officiel sonne faux et lasse son réseau.</li>"
                    "<li><b>Il ne vous demande pas de tout publier.</b> Publier peu mais "
                    "juste vaut mieux que publier beaucoup et sans conviction.</li></ul>"
                ),
                callout(
                    "warning",
                    "Les trois pièges classiques",
                    "<p>Les programmes d'ambassadeurs échouent presque toujours pour les mêmes "
                    "raisons : le <b>perroquet</b> (copier-coller des messages corporate sans "
                    "âme), l'<b>excès de zèle</b> (publier tout, tout le temps, et saturer son "
                    "réseau) et l'<b>essoufflement</b> (beaucoup d'enthousiasme au lancement, "
                    "plus rien trois semaines après). Tout ce programme est conçu pour les "
                    "éviter.</p>",
                ),
                post(
                    "linkedin",
                    "Camille Durand",
                    "Chargée d'affaires",
                    "Ce matin, un client m'a dit : « Vous êtes les seuls à nous avoir rappelés "
                    "après la livraison. »\n\nCe n'était pas un geste commercial. C'est "
                    "juste que dans notre équipe, on considère qu'un projet n'est pas fini "
                    "tant que le client ne s'en sert pas vraiment.\n\nEt vous, à quel moment "
                    "considérez-vous qu'un projet est terminé ?",
                    "#relationclient #métier",
                    "Une anecdote vécue, un point de vue personnel, une question ouverte : "
                    "l'organisation est présente sans que le post devienne une publicité.",
                ),
                reflection(
                    "Pensez à une publication d'un collègue ou d'un inconnu qui vous a donné "
                    "une meilleure image de son entreprise. Qu'est-ce qui la rendait crédible ?",
                    "Quelques lignes suffisent. Vous retrouverez votre réponse ici, et votre "
                    "coach pourra la lire pour préparer votre séance individuelle.",
                ),
            ],
        },
        {
            "key": "s1-whats-in-it",
            "slug": "ce-que-vous-y-gagnez",
            "title": "Ce que vous y gagnez",
            "summary": (
                "Vous publiez depuis votre compte, pour votre réseau : le programme doit "
                "d'abord vous servir. Expertise, réputation, réseau, apprentissage."
            ),
            "minutes": 25,
            "body": [
                text(
                    "<p>Vous prenez la parole en votre nom. Votre réseau est le vôtre, votre "
                    "réputation aussi. Il est donc légitime de se demander : <b>qu'est-ce que "
                    "j'y gagne ?</b> Si la réponse est « rien », le programme ne tiendra pas "
                    "trois semaines. Si elle est claire, vous publierez par envie, pas par "
                    "devoir.</p>"
                ),
                heading("Quatre bénéfices concrets"),
                text(
                    "<ol><li><b>Rendre visible votre expertise.</b> Ce que vous savez faire "
                    "est souvent invisible hors de votre équipe. Le raconter vous positionne "
                    "comme une personne de référence sur votre sujet.</li>"
                    "<li><b>Construire votre réputation professionnelle.</b> Elle vous suit "
                    "d'un poste à l'autre, et même d'une entreprise à l'autre.</li>"
                    "<li><b>Entretenir et élargir votre réseau.</b> Clients, partenaires, "
                    "anciens collègues, futurs recrutements : un réseau qui vous lit est un "
                    "réseau qui vous répond.</li>"
                    "<li><b>Apprendre.</b> Écrire oblige à clarifier sa pensée ; les "
                    "commentaires vous apportent des points de vue que vous n'auriez pas eus."
                    "</li></ol>"
                ),
                callout(
                    "tip",
                    "Le bon équilibre",
                    "<p>Un bon post d'ambassadeur sert à la fois la personne et "
                    "l'organisation. S'il ne sert que l'organisation, c'est une publicité ; "
                    "s'il ne sert que vous, c'est votre droit, mais ce n'est pas le programme. "
                    "Cherchez l'intersection : ce que vous faites, et pourquoi c'est "
                    "intéressant.</p>",
                ),
                checklist(
                    "Vos raisons de participer",
                    [
                        "Je sais sur quel sujet j'aimerais être reconnu·e.",
                        "Je sais qui j'aimerais voir lire mes publications.",
                        "J'ai une idée de ce que je veux avoir appris dans six mois.",
                        "Je sais ce que je ne veux pas publier.",
                    ],
                ),
                reflection(
                    "Dans un an, qu'aimeriez-vous que votre réseau dise de vous en lisant vos "
                    "publications ?",
                    "Écrivez-le comme une phrase que quelqu'un dirait : « C'est la personne "
                    "qui… ». Elle servira de point de départ à votre ligne éditoriale.",
                ),
            ],
        },
        {
            "key": "s1-goals",
            "slug": "objectifs-de-communication",
            "title": "Les objectifs de communication de l'organisation",
            "summary": (
                "Ce que l'organisation attend du programme, les sujets sur lesquels votre "
                "parole est précieuse, et ceux qui restent réservés."
            ),
            "minutes": 20,
            "body": [
                text(
                    "<p>L'organisation lance ce programme parce qu'elle a des objectifs de "
                    "communication que sa page officielle ne suffit pas à atteindre. Les "
                    "connaître vous aide à choisir vos sujets, sans pour autant devenir son "
                    "porte-parole.</p>"
                ),
                heading("Les objectifs les plus fréquents"),
                text(
                    "<ul><li><b>Marque employeur :</b> donner envie de rejoindre "
                    "l'organisation en montrant le travail réel et l'ambiance d'équipe.</li>"
                    "<li><b>Expertise :</b> montrer la compétence des équipes sur leurs "
                    "métiers.</li><li><b>Relation client :</b> rendre les équipes "
                    "accessibles et humaines.</li><li><b>Notoriété locale ou "
                    "sectorielle :</b> être cité, reconnu dans son écosystème.</li></ul>"
                    "<p>Votre formateur présente pendant la séance les objectifs retenus "
                    "par votre organisation et les trois ou quatre thèmes prioritaires de "
                    "l'année.</p>"
                ),
                callout(
                    "warning",
                    "Les sujets réservés",
                    "<p>Résultats financiers non publiés, négociations en cours, "
                    "réorganisations, incidents, contentieux : ces sujets relèvent de la "
                    "communication officielle. La charte de bonne conduite (séance 2) les "
                    "précise.</p>",
                ),
                callout(
                    "example",
                    "Un objectif, plusieurs angles",
                    "<p>Objectif « recrutement de techniciens » : un technicien peut montrer "
                    "une intervention difficile, une manager parler de l'intégration des "
                    "nouveaux, une RH expliquer l'alternance. Trois voix, trois angles, un "
                    "même objectif, et aucun ne ressemble à une offre d'emploi.</p>",
                ),
                reflection(
                    "Parmi les objectifs présentés, lequel rejoint le mieux ce que vous vivez "
                    "au quotidien ? Donnez un exemple de situation que vous pourriez raconter.",
                ),
            ],
        },
        {
            "key": "s1-linkedin-profile",
            "slug": "culture-linkedin-et-profil",
            "title": "La culture LinkedIn et l'audit de votre profil",
            "summary": (
                "Les codes de LinkedIn, ce que l'algorithme favorise, et une grille pour "
                "auditer votre profil avant de publier."
            ),
            "minutes": 35,
            "body": [
                text(
                    "<p>LinkedIn est le réseau principal du programme. C'est un réseau "
                    "professionnel, mais pas un réseau formel : on y lit des récits, des "
                    "opinions, des retours d'expérience. Les publications qui fonctionnent "
                    "parlent à la première personne et donnent quelque chose au lecteur : "
                    "une idée, une leçon, un sourire.</p>"
                ),
                heading("Ce que LinkedIn favorise"),
                text(
                    "<ul><li>Les <b>conversations</b> : un post qui suscite des commentaires "
                    "dans la première heure est montré à davantage de personnes.</li>"
                    "<li>Le <b>texte natif</b> et les images ; les liens externes sont moins "
                    "diffusés (mettez-les en commentaire si besoin).</li>"
                    "<li>La <b>régularité</b> plutôt que l'intensité.</li>"
                    "<li>Les <b>profils complets</b> : on clique sur votre nom avant de "
                    "décider de vous suivre.</li></ul>"
                ),
                checklist(
                    "Audit de votre profil",
                    [
                        "Photo nette, visage visible, lumière naturelle.",
                        "Titre qui dit ce que vous faites pour qui, pas seulement votre poste.",
                        "Bannière qui évoque votre métier ou votre organisation.",
                        "Section « Infos » de quelques lignes, à la première personne.",
                        "Expérience actuelle à jour, avec une phrase sur vos missions.",
                        "Trois compétences clés en tête de liste.",
                        "Paramètres de visibilité vérifiés (qui voit vos relations, vos posts).",
                    ],
                ),
                post(
                    "linkedin",
                    "Hugo Petit",
                    "Ingénieur R&D · Je rends les capteurs industriels plus sobres",
                    "Avant : « Ingénieur R&D chez Démo Industries ».\nAprès : « Je rends les "
                    "capteurs industriels plus sobres ».\n\nMême poste. Mais la deuxième "
                    "version dit à quoi je sers. Trois personnes m'ont écrit cette semaine "
                    "pour en parler.",
                    "#profil #ingénierie",
                    "Un exemple de titre de profil orienté bénéfice, et un post court qui "
                    "partage l'expérience de l'audit lui-même.",
                ),
                reflection(
                    "Réécrivez votre titre de profil LinkedIn en une phrase : ce que vous "
                    "faites, pour qui, et pourquoi c'est utile.",
                    "Vous pourrez le retravailler avec votre coach à la séance 3.",
                ),
            ],
        },
    ],
}

SESSION_2 = {
    "number": 2,
    "slug": "session-2",
    "title": "Publier en confiance : la charte et les risques",
    "format": "remote",
    "duration": "3.5",
    "objectives": (
        "<ul><li>Comprendre et signer la charte de bonne conduite de l'organisation.</li>"
        "<li>Reconnaître les principaux risques d'une prise de parole en ligne.</li>"
        "<li>Savoir décider, face à une situation réelle, s'il faut publier ou non.</li></ul>"
    ),
    "agenda": (
        "<ol><li>Retour sur vos premières observations (20 min)</li>"
        "<li>La charte, article par article (60 min)</li><li>Pause</li>"
        "<li>Les risques et comment les éviter (40 min)</li>"
        "<li>Publier ou pas : scénarios en sous-groupes (60 min)</li></ol>"
    ),
    "preparation": (
        "<p>Lisez la charte de bonne conduite de votre organisation avant la séance et notez "
        "vos questions. Vérifiez votre caméra et votre micro.</p>"
    ),
    "lessons": [
        {
            "key": "s2-charter",
            "slug": "la-charte-de-bonne-conduite",
            "title": "La charte de bonne conduite",
            "summary": (
                "À quoi sert la charte, ce qu'elle contient, et pourquoi la signer vous "
                "protège autant qu'elle protège l'organisation."
            ),
            "minutes": 25,
            "body": [
                text(
                    "<p>La <b>charte de bonne conduite</b> est le texte qui fixe les règles "
                    "communes à tous les ambassadeurs de l'organisation. Elle ne vous dit pas "
                    "quoi publier ; elle dit ce qu'il ne faut pas faire, et ce que "
                    "l'organisation s'engage à faire pour vous.</p>"
                ),
                heading("Ce que contient généralement la charte"),
                text(
                    "<ul><li><b>Transparence :</b> indiquer que vous travaillez pour "
                    "l'organisation quand vous en parlez.</li><li><b>Confidentialité :</b> "
                    "ne rien publier de ce qui n'est pas public (clients, chiffres, projets "
                    "en cours).</li><li><b>Respect :</b> des personnes, des concurrents, des "
                    "opinions différentes.</li><li><b>Droit à l'image :</b> l'accord des "
                    "collègues avant de les montrer ou de les citer.</li><li><b>Engagements "
                    "de l'organisation :</b> pas d'obligation de publier, pas de suivi de "
                    "vos comptes personnels, un soutien en cas de difficulté.</li></ul>"
                ),
                callout(
                    "tip",
                    "Une version, une signature",
                    "<p>La charte a des versions. Quand une nouvelle version change les "
                    "règles, on vous demande de la signer à nouveau avant de continuer à "
                    "publier au titre du programme. Vous pouvez la relire à tout moment.</p>",
                ),
                checklist(
                    "Avant de signer",
                    [
                        "J'ai lu la charte en entier.",
                        "Je sais à qui poser une question en cas de doute.",
                        "Je sais que je peux me retirer du programme à tout moment.",
                        "Je sais ce que l'organisation s'engage à faire pour moi.",
                    ],
                ),
                reflection(
                    "Quel article de la charte vous paraît le plus important pour vous, et "
                    "lequel vous pose encore question ?",
                ),
            ],
        },
        {
            "key": "s2-risks",
            "slug": "les-risques",
            "title": "Les risques d'une prise de parole en ligne",
            "summary": (
                "Confidentialité, réputation, polémiques, harcèlement, sur-exposition : "
                "reconnaître les risques pour les éviter sans renoncer à publier."
            ),
            "minutes": 30,
            "body": [
                text(
                    "<p>Publier en ligne, c'est accepter d'être lu par des personnes que "
                    "vous ne connaissez pas, aujourd'hui et dans plusieurs années. Les "
                    "risques sont réels mais connus, et la plupart s'évitent avec quelques "
                    "réflexes.</p>"
                ),
                heading("Cinq familles de risques"),
                text(
                    "<ol><li><b>La fuite d'information :</b> une photo de bureau avec un "
                    "écran lisible, le nom d'un client sans son accord, un chiffre non "
                    "publié.</li><li><b>La polémique :</b> une opinion tranchée sur un sujet "
                    "sensible, associée au nom de l'organisation.</li><li><b>Le "
                    "harcèlement :</b> des commentaires hostiles, parfois organisés.</li>"
                    "<li><b>La sur-exposition :</b> publier trop, sur tout, jusqu'à lasser "
                    "votre réseau et vous épuiser.</li><li><b>La confusion des rôles :</b> "
                    "être perçu comme porte-parole officiel alors que vous parlez en votre "
                    "nom.</li></ol>"
                ),
                callout(
                    "warning",
                    "X (ex-Twitter)",
                    "<p>Le programme ne vous encourage pas à porter les sujets de "
                    "l'organisation sur X. Les échanges y sont courts, souvent conflictuels, "
                    "et une phrase sortie de son contexte y circule très vite. Si vous y "
                    "êtes actif, soyez particulièrement prudent.</p>",
                ),
                callout(
                    "tip",
                    "En cas de commentaire hostile",
                    "<p>Ne répondez pas à chaud. Une réponse courte et factuelle, ou pas de "
                    "réponse du tout, vaut mieux qu'un échange public. Signalez les "
                    "commentaires insultants et prévenez votre référent : la charte prévoit "
                    "un soutien.</p>",
                ),
                reflection(
                    "Lequel de ces risques vous inquiète le plus pour vous-même ? Quel "
                    "réflexe allez-vous adopter pour l'éviter ?",
                ),
            ],
        },
        {
            "key": "s2-scenarios",
            "slug": "publier-ou-pas",
            "title": "Publier ou pas : scénarios",
            "summary": (
                "Des situations réalistes pour s'entraîner à décider : publier tel quel, "
                "modifier, demander, ou renoncer."
            ),
            "minutes": 35,
            "body": [
                text(
                    "<p>Face à une idée de post, posez-vous trois questions : <b>Est-ce "
                    "public ?</b> <b>Est-ce que cela respecte les personnes concernées ?</b> "
                    "<b>Est-ce que je serais à l'aise si mon manager, un client et ma famille "
                    "le lisaient ?</b> Trois oui : publiez. Un doute : modifiez ou demandez. "
                    "Un non : renoncez.</p>"
                ),
                heading("Scénario 1 : la photo d'équipe"),
                post(
                    "linkedin",
                    "Léa Garnier",
                    "Chargée de communication",
                    "Fière de cette équipe qui a bouclé le projet Atlas en avance ! Merci à "
                    "tous pour ce sprint incroyable 🎉",
                    "#équipe #projet",
                    "À modifier avant de publier : le nom de code « Atlas » n'est pas public, "
                    "et tous les collègues sur la photo ont-ils donné leur accord ? Une "
                    "version sans nom de projet, avec l'accord de chacun, est parfaite.",
                ),
                heading("Scénario 2 : le client mécontent"),
                callout(
                    "example",
                    "La situation",
                    "<p>Un client publie une critique de l'organisation et vous identifie. "
                    "Vous connaissez le dossier et pensez qu'il a tort. <b>Décision :</b> ne "
                    "répondez pas sur le fond en public. Transmettez au service concerné, et "
                    "si vous répondez, faites-le en une phrase qui propose un échange privé.</p>",
                ),
                heading("Scénario 3 : l'annonce avant l'annonce"),
                callout(
                    "example",
                    "La situation",
                    "<p>Vous apprenez en réunion que l'organisation va ouvrir un nouveau "
                    "site. C'est une excellente nouvelle. <b>Décision :</b> attendez "
                    "l'annonce officielle, puis partagez-la avec votre propre regard : ce que "
                    "ce site va changer pour votre métier.</p>",
                ),
                checklist(
                    "Les trois questions avant de publier",
                    [
                        "Est-ce une information publique ?",
                        "Les personnes concernées sont-elles d'accord ?",
                        "Serais-je à l'aise si mon manager, un client et ma famille le lisaient ?",
                    ],
                ),
                reflection(
                    "Décrivez une idée de post que vous avez eue (ou pourriez avoir) et "
                    "appliquez-lui les trois questions. Publiez-vous, modifiez-vous ou "
                    "renoncez-vous ? Pourquoi ?",
                ),
            ],
        },
    ],
}

SESSION_3 = {
    "number": 3,
    "slug": "session-3",
    "title": "Votre ligne éditoriale",
    "format": "in_person",
    "duration": "3.5",
    "objectives": (
        "<ul><li>Définir votre positionnement et vos publics.</li><li>Choisir vos piliers "
        "de contenu et votre mix.</li><li>Fixer vos formats, votre rythme et votre ton.</li>"
        "<li>Préparer la séance de coaching individuel qui validera votre ligne.</li></ul>"
    ),
    "agenda": (
        "<ol><li>La ligne éditoriale de l'organisation (30 min)</li>"
        "<li>Positionnement et publics : atelier (50 min)</li><li>Pause</li>"
        "<li>Piliers et mix de contenus (40 min)</li>"
        "<li>Formats, rythme et ton ; prise de rendez-vous de coaching (50 min)</li></ol>"
    ),
    "preparation": (
        "<p>Relisez vos réponses aux exercices des séances 1 et 2 : elles sont le point de "
        "départ de votre ligne éditoriale. Listez cinq sujets de votre métier dont vous "
        "pourriez parler pendant des heures.</p>"
    ),
    "lessons": [
        {
            "key": "s3-positioning",
            "slug": "positionnement-et-publics",
            "title": "Positionnement et publics",
            "summary": (
                "La méthode du coaching individuel commence ici : sur quoi voulez-vous être "
                "reconnu·e, et par qui ?"
            ),
            "minutes": 30,
            "body": [
                text(
                    "<p>Votre <b>ligne éditoriale</b> est votre boussole : elle dit de quoi "
                    "vous parlez, à qui, comment et à quel rythme. Elle se construit avec "
                    "votre coach, en séance individuelle, à partir de deux questions.</p>"
                ),
                heading("1. Votre positionnement"),
                text(
                    "<p>Votre positionnement tient en une phrase : <i>« Je parle de [sujet] "
                    "pour [public], parce que [ce qui me rend légitime]. »</i> Il doit être "
                    "assez précis pour qu'on vous associe à quelque chose, et assez large "
                    "pour durer : « la maintenance prédictive dans l'industrie » tient des "
                    "mois, « notre nouvelle machine » tient deux posts.</p>"
                ),
                heading("2. Vos publics"),
                text(
                    "<p>Choisissez deux ou trois publics au maximum : vos pairs, vos "
                    "clients, de futurs candidats, votre écosystème local… Pour chacun, "
                    "demandez-vous ce qu'il cherche et ce que vous pouvez lui apporter.</p>"
                ),
                callout(
                    "example",
                    "Un positionnement travaillé en coaching",
                    "<p>Premier jet : « Je parle de la vente. » Après coaching : « Je "
                    "raconte les coulisses de la relation client dans l'industrie, pour les "
                    "acheteurs et les jeunes commerciaux, parce que j'ai quinze ans de "
                    "terrain. »</p>",
                ),
                reflection(
                    "Rédigez votre phrase de positionnement : « Je parle de … pour … parce "
                    "que … ».",
                    "Votre coach la lira avant votre séance individuelle. Un premier jet "
                    "imparfait est exactement ce qu'il faut.",
                ),
            ],
        },
        {
            "key": "s3-pillars",
            "slug": "piliers-et-mix-de-contenus",
            "title": "Piliers et mix de contenus",
            "summary": (
                "Trois à cinq piliers pour ne jamais manquer d'idées, et un mix équilibré "
                "entre votre expertise, les coulisses et l'organisation."
            ),
            "minutes": 30,
            "body": [
                text(
                    "<p>Les <b>piliers</b> sont les grands thèmes récurrents de vos "
                    "publications. Avec trois à cinq piliers, vous ne partez jamais d'une "
                    "page blanche : chaque idée trouve sa place, ou n'en trouve pas, ce qui "
                    "est aussi une réponse.</p>"
                ),
                heading("Un exemple de piliers"),
                text(
                    "<ul><li><b>Mon métier</b> : astuces, erreurs fréquentes, questions de "
                    "clients.</li><li><b>Les coulisses</b> : l'équipe, les outils, une "
                    "journée type.</li><li><b>Mon secteur</b> : tendances, lectures, "
                    "événements.</li><li><b>L'organisation</b> : ses projets, ses "
                    "recrutements, vus par vous.</li></ul>"
                ),
                heading("Le mix de contenus"),
                text(
                    "<p>Un bon repère de départ : environ <b>60 %</b> de contenus liés à "
                    "votre expertise, <b>30 %</b> de coulisses et d'expérience, <b>10 %</b> "
                    "de relais de l'organisation, toujours avec votre commentaire. Votre "
                    "coach ajustera ces proportions avec vous.</p>"
                ),
                callout(
                    "warning",
                    "Le piège du relais",
                    "<p>Si la majorité de vos publications sont des partages de la page "
                    "officielle, votre réseau cessera de vous lire. Un relais n'a de valeur "
                    "que si vous y ajoutez ce que vous seul·e pouvez dire.</p>",
                ),
                checklist(
                    "Vos piliers sont bons si…",
                    [
                        "Chacun vous inspire au moins dix idées de posts.",
                        "Au moins un pilier parle de votre expertise propre.",
                        "L'organisation apparaît, sans dominer.",
                        "Vous auriez envie de lire un compte qui parle de ces sujets.",
                    ],
                ),
                reflection(
                    "Listez vos trois à cinq piliers et, pour chacun, une première idée de post.",
                ),
            ],
        },
        {
            "key": "s3-formats",
            "slug": "formats-rythme-et-ton",
            "title": "Formats, rythme et ton",
            "summary": (
                "Texte, image, carrousel, vidéo : choisir ses formats, un rythme tenable et "
                "un ton qui vous ressemble."
            ),
            "minutes": 25,
            "body": [
                heading("Les formats"),
                text(
                    "<ul><li><b>Texte seul :</b> idéal pour un récit ou une opinion ; "
                    "rapide à produire.</li><li><b>Texte et photo :</b> la photo authentique "
                    "(pas la photo de banque d'images) attire l'œil.</li><li><b>Carrousel "
                    "(document) :</b> pour une méthode en étapes ; plus long à préparer.</li>"
                    "<li><b>Vidéo courte :</b> très engageante, mais demande de l'aisance "
                    "face caméra.</li></ul>"
                ),
                heading("Le rythme"),
                text(
                    "<p>Mieux vaut <b>un post toutes les deux semaines pendant un an</b> que "
                    "trois par semaine pendant un mois. Commencez modestement : un post "
                    "toutes les deux semaines, et des commentaires chez les autres entre "
                    "deux. Vous augmenterez si l'envie est là.</p>"
                ),
                heading("Le ton"),
                text(
                    "<p>Écrivez comme vous parlez à un collègue que vous estimez : à la "
                    "première personne, avec des phrases courtes, sans jargon interne. Le "
                    "tutoiement ou le vouvoiement, l'humour ou la sobriété : choisissez, "
                    "puis restez cohérent.</p>"
                ),
                post(
                    "linkedin",
                    "Inès Roux",
                    "Responsable marketing produit",
                    "Trois choses que j'ai apprises en écoutant 40 appels clients ce "
                    "trimestre :\n\n1. Personne ne lit la fiche produit jusqu'au bout.\n2. "
                    "La question n°1 concerne l'installation, pas le prix.\n3. Les clients "
                    "les plus satisfaits sont ceux qu'on a appelés après la vente.\n\nLa "
                    "troisième m'a le plus surprise. Et vous, qu'avez-vous appris de vos "
                    "clients récemment ?",
                    "#marketing #écouteclient",
                    "Format liste, ton direct, expertise personnelle, et une question qui "
                    "invite au commentaire.",
                ),
                reflection(
                    "Quel format et quel rythme vous semblent tenables pour les trois "
                    "prochains mois ? Quels trois adjectifs décrivent le ton que vous voulez ?",
                ),
            ],
        },
    ],
}

SESSION_4 = {
    "number": 4,
    "slug": "session-4",
    "title": "Écrire, engager, mesurer",
    "format": "remote",
    "duration": "3.5",
    "objectives": (
        "<ul><li>Écrire des accroches et des récits qui donnent envie de lire.</li>"
        "<li>Engager par les commentaires.</li><li>Comprendre les spécificités de "
        "TikTok.</li><li>Mesurer sans s'obséder, et planifier vos 30 premiers jours.</li></ul>"
    ),
    "agenda": (
        "<ol><li>Accroches et storytelling : atelier d'écriture (60 min)</li>"
        "<li>L'art du commentaire (30 min)</li><li>Pause</li>"
        "<li>TikTok, un autre réseau (30 min)</li>"
        "<li>Mesurer ; vos 30 premiers jours (45 min)</li></ol>"
    ),
    "preparation": (
        "<p>Apportez deux idées de posts issues de vos piliers. Si vous souhaitez travailler "
        "TikTok, installez l'application et regardez une dizaine de vidéos de votre "
        "secteur.</p>"
    ),
    "lessons": [
        {
            "key": "s4-hooks-storytelling",
            "slug": "accroches-et-storytelling",
            "title": "Accroches et storytelling",
            "summary": (
                "Les deux premières lignes décident si l'on vous lit. Comment les écrire, "
                "et comment raconter une histoire en quelques paragraphes."
            ),
            "minutes": 30,
            "body": [
                text(
                    "<p>Sur LinkedIn, seules les deux ou trois premières lignes d'un post "
                    "sont visibles avant « …voir plus ». C'est l'<b>accroche</b>. Elle doit "
                    "donner une raison de cliquer, sans promettre ce que le post ne tient "
                    "pas.</p>"
                ),
                heading("Cinq types d'accroches"),
                text(
                    "<ul><li><b>Le chiffre :</b> « 40 appels clients, 3 leçons. »</li>"
                    "<li><b>La scène :</b> « Mardi, 7 h, l'alarme de la ligne 3 se "
                    "déclenche. »</li><li><b>L'aveu :</b> « J'ai longtemps cru que… »</li>"
                    "<li><b>La question :</b> « Quand un projet est-il vraiment fini ? »</li>"
                    "<li><b>Le contre-pied :</b> « Le meilleur conseil que j'ai reçu : "
                    "arrêter de répondre à tous les mails. »</li></ul>"
                ),
                heading("Une structure de récit simple"),
                text(
                    "<p><b>Situation</b> (où, quand, qui) → <b>difficulté</b> (ce qui a "
                    "coincé) → <b>action</b> (ce que vous avez fait) → <b>leçon</b> (ce que "
                    "vous en retenez, utile au lecteur). Quatre paragraphes courts "
                    "suffisent.</p>"
                ),
                post(
                    "linkedin",
                    "Antoine Fabre",
                    "Technico-commercial",
                    "Mardi, 7 h. Un client m'appelle : sa ligne est à l'arrêt.\n\nJ'aurais "
                    "pu lui envoyer la procédure. Je suis allé sur place avec un "
                    "technicien.\n\nLe problème a été réglé en 40 minutes. Mais ce que le "
                    "client a retenu, c'est qu'on était là à 8 h.\n\nMa leçon : dans "
                    "l'industrie, la confiance se gagne les mauvais jours.",
                    "#industrie #relationclient",
                    "Accroche « scène », structure situation-difficulté-action-leçon, et une "
                    "dernière phrase qui donne envie de commenter.",
                ),
                reflection(
                    "Écrivez trois accroches différentes (chiffre, scène, aveu…) pour une "
                    "même idée de post tirée de vos piliers.",
                ),
            ],
        },
        {
            "key": "s4-comments",
            "slug": "engager-par-les-commentaires",
            "title": "Engager par les commentaires",
            "summary": (
                "Commenter chez les autres est la façon la plus simple et la plus sous-"
                "estimée d'exister sur LinkedIn."
            ),
            "minutes": 20,
            "body": [
                text(
                    "<p>Un commentaire réfléchi sous le post d'un autre est lu par son "
                    "réseau, pas seulement par le vôtre. C'est aussi l'activité la moins "
                    "intimidante pour démarrer : vous réagissez à une idée plutôt que d'en "
                    "produire une.</p>"
                ),
                heading("Un bon commentaire"),
                text(
                    "<ul><li>Ajoute quelque chose : une expérience, une nuance, une "
                    "ressource.</li><li>Fait plus d'une ligne, mais moins de cinq.</li>"
                    "<li>Pose éventuellement une question à l'auteur.</li><li>Ne fait pas "
                    "de publicité.</li></ul>"
                ),
                callout(
                    "example",
                    "Du « Bravo ! » au vrai commentaire",
                    "<p><b>Faible :</b> « Super post, bravo ! »<br><b>Mieux :</b> « Même "
                    "constat chez nous sur l'installation : on a réduit les appels de moitié "
                    "avec une vidéo de 2 minutes. Vous l'avez testé ? »</p>",
                ),
                callout(
                    "tip",
                    "Répondre sous vos propres posts",
                    "<p>Répondez à chaque commentaire dans les premières heures. Cela "
                    "prolonge la conversation, et LinkedIn montre davantage les posts qui "
                    "vivent.</p>",
                ),
                checklist(
                    "Routine de 10 minutes, deux fois par semaine",
                    [
                        "Lire le fil et repérer trois posts de votre secteur.",
                        "Écrire un commentaire qui apporte quelque chose sur chacun.",
                        "Répondre aux commentaires reçus sur vos propres posts.",
                        "Accepter ou envoyer deux invitations personnalisées.",
                    ],
                ),
                reflection(
                    "Trouvez un post récent de votre secteur et rédigez ici le commentaire "
                    "que vous pourriez y laisser.",
                ),
            ],
        },
        {
            "key": "s4-tiktok",
            "slug": "tiktok-un-autre-reseau",
            "title": "TikTok : un autre réseau",
            "summary": (
                "TikTok n'est pas un LinkedIn en vidéo. Ses codes, ses publics, ses risques, "
                "et pour qui il a du sens."
            ),
            "minutes": 25,
            "body": [
                text(
                    "<p>TikTok est un réseau de <b>vidéos courtes</b> où l'algorithme "
                    "montre les contenus à des inconnus selon leurs centres d'intérêt, "
                    "bien plus qu'à vos abonnés. Un compte sans abonnés peut être vu par des "
                    "milliers de personnes, pour le meilleur et pour le pire.</p>"
                ),
                heading("Ce qui fonctionne sur TikTok"),
                text(
                    "<ul><li>Une accroche dans les <b>deux premières secondes</b>, à l'image "
                    "et à l'oral.</li><li>Le format vertical, filmé au téléphone, sans "
                    "excès de montage.</li><li>Montrer plutôt qu'expliquer : un geste, un "
                    "outil, un avant-après.</li><li>Les métiers peu connus, qui intriguent."
                    "</li></ul>"
                ),
                callout(
                    "warning",
                    "Des risques spécifiques",
                    "<p>Les commentaires y sont plus libres et parfois moqueurs ; une vidéo "
                    "peut être reprise et détournée. Ne filmez jamais un écran, un document "
                    "ou un collègue sans accord. TikTok demande un coaching à part : parlez-"
                    "en à votre coach avant de vous lancer.</p>",
                ),
                post(
                    "tiktok",
                    "Sam Taylor",
                    "@sam_a_l_atelier",
                    "POV : tu règles un robot de soudure au micron près 🔧\nCe qu'on ne voit "
                    "jamais : 20 minutes de calibrage pour 3 secondes de soudure.",
                    "#métier #industrie #coulisses",
                    "Un métier méconnu, montré en action, avec une accroche immédiate. Rien "
                    "de confidentiel à l'écran.",
                ),
                reflection(
                    "TikTok a-t-il du sens pour vous ? Si oui, quel geste ou quel moment de "
                    "votre métier pourriez-vous montrer en 30 secondes ?",
                ),
            ],
        },
        {
            "key": "s4-measure-30-days",
            "slug": "mesurer-et-vos-30-premiers-jours",
            "title": "Mesurer, et vos 30 premiers jours",
            "summary": (
                "Quelques indicateurs utiles, sans obsession, et un plan concret pour "
                "le premier mois après la certification."
            ),
            "minutes": 30,
            "body": [
                heading("Ce qui vaut la peine d'être mesuré"),
                text(
                    "<ul><li><b>Les commentaires</b> plus que les « j'aime » : ils "
                    "traduisent une vraie conversation.</li><li><b>Les visites de "
                    "profil</b> et les invitations reçues : votre réseau grandit-il dans la "
                    "bonne direction ?</li><li><b>Les retombées concrètes</b> : un contact "
                    "client, une candidature, une invitation à intervenir.</li></ul>"
                    "<p>Les impressions varient beaucoup d'un post à l'autre ; ne tirez pas "
                    "de conclusion d'un seul post. Regardez les tendances sur un mois.</p>"
                ),
                callout(
                    "tip",
                    "Ne pas s'essouffler",
                    "<p>L'essoufflement est le premier risque après le lancement. Les "
                    "bilans à 30, 60 et 90 jours avec votre coach sont là pour ajuster votre "
                    "rythme, pas pour vous juger.</p>",
                ),
                checklist(
                    "Vos 30 premiers jours",
                    [
                        "Semaine 1 : finaliser votre profil et publier un post de présentation.",
                        "Semaine 1 : commenter trois posts de votre secteur.",
                        "Semaine 2 : publier un post tiré de votre pilier principal.",
                        "Semaine 3 : répondre à tous les commentaires, inviter dix contacts.",
                        "Semaine 4 : publier un deuxième post, puis noter ce qui a marché.",
                        "Jour 30 : faire le point avec votre coach.",
                    ],
                ),
                post(
                    "linkedin",
                    "Camille Durand",
                    "Chargée d'affaires",
                    "Il y a un mois, je n'avais jamais publié sur LinkedIn.\n\nQuatre "
                    "posts plus tard : deux clients m'ont écrit, une étudiante m'a demandé "
                    "conseil, et j'ai compris que mon métier intéressait plus de monde que "
                    "je ne le pensais.\n\nProchain objectif : tenir le rythme, un post toutes "
                    "les deux semaines.",
                    "#premierspas",
                    "Un bilan honnête, concret, sans chiffres gonflés : un très bon post "
                    "pour clore vos 30 premiers jours.",
                ),
                reflection(
                    "Écrivez votre plan pour les 30 prochains jours : quels posts, quelles "
                    "dates, et comment saurez-vous que c'est réussi ?",
                    "Votre coach s'en servira pour le premier bilan.",
                ),
            ],
        },
    ],
}

PROGRAMME = {
    "slug": "programme",
    "title": "Le programme ambassadeurs",
    "lead": (
        "Quatre demi-journées pour apprendre à parler de votre métier et de votre "
        "organisation sur LinkedIn, avec votre propre voix."
    ),
    "intro": (
        "<p>Le programme se déroule en petit groupe de quatre à huit personnes, avec un "
        "formateur. Entre les séances, vous suivez les leçons en ligne, vous faites les "
        "exercices et vous construisez votre ligne éditoriale avec un coach.</p>"
        "<p>À la fin du parcours, vous êtes certifié·e et vous rejoignez la communauté des "
        "ambassadeurs. La participation est volontaire : vous pouvez vous retirer à tout "
        "moment.</p>"
    ),
    "sessions": [SESSION_1, SESSION_2, SESSION_3, SESSION_4],
}
