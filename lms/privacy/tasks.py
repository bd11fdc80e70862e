from celery import shared_task

from .services import retention_purge


@shared_task
def retention_purge_run() -> dict:
    """Daily: clear what is older than the retention periods. Idempotent: a second run the
    same day finds nothing left to clear."""
    return retention_purge()
