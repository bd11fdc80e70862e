"""The charter in the Wagtail admin: editing, publishing, and signature status scoped per tenant."""

import pytest

from charter.factories import CharterFactory
from charter.models import Charter, CharterVersion
from charter.services import charter_sign
from lms.factories import AmbassadorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed(named_ambassador, version):
    return charter_sign(
        user=named_ambassador,
        version=version,
        full_name="Léa Garnier",
        acknowledged_sections=version.section_keys,
        language="fr",
    )


@pytest.fixture
def globex_signed(other_organisation):
    version = CharterFactory(organisation=other_organisation, published=True).versions.get()
    person = AmbassadorFactory(
        organisation=other_organisation, first_name="Zoé", last_name="Globexienne"
    )
    return charter_sign(
        user=person,
        version=version,
        full_name="Zoé Globexienne",
        acknowledged_sections=version.section_keys,
        language="fr",
    )


def test_hr_sees_the_status_of_their_ambassadors_only(
    client, hr, signed, globex_signed, organisation
):
    unsigned = AmbassadorFactory(organisation=organisation, last_name="Sanssignature")
    client.force_login(hr)
    html = client.get("/admin/charter/signatures/").content.decode()
    assert "Garnier" in html and "Sanssignature" in html
    assert "Globexienne" not in html and "Globex" not in html
    assert unsigned.email in html


def test_status_export_is_a_csv_scoped_to_the_organisation(client, hr, signed, globex_signed):
    client.force_login(hr)
    response = client.get("/admin/charter/signatures/?export=csv")
    assert response["Content-Type"] == "text/csv"
    body = b"".join(response.streaming_content).decode()
    lines = body.strip().splitlines()
    assert len(lines) == 2
    assert "lea@acme.example" in lines[1] and "Signé" in lines[1]
    assert "Globexienne" not in body


def test_status_can_be_filtered_by_state(client, hr, signed, organisation):
    AmbassadorFactory(organisation=organisation, last_name="Sanssignature")
    client.force_login(hr)
    html = client.get("/admin/charter/signatures/?state=not_signed").content.decode()
    assert "Sanssignature" in html and "lea@acme.example" not in html


def test_other_organisations_hr_sees_no_record_and_gets_404(
    client, other_hr, signed, charter, organisation
):
    client.force_login(other_hr)
    assert "Garnier" not in client.get("/admin/charter/signatures/").content.decode()
    html = client.get(f"/admin/charter/signatures/?organisation={organisation.pk}").content
    assert "Garnier" not in html.decode()
    records = client.get("/admin/charter_signatures/").content.decode()
    assert "Garnier" not in records
    assert client.get(f"/admin/charter_signatures/inspect/{signed.pk}/").status_code == 404
    assert client.get(f"/admin/charter_charters/inspect/{charter.pk}/").status_code == 404
    assert "Acme" not in client.get("/admin/charter_charters/").content.decode()


def test_signature_records_are_read_only_even_for_editors(client, editor, signed):
    client.force_login(editor)
    assert client.get(f"/admin/charter_signatures/inspect/{signed.pk}/").status_code == 200
    for url in (
        f"/admin/charter_signatures/edit/{signed.pk}/",
        f"/admin/charter_signatures/delete/{signed.pk}/",
    ):
        response = client.post(url, {"full_name": "Forged"})
        assert response.status_code in (302, 403)
        assert response.status_code != 302 or response["Location"] == "/admin/"
    signed.refresh_from_db()
    assert signed.full_name == "Léa Garnier"


def test_signature_records_export_with_hash(client, trainer, signed, globex_signed):
    client.force_login(trainer)
    response = client.get("/admin/charter_signatures/?export=csv&version=1")
    body = b"".join(response.streaming_content).decode()
    assert signed.text_sha256 in body and globex_signed.text_sha256 in body


def test_editor_derives_a_charter_from_the_template(client, editor, other_organisation):
    client.force_login(editor)
    response = client.post(
        "/admin/charter_charters/from-template/",
        {"organisation": other_organisation.pk, "languages": ["fr", "en"]},
    )
    charter = Charter.objects.get(organisation=other_organisation)
    assert response["Location"] == f"/admin/charter_charters/edit/{charter.pk}/"
    assert charter.sections.count() == 9
    edit = client.get(f"/admin/charter_charters/edit/{charter.pk}/")
    assert edit.status_code == 200
    assert "voluntary" in edit.content.decode()


def test_editor_publishes_a_minor_version(client, editor, charter, version):
    client.force_login(editor)
    response = client.post(
        f"/admin/charter_charters/publish/{charter.pk}/",
        {"is_material": "0", "change_note": "Coquilles"},
    )
    assert response.status_code == 302
    latest = CharterVersion.objects.get(charter=charter, number=2)
    assert (latest.is_material, latest.change_note, latest.published_by) == (
        False,
        "Coquilles",
        editor,
    )


def test_hr_cannot_publish(client, hr, charter, version):
    client.force_login(hr)
    response = client.post(f"/admin/charter_charters/publish/{charter.pk}/", {"is_material": "1"})
    assert response.status_code in (302, 403)
    assert charter.versions.count() == 1


def test_status_can_be_filtered_by_version_signed(client, trainer, signed, charter, organisation):
    from charter.services import charter_version_publish

    second = charter_version_publish(charter=charter, is_material=True)
    newer = AmbassadorFactory(organisation=organisation, last_name="Récente")
    charter_sign(
        user=newer,
        version=second,
        full_name=newer.get_full_name(),
        acknowledged_sections=second.section_keys,
        language="fr",
    )
    client.force_login(trainer)
    html = client.get("/admin/charter/signatures/?signed_version=1").content.decode()
    assert "lea@acme.example" in html and "Récente" not in html


def test_two_sections_with_the_same_key_are_refused_in_the_editor(client, editor, charter):
    client.force_login(editor)
    data = {
        "organisation": charter.organisation_id,
        "title_fr": "Charte",
        "introduction_fr": "",
        "title_en": "Charter",
        "introduction_en": "",
        "sections-TOTAL_FORMS": "2",
        "sections-INITIAL_FORMS": "0",
        "sections-MIN_NUM_FORMS": "0",
        "sections-MAX_NUM_FORMS": "1000",
    }
    for index in range(2):
        data.update(
            {
                f"sections-{index}-key": "tone",
                f"sections-{index}-heading_fr": "Ton",
                f"sections-{index}-body_fr": "Texte.",
                f"sections-{index}-heading_en": "Tone",
                f"sections-{index}-body_en": "Text.",
                f"sections-{index}-ORDER": str(index + 1),
                f"sections-{index}-DELETE": "",
                f"sections-{index}-id": "",
            }
        )
    response = client.post(f"/admin/charter_charters/edit/{charter.pk}/", data)
    assert response.status_code == 200
    assert not charter.sections.filter(key="tone").exists()
    data["sections-1-key"] = "crisis"
    response = client.post(f"/admin/charter_charters/edit/{charter.pk}/", data)
    assert response.status_code == 302
    assert {"tone", "crisis"} <= set(charter.sections.values_list("key", flat=True))
