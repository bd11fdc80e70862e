"""The shipped programme, written from the method in DESIGN.md, in French and English.

Each language module defines PROGRAMME with the same shape: the same sessions, the same lessons
and, within a lesson, the same sequence of blocks. Block ids are derived from that position, so
a reflection answer written in French is found again in the English lesson.
"""

import uuid

BLOCK_NAMESPACE = uuid.UUID("6f1d9a52-3c0e-4b7e-9a55-1e2f8c4d7b10")


def text(html: str) -> tuple:
    return ("text", html)


def heading(title: str, level: str = "h2") -> tuple:
    return ("heading", {"text": title, "level": level})


def callout(kind: str, title: str, body: str) -> tuple:
    return ("callout", {"kind": kind, "title": title, "body": body})


def checklist(title: str, items: list[str]) -> tuple:
    return ("checklist", {"title": title, "items": items})


def post(network: str, author: str, headline: str, body: str, hashtags: str, commentary: str):
    return (
        "example_post",
        {
            "network": network,
            "author_name": author,
            "author_headline": headline,
            "text": body,
            "hashtags": hashtags,
            "commentary": commentary,
        },
    )


def reflection(prompt: str, guidance: str = "") -> tuple:
    return ("reflection", {"prompt": prompt, "guidance": guidance})


def stream(lesson_key: str, blocks: list[tuple]) -> list[dict]:
    """StreamField data whose block ids depend only on the lesson key and the block position."""
    return [
        {"type": kind, "value": value, "id": str(uuid.uuid5(BLOCK_NAMESPACE, f"{lesson_key}/{i}"))}
        for i, (kind, value) in enumerate(blocks)
    ]
