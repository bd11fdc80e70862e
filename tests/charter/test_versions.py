"""Publishing versions: numbering, material vs minor, and the re-signature emails sent once."""

import pytest

from django.core import mail
from django.core.exceptions import ValidationError

from charter.factories import CharterFactory, charter_signed_by
from charter.models import CharterResignNotice
from charter.selectors import charter_status_for
from charter.services import (
    charter_create_from_template,
    charter_version_publish,
    participation_withdraw,
)
from charter.tasks import charter_resign_notify
from lms.factories import AmbassadorFactory

pytestmark = pytest.mark.django_db


def test_versions_are_numbered_and_the_first_is_material(charter):
    first = charter.versions.get()
    second = charter_version_publish(charter=charter, is_material=False, change_note="Typo")
    assert (first.number, first.is_material) == (1, True)
    assert (second.number, second.is_material, second.change_note) == (2, False, "Typo")


def test_a_version_keeps_the_text_it_was_published_with(charter, version):
    section = charter.sections.get(key="voluntary")
    section.body_fr = "Nouveau texte."
    section.save()
    charter_version_publish(charter=charter, is_material=True)
    version.refresh_from_db()
    assert version.content["fr"]["sections"][0]["body"] == "Texte de la section voluntary."
    assert charter.versions.get(number=2).content["fr"]["sections"][0]["body"] == "Nouveau texte."


def test_minor_version_keeps_existing_signatures_valid(ambassador, charter, version):
    charter_signed_by(ambassador, version)
    charter_version_publish(charter=charter, is_material=False)
    status = charter_status_for(user=ambassador)
    assert (status.state, status.signed_version, status.current_version) == ("signed", 1, 2)


def test_material_version_asks_signers_to_sign_again(ambassador, charter, version):
    charter_signed_by(ambassador, version)
    second = charter_version_publish(charter=charter, is_material=True)
    assert charter_status_for(user=ambassador).state == "resign_required"
    charter_signed_by(ambassador, second)
    assert charter_status_for(user=ambassador).state == "signed"


def test_minor_version_after_a_material_one_still_requires_resigning(ambassador, charter, version):
    charter_signed_by(ambassador, version)
    charter_version_publish(charter=charter, is_material=True)
    charter_version_publish(charter=charter, is_material=False)
    assert charter_status_for(user=ambassador).state == "resign_required"


def test_material_version_emails_each_earlier_signer_once_even_if_the_task_runs_twice(
    organisation, charter, version, django_capture_on_commit_callbacks
):
    signers = [AmbassadorFactory(organisation=organisation, language="fr") for _ in range(2)]
    unsigned = AmbassadorFactory(organisation=organisation)
    for user in signers:
        charter_signed_by(user, version)
    with django_capture_on_commit_callbacks(execute=True):
        second = charter_version_publish(charter=charter, is_material=True)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(u.email for u in signers)
    assert "version 2" in mail.outbox[0].subject
    with django_capture_on_commit_callbacks(execute=True):
        assert charter_resign_notify(version_id=second.pk) == 0
    assert len(mail.outbox) == 2
    assert unsigned.email not in {m.to[0] for m in mail.outbox}
    assert CharterResignNotice.objects.filter(version=second).count() == 2


def test_minor_version_sends_no_email(
    ambassador, charter, version, django_capture_on_commit_callbacks
):
    charter_signed_by(ambassador, version)
    with django_capture_on_commit_callbacks(execute=True):
        charter_version_publish(charter=charter, is_material=False)
    assert mail.outbox == []


def test_withdrawn_signers_are_not_asked_to_sign_again(
    ambassador, charter, version, django_capture_on_commit_callbacks
):
    charter_signed_by(ambassador, version)
    participation_withdraw(user=ambassador)
    with django_capture_on_commit_callbacks(execute=True):
        charter_version_publish(charter=charter, is_material=True)
    assert ambassador.email not in {m.to[0] for m in mail.outbox}


def test_other_organisations_are_not_emailed(
    other_organisation, charter, version, django_capture_on_commit_callbacks
):
    other_version = CharterFactory(organisation=other_organisation, published=True).versions.get()
    outsider = AmbassadorFactory(organisation=other_organisation)
    charter_signed_by(outsider, other_version)
    with django_capture_on_commit_callbacks(execute=True):
        charter_version_publish(charter=charter, is_material=True)
    assert mail.outbox == []


def test_template_gives_every_theme_in_both_languages(organisation):
    from charter.content import THEMES

    for language in ("fr", "en"):
        charter = charter_create_from_template(organisation=organisation, language=language)
    keys = list(charter.sections.values_list("key", flat=True))
    assert keys == list(THEMES)
    assert "Acme" in charter.title_fr and "Acme" in charter.title_en
    assert all(s.body_fr and s.body_en and s.body_fr != s.body_en for s in charter.sections.all())
    version = charter_version_publish(charter=charter, is_material=True)
    assert version.languages == ["fr", "en"]


def test_deriving_again_keeps_the_editors_text(organisation):
    charter = charter_create_from_template(organisation=organisation, language="fr")
    section = charter.sections.get(key="networks")
    section.body_fr = "Notre position maison."
    section.save()
    charter = charter_create_from_template(organisation=organisation, language="fr")
    assert charter.sections.get(key="networks").body_fr == "Notre position maison."
    assert charter.sections.count() == 9


def test_an_incomplete_charter_cannot_be_published(organisation):
    charter = CharterFactory(organisation=organisation, title_fr="", title_en="")
    with pytest.raises(ValidationError):
        charter_version_publish(charter=charter, is_material=True)


def test_old_versions_stay_readable(client, ambassador, charter, version):
    section = charter.sections.get(key="voluntary")
    section.body_fr = "Texte révisé."
    section.save()
    charter_version_publish(charter=charter, is_material=False, change_note="Reformulation")
    client.force_login(ambassador)
    listing = client.get("/charter/versions/").content.decode()
    assert "Reformulation" in listing and "/charter/versions/1/" in listing
    old = client.get("/charter/versions/1/").content.decode()
    assert "Texte de la section voluntary." in old and "Texte révisé." not in old
    assert client.get("/charter/versions/3/").status_code == 404
