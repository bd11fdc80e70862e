from celery import shared_task

from .models import Export, ExportState
from .pipeline import pipeline_rebuild, pipeline_refresh
from .services import export_build, export_fail


@shared_task(acks_late=True)
def export_build_task(*, export_id: int) -> None:
    """Build a queued export; a failure marks it failed so that its requester knows."""
    export = Export.objects.select_related("requested_by").filter(pk=export_id).first()
    if export is None or export.state != ExportState.PENDING:
        return
    try:
        export_build(export=export)
    except Exception:
        export_fail(export_id=export_id)
        raise


@shared_task(acks_late=True)
def pipeline_refresh_task() -> int:
    """Recompute every stale onboarding row (what reads left for later; run every few
    minutes). Running it twice does nothing more."""
    return pipeline_refresh()


@shared_task(acks_late=True)
def pipeline_rebuild_task() -> int:
    """Recompute every onboarding row from the records (nightly): catches what was written
    without signals, such as bulk imports."""
    return pipeline_rebuild()
