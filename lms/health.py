"""`/healthz`: is this web process able to reach the database, the broker and a worker?"""

from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from .celery import app as celery_app


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except Exception:
        return False


def _broker_ok() -> bool:
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
        return True
    except Exception:
        return False


def _workers_answering() -> int:
    try:
        return len(celery_app.control.ping(timeout=1.0) or [])
    except Exception:
        return 0


def _heartbeat() -> str:
    """ "ok" when a worker ran beat's heartbeat task lately, "stale" when not for three periods,
    "missing" when it never did."""
    from .operations.models import Heartbeat

    try:
        beat = Heartbeat.objects.filter(name="worker").first()
    except Exception:
        return "missing"
    if beat is None:
        return "missing"
    period = settings.CELERY_BEAT_SCHEDULE["operations-heartbeat"]["schedule"]
    fresh = timezone.now() - beat.at <= timedelta(seconds=3 * period)
    return "ok" if fresh else "stale"


@never_cache
def healthz(request):
    """503 when the database or the broker does not answer. Workers and their heartbeat are
    reported ("status": "degraded" when no fresh heartbeat), not required, so that a web process
    is not taken out of the load balancer because workers restart."""
    database, broker = _database_ok(), _broker_ok()
    workers = _workers_answering() if broker else 0
    heartbeat = _heartbeat() if database else "missing"
    up = database and broker
    body = {
        "status": ("ok" if heartbeat == "ok" else "degraded") if up else "down",
        "database": "ok" if database else "down",
        "broker": "ok" if broker else "down",
        "workers": workers,
        "heartbeat": heartbeat,
    }
    return JsonResponse(body, status=200 if up else 503)
