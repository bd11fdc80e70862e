import datetime
from urllib.parse import parse_qs, urlparse

import pytest

from django.urls import reverse
from django.utils import timezone

from lms.certification.models import Certificate
from lms.certification.services import certificate_reissue, certificate_revoke
from lms.certification.views import linkedin_add_url

from .conftest import meet_everything

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(cohort, learner):
    meet_everything(learner, cohort)
    return Certificate.objects.get()


def verify(client, certificate):
    return client.get(reverse("certification:verify", args=[certificate.code]))


def test_a_valid_certificate_says_valid_without_the_name_until_the_holder_agrees(
    client, certificate
):
    response = verify(client, certificate)
    assert response.status_code == 200
    body = response.content.decode()
    assert "This certificate is valid." in body
    assert "Ambassadeur certifié" in body
    assert "Garnier" not in body
    certificate.show_name_publicly = True
    certificate.save()
    assert "Léa Garnier" in verify(client, certificate).content.decode()


def test_an_expired_certificate_says_expired(client, certificate):
    certificate.expires_at = timezone.now() - datetime.timedelta(days=1)
    certificate.save()
    body = verify(client, certificate).content.decode()
    assert "This certificate has expired." in body


def test_a_revoked_certificate_says_revoked(client, certificate, trainer):
    certificate_revoke(certificate=certificate, actor=trainer, reason="Erreur")
    body = verify(client, certificate).content.decode()
    assert "This certificate was revoked." in body
    assert "Erreur" not in body  # the reason stays internal


def test_a_replaced_certificate_points_to_the_new_one(client, certificate, trainer):
    new = certificate_reissue(certificate=certificate, actor=trainer, reason="Nom corrigé")
    body = verify(client, certificate).content.decode()
    assert "This certificate was revoked." in body
    assert reverse("certification:verify", args=[new.code]) in body


def test_an_unknown_code_answers_not_found(client, db):
    response = client.get(reverse("certification:verify", args=["x" * 27]))
    assert response.status_code == 404
    assert "No certificate has this code" in response.content.decode()


def test_linkedin_link_carries_the_certification(certificate, settings):
    url = urlparse(linkedin_add_url(certificate))
    assert (url.scheme, url.netloc, url.path) == ("https", "www.linkedin.com", "/profile/add")
    params = {key: values[0] for key, values in parse_qs(url.query).items()}
    assert params == {
        "startTask": "CERTIFICATION_NAME",
        "name": "Ambassadeur certifié",
        "organizationName": "Acme",
        "issueYear": str(certificate.issued_at.year),
        "issueMonth": str(certificate.issued_at.month),
        "certUrl": f"{settings.SITE_BASE_URL}/certificates/verify/{certificate.code}/",
        "certId": certificate.code,
    }


def test_the_linkedin_link_is_offered_only_after_the_holder_opts_in(client, certificate, learner):
    client.force_login(learner)
    page = client.get(reverse("certification:mine")).content.decode()
    assert "linkedin.com/profile/add" not in page
    response = client.post(
        reverse("certification:mine"), {"linkedin_sharing": "on", "show_name_publicly": "on"}
    )
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.linkedin_sharing and certificate.show_name_publicly
    page = client.get(reverse("certification:mine")).content.decode()
    assert "linkedin.com/profile/add" in page


def test_the_holder_downloads_their_pdf_and_nobody_else_does(client, certificate, learner, cohort):
    from .conftest import seat

    client.force_login(learner)
    response = client.get(reverse("certification:pdf", args=[certificate.pk]))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    client.force_login(seat(cohort, email="other@acme.example"))
    assert client.get(reverse("certification:pdf", args=[certificate.pk])).status_code == 404


def test_the_ambassador_sees_what_is_missing(client, cohort, learner):
    from .conftest import attend

    attend(learner, cohort)
    client.force_login(learner)
    page = client.get(reverse("certification:mine")).content.decode()
    assert "Not certified yet" in page
    assert "The final quiz is not passed yet." in page
    dashboard = client.get(reverse("dashboard")).content.decode()
    assert "1 of 6 requirements met." in dashboard


def test_the_verification_page_speaks_french_first(client, certificate):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "fr"
    body = verify(client, certificate).content.decode()
    assert "Ce certificat est valide." in body
