"""Re-queue work a worker lost (killed mid-task, broker message dropped). Each function returns
how many items it queued again; once the work is done they queue nothing."""

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from .models import Certificate, DeliveryState, WebhookDelivery

# Work younger than this is probably still in a worker's hands.
DEFAULT_GRACE = timedelta(minutes=2)


def certificates_without_pdf_requeue(*, grace: timedelta = DEFAULT_GRACE) -> int:
    """Certificates in force whose PDF is missing or whose email was never sent."""
    from .tasks import certificate_render_pdf

    ids = list(
        Certificate.objects.filter(
            Q(pdf="") | Q(email_sent_at__isnull=True),
            revoked_at__isnull=True,
            issued_at__lte=timezone.now() - grace,
        ).values_list("pk", flat=True)
    )
    for pk in ids:
        certificate_render_pdf.delay(pk)
    return len(ids)


def deliveries_due_requeue(*, grace: timedelta = DEFAULT_GRACE) -> int:
    """Webhook deliveries still pending although their next try is past."""
    from .tasks import webhook_deliver

    ids = list(
        WebhookDelivery.objects.filter(
            state=DeliveryState.PENDING, next_attempt_at__lte=timezone.now() - grace
        ).values_list("pk", flat=True)
    )
    for pk in ids:
        webhook_deliver.delay(pk)
    return len(ids)
