"""What the operations page shows: work queued, retried or failed, and the heartbeats."""

from django.db.models import Count, Q

from .models import EmailState, Heartbeat, OutboundEmail

LIMIT = 50


def outbox_counts() -> dict[str, int]:
    counts = OutboundEmail.objects.aggregate(
        queued=Count("pk", filter=Q(state=EmailState.QUEUED)),
        retried=Count("pk", filter=Q(state=EmailState.QUEUED, attempts__gt=0)),
        failed=Count("pk", filter=Q(state=EmailState.FAILED)),
    )
    return counts


def emails_needing_attention(*, limit: int = LIMIT) -> list[OutboundEmail]:
    """Failed emails, then queued ones already tried (retrying), then queued ones, oldest first."""
    fields = ["pk", "to", "subject", "template", "state", "attempts", "last_error", "created_at"]
    rows = list(
        OutboundEmail.objects.filter(state=EmailState.FAILED)
        .order_by("created_at")
        .only(*fields)[:limit]
    )
    if len(rows) < limit:
        rows += (
            OutboundEmail.objects.filter(state=EmailState.QUEUED)
            .order_by("-attempts", "created_at")
            .only(*fields)[: limit - len(rows)]
        )
    return rows


def certificates_without_pdf(*, limit: int = LIMIT):
    """Certificates in force whose PDF is not rendered or whose email has not gone out."""
    from lms.certification.models import Certificate

    queryset = Certificate.objects.filter(
        Q(pdf="") | Q(email_sent_at__isnull=True), revoked_at__isnull=True
    ).order_by("issued_at")
    return queryset.count(), list(
        queryset.only("pk", "code", "recipient_name", "issued_at", "pdf", "email_sent_at")[:limit]
    )


def deliveries_needing_attention(*, limit: int = LIMIT):
    """Webhook deliveries failed for good, then pending ones already refused (retrying)."""
    from lms.certification.models import DeliveryState, WebhookDelivery

    queryset = (
        WebhookDelivery.objects.filter(
            Q(state=DeliveryState.FAILED) | Q(state=DeliveryState.PENDING, attempts__gt=0)
        )
        .select_related("webhook", "enrolment__user")
        .order_by("-state", "created_at")
    )
    return queryset.count(), list(queryset[:limit])


def heartbeats() -> dict:
    return {beat.name: beat.at for beat in Heartbeat.objects.all()}
