from celery import shared_task

from .reconcile import reconcile_all
from .services import heartbeat_record


@shared_task(acks_late=True)
def operations_reconcile() -> dict[str, int]:
    """Queue again the work that should be under way; safe to run twice."""
    return reconcile_all()


@shared_task(acks_late=True, expires=120)
def operations_heartbeat() -> None:
    """Written by a worker on beat's schedule; /healthz reads how old it is."""
    heartbeat_record(name="worker")
