"""The Open Badges JSON-LD checked by the `openbadges` package's own verifier, fetching our
URLs from a live server. The only document it would fetch from elsewhere, the Open Badges v2
context, is served from the copy the package ships."""

import json

import pytest
import requests
from openbadges import verify
from openbadges.verifier.openbadges_context import (
    OPENBADGES_CONTEXT_V2_DICT,
    OPENBADGES_CONTEXT_V2_URI,
)
from requests.adapters import BaseAdapter
from requests.models import Response

from lms.certification.badges import assertion_url, recipient_identity
from lms.certification.models import Certificate
from lms.certification.services import certificate_revoke

from .conftest import meet_everything

pytestmark = pytest.mark.django_db(transaction=True)


class ContextAdapter(BaseAdapter):
    def send(self, request, **kwargs):
        response = Response()
        response.status_code = 200
        response._content = json.dumps(OPENBADGES_CONTEXT_V2_DICT).encode()
        response.headers["Content-Type"] = "application/ld+json"
        response.url = request.url
        response.request = request
        response.encoding = "utf-8"
        return response

    def close(self):
        pass


@pytest.fixture
def offline_context(monkeypatch):
    original = requests.Session.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.mount(OPENBADGES_CONTEXT_V2_URI.rsplit("/", 1)[0] + "/", ContextAdapter())

    monkeypatch.setattr(requests.Session, "__init__", init)


@pytest.fixture
def certificate(live_server, settings, offline_context, cohort, learner):
    settings.SITE_BASE_URL = live_server.url
    meet_everything(learner, cohort)
    return Certificate.objects.get()


def run_verifier(certificate):
    result = verify(
        assertion_url(certificate),
        recipient_profile={"email": certificate.user.email},
        use_cache=False,
        cache_backend=None,
    )
    return result["report"]


def test_the_hosted_assertion_passes_the_open_badges_verifier(certificate):
    report = run_verifier(certificate)
    assert report["messages"] == []
    assert report["valid"] is True
    assert report["openBadgesVersion"] == "2.0"


def test_the_recipient_email_is_hashed_with_a_salt(certificate, client):
    data = client.get(assertion_url(certificate)).json()
    recipient = data["recipient"]
    assert recipient["hashed"] is True
    assert certificate.user.email not in json.dumps(data)
    assert recipient["identity"] == recipient_identity(
        email=certificate.user.email, salt=recipient["salt"]
    )
    assert recipient["identity"].startswith("sha256$")


def test_a_revoked_assertion_answers_revoked(certificate, trainer, client):
    certificate_revoke(certificate=certificate, actor=trainer, reason="Erreur d'attribution")
    response = client.get(assertion_url(certificate))
    assert response.status_code == 410
    assert response.json()["revoked"] is True
    assert response.json()["revocationReason"] == "Erreur d'attribution"
    assert "recipient" not in response.json()
    report = run_verifier(certificate)
    assert report["valid"] is False
    assert report["errorCount"] > 0


def test_an_expired_assertion_fails_the_verifier(certificate):
    import datetime

    from django.utils import timezone

    certificate.issued_at = timezone.now() - datetime.timedelta(days=400)
    certificate.expires_at = timezone.now() - datetime.timedelta(days=35)
    certificate.save()
    report = run_verifier(certificate)
    assert report["valid"] is False
