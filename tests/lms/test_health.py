import pytest

from lms import health

pytestmark = pytest.mark.django_db


def test_healthz_reports_database_and_broker(client, monkeypatch):
    monkeypatch.setattr(health, "_broker_ok", lambda: True)
    monkeypatch.setattr(health, "_workers_answering", lambda: 2)
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "database": "ok",
        "broker": "ok",
        "workers": 2,
        "heartbeat": "missing",
    }


def test_healthz_answers_503_when_the_broker_is_down(client, monkeypatch):
    monkeypatch.setattr(health, "_broker_ok", lambda: False)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["broker"] == "down"
    assert response.json()["workers"] == 0
