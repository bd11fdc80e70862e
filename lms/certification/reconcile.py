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


# A lost readiness check is looked for among people active during this long.
READINESS_WINDOW = timedelta(days=7)


def readiness_checks_requeue(*, grace: timedelta = DEFAULT_GRACE) -> int:
    """People who have done every step before certification but hold no certificate, active
    in the last week but not in the last `grace`: their check (queued by the event that made
    them ready) may have been lost. Checked again; a check that finds a requirement still
    unmet (ready drafts, say) issues nothing. Read from the HR onboarding states."""
    from lms.hr.models import PipelineState
    from lms.hr.pipeline import SEQUENTIAL

    from .tasks import certification_check

    now = timezone.now()
    ids = list(
        PipelineState.objects.filter(
            steps_done=len(SEQUENTIAL),
            has_certificate=False,
            withdrawn=False,
            stale=False,  # refreshed within minutes; the next run sees it
            last_activity__lte=now - grace,
            last_activity__gte=now - READINESS_WINDOW,
        ).values_list("user_id", flat=True)
    )
    for user_id in ids:
        certification_check.delay(user_id)
    return len(ids)
