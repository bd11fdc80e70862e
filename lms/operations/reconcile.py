"""Work that should be under way but is not, queued again.

Every reconciler of OPERATIONS_RECONCILERS is called as `reconciler(grace=timedelta)`: work
younger than `grace` is left alone (it is probably in a worker's hands); it returns how many
items it queued again."""

import logging
from datetime import timedelta
from importlib import import_module

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import EmailState, OutboundEmail

logger = logging.getLogger(__name__)


def outbound_emails_requeue(*, grace: timedelta) -> int:
    """Queued emails whose attempt is overdue by `grace` (their message was lost: broker
    restarted empty, publish failed, worker gone), queued again; their next attempt is then
    due now, so a second run queues none of them again."""
    now = timezone.now()
    from .services import _queue

    with transaction.atomic():
        overdue = list(
            OutboundEmail.objects.select_for_update(skip_locked=True)
            .filter(state=EmailState.QUEUED, due_at__lt=now - grace)
            .only("pk")
        )
        OutboundEmail.objects.filter(pk__in=[e.pk for e in overdue]).update(due_at=now)
        for email in overdue:
            _queue(email)
    if overdue:
        logger.warning("Queued again %s email(s) not sent in time.", len(overdue))
    return len(overdue)


def reconcile_all() -> dict[str, int]:
    """Run every reconciler of OPERATIONS_RECONCILERS; one that fails does not stop the others.

    A run that starts less than half a grace period after the previous one (a second beat, a
    retry) does nothing and returns {}: what the previous run queued is given time to be done.
    """
    from .models import Heartbeat

    grace = timedelta(seconds=settings.OPERATIONS_RECONCILE_GRACE_SECONDS)
    now = timezone.now()
    with transaction.atomic():
        last, created = Heartbeat.objects.select_for_update().get_or_create(
            name="reconcile", defaults={"at": now}
        )
        if not created:
            if now - last.at < grace / 2:
                return {}
            last.at = now
            last.save(update_fields=["at"])
    counts = {}
    for path in settings.OPERATIONS_RECONCILERS:
        try:
            module_name, _, name = path.rpartition(".")
            counts[path] = getattr(import_module(module_name), name)(grace=grace)
        except Exception:
            logger.exception("Reconciler %s failed", path)
            counts[path] = -1
    return counts
