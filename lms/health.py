"""`/healthz`: is this web process able to reach the database, the broker and a worker?"""

from django.db import connection
from django.http import JsonResponse
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


@never_cache
def healthz(request):
    """200 when the database and the broker answer; the worker count is reported, not required,
    so that a web process is not taken out of the load balancer because workers restart."""
    database, broker = _database_ok(), _broker_ok()
    workers = _workers_answering() if broker else 0
    body = {
        "database": "ok" if database else "down",
        "broker": "ok" if broker else "down",
        "workers": workers,
    }
    return JsonResponse(body, status=200 if database and broker else 503)
