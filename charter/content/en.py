"""The default good-conduct charter in English (our own text, adapted by each organisation)."""

TEMPLATE = {
    "title": "Good-conduct charter for {organisation} ambassadors",
    "introduction": (
        "This charter sets the shared ground rules for employees who talk about their work and "
        "about {organisation} on social media. It does not ask you to become an official "
        "spokesperson: you stay yourself, in your own voice, on your personal account. It sets "
        "out a few simple rules that protect ambassadors, their colleagues, customers and the "
        "organisation alike.\n\n"
        "Read each part, tick it to confirm you understood it, then sign by typing your name. "
        "If a rule seems unclear, ask your trainer before you sign."
    ),
    "sections": [
        {
            "key": "voluntary",
            "heading": "Voluntary participation, and the right to withdraw",
            "body": (
                "Becoming an ambassador is a personal choice. Nobody can make you take part, "
                "and not taking part has no effect on your appraisal, your pay or your career.\n\n"
                "You post when you want, at the pace that suits you. No number of posts is "
                "expected.\n\n"
                "You can withdraw from the programme at any time, in one click from your "
                "dashboard, without giving a reason. You can come back later if you wish."
            ),
        },
        {
            "key": "disclosure",
            "heading": "Saying that you work for {organisation}",
            "body": (
                "When you talk about {organisation}, its products, its job offers or its "
                "competitors, your readers must know that you work there.\n\n"
                "- Show your employer on your profile.\n"
                "- In a post that is directly about the organisation, make the link visible "
                '(for example "in my team at {organisation}...").\n'
                "- Never write fake reviews, never pose as a customer and never comment under "
                "another name."
            ),
        },
        {
            "key": "confidentiality",
            "heading": "Confidentiality and discretion",
            "body": (
                "What is internal stays internal. Before posting, ask yourself whether the "
                "information is already public, or whether you could tell it to a stranger at "
                "a trade fair.\n\n"
                "- No unpublished figures, results, projects, prices or ongoing negotiations.\n"
                "- No customer names without their written consent.\n"
                "- Watch the background: screens, whiteboards, badges and documents visible in "
                "a photo.\n\n"
                "When in doubt, do not post, and ask the communication team."
            ),
        },
        {
            "key": "tone",
            "heading": "Tone, disagreement and staying out of controversies",
            "body": (
                "Talk about what you know, in your own words: your job, what you learn, what "
                "makes you proud. A message pasted from the communication team sounds hollow; "
                "your experience does not.\n\n"
                "You may disagree, courteously, without attacking a person, a competitor or a "
                "colleague. Stay factual and kind, even when a comment is aggressive.\n\n"
                "As an ambassador, stay out of political, religious or heated news "
                "controversies when you talk about {organisation}. Your personal opinions are "
                "yours: do not attach them to the organisation."
            ),
        },
        {
            "key": "crisis",
            "heading": "Hostile comments and crises: whom to alert",
            "body": (
                "If a post triggers hostile reactions, if journalists contact you, or if you "
                "spot a rumour about the organisation:\n\n"
                "- do not reply in the heat of the moment, and do not delete in a hurry;\n"
                "- take a screenshot;\n"
                "- alert the programme lead or the communication team the same day.\n\n"
                "Never speak on behalf of {organisation} in a crisis: that is the role of the "
                "appointed spokespeople. An ambassador is never blamed for reporting a problem."
            ),
        },
        {
            "key": "image_rights",
            "heading": "Image rights and colleagues' consent",
            "body": (
                "Everyone decides what is published about them. Before posting a photo or a "
                "video in which a colleague, a customer or a partner can be recognised, ask for "
                "their consent, and take the post down if they change their mind.\n\n"
                "Do not post pictures of restricted areas or equipment, nor pictures of "
                "children without their parents' consent. Tag people only if they agree."
            ),
        },
        {
            "key": "accounts",
            "heading": "Personal and professional accounts",
            "body": (
                "You post from your own account, which belongs to you and stays yours if you "
                "leave {organisation}. The organisation will never ask for your passwords and "
                "will never post in your name.\n\n"
                "The organisation's official accounts are run by the communication team. "
                "Sharing or commenting on their posts is an option, never an obligation, and "
                "your most useful posts are often your own."
            ),
        },
        {
            "key": "transparency",
            "heading": "What the organisation can see, and what it cannot",
            "body": (
                "The organisation sees your progress in the programme: sessions attended, "
                "charter signed, quizzes passed, certification. It does not see your detailed "
                "quiz answers, your coach's private notes or your drafts.\n\n"
                "It does not monitor your personal accounts and does not measure your activity "
                "beyond what you choose to share. Programme data is used only to run the "
                "programme; you can ask HR to see it or to have it deleted."
            ),
        },
        {
            "key": "networks",
            "heading": "The networks: LinkedIn first, TikTok with care, X best avoided",
            "body": (
                "LinkedIn is the programme's main network: it is where your professional "
                "expertise is best received.\n\n"
                "TikTok has different codes (short video, a more personal tone, a wider and "
                "younger audience). Only talk about the organisation there after dedicated "
                "coaching.\n\n"
                "On X, exchanges quickly turn into controversy: the programme does not ask you "
                "to talk about {organisation} there, and we advise against drawing the "
                "organisation into a discussion on it."
            ),
        },
    ],
}
