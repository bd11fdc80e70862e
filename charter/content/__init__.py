"""The default charter each organisation starts from, written by us, in French and English.

Each language module exposes TEMPLATE = {"title", "introduction", "sections": [{key, heading,
body}]}. Section keys are stable theme identifiers shared by both languages (THEMES); other
capabilities (quiz "charter themes", draft checks) refer to them. "{organisation}" in a text is
replaced by the organisation's name when a charter is derived from the template.
"""

from . import en, fr

TEMPLATES = {"fr": fr.TEMPLATE, "en": en.TEMPLATE}

THEMES = (
    "voluntary",
    "disclosure",
    "confidentiality",
    "tone",
    "crisis",
    "image_rights",
    "accounts",
    "transparency",
    "networks",
)


def charter_template(*, language: str, organisation_name: str) -> dict:
    """The default text in `language`, with the organisation's name filled in."""
    template = TEMPLATES[language]

    def fill(text: str) -> str:
        return text.replace("{organisation}", organisation_name)

    return {
        "title": fill(template["title"]),
        "introduction": fill(template["introduction"]),
        "sections": [
            {"key": s["key"], "heading": fill(s["heading"]), "body": fill(s["body"])}
            for s in template["sections"]
        ],
    }
