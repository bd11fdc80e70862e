"""Charte de bonne conduite par défaut, en français (texte original, à adapter par organisation)."""

TEMPLATE = {
    "title": "Charte de bonne conduite des ambassadeurs de {organisation}",
    "introduction": (
        "Cette charte fixe le cadre commun des collaborateurs qui parlent de leur métier et de "
        "{organisation} sur les réseaux sociaux. Elle ne vous demande pas de devenir porte-parole "
        "officiel : vous restez vous-même, avec votre voix, sur votre compte personnel. Elle "
        "rappelle quelques règles simples qui protègent à la fois les ambassadeurs, leurs "
        "collègues, les clients et l'organisation.\n\n"
        "Lisez chaque partie, cochez-la pour confirmer que vous l'avez comprise, puis signez "
        "en saisissant votre nom. Si une règle vous semble floue, posez la question à votre "
        "formateur avant de signer."
    ),
    "sections": [
        {
            "key": "voluntary",
            "heading": "Une participation volontaire, et le droit de se retirer",
            "body": (
                "Devenir ambassadeur est un choix personnel. Personne ne peut vous y obliger, "
                "et ne pas participer n'a aucune conséquence sur votre évaluation, votre "
                "rémunération ou votre carrière.\n\n"
                "Vous publiez quand vous le souhaitez, au rythme qui vous convient. Aucun "
                "nombre de publications n'est exigé.\n\n"
                "Vous pouvez vous retirer du programme à tout moment, en un clic depuis votre "
                "tableau de bord, sans avoir à vous justifier. Vous pourrez le rejoindre plus "
                "tard si vous le souhaitez."
            ),
        },
        {
            "key": "disclosure",
            "heading": "Dire que l'on travaille pour {organisation}",
            "body": (
                "Quand vous parlez de {organisation}, de ses produits, de ses offres d'emploi "
                "ou de ses concurrents, vos lecteurs doivent savoir que vous y travaillez.\n\n"
                "- Indiquez votre employeur sur votre profil.\n"
                "- Dans une publication qui parle directement de l'organisation, rendez ce lien "
                "visible (par exemple « dans mon équipe chez {organisation}… »).\n"
                "- N'écrivez jamais de faux avis, ne vous faites pas passer pour un client et "
                "ne commentez pas sous un autre nom."
            ),
        },
        {
            "key": "confidentiality",
            "heading": "Confidentialité et devoir de discrétion",
            "body": (
                "Ce qui est interne reste interne. Avant de publier, demandez-vous si "
                "l'information est déjà publique ou si vous auriez le droit de la dire à un "
                "inconnu dans un salon professionnel.\n\n"
                "- Pas de chiffres non publiés, de résultats, de projets, de prix ou de "
                "négociations en cours.\n"
                "- Pas de nom de client sans son accord écrit.\n"
                "- Attention aux arrière-plans : écrans, tableaux blancs, badges et documents "
                "visibles sur une photo.\n\n"
                "En cas de doute, ne publiez pas et demandez à la communication."
            ),
        },
        {
            "key": "tone",
            "heading": "Le ton, les désaccords et les sujets de polémique",
            "body": (
                "Parlez de ce que vous connaissez, avec vos mots : votre métier, ce que vous "
                "apprenez, ce qui vous rend fier. Un message copié-collé de la communication "
                "sonne faux ; votre expérience, non.\n\n"
                "Vous pouvez exprimer un désaccord avec courtoisie, sans attaquer une personne, "
                "un concurrent ou un collègue. Restez factuel et bienveillant, même face à un "
                "commentaire agressif.\n\n"
                "En tant qu'ambassadeur, restez à l'écart des polémiques politiques, "
                "religieuses ou d'actualité brûlante lorsque vous parlez de {organisation}. "
                "Vos opinions personnelles vous appartiennent : ne les associez pas à "
                "l'organisation."
            ),
        },
        {
            "key": "crisis",
            "heading": "Commentaire hostile ou situation de crise : qui prévenir",
            "body": (
                "Si une publication déclenche des réactions hostiles, si vous recevez des "
                "questions de journalistes ou si vous repérez une rumeur sur l'organisation :\n\n"
                "- ne répondez pas à chaud, et ne supprimez pas dans la précipitation ;\n"
                "- faites une capture d'écran ;\n"
                "- prévenez le référent du programme ou le service communication le jour même.\n\n"
                "Ne parlez jamais au nom de {organisation} dans une crise : c'est le rôle des "
                "porte-parole désignés. Signaler un problème n'est jamais reproché à un "
                "ambassadeur."
            ),
        },
        {
            "key": "image_rights",
            "heading": "Droit à l'image et accord des collègues",
            "body": (
                "Chacun décide de ce qui est publié de lui. Avant de publier une photo ou une "
                "vidéo où un collègue, un client ou un partenaire est reconnaissable, demandez "
                "son accord, et retirez la publication s'il change d'avis.\n\n"
                "Ne publiez pas d'images des lieux ou des équipements dont l'accès est "
                "restreint, ni d'images d'enfants sans l'accord de leurs parents. Identifiez "
                "quelqu'un seulement s'il est d'accord."
            ),
        },
        {
            "key": "accounts",
            "heading": "Compte personnel et compte professionnel",
            "body": (
                "Vous publiez depuis votre propre compte, qui vous appartient et le restera si "
                "vous quittez {organisation}. L'organisation ne vous demandera jamais vos mots "
                "de passe et ne publiera jamais à votre place.\n\n"
                "Les comptes officiels de l'organisation sont gérés par l'équipe communication. "
                "Partager ou commenter leurs publications est une possibilité, jamais une "
                "obligation, et vos publications les plus utiles sont souvent les vôtres."
            ),
        },
        {
            "key": "transparency",
            "heading": "Ce que l'organisation voit, et ce qu'elle ne voit pas",
            "body": (
                "L'organisation voit votre parcours dans le programme : sessions suivies, "
                "charte signée, quiz réussis, certification. Elle ne voit ni le détail de vos "
                "réponses aux quiz, ni les notes privées de votre coach, ni vos brouillons.\n\n"
                "Elle ne surveille pas vos comptes personnels et ne mesure pas votre activité "
                "en dehors de ce que vous choisissez de partager. Les données du programme "
                "servent uniquement à l'organiser ; vous pouvez demander à les consulter ou à "
                "les faire supprimer auprès des ressources humaines."
            ),
        },
        {
            "key": "networks",
            "heading": "Les réseaux : LinkedIn d'abord, TikTok avec précaution, X à éviter",
            "body": (
                "LinkedIn est le réseau principal du programme : c'est là que votre expertise "
                "professionnelle est la mieux reçue.\n\n"
                "TikTok demande d'autres codes (vidéo courte, ton plus personnel, public plus "
                "large et plus jeune). N'y parlez de l'organisation qu'après un accompagnement "
                "spécifique avec votre coach.\n\n"
                "Sur X, les échanges deviennent vite polémiques : le programme ne vous demande "
                "pas d'y parler de {organisation}, et nous vous déconseillons d'y engager "
                "l'organisation dans une discussion."
            ),
        },
    ],
}
