"""Outgoing email: rendered in the recipient's language, sent by Celery after commit."""

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
    """Render now, send from a worker after commit. Attachments: {filename, content, mimetype}."""
    from .tasks import email_send

    subject, text, html = render_email(template=template, context=context, language=language)
    email_send.delay_on_commit(
        to=to, subject=subject, text=text, html=html, attachments=attachments or []
    )
