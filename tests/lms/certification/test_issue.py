import pytest

from django.core import mail

from lms.audit.models import AuditEntry
from lms.certification.models import Certificate, PostingState
from lms.certification.selectors import certificate_for, posting_state_for
from lms.certification.services import (
    certificate_issue,
    certificate_issue_if_ready,
    certificate_reissue,
    certificate_revoke,
)
from lms.certification.tasks import certificate_render_pdf, certification_check
from tests.pdf import pdf_page_sizes, pdf_text

from .conftest import meet_everything, ready_drafts

pytestmark = pytest.mark.django_db


def test_the_last_requirement_met_issues_the_certificate_once(cohort, learner, trainer):
    meet_everything(learner, cohort, but=("drafts",))
    ready_drafts(learner, count=1)
    assert not Certificate.objects.exists()
    ready_drafts(learner, count=1)  # the second ready draft completes the checklist
    certificate = Certificate.objects.get()
    assert certificate.user == learner
    assert certificate.recipient_name == "Léa Garnier"
    assert certificate.certification_name == "Ambassadeur certifié"
    assert certificate.cohort == cohort
    assert certificate.trainer_name == "Claire Formatrice"
    assert certificate.status == "valid"
    assert certificate.pdf
    assert len(certificate.code) >= 22  # 128 bits or more
    assert len(mail.outbox) == 1
    assert mail.outbox[0].attachments[0][2] == "application/pdf"
    assert posting_state_for(user=learner).state == PostingState.ENROLLED


def test_repeated_events_and_task_retries_issue_a_single_certificate(cohort, learner):
    meet_everything(learner, cohort)
    certificate = Certificate.objects.get()
    ready_drafts(learner, count=3)  # more events
    for _ in range(3):
        certification_check.apply(args=[learner.pk])
        certificate_issue_if_ready(user=learner)
        certificate_render_pdf.apply(args=[certificate.pk])
    assert Certificate.objects.count() == 1
    assert len(mail.outbox) == 1
    assert AuditEntry.objects.filter(action="certificate.issue").count() == 1
    assert AuditEntry.objects.filter(action="posting.enrolled").count() == 1


def test_the_pdf_names_the_person_and_carries_the_code(cohort, learner):
    meet_everything(learner, cohort)
    certificate = Certificate.objects.get()
    content = certificate.pdf.read()
    text = pdf_text(content)
    assert "Léa Garnier" in text
    assert certificate.code in text.replace(" ", "")
    assert "Ambassadeur certifié" in text
    assert cohort.name in text
    assert "Claire Formatrice" in text
    assert pdf_page_sizes(content) == [(842, 595)]  # A4 landscape


def test_rendering_again_does_nothing_once_the_pdf_is_stored(cohort, learner):
    meet_everything(learner, cohort)
    certificate = Certificate.objects.get()
    name = certificate.pdf.name
    assert certificate_render_pdf.apply(args=[certificate.pk]).get() is False
    certificate.refresh_from_db()
    assert certificate.pdf.name == name
    assert len(mail.outbox) == 1


def test_a_revoked_certificate_is_not_issued_again_automatically(cohort, learner, trainer):
    meet_everything(learner, cohort)
    certificate = Certificate.objects.get()
    certificate_revoke(certificate=certificate, actor=trainer, reason="Fraude au quiz")
    ready_drafts(learner, count=1)
    assert certificate_for(user=learner) is None
    state = posting_state_for(user=learner)
    assert (state.state, state.reason) == ("suspended", "certificate_revoked")
    entry = AuditEntry.objects.get(action="certificate.revoke")
    assert entry.actor == trainer and entry.data["reason"] == "Fraude au quiz"


def test_reissue_revokes_the_old_code_and_points_to_the_new(cohort, learner, trainer):
    meet_everything(learner, cohort)
    old = Certificate.objects.get()
    learner.last_name = "Garnier-Morel"
    learner.save()
    new = certificate_reissue(certificate=old, actor=trainer, reason="Correction du nom")
    old.refresh_from_db()
    new.refresh_from_db()
    assert old.status == "revoked" and old.replaced_by == new
    assert new.recipient_name == "Léa Garnier-Morel"
    assert new.code != old.code
    assert new.pdf
    assert posting_state_for(user=learner).state == PostingState.ENROLLED
    assert AuditEntry.objects.filter(action="certificate.reissue").count() == 1


def test_a_trainer_issues_by_hand_before_every_requirement_is_met(cohort, learner, trainer):
    certificate = certificate_issue(user=learner, actor=trainer, reason="Dossier validé")
    assert certificate.issued_by == trainer
    assert certificate_for(user=learner) == certificate


def test_the_database_refuses_two_current_certificates(cohort, learner):
    from django.db import IntegrityError, transaction

    meet_everything(learner, cohort)
    existing = Certificate.objects.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(
            user=learner,
            programme=existing.programme,
            organisation=existing.organisation,
            recipient_name="x",
            certification_name="x",
        )
