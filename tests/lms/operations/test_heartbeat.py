"""/healthz reads the heartbeat a worker writes on beat's schedule."""

from datetime import timedelta

import pytest

from django.utils import timezone

from lms import health
from lms.operations.models import Heartbeat
from lms.operations.tasks import operations_heartbeat, operations_reconcile

pytestmark = pytest.mark.django_db


@pytest.fixture
def broker_up(monkeypatch):
    monkeypatch.setattr(health, "_broker_ok", lambda: True)
    monkeypatch.setattr(health, "_workers_answering", lambda: 1)


def test_a_fresh_heartbeat_makes_the_site_healthy(client, broker_up):
    operations_heartbeat.delay()
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.json()["heartbeat"] == "ok"


def test_a_stale_heartbeat_is_degraded_but_keeps_the_web_process_in_service(
    client, broker_up, settings
):
    period = settings.CELERY_BEAT_SCHEDULE["operations-heartbeat"]["schedule"]
    Heartbeat.objects.create(name="worker", at=timezone.now() - timedelta(seconds=4 * period))
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["heartbeat"] == "stale"


def test_a_broker_down_takes_the_web_process_out_of_service(client, monkeypatch):
    monkeypatch.setattr(health, "_broker_ok", lambda: False)
    Heartbeat.objects.create(name="worker", at=timezone.now())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "down"


def test_the_reconciliation_records_when_it_ran():
    counts = operations_reconcile.delay().get()
    assert counts["lms.operations.reconcile.outbound_emails_requeue"] == 0
    assert counts["lms.certification.reconcile.certificates_without_pdf_requeue"] == 0
    assert counts["lms.certification.reconcile.deliveries_due_requeue"] == 0
    assert Heartbeat.objects.filter(name="reconcile").exists()


def test_beat_runs_the_reconciliation_and_the_heartbeat(settings):
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert {
        "lms.operations.tasks.operations_reconcile",
        "lms.operations.tasks.operations_heartbeat",
    } <= tasks
    from lms.celery import app

    assert {"lms.operations.tasks.operations_reconcile", "lms.tasks.email_send"} <= set(app.tasks)
