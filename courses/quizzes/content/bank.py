# ruff: noqa: E501  (prose: the sentences stay whole for translators and reviewers)
"""Questions per session, and publish-or-not scenarios that test judgement, not recall.

Helpers keep one question per few lines: `single`, `multiple`, `true_false`, `ordering`,
`free_text` and `scenario` return the dicts courses.quizzes.demo turns into rows.
"""

CATEGORIES = {
    "s1-why": ("Session 1 · Pourquoi être ambassadeur", "Session 1 · Why become an ambassador"),
    "s2-linkedin": ("Session 2 · Écrire sur LinkedIn", "Session 2 · Writing on LinkedIn"),
    "s3-charter": ("Session 3 · La charte en pratique", "Session 3 · The charter in practice"),
    "s4-line": (
        "Session 4 · Ligne éditoriale et réseaux",
        "Session 4 · Editorial line and networks",
    ),
}


def _base(kind, key, category, theme, text, explanation):
    return {
        "kind": kind,
        "key": key,
        "category": category,
        "theme": theme,
        "text": text,
        "explanation": explanation,
    }


def single(key, category, theme, text, choices, explanation):
    """`choices`: [((fr, en), is_correct), ...]."""
    return {**_base("single", key, category, theme, text, explanation), "choices": choices}


def multiple(key, category, theme, text, choices, explanation, partial=True):
    question = _base("multiple", key, category, theme, text, explanation)
    return {**question, "choices": choices, "partial_credit": partial}


def true_false(key, category, theme, text, answer, explanation):
    return {**_base("true_false", key, category, theme, text, explanation), "answer": answer}


def ordering(key, category, theme, text, items, explanation):
    """`items`: [(fr, en), ...] in the right order."""
    return {**_base("ordering", key, category, theme, text, explanation), "items": items}


def free_text(key, category, theme, text, guidance, explanation):
    return {**_base("free_text", key, category, theme, text, explanation), "guidance": guidance}


def scenario(key, category, author, network, post, hashtags, right, explanations):
    """`explanations`: {decision: ((fr, en), theme)} for publish, publish_after_changes and
    do_not_publish; `right` is the decision expected."""
    text = ("Que faites-vous de ce brouillon ?", "What do you do with this draft?")
    question = _base(
        "scenario", key, category, explanations[right][1], text, explanations[right][0]
    )
    return {
        **question,
        "author": author,
        "network": network,
        "post": post,
        "hashtags": hashtags,
        "right": right,
        "decisions": explanations,
    }


Y, N = True, False

QUESTIONS = [
    # Session 1: why, what's in it for me, voluntary participation, networks
    single(
        "s1-voluntary-refusal",
        "s1-why",
        "voluntary",
        (
            "Une collègue ne souhaite pas devenir ambassadrice. Que se passe-t-il ?",
            "A colleague does not want to become an ambassador. What happens?",
        ),
        [
            (
                (
                    "Rien : la participation est volontaire et son choix n'a aucune conséquence.",
                    "Nothing: taking part is voluntary and her choice has no consequence.",
                ),
                Y,
            ),
            (
                (
                    "Son manager lui fixe un objectif de publications.",
                    "Her manager sets her a posting target.",
                ),
                N,
            ),
            (
                (
                    "Elle doit au moins partager les posts de l'entreprise.",
                    "She must at least share the company's posts.",
                ),
                N,
            ),
        ],
        (
            "Un programme ambassadeur repose sur le volontariat : on publie depuis son compte "
            "personnel, pour son propre réseau. Une obligation tue la sincérité des prises de parole.",
            "An ambassador programme rests on volunteers: people post from their personal account, "
            "to their own network. An obligation kills the sincerity of what they say.",
        ),
    ),
    single(
        "s1-wiifm",
        "s1-why",
        "voluntary",
        (
            "Qu'est-ce qu'un ambassadeur retire d'abord de sa prise de parole ?",
            "What does an ambassador get first out of speaking up?",
        ),
        [
            (
                (
                    "La reconnaissance de son expertise et un réseau qui grandit.",
                    "Recognition of their expertise and a growing network.",
                ),
                Y,
            ),
            (("Une prime liée au nombre de likes.", "A bonus tied to the number of likes."), N),
            (
                (
                    "L'accès aux informations confidentielles.",
                    "Access to confidential information.",
                ),
                N,
            ),
        ],
        (
            "« Qu'est-ce que j'y gagne ? » : sa réputation professionnelle et son expertise. "
            "Sans ce bénéfice personnel, l'engagement s'éteint vite après le lancement.",
            '"What\'s in it for me?": a professional reputation and expertise. Without that '
            "personal benefit, commitment fades quickly after the launch.",
        ),
    ),
    true_false(
        "s1-withdraw",
        "s1-why",
        "voluntary",
        (
            "Un ambassadeur peut se retirer du programme à tout moment.",
            "An ambassador may leave the programme at any time.",
        ),
        True,
        (
            "Oui. Le retrait est libre et sans justification ; la charte le rappelle.",
            "Yes. Leaving is free and needs no reason; the charter says so.",
        ),
    ),
    single(
        "s1-main-network",
        "s1-why",
        "networks",
        (
            "Quel réseau est le terrain principal du programme ?",
            "Which network is the programme's main ground?",
        ),
        [
            (("LinkedIn", "LinkedIn"), Y),
            (("X (ex-Twitter)", "X (formerly Twitter)"), N),
            (("TikTok", "TikTok"), N),
        ],
        (
            "LinkedIn d'abord : c'est là que se joue la réputation professionnelle. TikTok "
            "demande un accompagnement propre, X est surtout un risque.",
            "LinkedIn first: that is where professional reputation is built. TikTok needs its own "
            "coaching, and X is mostly a risk.",
        ),
    ),
    multiple(
        "s1-failure-modes",
        "s1-why",
        "tone",
        (
            "Quels écueils le programme cherche-t-il à éviter ? (plusieurs réponses)",
            "Which pitfalls does the programme try to avoid? (several answers)",
        ),
        [
            (
                (
                    "Le relais sans âme des messages de l'entreprise.",
                    "Soulless relaying of company messages.",
                ),
                Y,
            ),
            (
                (
                    "Le sur-partage zélé, plusieurs posts par jour sur l'entreprise.",
                    "Zealous over-sharing, several company posts a day.",
                ),
                Y,
            ),
            (
                (
                    "Le désengagement rapide après le lancement.",
                    "Fast disengagement after the launch.",
                ),
                Y,
            ),
            (
                (
                    "Parler de son propre métier avec ses mots.",
                    "Talking about one's own job in one's own words.",
                ),
                N,
            ),
        ],
        (
            "Perroquet, sur-partage, essoufflement : trois pièges classiques. Parler de son métier "
            "avec ses mots est précisément ce qu'on recherche.",
            "Parroting, over-sharing, running out of steam: three classic traps. Talking about "
            "your job in your own words is exactly what we want.",
        ),
    ),
    ordering(
        "s1-journey",
        "s1-why",
        "transparency",
        (
            "Remettez dans l'ordre le parcours d'un ambassadeur.",
            "Put an ambassador's journey in order.",
        ),
        [
            ("Suivre les quatre sessions", "Follow the four sessions"),
            ("Signer la charte", "Sign the charter"),
            ("Faire valider sa ligne éditoriale", "Have one's editorial line validated"),
            ("Réussir le quiz final et être certifié", "Pass the final quiz and get certified"),
            ("Commencer à publier", "Start posting"),
        ],
        (
            "On publie en dernier : la formation, la charte et la ligne éditoriale viennent avant.",
            "Posting comes last: training, the charter and the editorial line come first.",
        ),
    ),
    true_false(
        "s1-personal-account",
        "s1-why",
        "accounts",
        (
            "L'ambassadeur publie depuis un compte créé et géré par l'entreprise.",
            "The ambassador posts from an account created and run by the company.",
        ),
        False,
        (
            "Non : il publie depuis son compte personnel, pour son réseau. C'est ce qui rend "
            "sa parole crédible, et c'est pourquoi le volontariat compte.",
            "No: they post from their personal account, to their network. That is what makes "
            "their voice credible, and why volunteering matters.",
        ),
    ),
    free_text(
        "s1-my-why",
        "s1-why",
        "voluntary",
        (
            "En deux ou trois phrases : qu'attendez-vous personnellement de ce programme ?",
            "In two or three sentences: what do you personally expect from this programme?",
        ),
        (
            "Attendez un bénéfice personnel concret (expertise, réseau, visibilité), pas "
            "seulement « aider l'entreprise ».",
            "Look for a concrete personal benefit (expertise, network, visibility), not only "
            '"helping the company".',
        ),
        (
            "Un ambassadeur qui sait ce qu'il y gagne tient dans la durée.",
            "An ambassador who knows what they gain keeps going.",
        ),
    ),
    # Session 2: writing on LinkedIn, own voice, rhythm
    single(
        "s2-own-words",
        "s2-linkedin",
        "tone",
        (
            "L'entreprise publie une annonce. Quelle reprise est la plus efficace ?",
            "The company publishes an announcement. Which way of relaying it works best?",
        ),
        [
            (
                (
                    "Un commentaire personnel : ce que l'annonce change pour mon équipe, avec mes mots.",
                    "A personal comment: what the news changes for my team, in my words.",
                ),
                Y,
            ),
            (("Repartager sans texte.", "Reshare with no text."), N),
            (
                (
                    "Copier le texte officiel fourni par la communication.",
                    "Copy the official text supplied by communications.",
                ),
                N,
            ),
        ],
        (
            "Un relais sans regard personnel ressemble à du perroquet et touche peu. Votre angle "
            "de métier est ce qui intéresse votre réseau.",
            "A relay without a personal view looks like parroting and reaches few. Your angle "
            "from your job is what interests your network.",
        ),
    ),
    single(
        "s2-rhythm",
        "s2-linkedin",
        "tone",
        (
            "Quel rythme de publication conseille-t-on pour durer ?",
            "Which posting rhythm is advised to last?",
        ),
        [
            (
                (
                    "Un rythme régulier et tenable, par exemple un post par semaine ou deux.",
                    "A steady, sustainable pace, for instance one post every week or two.",
                ),
                Y,
            ),
            (("Un post par jour sur l'entreprise.", "One company post a day."), N),
            (
                (
                    "Tout publier la première semaine, puis s'arrêter.",
                    "Post everything in the first week, then stop.",
                ),
                N,
            ),
        ],
        (
            "La régularité bat l'intensité : le sur-partage fatigue le réseau, et l'ambassadeur.",
            "Steadiness beats intensity: over-sharing tires the network, and the ambassador.",
        ),
    ),
    multiple(
        "s2-good-post",
        "s2-linkedin",
        "tone",
        (
            "Qu'est-ce qui rend un post LinkedIn utile à son réseau ? (plusieurs réponses)",
            "What makes a LinkedIn post useful to its network? (several answers)",
        ),
        [
            (
                (
                    "Une expérience vécue ou un apprentissage concret.",
                    "A lived experience or a concrete lesson.",
                ),
                Y,
            ),
            (
                (
                    "Une question ouverte qui invite à répondre.",
                    "An open question that invites replies.",
                ),
                Y,
            ),
            (
                (
                    "Quinze hashtags pour toucher plus de monde.",
                    "Fifteen hashtags to reach more people.",
                ),
                N,
            ),
            (("Le vocabulaire interne de l'entreprise.", "The company's internal jargon."), N),
        ],
        (
            "Du vécu, une question, quelques hashtags (trois au plus) et des mots que tout le "
            "monde comprend.",
            "Lived experience, a question, a few hashtags (three at most) and words everyone "
            "understands.",
        ),
    ),
    true_false(
        "s2-comments",
        "s2-linkedin",
        "tone",
        (
            "Commenter les posts des autres fait partie de la prise de parole.",
            "Commenting on other people's posts is part of speaking up.",
        ),
        True,
        (
            "Oui : un commentaire argumenté est souvent plus visible et plus facile qu'un post.",
            "Yes: a thoughtful comment is often more visible and easier than a post.",
        ),
    ),
    ordering(
        "s2-post-structure",
        "s2-linkedin",
        "tone",
        (
            "Ordonnez les parties d'un post LinkedIn efficace.",
            "Order the parts of an effective LinkedIn post.",
        ),
        [
            ("Une accroche en une ligne", "A one-line hook"),
            ("Le récit ou le fait concret", "The story or concrete fact"),
            ("Ce que j'en retiens", "What I take from it"),
            ("Une question au réseau", "A question to the network"),
        ],
        (
            "Accroche, récit, enseignement, ouverture : une structure simple qui laisse la place "
            "à votre voix.",
            "Hook, story, lesson, opening: a simple structure that leaves room for your voice.",
        ),
    ),
    single(
        "s2-profile",
        "s2-linkedin",
        "transparency",
        (
            "Avant de publier, que vérifier sur son profil LinkedIn ?",
            "Before posting, what should you check on your LinkedIn profile?",
        ),
        [
            (
                (
                    "Que le titre et l'expérience indiquent clairement son poste et son employeur.",
                    "That the headline and experience clearly state one's role and employer.",
                ),
                Y,
            ),
            (
                (
                    "Qu'il ne mentionne surtout pas l'employeur.",
                    "That it does not mention the employer at all.",
                ),
                N,
            ),
            (
                (
                    "Qu'il reprenne le logo de l'entreprise en photo.",
                    "That it uses the company logo as its photo.",
                ),
                N,
            ),
        ],
        (
            "Un profil clair rend le lien avec l'employeur visible : c'est une forme de "
            "transparence, et votre photo reste la vôtre.",
            "A clear profile makes the link with the employer visible: that is a form of "
            "transparency, and your photo stays yours.",
        ),
    ),
    multiple(
        "s2-parroting-signs",
        "s2-linkedin",
        "tone",
        (
            "Quels signes trahissent un post « perroquet » ? (plusieurs réponses)",
            'Which signs give away a "parrot" post? (several answers)',
        ),
        [
            (
                (
                    "Le même texte publié mot pour mot par dix collègues.",
                    "The same text posted word for word by ten colleagues.",
                ),
                Y,
            ),
            (("Un ton de communiqué de presse.", "A press-release tone."), Y),
            (("Un exemple tiré de sa propre journée.", "An example from one's own day."), N),
        ],
        (
            "Le réseau repère vite les textes identiques et le ton institutionnel.",
            "Networks quickly spot identical texts and the institutional tone.",
        ),
        partial=False,
    ),
    free_text(
        "s2-rewrite",
        "s2-linkedin",
        "tone",
        (
            "Réécrivez en deux phrases, avec votre regard, l'annonce « Notre entreprise ouvre un "
            "nouveau site à Lyon ».",
            'Rewrite in two sentences, with your own view, the announcement "Our company opens '
            'a new site in Lyon".',
        ),
        (
            "Attendez un angle personnel (mon métier, mon équipe, une anecdote) et pas de "
            "reprise mot pour mot.",
            "Look for a personal angle (my job, my team, an anecdote) and no word-for-word copy.",
        ),
        (
            "Un regard personnel transforme une annonce en conversation.",
            "A personal view turns an announcement into a conversation.",
        ),
    ),
    # Session 3: the charter in practice
    true_false(
        "s3-disclosure",
        "s3-charter",
        "disclosure",
        (
            "Quand je parle d'un produit de mon employeur, je dois indiquer que j'y travaille.",
            "When I talk about my employer's product, I must say that I work there.",
        ),
        True,
        (
            "Oui : le lien avec l'employeur doit être visible (mention, profil, hashtag clair). "
            "Le cacher tromperait le lecteur.",
            "Yes: the link with the employer must be visible (a mention, the profile, a clear "
            "hashtag). Hiding it would mislead the reader.",
        ),
    ),
    single(
        "s3-client-name",
        "s3-charter",
        "confidentiality",
        (
            "Vous venez de signer un gros client, pas encore annoncé. Que pouvez-vous publier ?",
            "You have just won a big client, not yet announced. What may you post?",
        ),
        [
            (
                (
                    "Rien sur ce client tant que l'annonce officielle n'est pas faite.",
                    "Nothing about this client until the official announcement.",
                ),
                Y,
            ),
            (
                (
                    "Son nom, puisque le contrat est signé.",
                    "Its name, since the contract is signed.",
                ),
                N,
            ),
            (("Un indice assez clair pour qu'on devine.", "A hint clear enough to guess."), N),
        ],
        (
            "Contrats, clients, chiffres non publiés : confidentiels jusqu'à l'annonce. Un indice "
            "transparent vaut une divulgation.",
            "Contracts, clients, unpublished figures: confidential until announced. A see-through "
            "hint is a disclosure.",
        ),
    ),
    multiple(
        "s3-confidential",
        "s3-charter",
        "confidentiality",
        (
            "Lesquelles de ces informations sont confidentielles ? (plusieurs réponses)",
            "Which of these are confidential? (several answers)",
        ),
        [
            (
                (
                    "Le chiffre d'affaires du trimestre avant sa publication.",
                    "The quarter's revenue before it is published.",
                ),
                Y,
            ),
            (
                (
                    "Une photo d'écran montrant un tableau de bord interne.",
                    "A screenshot showing an internal dashboard.",
                ),
                Y,
            ),
            (
                (
                    "Le nom d'un candidat en cours de recrutement.",
                    "The name of a candidate being recruited.",
                ),
                Y,
            ),
            (
                (
                    "Une offre d'emploi déjà publiée sur le site carrières.",
                    "A job offer already on the careers site.",
                ),
                N,
            ),
        ],
        (
            "Ce qui n'est pas public le reste, y compris ce qu'on aperçoit à l'arrière-plan "
            "d'une photo.",
            "What is not public stays private, including what shows in a photo's background.",
        ),
    ),
    single(
        "s3-image-rights",
        "s3-charter",
        "image_rights",
        (
            "Vous voulez publier une photo de votre équipe en atelier. Que faites-vous d'abord ?",
            "You want to post a photo of your team at a workshop. What do you do first?",
        ),
        [
            (
                (
                    "Je demande l'accord de chaque personne reconnaissable.",
                    "I ask every recognisable person for their consent.",
                ),
                Y,
            ),
            (("Je publie : c'est une photo de travail.", "I post it: it is a work photo."), N),
            (("Je floute seulement le manager.", "I blur only the manager."), N),
        ],
        (
            "Le droit à l'image appartient à chacun : sans accord, pas de photo reconnaissable.",
            "Everyone owns their image: without consent, no recognisable photo.",
        ),
    ),
    ordering(
        "s3-crisis-steps",
        "s3-charter",
        "crisis",
        (
            "Un post critique sur votre entreprise devient viral. Ordonnez vos réflexes.",
            "A post criticising your company goes viral. Order your reflexes.",
        ),
        [
            ("Ne pas répondre à chaud", "Do not reply in the heat of the moment"),
            ("Prévenir la communication", "Alert the communications team"),
            ("Attendre la position officielle", "Wait for the official position"),
            ("Relayer cette position si je le souhaite", "Relay that position if I wish"),
        ],
        (
            "En crise, l'ambassadeur ne porte pas la parole officielle : il alerte, attend, "
            "et reste libre de relayer.",
            "In a crisis, the ambassador is not the official voice: they alert, wait, and remain "
            "free to relay.",
        ),
    ),
    true_false(
        "s3-tone-reply",
        "s3-charter",
        "tone",
        (
            "Face à un commentaire agressif, il vaut mieux répondre sur le même ton pour défendre "
            "l'entreprise.",
            "Faced with an aggressive comment, it is best to answer in the same tone to defend "
            "the company.",
        ),
        False,
        (
            "Non : restez courtois ou ne répondez pas, et signalez à la communication si besoin.",
            "No: stay courteous or do not answer, and tell communications if needed.",
        ),
    ),
    single(
        "s3-official-account",
        "s3-charter",
        "accounts",
        ("Qui peut parler au nom de l'entreprise ?", "Who may speak on the company's behalf?"),
        [
            (
                (
                    "Les comptes officiels et les porte-parole désignés.",
                    "The official accounts and appointed spokespeople.",
                ),
                Y,
            ),
            (("Tout ambassadeur certifié.", "Any certified ambassador."), N),
            (
                (
                    "Tout salarié ayant plus de mille abonnés.",
                    "Any employee with more than a thousand followers.",
                ),
                N,
            ),
        ],
        (
            "L'ambassadeur parle en son nom, de son métier. Il ne s'exprime pas au nom de "
            "l'entreprise.",
            "The ambassador speaks for themselves, about their job. They do not speak on the "
            "company's behalf.",
        ),
    ),
    free_text(
        "s3-grey-zone",
        "s3-charter",
        "confidentiality",
        (
            "Décrivez une situation où vous hésiteriez à publier, et ce que vous feriez.",
            "Describe a situation where you would hesitate to post, and what you would do.",
        ),
        (
            "Attendez un réflexe de vérification (charte, coach, communication) plutôt qu'une "
            "publication au hasard.",
            "Look for a checking reflex (charter, coach, communications) rather than posting "
            "at random.",
        ),
        ("Dans le doute, on demande avant de publier.", "When in doubt, ask before posting."),
    ),
    # Session 4: editorial line, TikTok, X, lasting
    single(
        "s4-editorial-line",
        "s4-line",
        "networks",
        (
            "À quoi sert votre ligne éditoriale personnelle ?",
            "What is your personal editorial line for?",
        ),
        [
            (
                (
                    "Choisir deux ou trois sujets où mon expertise est crédible, et m'y tenir.",
                    "To pick two or three topics where my expertise is credible, and stick to them.",
                ),
                Y,
            ),
            (
                (
                    "Relayer tout ce que publie l'entreprise.",
                    "To relay everything the company posts.",
                ),
                N,
            ),
            (("Parler de tous les sujets d'actualité.", "To talk about every topical subject."), N),
        ],
        (
            "Quelques piliers clairs rendent la prise de parole régulière et reconnaissable.",
            "A few clear pillars make speaking up steady and recognisable.",
        ),
    ),
    true_false(
        "s4-tiktok",
        "s4-line",
        "networks",
        (
            "On peut publier sur TikTok exactement le même contenu que sur LinkedIn.",
            "You can post exactly the same content on TikTok as on LinkedIn.",
        ),
        False,
        (
            "TikTok a ses codes (vidéo courte, ton direct, public plus jeune) et demande un "
            "accompagnement propre.",
            "TikTok has its own codes (short video, direct tone, younger audience) and needs its "
            "own coaching.",
        ),
    ),
    single(
        "s4-x-risk",
        "s4-line",
        "networks",
        (
            "Comment le programme considère-t-il X (ex-Twitter) ?",
            "How does the programme regard X (formerly Twitter)?",
        ),
        [
            (
                (
                    "Plutôt comme un risque : polémiques rapides, contexte perdu.",
                    "Mostly as a risk: fast controversies, lost context.",
                ),
                Y,
            ),
            (("Comme le réseau principal.", "As the main network."), N),
            (("Comme un réseau sans aucun enjeu.", "As a network with nothing at stake."), N),
        ],
        (
            "Sur X, un message court sorti de son contexte peut vite déraper : prudence.",
            "On X, a short message out of context can quickly go wrong: be careful.",
        ),
    ),
    multiple(
        "s4-keep-going",
        "s4-line",
        "voluntary",
        (
            "Qu'est-ce qui aide à durer après le lancement ? (plusieurs réponses)",
            "What helps you keep going after the launch? (several answers)",
        ),
        [
            (("Un créneau régulier dans son agenda.", "A regular slot in one's diary."), Y),
            (
                (
                    "Une réserve d'idées liées à ses piliers.",
                    "A stock of ideas tied to one's pillars.",
                ),
                Y,
            ),
            (("Les points d'étape à 30, 60 et 90 jours.", "Check-ins at 30, 60 and 90 days."), Y),
            (
                (
                    "Se comparer chaque jour aux autres ambassadeurs.",
                    "Comparing oneself daily with other ambassadors.",
                ),
                N,
            ),
        ],
        (
            "L'essoufflement se prévient par l'organisation et l'accompagnement, pas par la "
            "compétition.",
            "Running out of steam is prevented by routine and support, not competition.",
        ),
    ),
    ordering(
        "s4-network-priority",
        "s4-line",
        "networks",
        (
            "Classez ces réseaux du plus prioritaire au plus risqué pour le programme.",
            "Rank these networks from top priority to most risky for the programme.",
        ),
        [
            ("LinkedIn", "LinkedIn"),
            ("TikTok, avec accompagnement", "TikTok, with coaching"),
            ("X", "X"),
        ],
        (
            "LinkedIn d'abord, TikTok avec soin, X surtout comme un risque.",
            "LinkedIn first, TikTok with care, X mostly as a risk.",
        ),
    ),
    single(
        "s4-pillars",
        "s4-line",
        "tone",
        (
            "Combien de piliers éditoriaux conseille-t-on pour commencer ?",
            "How many editorial pillars are advised to start with?",
        ),
        [
            (("Deux ou trois.", "Two or three."), Y),
            (("Un seul, l'entreprise.", "Just one, the company."), N),
            (("Dix, pour varier.", "Ten, for variety."), N),
        ],
        (
            "Deux ou trois piliers suffisent pour être reconnu sans s'épuiser.",
            "Two or three pillars are enough to be recognised without wearing yourself out.",
        ),
    ),
    free_text(
        "s4-my-pillars",
        "s4-line",
        "networks",
        (
            "Citez vos deux ou trois piliers éditoriaux et, pour l'un d'eux, une idée de post.",
            "Name your two or three editorial pillars and, for one of them, an idea for a post.",
        ),
        (
            "Attendez des piliers liés au métier de la personne et une idée concrète.",
            "Look for pillars tied to the person's job and a concrete idea.",
        ),
        ("Des piliers clairs facilitent la régularité.", "Clear pillars make regularity easier."),
    ),
]

P, PC, DN = "publish", "publish_after_changes", "do_not_publish"


def _why(fr, en, theme):
    return ((fr, en), theme)


SCENARIOS = [
    scenario(
        "sc-new-client-tease",
        "s3-charter",
        "Camille, cheffe de projet",
        "linkedin",
        (
            "Énorme nouvelle : on vient de signer avec un géant de l'automobile lyonnais, je ne "
            "dis pas qui mais vous devinerez 😉",
            "Huge news: we have just signed with a big Lyon carmaker, I won't say who but you'll "
            "guess 😉",
        ),
        "#signature #fierté",
        DN,
        {
            P: _why(
                "Non : le client n'est pas annoncé, et l'indice suffit à le reconnaître.",
                "No: the client is not announced, and the hint is enough to identify it.",
                "confidentiality",
            ),
            PC: _why(
                "Retirer l'indice ne suffit pas : parler d'une signature non annoncée reste "
                "prématuré.",
                "Removing the hint is not enough: talking about an unannounced deal is still "
                "premature.",
                "confidentiality",
            ),
            DN: _why(
                "Oui : on attend l'annonce officielle, puis on la relaie avec son regard.",
                "Yes: wait for the official announcement, then relay it with your own view.",
                "confidentiality",
            ),
        },
    ),
    scenario(
        "sc-team-photo",
        "s3-charter",
        "Karim, technicien",
        "linkedin",
        (
            "Belle journée de formation avec toute l'équipe ! Merci à tous pour l'énergie.",
            "Great training day with the whole team! Thanks everyone for the energy.",
        ),
        "#équipe #formation",
        PC,
        {
            P: _why(
                "Pas tout de suite : la photo montre des collègues qui n'ont pas donné leur "
                "accord.",
                "Not yet: the photo shows colleagues who have not given consent.",
                "image_rights",
            ),
            PC: _why(
                "Oui : demander l'accord des personnes reconnaissables (ou recadrer), puis "
                "publier.",
                "Yes: ask the recognisable people for consent (or crop), then post.",
                "image_rights",
            ),
            DN: _why(
                "Excessif : le message est sympathique, seul le droit à l'image est à régler.",
                "Too much: the message is friendly; only image rights need sorting.",
                "image_rights",
            ),
        },
    ),
    scenario(
        "sc-product-no-disclosure",
        "s3-charter",
        "Julie, ingénieure",
        "linkedin",
        (
            "J'ai testé plusieurs outils de gestion de projet : celui d'Acme est de loin le "
            "meilleur, foncez !",
            "I tried several project management tools: Acme's is by far the best, go for it!",
        ),
        "#outils #productivité",
        PC,
        {
            P: _why(
                "Non : Julie travaille chez Acme et ne le dit pas ; le lecteur serait trompé.",
                "No: Julie works at Acme and does not say so; the reader would be misled.",
                "disclosure",
            ),
            PC: _why(
                "Oui : ajouter « je travaille chez Acme » rend la recommandation honnête.",
                'Yes: adding "I work at Acme" makes the recommendation honest.',
                "disclosure",
            ),
            DN: _why(
                "Pas nécessaire : une fois le lien indiqué, partager son avis est légitime.",
                "Not needed: once the link is stated, sharing an opinion is fine.",
                "disclosure",
            ),
        },
    ),
    scenario(
        "sc-lesson-learned",
        "s2-linkedin",
        "Sophie, acheteuse",
        "linkedin",
        (
            "Il y a trois ans, j'ai raté une négociation parce que je n'avais pas écouté le "
            "fournisseur. Ce que j'en ai appris : poser une question de plus avant de répondre. "
            "Et vous, quelle erreur vous a le plus appris ?",
            "Three years ago I failed a negotiation because I had not listened to the supplier. "
            "What I learned: ask one more question before answering. And you, which mistake "
            "taught you most?",
        ),
        "#achats #négociation",
        P,
        {
            P: _why(
                "Oui : un vécu, un enseignement, une question. Rien de confidentiel.",
                "Yes: a lived story, a lesson, a question. Nothing confidential.",
                "tone",
            ),
            PC: _why(
                "Inutile de le retoucher : il est déjà personnel et sans risque.",
                "No need to change it: it is already personal and safe.",
                "tone",
            ),
            DN: _why(
                "Dommage : c'est exactement le type de post que le programme encourage.",
                "A pity: this is exactly the kind of post the programme encourages.",
                "tone",
            ),
        },
    ),
    scenario(
        "sc-copy-paste",
        "s2-linkedin",
        "Thomas, commercial",
        "linkedin",
        (
            "Acme annonce son nouveau service de maintenance prédictive, une offre innovante qui "
            "renforce son leadership sur le marché.",
            "Acme announces its new predictive maintenance service, an innovative offer that "
            "strengthens its market leadership.",
        ),
        "#Acme #innovation #leadership #maintenance #industrie #IA #futur",
        PC,
        {
            P: _why(
                "Tel quel, c'est un communiqué copié : du perroquet, avec trop de hashtags.",
                "As it is, it is a copied press release: parroting, with too many hashtags.",
                "tone",
            ),
            PC: _why(
                "Oui : dire ce que ce service change pour ses clients, avec ses mots, et "
                "garder deux ou trois hashtags.",
                "Yes: say what the service changes for his clients, in his words, and keep "
                "two or three hashtags.",
                "tone",
            ),
            DN: _why(
                "Le sujet est public et légitime : il mérite seulement un regard personnel.",
                "The topic is public and legitimate: it only needs a personal view.",
                "tone",
            ),
        },
    ),
    scenario(
        "sc-crisis-reply",
        "s3-charter",
        "Marc, responsable d'atelier",
        "x",
        (
            "Ceux qui critiquent notre usine dans la presse n'y ont jamais mis les pieds. "
            "Ridicule.",
            "The people criticising our plant in the press have never set foot in it. Ridiculous.",
        ),
        "",
        DN,
        {
            P: _why(
                "Non : en pleine polémique, un message à chaud sur X attise la crise.",
                "No: in the middle of a controversy, a heated message on X fuels the crisis.",
                "crisis",
            ),
            PC: _why(
                "Adoucir le ton ne suffit pas : en crise, on laisse parler les porte-parole.",
                "Softening the tone is not enough: in a crisis, the spokespeople speak.",
                "crisis",
            ),
            DN: _why(
                "Oui : alerter la communication et attendre la position officielle.",
                "Yes: alert communications and wait for the official position.",
                "crisis",
            ),
        },
    ),
    scenario(
        "sc-recruiting",
        "s2-linkedin",
        "Nadia, responsable d'équipe",
        "linkedin",
        (
            "Mon équipe recrute un·e développeur·se ! Ce que j'aime ici : on livre tous les "
            "quinze jours et on apprend en binôme. L'offre est sur notre site carrières, écrivez-"
            "moi si vous avez des questions.",
            "My team is hiring a developer! What I like here: we ship every two weeks and learn "
            "in pairs. The offer is on our careers site; message me with any questions.",
        ),
        "#recrutement #développement",
        P,
        {
            P: _why(
                "Oui : offre publique, regard personnel, employeur visible.",
                "Yes: a public offer, a personal view, the employer is visible.",
                "transparency",
            ),
            PC: _why(
                "Rien à changer : le post est sincère et n'expose rien de confidentiel.",
                "Nothing to change: the post is sincere and exposes nothing confidential.",
                "transparency",
            ),
            DN: _why(
                "Au contraire : parler de son équipe qui recrute est un excellent sujet.",
                "On the contrary: a team that is hiring is an excellent topic.",
                "transparency",
            ),
        },
    ),
    scenario(
        "sc-dashboard-screenshot",
        "s3-charter",
        "Léa, analyste",
        "linkedin",
        (
            "Fière du tableau de bord qu'on a construit ce trimestre ! (capture d'écran avec les "
            "ventes par client)",
            "Proud of the dashboard we built this quarter! (screenshot showing sales per client)",
        ),
        "#data #fierté",
        PC,
        {
            P: _why(
                "Non : la capture montre des ventes par client, données confidentielles.",
                "No: the screenshot shows sales per client, which is confidential.",
                "confidentiality",
            ),
            PC: _why(
                "Oui : remplacer la capture par une image sans données réelles, et raconter "
                "ce que l'équipe a appris.",
                "Yes: replace the screenshot with an image without real data, and tell what "
                "the team learned.",
                "confidentiality",
            ),
            DN: _why(
                "Le sujet est bon ; seule la capture pose problème.",
                "The topic is good; only the screenshot is a problem.",
                "confidentiality",
            ),
        },
    ),
    scenario(
        "sc-tiktok-office",
        "s4-line",
        "Hugo, apprenti",
        "tiktok",
        (
            "(vidéo) Une journée d'apprenti chez nous en 30 secondes : le café, l'atelier, mon "
            "tuteur qui explique, et l'écran du client X en gros plan.",
            "(video) An apprentice's day with us in 30 seconds: the coffee, the workshop, my "
            "tutor explaining, and client X's screen in close-up.",
        ),
        "#apprentissage #journée",
        PC,
        {
            P: _why(
                "Pas tel quel : l'écran d'un client apparaît, et le tuteur doit être d'accord.",
                "Not as it is: a client's screen shows, and the tutor must agree.",
                "image_rights",
            ),
            PC: _why(
                "Oui : couper l'écran client, obtenir l'accord du tuteur ; le format TikTok "
                "est bien choisi.",
                "Yes: cut the client screen, get the tutor's consent; the TikTok format suits.",
                "confidentiality",
            ),
            DN: _why(
                "Excessif : une journée d'apprenti est un bon sujet pour TikTok, avec soin.",
                "Too much: an apprentice's day is a good TikTok topic, with care.",
                "networks",
            ),
        },
    ),
    scenario(
        "sc-over-sharing",
        "s2-linkedin",
        "Pauline, assistante",
        "linkedin",
        (
            "Cinquième post de la journée sur Acme ! Encore une belle annonce, partagez "
            "massivement !!!",
            "Fifth post of the day about Acme! Another great announcement, share it widely!!!",
        ),
        "#Acme #Acme #Acme",
        DN,
        {
            P: _why(
                "Non : cinq posts par jour, c'est du sur-partage qui lasse le réseau.",
                "No: five posts a day is over-sharing that wears the network out.",
                "tone",
            ),
            PC: _why(
                "Retoucher le texte ne règle pas le rythme : mieux vaut s'abstenir ce jour-là.",
                "Editing the text does not fix the pace: better to hold back that day.",
                "tone",
            ),
            DN: _why(
                "Oui : garder un rythme tenable et choisir ce qui compte pour son réseau.",
                "Yes: keep a sustainable pace and choose what matters to one's network.",
                "tone",
            ),
        },
    ),
    scenario(
        "sc-forced-post",
        "s1-why",
        "Service communication",
        "linkedin",
        (
            "Message aux ambassadeurs : merci de publier ce texte avant 17 h, la direction "
            "suivra qui l'a fait.",
            "Message to ambassadors: please post this text before 5 pm, management will track "
            "who did.",
        ),
        "",
        DN,
        {
            P: _why(
                "Non : une publication imposée et contrôlée contredit le volontariat.",
                "No: an imposed, monitored post contradicts voluntary participation.",
                "voluntary",
            ),
            PC: _why(
                "Reformuler ne change rien : c'est l'obligation qui pose problème.",
                "Rewording changes nothing: the obligation is the problem.",
                "voluntary",
            ),
            DN: _why(
                "Oui : chacun reste libre de publier ou non ; on peut en parler au coach.",
                "Yes: everyone stays free to post or not; raise it with the coach.",
                "voluntary",
            ),
        },
    ),
    scenario(
        "sc-political",
        "s4-line",
        "Antoine, juriste",
        "x",
        (
            "En tant que juriste chez Acme, voici ce que je pense de la réforme votée hier : "
            "une honte.",
            "As a lawyer at Acme, here is what I think of the reform passed yesterday: a disgrace.",
        ),
        "#réforme",
        PC,
        {
            P: _why(
                "Risqué : associer son employeur à une opinion politique, sur X, en une ligne.",
                "Risky: tying one's employer to a political opinion, on X, in one line.",
                "accounts",
            ),
            PC: _why(
                "Oui : s'exprimer à titre personnel sans engager l'employeur, avec des "
                "arguments plutôt qu'un jugement.",
                "Yes: speak personally without committing the employer, with arguments "
                "rather than a verdict.",
                "accounts",
            ),
            DN: _why(
                "Chacun garde sa liberté d'opinion ; c'est la forme qui pose problème.",
                "Everyone keeps their freedom of opinion; the form is the problem.",
                "accounts",
            ),
        },
    ),
]

QUESTIONS = QUESTIONS + SCENARIOS

FINAL_FREE_TEXT = "final-commitment"
QUESTIONS.append(
    free_text(
        FINAL_FREE_TEXT,
        "s4-line",
        "voluntary",
        (
            "Décrivez votre premier post : sujet, réseau, et ce qui le rend personnel.",
            "Describe your first post: topic, network, and what makes it personal.",
        ),
        (
            "Attendez un sujet lié aux piliers, LinkedIn en priorité, un regard personnel et "
            "aucune information confidentielle.",
            "Look for a topic tied to the pillars, LinkedIn first, a personal view and no "
            "confidential information.",
        ),
        (
            "Un premier post préparé est un premier post publié.",
            "A prepared first post is a published first post.",
        ),
    )
)

# Quiz settings: a session quiz draws from its session's category; the final quiz from all.
QUIZZES = {
    "sessions": {
        1: {"title": ("Quiz de la session 1", "Session 1 quiz"), "draws": {"s1-why": 6}},
        2: {"title": ("Quiz de la session 2", "Session 2 quiz"), "draws": {"s2-linkedin": 6}},
        3: {"title": ("Quiz de la session 3", "Session 3 quiz"), "draws": {"s3-charter": 6}},
        4: {"title": ("Quiz de la session 4", "Session 4 quiz"), "draws": {"s4-line": 6}},
    },
    "final": {
        "title": ("Quiz final de certification", "Final certification quiz"),
        "fixed": [FINAL_FREE_TEXT],
        "draws": {"s1-why": 3, "s2-linkedin": 3, "s3-charter": 4, "s4-line": 3},
    },
}
