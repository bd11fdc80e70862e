"""The ambassador programme in English (translation of fr.py, block for block)."""

from . import callout, checklist, heading, post, reflection, text

SESSION_1 = {
    "number": 1,
    "slug": "session-1",
    "title": "Why speak up?",
    "format": "in_person",
    "duration": "3.5",
    "objectives": (
        "<ul><li>Understand what an ambassador programme is and why it works.</li>"
        "<li>Identify what you, personally, get out of it.</li>"
        "<li>Know the organisation's communication goals.</li>"
        "<li>Understand LinkedIn's culture and audit your profile.</li></ul>"
    ),
    "agenda": (
        "<ol><li>Round table: how you use social networks today (30 min)</li>"
        "<li>Why employees' voices matter (45 min)</li>"
        "<li>What's in it for me: individual workshop (30 min)</li><li>Break</li>"
        "<li>The organisation's communication goals (30 min)</li>"
        "<li>LinkedIn profile audit in pairs (60 min)</li></ol>"
    ),
    "preparation": (
        "<p>Bring your laptop or phone, your LinkedIn login if you have an account, and two "
        "or three posts you noticed recently, for good or bad reasons.</p>"
    ),
    "lessons": [
        {
            "key": "s1-why-advocacy",
            "slug": "why-ambassadors",
            "title": "Why employee ambassadors?",
            "summary": (
                "What an ambassador programme is, why an employee's voice reaches further "
                "than a brand's, and what the programme is not."
            ),
            "minutes": 20,
            "body": [
                text(
                    "<p>An <b>employee ambassador</b> is someone in the organisation who "
                    "chooses to talk about their work, their projects and their employer on "
                    "their own social networks, from their personal account, to their own "
                    "network. This is called <i>employee advocacy</i>.</p>"
                    "<p>The principle is simple: people trust a person more than a logo. An "
                    "engineer explaining how their team solved a problem, a salesperson "
                    "telling the story of a customer visit, a technician showing their "
                    "workshop: these posts are read, discussed and remembered far more than "
                    "the equivalent corporate post.</p>"
                ),
                heading("What the programme is, and what it is not"),
                text(
                    "<ul><li><b>It is voluntary.</b> Nobody has to join, and you can "
                    "withdraw at any time without giving a reason.</li>"
                    "<li><b>It trains you.</b> Four half-day sessions, a good-conduct "
                    "charter, an editorial line built with a coach.</li>"
                    "<li><b>It is not an automatic relay.</b> You will not be asked to share "
                    "management's messages word for word. An ambassador who repeats the "
                    "official line sounds fake and tires their network.</li>"
                    "<li><b>It does not ask you to post everything.</b> Posting little but "
                    "well beats posting a lot without conviction.</li></ul>"
                ),
                callout(
                    "warning",
                    "The three classic traps",
                    "<p>Ambassador programmes almost always fail for the same reasons: the "
                    "<b>parrot</b> (copy-pasting corporate messages without a soul), "
                    "<b>over-zeal</b> (posting everything, all the time, until the network is "
                    "saturated) and <b>burn-out</b> (lots of enthusiasm at launch, nothing "
                    "three weeks later). This whole programme is designed to avoid them.</p>",
                ),
                post(
                    "linkedin",
                    "Camille Durand",
                    "Account manager",
                    "This morning a customer told me: \"You're the only ones who called us "
                    "back after delivery.\"\n\nIt wasn't a sales move. In our team we simply "
                    "consider that a project isn't finished until the customer really uses "
                    "it.\n\nWhen do you consider a project finished?",
                    "#customerrelations #craft",
                    "A real anecdote, a personal point of view, an open question: the "
                    "organisation is present without the post turning into an advert.",
                ),
                reflection(
                    "Think of a post by a colleague or a stranger that gave you a better "
                    "image of their company. What made it credible?",
                    "A few lines are enough. You will find your answer here again, and your "
                    "coach can read it to prepare your individual session.",
                ),
            ],
        },
        {
            "key": "s1-whats-in-it",
            "slug": "whats-in-it-for-you",
            "title": "What's in it for you",
            "summary": (
                "You post from your account, to your network: the programme must serve you "
                "first. Expertise, reputation, network, learning."
            ),
            "minutes": 25,
            "body": [
                text(
                    "<p>You speak in your own name. Your network is yours, and so is your "
                    "reputation. So it is fair to ask: <b>what's in it for me?</b> If the "
                    'answer is "nothing", the programme will not last three weeks. If it is '
                    "clear, you will post because you want to, not because you must.</p>"
                ),
                heading("Four concrete benefits"),
                text(
                    "<ol><li><b>Make your expertise visible.</b> What you know how to do is "
                    "often invisible outside your team. Telling it positions you as a "
                    "go-to person on your subject.</li>"
                    "<li><b>Build your professional reputation.</b> It follows you from one "
                    "job to the next, and even from one employer to the next.</li>"
                    "<li><b>Keep and grow your network.</b> Customers, partners, former "
                    "colleagues, future hires: a network that reads you is a network that "
                    "answers you.</li>"
                    "<li><b>Learn.</b> Writing forces you to clarify your thinking; comments "
                    "bring you points of view you would not have had.</li></ol>"
                ),
                callout(
                    "tip",
                    "The right balance",
                    "<p>A good ambassador post serves both the person and the organisation. "
                    "If it only serves the organisation, it is an advert; if it only serves "
                    "you, that is your right, but it is not the programme. Look for the "
                    "overlap: what you do, and why it is interesting.</p>",
                ),
                checklist(
                    "Your reasons to take part",
                    [
                        "I know which subject I would like to be recognised for.",
                        "I know who I would like to read my posts.",
                        "I have an idea of what I want to have learnt in six months.",
                        "I know what I do not want to post.",
                    ],
                ),
                reflection(
                    "A year from now, what would you like your network to say about you "
                    "after reading your posts?",
                    'Write it as a sentence someone would say: "She\'s the one who...". It '
                    "will be the starting point of your editorial line.",
                ),
            ],
        },
        {
            "key": "s1-goals",
            "slug": "communication-goals",
            "title": "The organisation's communication goals",
            "summary": (
                "What the organisation expects from the programme, the subjects where your "
                "voice is valuable, and those that remain reserved."
            ),
            "minutes": 20,
            "body": [
                text(
                    "<p>The organisation runs this programme because it has communication "
                    "goals that its official page cannot reach alone. Knowing them helps you "
                    "choose your subjects, without becoming its spokesperson.</p>"
                ),
                heading("The most common goals"),
                text(
                    "<ul><li><b>Employer brand:</b> make people want to join by showing real "
                    "work and team spirit.</li><li><b>Expertise:</b> show the teams' skill "
                    "in their trades.</li><li><b>Customer relations:</b> make the teams "
                    "approachable and human.</li><li><b>Local or industry "
                    "reputation:</b> be quoted and recognised in your ecosystem.</li></ul>"
                    "<p>During the session your trainer presents the goals your organisation "
                    "has chosen and the three or four priority themes of the year.</p>"
                ),
                callout(
                    "warning",
                    "Reserved subjects",
                    "<p>Unpublished financial results, ongoing negotiations, "
                    "reorganisations, incidents, litigation: these belong to official "
                    "communication. The good-conduct charter (session 2) spells them "
                    "out.</p>",
                ),
                callout(
                    "example",
                    "One goal, several angles",
                    '<p>Goal "hire technicians": a technician can show a tricky '
                    "intervention, a manager can talk about onboarding newcomers, an HR "
                    "officer can explain apprenticeships. Three voices, three angles, one "
                    "goal, and none of them looks like a job advert.</p>",
                ),
                reflection(
                    "Which of the goals presented best matches what you experience every "
                    "day? Give an example of a situation you could tell.",
                ),
            ],
        },
        {
            "key": "s1-linkedin-profile",
            "slug": "linkedin-culture-and-profile",
            "title": "LinkedIn culture and your profile audit",
            "summary": (
                "LinkedIn's codes, what its algorithm favours, and a checklist to audit "
                "your profile before you post."
            ),
            "minutes": 35,
            "body": [
                text(
                    "<p>LinkedIn is the programme's main network. It is a professional "
                    "network, but not a formal one: people read stories, opinions and "
                    "lessons learnt there. Posts that work speak in the first person and "
                    "give the reader something: an idea, a lesson, a smile.</p>"
                ),
                heading("What LinkedIn favours"),
                text(
                    "<ul><li><b>Conversations:</b> a post that draws comments in its first "
                    "hour is shown to more people.</li>"
                    "<li><b>Native text</b> and images; external links get less reach (put "
                    "them in a comment if needed).</li>"
                    "<li><b>Regularity</b> rather than intensity.</li>"
                    "<li><b>Complete profiles:</b> people click on your name before deciding "
                    "to follow you.</li></ul>"
                ),
                checklist(
                    "Your profile audit",
                    [
                        "A sharp photo, face visible, natural light.",
                        "A headline that says what you do for whom, not only your job title.",
                        "A banner that evokes your trade or your organisation.",
                        'An "About" section of a few lines, in the first person.',
                        "Current position up to date, with one sentence on your work.",
                        "Three key skills at the top of the list.",
                        "Visibility settings checked (who sees your connections, your posts).",
                    ],
                ),
                post(
                    "linkedin",
                    "Hugo Petit",
                    "R&D engineer · I make industrial sensors use less energy",
                    'Before: "R&D engineer at Démo Industries".\nAfter: "I make '
                    'industrial sensors use less energy".\n\nSame job. But the second '
                    "version says what I am useful for. Three people wrote to me this week "
                    "to talk about it.",
                    "#profile #engineering",
                    "An example of a benefit-oriented profile headline, and a short post "
                    "that shares the experience of the audit itself.",
                ),
                reflection(
                    "Rewrite your LinkedIn headline in one sentence: what you do, for whom, "
                    "and why it is useful.",
                    "You can rework it with your coach in session 3.",
                ),
            ],
        },
    ],
}

SESSION_2 = {
    "number": 2,
    "slug": "session-2",
    "title": "Posting with confidence: the charter and the risks",
    "format": "remote",
    "duration": "3.5",
    "objectives": (
        "<ul><li>Understand and sign the organisation's good-conduct charter.</li>"
        "<li>Recognise the main risks of speaking up online.</li>"
        "<li>Know how to decide, in a real situation, whether to post or not.</li></ul>"
    ),
    "agenda": (
        "<ol><li>Your first observations (20 min)</li>"
        "<li>The charter, article by article (60 min)</li><li>Break</li>"
        "<li>The risks and how to avoid them (40 min)</li>"
        "<li>Post or not: scenarios in small groups (60 min)</li></ol>"
    ),
    "preparation": (
        "<p>Read your organisation's good-conduct charter before the session and note your "
        "questions. Check your camera and microphone.</p>"
    ),
    "lessons": [
        {
            "key": "s2-charter",
            "slug": "the-good-conduct-charter",
            "title": "The good-conduct charter",
            "summary": (
                "What the charter is for, what it contains, and why signing it protects you "
                "as much as the organisation."
            ),
            "minutes": 25,
            "body": [
                text(
                    "<p>The <b>good-conduct charter</b> sets the rules shared by all the "
                    "organisation's ambassadors. It does not tell you what to post; it says "
                    "what not to do, and what the organisation commits to do for you.</p>"
                ),
                heading("What the charter usually contains"),
                text(
                    "<ul><li><b>Transparency:</b> say that you work for the organisation "
                    "when you talk about it.</li><li><b>Confidentiality:</b> post nothing "
                    "that is not public (customers, figures, ongoing projects).</li>"
                    "<li><b>Respect:</b> for people, competitors, different opinions.</li>"
                    "<li><b>Image rights:</b> colleagues' consent before showing or naming "
                    "them.</li><li><b>The organisation's commitments:</b> no obligation to "
                    "post, no monitoring of your personal accounts, support if things go "
                    "wrong.</li></ul>"
                ),
                callout(
                    "tip",
                    "One version, one signature",
                    "<p>The charter has versions. When a new version changes the rules, you "
                    "are asked to sign it again before you go on posting as part of the "
                    "programme. You can read it again at any time.</p>",
                ),
                checklist(
                    "Before you sign",
                    [
                        "I have read the whole charter.",
                        "I know whom to ask when in doubt.",
                        "I know I can withdraw from the programme at any time.",
                        "I know what the organisation commits to do for me.",
                    ],
                ),
                reflection(
                    "Which article of the charter seems most important to you, and which one "
                    "still raises questions?",
                ),
            ],
        },
        {
            "key": "s2-risks",
            "slug": "the-risks",
            "title": "The risks of speaking up online",
            "summary": (
                "Confidentiality, reputation, controversy, harassment, over-exposure: "
                "recognising the risks to avoid them without giving up posting."
            ),
            "minutes": 30,
            "body": [
                text(
                    "<p>Posting online means accepting to be read by people you do not know, "
                    "today and years from now. The risks are real but well known, and most "
                    "can be avoided with a few reflexes.</p>"
                ),
                heading("Five families of risk"),
                text(
                    "<ol><li><b>Information leaks:</b> an office photo with a readable "
                    "screen, a customer's name without consent, an unpublished figure.</li>"
                    "<li><b>Controversy:</b> a sharp opinion on a sensitive subject, linked "
                    "to the organisation's name.</li><li><b>Harassment:</b> hostile "
                    "comments, sometimes organised.</li><li><b>Over-exposure:</b> posting "
                    "too much, about everything, until your network is tired and so are "
                    "you.</li><li><b>Role confusion:</b> being seen as an official "
                    "spokesperson when you speak in your own name.</li></ol>"
                ),
                callout(
                    "warning",
                    "X (formerly Twitter)",
                    "<p>The programme does not encourage you to carry the organisation's "
                    "subjects on X. Exchanges there are short, often confrontational, and a "
                    "sentence out of context travels very fast. If you are active there, be "
                    "especially careful.</p>",
                ),
                callout(
                    "tip",
                    "When a comment is hostile",
                    "<p>Do not answer in the heat of the moment. A short, factual answer, or "
                    "no answer at all, is better than a public exchange. Report insulting "
                    "comments and tell your contact person: the charter provides "
                    "support.</p>",
                ),
                reflection(
                    "Which of these risks worries you most for yourself? Which reflex will "
                    "you adopt to avoid it?",
                ),
            ],
        },
        {
            "key": "s2-scenarios",
            "slug": "post-or-not",
            "title": "Post or not: scenarios",
            "summary": (
                "Realistic situations to practise deciding: post as is, edit, ask, or give up."
            ),
            "minutes": 35,
            "body": [
                text(
                    "<p>When you have an idea for a post, ask yourself three questions: "
                    "<b>Is it public?</b> <b>Does it respect the people involved?</b> <b>Would "
                    "I be comfortable if my manager, a customer and my family read it?</b> "
                    "Three yeses: post. A doubt: edit or ask. A no: give up.</p>"
                ),
                heading("Scenario 1: the team photo"),
                post(
                    "linkedin",
                    "Léa Garnier",
                    "Communication officer",
                    "So proud of this team who wrapped up project Atlas ahead of schedule! "
                    "Thanks everyone for this amazing sprint 🎉",
                    "#team #project",
                    'Edit before posting: the code name "Atlas" is not public, and did '
                    "every colleague in the photo agree? A version without the project name, "
                    "with everyone's consent, is perfect.",
                ),
                heading("Scenario 2: the unhappy customer"),
                callout(
                    "example",
                    "The situation",
                    "<p>A customer posts a criticism of the organisation and tags you. You "
                    "know the case and think they are wrong. <b>Decision:</b> do not argue "
                    "the substance in public. Pass it on to the department concerned, and if "
                    "you answer, do it in one sentence offering a private conversation.</p>",
                ),
                heading("Scenario 3: the announcement before the announcement"),
                callout(
                    "example",
                    "The situation",
                    "<p>You learn in a meeting that the organisation will open a new site. "
                    "It is excellent news. <b>Decision:</b> wait for the official "
                    "announcement, then share it with your own angle: what this site will "
                    "change for your work.</p>",
                ),
                checklist(
                    "The three questions before posting",
                    [
                        "Is this information public?",
                        "Do the people involved agree?",
                        "Would I be comfortable if my manager, a customer and my family read it?",
                    ],
                ),
                reflection(
                    "Describe an idea for a post you had (or could have) and apply the three "
                    "questions to it. Do you post, edit or give up? Why?",
                ),
            ],
        },
    ],
}

SESSION_3 = {
    "number": 3,
    "slug": "session-3",
    "title": "Your editorial line",
    "format": "in_person",
    "duration": "3.5",
    "objectives": (
        "<ul><li>Define your positioning and your audiences.</li><li>Choose your content "
        "pillars and your mix.</li><li>Set your formats, rhythm and tone.</li>"
        "<li>Prepare the individual coaching session that will validate your line.</li></ul>"
    ),
    "agenda": (
        "<ol><li>The organisation's editorial line (30 min)</li>"
        "<li>Positioning and audiences: workshop (50 min)</li><li>Break</li>"
        "<li>Pillars and content mix (40 min)</li>"
        "<li>Formats, rhythm and tone; booking your coaching session (50 min)</li></ol>"
    ),
    "preparation": (
        "<p>Read your answers to the exercises of sessions 1 and 2 again: they are the "
        "starting point of your editorial line. List five subjects from your work you could "
        "talk about for hours.</p>"
    ),
    "lessons": [
        {
            "key": "s3-positioning",
            "slug": "positioning-and-audiences",
            "title": "Positioning and audiences",
            "summary": (
                "The individual-coaching method starts here: what do you want to be known "
                "for, and by whom?"
            ),
            "minutes": 30,
            "body": [
                text(
                    "<p>Your <b>editorial line</b> is your compass: it says what you talk "
                    "about, to whom, how and how often. You build it with your coach, in an "
                    "individual session, starting from two questions.</p>"
                ),
                heading("1. Your positioning"),
                text(
                    '<p>Your positioning fits in one sentence: <i>"I talk about [subject] '
                    'for [audience], because [what makes me credible]."</i> It must be '
                    "precise enough for people to associate you with something, and broad "
                    'enough to last: "predictive maintenance in industry" lasts for months, '
                    '"our new machine" lasts for two posts.</p>'
                ),
                heading("2. Your audiences"),
                text(
                    "<p>Choose two or three audiences at most: your peers, your customers, "
                    "future candidates, your local ecosystem... For each, ask yourself what "
                    "they are looking for and what you can bring them.</p>"
                ),
                callout(
                    "example",
                    "A positioning worked on in coaching",
                    '<p>First draft: "I talk about sales." After coaching: "I tell the '
                    "behind-the-scenes story of customer relations in industry, for buyers "
                    'and young salespeople, because I have fifteen years in the field."</p>',
                ),
                reflection(
                    'Write your positioning sentence: "I talk about ... for ... because ...".',
                    "Your coach will read it before your individual session. An imperfect "
                    "first draft is exactly what is needed.",
                ),
            ],
        },
        {
            "key": "s3-pillars",
            "slug": "pillars-and-content-mix",
            "title": "Pillars and content mix",
            "summary": (
                "Three to five pillars so you never run out of ideas, and a balanced mix of "
                "your expertise, behind the scenes and the organisation."
            ),
            "minutes": 30,
            "body": [
                text(
                    "<p><b>Pillars</b> are the big recurring themes of your posts. With "
                    "three to five pillars you never start from a blank page: every idea "
                    "finds its place, or does not, which is an answer too.</p>"
                ),
                heading("An example of pillars"),
                text(
                    "<ul><li><b>My trade:</b> tips, frequent mistakes, customers' "
                    "questions.</li><li><b>Behind the scenes:</b> the team, the tools, a "
                    "typical day.</li><li><b>My industry:</b> trends, reading, events.</li>"
                    "<li><b>The organisation:</b> its projects, its hiring, seen through "
                    "your eyes.</li></ul>"
                ),
                heading("The content mix"),
                text(
                    "<p>A good starting point: about <b>60%</b> content about your "
                    "expertise, <b>30%</b> behind the scenes and experience, <b>10%</b> "
                    "sharing the organisation's posts, always with your own comment. Your "
                    "coach will adjust these proportions with you.</p>"
                ),
                callout(
                    "warning",
                    "The reshare trap",
                    "<p>If most of your posts are reshares of the official page, your "
                    "network will stop reading you. A reshare is only worth something if "
                    "you add what only you can say.</p>",
                ),
                checklist(
                    "Your pillars are good if...",
                    [
                        "Each inspires at least ten post ideas.",
                        "At least one pillar is about your own expertise.",
                        "The organisation appears, without dominating.",
                        "You would want to read an account that talks about these subjects.",
                    ],
                ),
                reflection(
                    "List your three to five pillars and, for each, a first post idea.",
                ),
            ],
        },
        {
            "key": "s3-formats",
            "slug": "formats-rhythm-and-tone",
            "title": "Formats, rhythm and tone",
            "summary": (
                "Text, image, carousel, video: choosing your formats, a sustainable rhythm "
                "and a tone that sounds like you."
            ),
            "minutes": 25,
            "body": [
                heading("Formats"),
                text(
                    "<ul><li><b>Text only:</b> ideal for a story or an opinion; quick to "
                    "write.</li><li><b>Text and photo:</b> an authentic photo (not a stock "
                    "photo) catches the eye.</li><li><b>Carousel (document):</b> for a "
                    "step-by-step method; longer to prepare.</li><li><b>Short video:</b> "
                    "very engaging, but needs ease in front of the camera.</li></ul>"
                ),
                heading("Rhythm"),
                text(
                    "<p><b>One post every two weeks for a year</b> beats three a week for a "
                    "month. Start small: one post every two weeks, and comments on other "
                    "people's posts in between. Increase if you feel like it.</p>"
                ),
                heading("Tone"),
                text(
                    "<p>Write the way you talk to a colleague you respect: in the first "
                    "person, in short sentences, without internal jargon. Humour or "
                    "sobriety, casual or formal: choose, then stay consistent.</p>"
                ),
                post(
                    "linkedin",
                    "Inès Roux",
                    "Product marketing manager",
                    "Three things I learnt listening to 40 customer calls this quarter:\n\n1. "
                    "Nobody reads the product sheet to the end.\n2. Question #1 is about "
                    "installation, not price.\n3. The happiest customers are the ones we "
                    "called after the sale.\n\nThe third surprised me most. What have you "
                    "learnt from your customers lately?",
                    "#marketing #listening",
                    "List format, direct tone, personal expertise, and a question that "
                    "invites comments.",
                ),
                reflection(
                    "Which format and rhythm seem sustainable for the next three months? "
                    "Which three adjectives describe the tone you want?",
                ),
            ],
        },
    ],
}

SESSION_4 = {
    "number": 4,
    "slug": "session-4",
    "title": "Write, engage, measure",
    "format": "remote",
    "duration": "3.5",
    "objectives": (
        "<ul><li>Write hooks and stories that make people want to read.</li>"
        "<li>Engage through comments.</li><li>Understand what is specific to TikTok.</li>"
        "<li>Measure without obsessing, and plan your first 30 days.</li></ul>"
    ),
    "agenda": (
        "<ol><li>Hooks and storytelling: writing workshop (60 min)</li>"
        "<li>The art of commenting (30 min)</li><li>Break</li>"
        "<li>TikTok, a different network (30 min)</li>"
        "<li>Measuring; your first 30 days (45 min)</li></ol>"
    ),
    "preparation": (
        "<p>Bring two post ideas from your pillars. If you want to work on TikTok, install "
        "the app and watch a dozen videos from your industry.</p>"
    ),
    "lessons": [
        {
            "key": "s4-hooks-storytelling",
            "slug": "hooks-and-storytelling",
            "title": "Hooks and storytelling",
            "summary": (
                "The first two lines decide whether you are read. How to write them, and "
                "how to tell a story in a few paragraphs."
            ),
            "minutes": 30,
            "body": [
                text(
                    "<p>On LinkedIn only the first two or three lines of a post show before "
                    '"...see more". That is the <b>hook</b>. It must give a reason to '
                    "click, without promising what the post does not deliver.</p>"
                ),
                heading("Five kinds of hook"),
                text(
                    '<ul><li><b>The number:</b> "40 customer calls, 3 lessons."</li>'
                    '<li><b>The scene:</b> "Tuesday, 7 am, the alarm on line 3 goes '
                    'off."</li><li><b>The confession:</b> "For a long time I '
                    'believed..."</li><li><b>The question:</b> "When is a project really '
                    'finished?"</li><li><b>The twist:</b> "The best advice I ever got: '
                    'stop answering every email."</li></ul>'
                ),
                heading("A simple story structure"),
                text(
                    "<p><b>Situation</b> (where, when, who) → <b>difficulty</b> (what went "
                    "wrong) → <b>action</b> (what you did) → <b>lesson</b> (what you take "
                    "from it, useful to the reader). Four short paragraphs are enough.</p>"
                ),
                post(
                    "linkedin",
                    "Antoine Fabre",
                    "Technical sales engineer",
                    "Tuesday, 7 am. A customer calls me: their line has stopped.\n\nI could "
                    "have sent the procedure. I went on site with a technician.\n\nThe "
                    "problem was fixed in 40 minutes. But what the customer remembered is "
                    "that we were there by 8.\n\nMy lesson: in industry, trust is earned on "
                    "the bad days.",
                    "#industry #customerrelations",
                    'A "scene" hook, the situation-difficulty-action-lesson structure, and '
                    "a last sentence that makes people want to comment.",
                ),
                reflection(
                    "Write three different hooks (number, scene, confession...) for the same "
                    "post idea taken from your pillars.",
                ),
            ],
        },
        {
            "key": "s4-comments",
            "slug": "engaging-through-comments",
            "title": "Engaging through comments",
            "summary": (
                "Commenting on other people's posts is the simplest and most underrated way "
                "to exist on LinkedIn."
            ),
            "minutes": 20,
            "body": [
                text(
                    "<p>A thoughtful comment under someone else's post is read by their "
                    "network, not only yours. It is also the least intimidating way to "
                    "start: you react to an idea rather than produce one.</p>"
                ),
                heading("A good comment"),
                text(
                    "<ul><li>Adds something: an experience, a nuance, a resource.</li>"
                    "<li>Is more than one line, but fewer than five.</li><li>May ask the "
                    "author a question.</li><li>Does not advertise.</li></ul>"
                ),
                callout(
                    "example",
                    'From "Well done!" to a real comment',
                    '<p><b>Weak:</b> "Great post, well done!"<br><b>Better:</b> "We saw '
                    "the same about installation: we halved the calls with a 2-minute video. "
                    'Have you tried it?"</p>',
                ),
                callout(
                    "tip",
                    "Answer under your own posts",
                    "<p>Answer every comment in the first hours. It keeps the conversation "
                    "going, and LinkedIn shows lively posts to more people.</p>",
                ),
                checklist(
                    "A 10-minute routine, twice a week",
                    [
                        "Read your feed and spot three posts from your industry.",
                        "Write a comment that adds something on each.",
                        "Answer the comments on your own posts.",
                        "Accept or send two personalised invitations.",
                    ],
                ),
                reflection(
                    "Find a recent post from your industry and write here the comment you "
                    "could leave under it.",
                ),
            ],
        },
        {
            "key": "s4-tiktok",
            "slug": "tiktok-a-different-network",
            "title": "TikTok: a different network",
            "summary": (
                "TikTok is not LinkedIn on video. Its codes, its audiences, its risks, and "
                "who it makes sense for."
            ),
            "minutes": 25,
            "body": [
                text(
                    "<p>TikTok is a <b>short-video</b> network where the algorithm shows "
                    "content to strangers according to their interests, far more than to "
                    "your followers. An account with no followers can be seen by thousands "
                    "of people, for better and for worse.</p>"
                ),
                heading("What works on TikTok"),
                text(
                    "<ul><li>A hook in the <b>first two seconds</b>, on screen and "
                    "spoken.</li><li>Vertical format, filmed on a phone, without heavy "
                    "editing.</li><li>Show rather than explain: a gesture, a tool, a "
                    "before-and-after.</li><li>Little-known trades that intrigue.</li></ul>"
                ),
                callout(
                    "warning",
                    "Specific risks",
                    "<p>Comments are freer and sometimes mocking; a video can be reused and "
                    "twisted. Never film a screen, a document or a colleague without "
                    "consent. TikTok needs its own coaching: talk to your coach before you "
                    "start.</p>",
                ),
                post(
                    "tiktok",
                    "Sam Taylor",
                    "@sam_in_the_workshop",
                    "POV: you're tuning a welding robot to the micron 🔧\nWhat nobody ever "
                    "sees: 20 minutes of calibration for 3 seconds of welding.",
                    "#trade #industry #behindthescenes",
                    "A little-known trade, shown in action, with an instant hook. Nothing "
                    "confidential on screen.",
                ),
                reflection(
                    "Does TikTok make sense for you? If so, which gesture or moment of your "
                    "work could you show in 30 seconds?",
                ),
            ],
        },
        {
            "key": "s4-measure-30-days",
            "slug": "measuring-and-your-first-30-days",
            "title": "Measuring, and your first 30 days",
            "summary": (
                "A few useful indicators, without obsession, and a concrete plan for the "
                "first month after certification."
            ),
            "minutes": 30,
            "body": [
                heading("What is worth measuring"),
                text(
                    "<ul><li><b>Comments</b> more than likes: they show a real "
                    "conversation.</li><li><b>Profile visits</b> and invitations received: "
                    "is your network growing in the right direction?</li><li><b>Concrete "
                    "outcomes:</b> a customer contact, an application, an invitation to "
                    "speak.</li></ul>"
                    "<p>Impressions vary a lot from one post to the next; do not draw "
                    "conclusions from a single post. Look at trends over a month.</p>"
                ),
                callout(
                    "tip",
                    "Do not run out of steam",
                    "<p>Losing steam is the first risk after launch. The 30, 60 and 90-day "
                    "check-ins with your coach are there to adjust your rhythm, not to judge "
                    "you.</p>",
                ),
                checklist(
                    "Your first 30 days",
                    [
                        "Week 1: finish your profile and publish an introduction post.",
                        "Week 1: comment on three posts from your industry.",
                        "Week 2: publish a post from your main pillar.",
                        "Week 3: answer every comment, invite ten contacts.",
                        "Week 4: publish a second post, then note what worked.",
                        "Day 30: review it all with your coach.",
                    ],
                ),
                post(
                    "linkedin",
                    "Camille Durand",
                    "Account manager",
                    "A month ago I had never posted on LinkedIn.\n\nFour posts later: two "
                    "customers wrote to me, a student asked for advice, and I realised my job "
                    "interests more people than I thought.\n\nNext goal: keep the pace, one "
                    "post every two weeks.",
                    "#firststeps",
                    "An honest, concrete review with no inflated numbers: a very good post "
                    "to close your first 30 days.",
                ),
                reflection(
                    "Write your plan for the next 30 days: which posts, which dates, and how "
                    "will you know it worked?",
                    "Your coach will use it for the first check-in.",
                ),
            ],
        },
    ],
}

PROGRAMME = {
    "slug": "programme",
    "title": "The ambassador programme",
    "lead": (
        "Four half-day sessions to learn how to speak about your work and your organisation "
        "on LinkedIn, in your own voice."
    ),
    "intro": (
        "<p>The programme runs in a small group of four to eight people, with a trainer. "
        "Between sessions you follow the lessons online, do the exercises and build your "
        "editorial line with a coach.</p>"
        "<p>At the end you are certified and join the ambassador community. Taking part is "
        "voluntary: you can withdraw at any time.</p>"
    ),
    "sessions": [SESSION_1, SESSION_2, SESSION_3, SESSION_4],
}
