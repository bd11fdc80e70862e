"""Background work of certification: thin, idempotent, loaded by id (safe to run twice)."""

from celery import shared_task

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from .models import Certificate, DeliveryState, WebhookDelivery
from .services import (
    WEBHOOK_MAX_ATTEMPTS,
    certificate_expiry_reminders_send,
    certificate_pdf_deliver,
    certificates_expired_sync,
    readiness_sync,
    webhook_delivery_attempt,
    webhook_delivery_blocked,
    webhook_delivery_next,
)


@shared_task(acks_late=True, reject_on_worker_lost=True)
def certificate_render_pdf(certificate_id: int) -> bool:
    """Render and store the certificate's PDF, then email it (once). Nothing to do when the
    certificate is gone or revoked, the PDF stored and the email sent."""
    certificate = (
        Certificate.objects.select_related("user", "cohort", "organisation")
        .filter(pk=certificate_id)
        .first()
    )
    if certificate is None or certificate.revoked_at is not None:
        return False
    return certificate_pdf_deliver(certificate=certificate)


class WebhookNotDelivered(Exception):
    pass


@shared_task(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=WEBHOOK_MAX_ATTEMPTS,
)
def webhook_deliver(self, delivery_id: int) -> bool:
    """POST one event to its webhook; on failure, try again later (exponential backoff with
    jitter) until delivered or WEBHOOK_MAX_ATTEMPTS tries are logged. The events of one
    ambassador go out in order: a later one waits until the earlier ones are through."""
    delivery = WebhookDelivery.objects.filter(pk=delivery_id).first()
    if delivery is None or delivery.state != DeliveryState.PENDING:
        return False
    if not self.request.is_eager and _waiting(delivery):
        webhook_deliver.apply_async((delivery_id,), countdown=_hop(delivery.next_attempt_at))
        return False
    if webhook_delivery_blocked(delivery=delivery):
        return False  # queued again once the earlier events of this ambassador are through
    delivery = webhook_delivery_attempt(delivery=delivery)
    if delivery.state != DeliveryState.PENDING:
        following = webhook_delivery_next(delivery=delivery)
        if following is not None:
            webhook_deliver.delay_on_commit(following.pk)
        return delivery.state == DeliveryState.DELIVERED
    raise self.retry(
        exc=WebhookNotDelivered(f"delivery {delivery_id}: {delivery.last_response_code}"),
        countdown=_hop(delivery.next_attempt_at),
    )


def _waiting(delivery: WebhookDelivery) -> bool:
    """Woken before its next try is due: an earlier hop of a long wait (see `_hop`)."""
    return bool(delivery.next_attempt_at and delivery.next_attempt_at > timezone.now())


def _hop(due) -> int:
    """Seconds until `due`, cut to half the broker's visibility timeout: on Redis, a message
    held longer than that by a worker (a retry's countdown) is handed to another worker too,
    which would post the event twice. A longer wait is done in several hops."""
    seconds = (due - timezone.now()).total_seconds() if due else 0
    return max(1, min(int(seconds), settings.BROKER_VISIBILITY_TIMEOUT // 2))


@shared_task(acks_late=True, reject_on_worker_lost=True)
def certification_check(user_id: int) -> None:
    """A readiness event happened for this person: issue if ready, align posting."""
    user = get_user_model().objects.filter(pk=user_id).first()
    if user is not None:
        readiness_sync(user=user)


@shared_task
def certificate_expiry_sweep() -> dict:
    """Daily: reminders before expiry (once each), posting suspended after expiry."""
    return {
        "reminders": certificate_expiry_reminders_send(),
        "suspended": certificates_expired_sync(),
    }
