"""An ambassador downloads everything the site holds about them, as JSON."""

import json

import pytest

from django.urls import reverse

from lms.audit.models import AuditEntry

from .conftest import PRIVATE_NOTE

pytestmark = pytest.mark.django_db


def download(client, user):
    client.force_login(user)
    response = client.post(reverse("privacy:export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith("attachment;")
    return json.loads(response.content)


def test_the_file_holds_every_kind_of_record(client, person, full_record):
    data = download(client, person)
    assert data["format"] == "ambassador-academy/personal-data" and data["version"] == 1
    assert data["profile"]["email"] == "ada@acme.example"
    courses = data["courses"]
    assert courses["enrolments"][0]["state"] == "confirmed"
    assert courses["attendance"][0]["status"] == "present"
    assert len(courses["lessons_completed"]) == 1 and courses["lessons_completed"][0]["lesson"]
    assert courses["reflections"][0]["answer"] == "Mon expertise"
    answers = courses["quiz_attempts"][0]["answers"]
    assert answers[0]["response"] == "Je demande avant de publier"
    assert courses["session_feedback"][0]["comment"] == "Très concret"
    charter = data["charter"]
    assert charter["signatures"][0]["text_sha256"] == full_record["signature"].text_sha256
    assert [c["change"] for c in charter["participation_changes"]] == ["withdrawn", "rejoined"]
    coaching = data["coaching"]
    assert coaching["coaching_sessions"][0]["shared_notes"]
    assert coaching["coaching_sessions"][0]["action_items"]
    assert coaching["editorial_line"]["positioning"] == "Ingénieure fiabilité"
    assert coaching["editorial_line"]["versions"][0]["number"] == 1
    assert coaching["drafts"][0]["comments"][0] == {
        "by": "coach",
        "text": "Ajoute un exemple",
        "at": coaching["drafts"][0]["comments"][0]["at"],
    }
    assert "certificates" in data["certification"]


def test_the_coachs_private_notes_are_never_in_the_file(client, person, full_record):
    response_text = json.dumps(download(client, person), ensure_ascii=False)
    assert PRIVATE_NOTE not in response_text


def test_the_file_holds_only_the_requesters_data(client, person, full_record, ambassador):
    data = download(client, ambassador)
    assert data["profile"]["email"] == ambassador.email
    assert data["charter"]["signatures"] == [] and data["coaching"]["drafts"] == []
    assert "Ada" not in json.dumps(data)


def test_a_download_is_recorded_in_the_audit_log(client, person):
    download(client, person)
    entry = AuditEntry.objects.get(action="privacy.export")
    assert entry.subject == person and entry.actor == person


def test_the_download_is_a_post_so_a_link_cannot_trigger_it(client, person):
    client.force_login(person)
    assert client.get(reverse("privacy:export")).status_code == 405


def test_the_personal_data_page_explains_and_offers_the_download(client, person):
    client.force_login(person)
    html = client.get(reverse("privacy:home")).content.decode()
    assert reverse("privacy:export") in html
    assert "notes privées" in html
