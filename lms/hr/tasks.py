from celery import shared_task

from .models import Export, ExportState
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
