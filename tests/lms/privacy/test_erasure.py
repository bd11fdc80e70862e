"""HR erases an ambassador's personal data on request: name typed to confirm, anonymisation that
keeps the proof of what was signed and the aggregate figures, no more login, audited."""

import json

import pytest

from django.urls import reverse

from charter.models import CharterSignature, ParticipationChange
from charter.privacy import signed_name_digest
from coaching.models import (
    ActionItem,
    CoachingSession,
    CoachPrivateNote,
    DraftComment,
    DraftPost,
    EditorialLine,
    EditorialLineVersion,
)
from courses.models import (
    Attendance,
    Enrolment,
    LessonCompletion,
    QuizAnswer,
    QuizAttempt,
    ReflectionAnswer,
    SessionFeedback,
)
from lms.audit.models import AuditEntry
from lms.privacy.models import Erasure
from lms.privacy.services import ErasureRefused, personal_data_erase
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def erase_url(person):
    return reverse("privacy:erase", args=[person.pk])


def confirm(client, hr, person, name="Ada Lovelace", ticked=True):
    client.force_login(hr)
    data = {"full_name": name}
    if ticked:
        data["request_received"] = "on"
    return client.post(erase_url(person), data)


def test_hr_must_type_the_persons_name(client, hr, person):
    response = confirm(client, hr, person, name="Ada Byron")
    assert response.status_code == 200
    assert "Ada Lovelace" in response.content.decode()  # the error says whom they chose
    assert not Erasure.objects.exists()
    person.refresh_from_db()
    assert person.is_active and person.email == "ada@acme.example"


def test_hr_must_confirm_the_request(client, hr, person):
    assert confirm(client, hr, person, ticked=False).status_code == 200
    assert not Erasure.objects.exists()


def test_erasure_removes_what_the_person_wrote_and_who_they_are(client, hr, person, full_record):
    response = confirm(client, hr, person, name="  ada   LOVELACE ")
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.first_name == person.last_name == ""
    assert person.email == f"erased-{person.pk}@erased.invalid"
    assert not person.is_active and not person.has_usable_password()
    assert not ReflectionAnswer.objects.filter(user=person).exists()
    free_text = QuizAnswer.objects.get(attempt__user=person)
    assert free_text.response is None
    assert SessionFeedback.objects.get(user=person).comment == ""
    assert not DraftPost.objects.filter(author=person).exists()
    assert not DraftComment.objects.filter(draft__author=person).exists()
    assert not CoachPrivateNote.objects.filter(session=full_record["session"]).exists()
    assert not ActionItem.objects.filter(session__ambassador=person).exists()
    session = CoachingSession.objects.get(ambassador=person)
    assert session.shared_notes == "" and session.agenda == ""
    line = EditorialLine.objects.get(ambassador=person)
    assert line.positioning == "" and line.networks == []
    assert not EditorialLineVersion.objects.filter(line=line).exists()
    assert ParticipationChange.objects.filter(user=person, reason="").count() == 2


def test_erasure_keeps_the_proof_of_what_was_signed_without_the_name(
    client, hr, person, full_record
):
    signature = full_record["signature"]
    confirm(client, hr, person)
    kept = CharterSignature.objects.get(pk=signature.pk)
    assert kept.text_sha256 == signature.text_sha256
    assert kept.version_id == signature.version_id and kept.signed_at == signature.signed_at
    assert "Lovelace" not in kept.full_name
    assert kept.full_name == signed_name_digest(signature_id=kept.pk, full_name="Ada Lovelace")
    assert kept.ip_address is None and kept.user_agent == ""


def test_erasure_keeps_the_figures_the_programme_counts(client, hr, person, full_record):
    confirm(client, hr, person)
    assert Enrolment.objects.filter(user=person).count() == 1
    assert Attendance.objects.filter(user=person, status="present").count() == 1
    assert LessonCompletion.objects.filter(user=person).count() == 1
    attempt = QuizAttempt.objects.get(user=person)
    assert attempt.state == "awaiting_grading"
    assert SessionFeedback.objects.get(user=person).rating == 4
    assert person.groups.filter(name="Ambassadors").exists()


def test_the_erased_person_can_no_longer_log_in(client, hr, person):
    confirm(client, hr, person)
    client.logout()
    response = client.post(reverse("login"), {"username": "ada@acme.example", "password": PASSWORD})
    assert response.status_code == 200 and "_auth_user_id" not in client.session


def test_the_erased_persons_open_session_stops_working(client, hr, person):
    client.force_login(person)
    assert client.get(reverse("dashboard")).status_code == 200
    personal_data_erase(person=person, erased_by=hr)
    assert client.get(reverse("dashboard")).status_code == 302


def test_erasure_is_audited_without_the_name(client, hr, person, full_record):
    confirm(client, hr, person)
    entry = AuditEntry.objects.get(action="privacy.erase")
    assert entry.actor == hr and entry.subject == person
    assert entry.organisation == person.organisation
    assert entry.data["drafts_deleted"] == 1 and entry.data["signatures_pseudonymised"] == 1
    assert "Lovelace" not in json.dumps(entry.data) + entry.target_label


def test_an_erased_person_disappears_from_the_list_and_cannot_be_erased_twice(client, hr, person):
    confirm(client, hr, person)
    html = client.get(reverse("privacy:erase_choose")).content.decode()
    assert "ada@acme.example" not in html
    assert client.get(erase_url(person)).status_code == 404
    with pytest.raises(ErasureRefused):
        personal_data_erase(person=person, erased_by=hr)


def test_hr_of_another_organisation_cannot_reach_the_person(client, other_hr, person):
    client.force_login(other_hr)
    assert client.get(erase_url(person)).status_code == 404
    assert confirm(client, other_hr, person).status_code == 404
    assert "ada@acme.example" not in client.get(reverse("privacy:erase_choose")).content.decode()


def test_staff_and_non_ambassadors_cannot_be_erased(client, hr, organisation):
    client.force_login(hr)
    assert client.get(erase_url(hr)).status_code == 404


def test_other_roles_cannot_open_the_erasure_pages(client, person, ambassador, trainer, editor):
    for user in (ambassador, trainer, editor):
        client.force_login(user)
        assert client.get(reverse("privacy:erase_choose")).status_code == 403
        assert client.get(erase_url(person)).status_code == 403


def test_hr_finds_the_person_by_last_name_or_email(client, hr, person, ambassador):
    client.force_login(hr)
    html = client.get(reverse("privacy:erase_choose"), {"q": "lovelace"}).content.decode()
    assert "ada@acme.example" in html and ambassador.email not in html
    html = client.get(reverse("privacy:erase_choose"), {"q": "ADA@acme"}).content.decode()
    assert "ada@acme.example" in html and ambassador.email not in html


def test_erasure_deletes_the_emails_sent_to_the_person(hr, person):
    from lms.operations.models import OutboundEmail
    from lms.privacy.services import personal_data_erase

    OutboundEmail.objects.create(to=[person.email], subject="Bienvenue", text="Bonjour Ada")
    other = OutboundEmail.objects.create(to=["bob@acme.example"], subject="Bienvenue", text="-")
    erasure = personal_data_erase(person=person, erased_by=hr)
    assert list(OutboundEmail.objects.values_list("pk", flat=True)) == [other.pk]
    assert erasure.counts["emails_deleted"] >= 1
