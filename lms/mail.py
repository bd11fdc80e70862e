"""Outgoing email: rendered in the recipient's language, kept in the outbox, sent by Celery
after commit."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation


def render_email(*, template: str, context: dict, language: str) -> tuple[str, str, str]:
    """Render `emails/<template>_subject.txt`, `.txt` and `.html` in `language`."""
    with translation.override(language):
        context = {"site_url": settings.SITE_BASE_URL, **context}
        subject = render_to_string(f"emails/{template}_subject.txt", context).strip()
        text = render_to_string(f"emails/{template}.txt", context)
        html = render_to_string(f"emails/{template}.html", context)
    return " ".join(subject.split()), text, html


def email_queue(
    *,
    to: list[str],
    template: str,
    context: dict,
    language: str,
    attachments: list[dict] | None = None,
) -> None:
    """Render now and store in the outbox, in the caller's transaction; a worker sends it
    after commit. Attachments: {filename, content (str or bytes), mimetype}."""
    from .operations.services import outbound_email_create

    subject, text, html = render_email(template=template, context=context, language=language)
    outbound_email_create(
        to=to,
        template=template,
        subject=subject,
        text=text,
        html=html,
        attachments=attachments or [],
    )
