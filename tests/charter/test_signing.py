"""Reading and signing the charter in force: what a signature proves, and bad input refused."""

import hashlib

import pytest

from charter.models import CharterSignature, ImmutableRecordError
from charter.selectors import charter_status_for
from charter.services import SignatureRefused, charter_sign

from .conftest import sign_data

pytestmark = pytest.mark.django_db


def expected_text(version, language):
    """The canonical text, rebuilt here from the stored snapshot as the model docs describe."""
    text = version.content[language]
    parts = [f"# {text['title']}", f"Version {version.number}", text["introduction"]]
    for section in text["sections"]:
        parts += [f"## [{section['key']}] {section['heading']}", section["body"]]
    return "\n\n".join(parts) + "\n"


def test_signature_stores_version_hash_time_ip_and_browser(client, named_ambassador, version):
    client.force_login(named_ambassador)
    response = client.post(
        "/charter/",
        sign_data(version, full_name="  léa   GARNIER "),
        HTTP_USER_AGENT="Firefox/140",
        REMOTE_ADDR="203.0.113.7",
    )
    assert response.status_code == 302
    signature = CharterSignature.objects.get(user=named_ambassador)
    assert signature.version == version
    assert signature.language == "fr"
    assert signature.ip_address == "203.0.113.7"
    assert signature.user_agent == "Firefox/140"
    assert signature.signed_at is not None
    assert signature.acknowledged_sections == ["voluntary", "disclosure"]
    digest = hashlib.sha256(expected_text(version, "fr").encode("utf-8")).hexdigest()
    assert signature.text_sha256 == digest
    assert "Texte de la section voluntary." in expected_text(version, "fr")
    assert charter_status_for(user=named_ambassador).state == "signed"


def test_english_reader_signs_the_english_text(client, named_ambassador, version):
    client.force_login(named_ambassador)
    client.post("/charter/", sign_data(version, full_name="Léa Garnier"), HTTP_ACCEPT_LANGUAGE="en")
    signature = CharterSignature.objects.get(user=named_ambassador)
    digest = hashlib.sha256(expected_text(version, "en").encode("utf-8")).hexdigest()
    assert (signature.language, signature.text_sha256) == ("en", digest)


def test_name_mismatch_is_refused_with_a_message_and_keeps_what_was_typed(
    client, named_ambassador, version
):
    client.force_login(named_ambassador)
    response = client.post("/charter/", sign_data(version, full_name="Lea Garnie"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "ne correspond pas" in html or "does not match" in html
    assert 'value="Lea Garnie"' in html
    assert html.count("checked") == 2
    assert not CharterSignature.objects.exists()


def test_missing_acknowledgement_is_refused_on_the_server(client, named_ambassador, version):
    client.force_login(named_ambassador)
    data = sign_data(version, full_name="Léa Garnier", sections=["voluntary"])
    response = client.post("/charter/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_section_disclosure_error"' in html
    assert 'id="id_section_voluntary_error"' not in html
    assert 'value="Léa Garnier"' in html
    assert not CharterSignature.objects.exists()


def test_service_refuses_missing_sections_and_names(named_ambassador, version):
    with pytest.raises(SignatureRefused) as refused:
        charter_sign(
            user=named_ambassador,
            version=version,
            full_name="Someone Else",
            acknowledged_sections=["voluntary"],
            language="fr",
        )
    assert refused.value.missing_sections == ["disclosure"]
    assert set(refused.value.message_dict) == {"full_name", "sections"}


def test_a_stale_version_cannot_be_signed(client, named_ambassador, charter, version):
    from charter.services import charter_version_publish

    charter_version_publish(charter=charter, is_material=False)
    client.force_login(named_ambassador)
    response = client.post("/charter/", sign_data(version, full_name="Léa Garnier"))
    assert response.status_code == 400
    assert not CharterSignature.objects.exists()


def test_signatures_cannot_be_changed_or_deleted(named_ambassador, version):
    signature = charter_sign(
        user=named_ambassador,
        version=version,
        full_name="Léa Garnier",
        acknowledged_sections=version.section_keys,
        language="fr",
    )
    signature.full_name = "Someone else"
    with pytest.raises(ImmutableRecordError):
        signature.save()
    with pytest.raises(ImmutableRecordError):
        signature.delete()
    assert CharterSignature.objects.get().full_name == "Léa Garnier"


def test_published_versions_cannot_be_changed(version):
    version.content = {}
    with pytest.raises(ImmutableRecordError):
        version.save()


def test_a_new_signature_supersedes_the_previous_one(named_ambassador, charter, version):
    from charter.services import charter_version_publish

    kwargs = {"full_name": "Léa Garnier", "language": "fr"}
    charter_sign(
        user=named_ambassador, version=version, acknowledged_sections=version.section_keys, **kwargs
    )
    second = charter_version_publish(charter=charter, is_material=True)
    latest = charter_sign(
        user=named_ambassador, version=second, acknowledged_sections=second.section_keys, **kwargs
    )
    status = charter_status_for(user=named_ambassador)
    assert (status.state, status.signed_version, status.signature_id) == ("signed", 2, latest.pk)
    assert CharterSignature.objects.filter(user=named_ambassador).count() == 2


def test_charter_page_shows_the_text_in_force(client, named_ambassador, version):
    client.force_login(named_ambassador)
    html = client.get("/charter/").content.decode()
    assert "Charte de test" in html
    assert "Texte de la section disclosure." in html
    assert 'name="section_voluntary"' in html


def test_people_without_an_organisation_have_no_charter_page(client, trainer):
    client.force_login(trainer)
    assert client.get("/charter/").status_code == 404
    assert client.get("/charter/withdraw/").status_code == 404


def test_anonymous_visitors_are_sent_to_log_in(client, version):
    response = client.get("/charter/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
