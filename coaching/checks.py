"""Automatic checks of a draft post: a pure function of the text, the network and the line.

Each check explains itself, so the ambassador learns the rule rather than just obeying it.
Add a check by writing a function `(text, network, rules) -> list[Check]` and listing it in
CHECKS.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

LINKEDIN_MAX_CHARS = 3000
TIKTOK_MAX_CHARS = 2200
HOOK_MAX_CHARS = 210
MAX_HASHTAGS = 5

ERROR, WARNING, INFO = "error", "warning", "info"

# Phrases that disclose the employment relationship, in French and English.
DISCLOSURE_PHRASES = (
    "je travaille chez",
    "je travaille pour",
    "je travaille à",
    "mon employeur",
    "mon entreprise",
    "notre entreprise",
    "chez nous",
    "collaborateur de",
    "collaboratrice de",
    "salarié de",
    "salariée de",
    "#salarié",
    "#salarie",
    "#collaborateur",
    "#employé",
    "#employee",
    "#employe",
    "i work at",
    "i work for",
    "my employer",
    "my company",
    "our company",
    "employee of",
)
# Capitalised words that start sentences, not names.
NOT_NAMES = {
    "Le", "La", "Les", "Un", "Une", "Des", "Du", "De", "Ce", "Cette", "Ces", "Je", "Tu", "Il",
    "Elle", "Nous", "Vous", "Ils", "Elles", "On", "Mon", "Ma", "Mes", "Notre", "Nos", "Votre",
    "Et", "Mais", "Ou", "Donc", "Car", "Pour", "Avec", "Sans", "Dans", "En", "Sur", "Chez",
    "Bonjour", "Merci", "Bravo", "Hier", "Demain", "Aujourd", "The", "A", "An", "We", "You",
    "I", "My", "Our", "Your", "This", "That", "These", "And", "But", "Or", "For", "With", "In",
    "At", "Thanks", "Hello", "Today", "Yesterday", "Tomorrow", "Happy", "Proud", "Fier",
    "Fière", "Ravi", "Ravie", "Quand", "Comment", "Pourquoi", "When", "How", "Why", "What",
}  # fmt: skip

HASHTAG = re.compile(r"(?<![\w&])#(\w+)")
MENTION = re.compile(r"(?<![\w.])@([\w][\w.\-]*\w|\w)")
LINK = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?"
FULL_NAME = re.compile(rf"(?<![\w#@])({NAME_WORD})[ \u00a0]+({NAME_WORD})\b")


@dataclass(frozen=True)
class Check:
    code: str
    level: str  # "error" | "warning" | "info"
    message: str
    detail: str = ""


@dataclass(frozen=True)
class LineRules:
    """The parts of an organisation's editorial line that the checks read."""

    organisation_name: str = ""
    confidential_terms: tuple[str, ...] = ()
    offer_keywords: tuple[str, ...] = ()
    disclosure_phrases: tuple[str, ...] = field(default_factory=tuple)


def _contains(text: str, term: str) -> bool:
    """Case-insensitive whole-word search (terms may contain spaces or punctuation)."""
    pattern = rf"(?<!\w){re.escape(term.strip())}(?!\w)"
    return bool(term.strip()) and re.search(pattern, text, re.IGNORECASE) is not None


def hook_of(text: str) -> str:
    """The first line (or paragraph) of a post: what shows before “see more”."""
    return text.strip().split("\n", 1)[0].strip()


def check_length(text, network, rules):
    limit = TIKTOK_MAX_CHARS if network == "tiktok" else LINKEDIN_MAX_CHARS
    if len(text) <= limit:
        return []
    if network == "tiktok":
        message = _(
            "The caption is longer than TikTok's limit of 2,200 characters. On TikTok the video "
            "carries the message: keep the caption short and move details to the video."
        )
        return [Check("tiktok_length", ERROR, message, f"{len(text)} / {limit}")]
    message = _(
        "The post is longer than LinkedIn's limit of 3,000 characters: LinkedIn will refuse it. "
        "Cut it down or split it into a series."
    )
    return [Check("linkedin_length", ERROR, message, f"{len(text)} / {limit}")]


def check_hook(text, network, rules):
    hook = hook_of(text)
    if network != "linkedin" or len(hook) <= HOOK_MAX_CHARS:
        return []
    message = _(
        "Your first line is longer than what LinkedIn shows before “see more” (about 210 "
        "characters). Readers decide on the hook alone: make it short and put the rest below."
    )
    return [Check("hook_too_long", WARNING, message, f"{len(hook)} / {HOOK_MAX_CHARS}")]


def check_hashtags(text, network, rules):
    hashtags = HASHTAG.findall(text)
    if len(hashtags) <= MAX_HASHTAGS:
        return []
    message = _(
        "More than five hashtags looks like spam and dilutes your reach. Keep the three to five "
        "that your audience actually follows."
    )
    return [Check("too_many_hashtags", WARNING, message, " ".join(f"#{h}" for h in hashtags))]


def check_disclosure(text, network, rules):
    offers = [keyword for keyword in rules.offer_keywords if _contains(text, keyword)]
    if not offers:
        return []
    phrases = [*DISCLOSURE_PHRASES, *rules.disclosure_phrases]
    if rules.organisation_name:
        phrases += [
            f"I work at {rules.organisation_name}",
            f"#{rules.organisation_name.replace(' ', '')}employee",
        ]
    if any(phrase.lower() in text.lower() for phrase in phrases):
        return []
    message = _(
        "This post promotes the organisation's offer but does not say that you work there. "
        "Readers must know: add for example “I work at %(organisation)s” or #employee."
    ) % {"organisation": rules.organisation_name or _("my organisation")}
    return [Check("missing_disclosure", ERROR, message, ", ".join(offers))]


def check_confidential_terms(text, network, rules):
    found = [term for term in rules.confidential_terms if _contains(text, term)]
    if not found:
        return []
    message = _(
        "The post contains terms that the organisation lists as confidential. Remove them "
        "before publishing, or ask the communication team."
    )
    return [Check("confidential_term", ERROR, message, ", ".join(found))]


def named_people(text: str, rules: LineRules) -> list[str]:
    """@mentions and capitalised first-name + last-name pairs (a heuristic, hence a warning)."""
    organisation_words = set(rules.organisation_name.split())
    names = [f"@{mention}" for mention in MENTION.findall(text)]
    for first, last in FULL_NAME.findall(text):
        if first in NOT_NAMES or {first, last} <= organisation_words:
            continue
        names.append(f"{first} {last}")
    return list(dict.fromkeys(names))


def check_people(text, network, rules):
    names = named_people(text, rules)
    if not names:
        return []
    message = _(
        "The post names or tags people (colleagues or clients?). Ask each of them for their "
        "consent before publishing."
    )
    return [Check("people_named", WARNING, message, ", ".join(names))]


def check_links_and_mentions(text, network, rules):
    links, mentions = len(LINK.findall(text)), len(MENTION.findall(text))
    if not links and not mentions:
        return []
    message = _(
        "For information: %(links)d link(s) and %(mentions)d mention(s). Networks tend to show "
        "posts with outside links to fewer people; a link in the first comment is an option."
    ) % {"links": links, "mentions": mentions}
    return [Check("links_and_mentions", INFO, message, f"links={links} mentions={mentions}")]


CHECKS = (
    check_length,
    check_hook,
    check_hashtags,
    check_disclosure,
    check_confidential_terms,
    check_people,
    check_links_and_mentions,
)


def draft_checks(*, text: str, network: str, organisation_line=None) -> list[Check]:
    """Run every check. `organisation_line` is an OrganisationEditorialLine, LineRules or None."""
    if organisation_line is None:
        rules = LineRules()
    elif isinstance(organisation_line, LineRules):
        rules = organisation_line
    else:
        rules = organisation_line.rules()
    text = text.replace("\r\n", "\n")
    return [check for run in CHECKS for check in run(text, network, rules)]
