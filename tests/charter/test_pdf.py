"""The two PDFs: what an ambassador signed, and the organisation's charter guide."""

import pytest

from charter.services import charter_sign, charter_version_publish
from tests.pdf import pdf_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def signature(named_ambassador, version):
    return charter_sign(
        user=named_ambassador,
        version=version,
        full_name="Léa Garnier",
        acknowledged_sections=version.section_keys,
        language="fr",
    )


def test_signature_pdf_states_version_hash_date_and_name(client, named_ambassador, signature):
    client.force_login(named_ambassador)
    response = client.get(f"/charter/signatures/{signature.pk}.pdf")
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "Léa Garnier" in text
    assert "Version 1" in text
    assert signature.text_sha256 in text.replace(" ", "")
    assert str(signature.signed_at.year) in text
    assert "Texte de la section disclosure." in text


def test_nobody_else_downloads_a_signature(client, ambassador, hr, signature):
    for user in (ambassador, hr):
        client.force_login(user)
        assert client.get(f"/charter/signatures/{signature.pk}.pdf").status_code == 404


def test_guide_pdf_has_every_section_and_the_version(client, ambassador, charter, version):
    charter_version_publish(charter=charter, is_material=False)
    client.force_login(ambassador)
    text = pdf_text(client.get("/charter/guide.pdf").content)
    assert "Charte de test" in text and "Acme" in text
    assert "Version 2" in text
    assert "Titre voluntary" in text and "Titre disclosure" in text
    assert "Version 1" in pdf_text(client.get("/charter/guide.pdf?version=1").content)


def test_guide_pdf_in_english(client, ambassador, version):
    ambassador.language = "en"
    ambassador.save()
    client.force_login(ambassador)
    text = pdf_text(client.get("/charter/guide.pdf", HTTP_ACCEPT_LANGUAGE="en").content)
    assert "Test charter" in text and "Heading voluntary" in text


def test_other_organisations_hr_cannot_get_the_guide(client, other_hr, organisation, version):
    client.force_login(other_hr)
    assert client.get(f"/charter/organisations/{organisation.pk}/guide.pdf").status_code == 404


def test_trainer_gets_any_organisations_guide(client, trainer, organisation, version):
    client.force_login(trainer)
    response = client.get(f"/charter/organisations/{organisation.pk}/guide.pdf")
    assert "Charte de test" in pdf_text(response.content)
