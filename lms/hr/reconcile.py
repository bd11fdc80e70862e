"""Exports whose build was lost (broker down at the request, worker killed mid-build): queued
again by the operations reconciliation (OPERATIONS_RECONCILERS), or marked failed after a day
so that their requester knows."""

from datetime import timedelta

from django.utils import timezone

from .models import Export, ExportState

# An export still waiting after this long is given up (its requester can ask again).
EXPORT_GIVE_UP = timedelta(days=1)


def exports_requeue(*, grace: timedelta) -> int:
    """Exports waiting for longer than `grace`: built again (building is idempotent)."""
    from .tasks import export_build_task

    now = timezone.now()
    waiting = Export.objects.filter(state=ExportState.PENDING)
    waiting.filter(created_at__lt=now - EXPORT_GIVE_UP).update(
        state=ExportState.FAILED, finished_at=now
    )
    ids = list(waiting.filter(created_at__lt=now - grace).values_list("pk", flat=True))
    for pk in ids:
        export_build_task.delay(export_id=pk)
    return len(ids)
