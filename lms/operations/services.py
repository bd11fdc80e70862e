"""The email outbox: written in the caller's transaction, sent once by a worker."""

import logging
from datetime import timedelta

from celery.utils.time import get_exponential_backoff_interval

from django.conf import settings
from django.db import transaction
from django.db.models import TextField
from django.db.models.functions import Cast
from django.utils import timezone

from .models import EmailState, Heartbeat, OutboundEmail

logger = logging.getLogger(__name__)

# Retry delays: 10 s, 20 s, 40 s... up to 10 minutes, each drawn at random below that bound
# ("full jitter") so that a partner coming back is not hit by every retry at once.
RETRY_FACTOR = 10
RETRY_MAXIMUM = 600


def retry_delay(*, attempts: int) -> int:
    return get_exponential_backoff_interval(
        factor=RETRY_FACTOR, retries=max(attempts - 1, 0), maximum=RETRY_MAXIMUM, full_jitter=True
    )


def _queue(email: OutboundEmail) -> None:
    from lms.tasks import email_send

    email_send.delay_on_commit(email_id=email.pk)


def outbound_email_create(
    *, to: list[str], template: str, subject: str, text: str, html: str, attachments: list[dict]
) -> OutboundEmail:
    """Store the email in the caller's transaction; a worker sends it after commit."""
    email = OutboundEmail.objects.create(
        to=list(to),
        template=template,
        subject=subject,
        text=text,
        html=html,
        attachments=OutboundEmail.stored_attachments(attachments),
    )
    _queue(email)
    return email


def outbound_email_send(*, email_id: int) -> int | None:
    """Send a queued email once; None when done (sent, failed for good, gone), else the number
    of seconds after which to try again.

    The row stays locked while the message goes to the mail server, so a second delivery of
    the same task waits and then finds it sent. Known window: if the process dies after the
    server accepted the message and before the commit, the email is sent again later.
    """
    with transaction.atomic():
        email = OutboundEmail.objects.select_for_update().filter(pk=email_id).first()
        if email is None or email.state != EmailState.QUEUED:
            return None
        email.attempts += 1
        now = timezone.now()
        try:
            email.message().send()
        except Exception as error:  # the mail server's answer, whatever it is, is recorded
            email.last_error = f"{type(error).__name__}: {error}"[:2000]
            if email.attempts >= settings.OPERATIONS_EMAIL_MAX_ATTEMPTS:
                email.state = EmailState.FAILED
                delay = None
                logger.error("Email %s failed for good: %s", email.pk, email.last_error)
            else:
                delay = retry_delay(attempts=email.attempts)
                email.due_at = now + timedelta(seconds=delay)
                logger.warning(
                    "Email %s not sent (attempt %s), next in %ss: %s",
                    email.pk,
                    email.attempts,
                    delay,
                    email.last_error,
                )
            email.save(update_fields=["attempts", "last_error", "state", "due_at"])
            return delay
        email.state, email.sent_at = EmailState.SENT, now
        email.save(update_fields=["attempts", "state", "sent_at"])
        return None


def outbound_email_requeue(*, email: OutboundEmail) -> bool:
    """Give a failed email a fresh set of attempts; False when it is not failed."""
    with transaction.atomic():
        updated = OutboundEmail.objects.filter(pk=email.pk, state=EmailState.FAILED).update(
            state=EmailState.QUEUED, attempts=0, due_at=timezone.now()
        )
        if updated:
            _queue(email)
    return bool(updated)


def heartbeat_record(*, name: str) -> None:
    Heartbeat.objects.update_or_create(name=name, defaults={"at": timezone.now()})


def outbound_emails_forget(*, address: str) -> int:
    """Delete every stored email to `address` (a person's data erased on request)."""
    # The recipients are a JSON list: its text holds each address between double quotes.
    emails = OutboundEmail.objects.annotate(recipients=Cast("to", TextField())).filter(
        recipients__icontains=f'"{address}"'
    )
    return emails.delete()[0]


def outbound_emails_purge(*, older_than) -> int:
    """Delete sent emails (bodies and attachments) sent before `older_than`."""
    return OutboundEmail.objects.filter(state=EmailState.SENT, sent_at__lt=older_than).delete()[0]
