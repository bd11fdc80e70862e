import csv
import datetime
import io

import pytest

from django.urls import reverse
from django.utils import timezone

from charter.factories import charter_signed_by
from charter.services import charter_version_publish, participation_rejoin, participation_withdraw
from lms.audit.models import AuditEntry
from lms.certification.models import Certificate, PostingEnrolment
from lms.certification.selectors import posting_state_for, posting_states_for
from lms.certification.services import certificate_revoke, certificates_expired_sync
from lms.certification.tasks import certificate_expiry_sweep
from lms.factories import DepartmentFactory

from .conftest import final_quiz, meet_everything, pass_quiz, seat

pytestmark = pytest.mark.django_db


def state(user):
    enrolment = posting_state_for(user=user)
    return (enrolment.state, enrolment.reason) if enrolment else None


def test_only_a_certified_ambassador_is_enrolled(cohort, learner):
    meet_everything(learner, cohort, but=("final_quiz",))
    assert state(learner) is None
    pass_quiz(learner, final_quiz(cohort.programme))
    assert state(learner) == ("enrolled", "")


def test_a_new_charter_version_suspends_posting_until_signed_again(cohort, learner, charter):
    meet_everything(learner, cohort)
    charter_version_publish(charter=charter, is_material=True)
    assert state(learner) == ("suspended", "charter_resign")
    charter_signed_by(learner)
    assert state(learner) == ("enrolled", "")
    actions = list(
        AuditEntry.objects.filter(subject=learner, action__startswith="posting.")
        .order_by("pk")
        .values_list("action", flat=True)
    )
    assert actions == ["posting.enrolled", "posting.suspended", "posting.enrolled"]


def test_revocation_suspends_and_a_new_certificate_restores(cohort, learner, trainer):
    from lms.certification.services import certificate_issue

    meet_everything(learner, cohort)
    certificate_revoke(certificate=Certificate.objects.get(), actor=trainer, reason="Erreur")
    assert state(learner) == ("suspended", "certificate_revoked")
    certificate_issue(user=learner, actor=trainer, reason="Erreur corrigée")
    assert state(learner) == ("enrolled", "")


def test_expiry_suspends_posting_and_renewal_restores_it(cohort, learner):
    meet_everything(learner, cohort)
    old = Certificate.objects.get()
    old.expires_at = timezone.now() - datetime.timedelta(days=1)
    old.issued_at = timezone.now() - datetime.timedelta(days=400)
    old.save()
    assert certificates_expired_sync() == 1
    assert state(learner) == ("suspended", "certificate_expired")
    pass_quiz(learner, final_quiz(cohort.programme))  # the recertification path
    old.refresh_from_db()
    assert old.replaced_by is not None and old.status == "revoked"
    assert AuditEntry.objects.filter(action="certificate.renew", subject=learner).exists()
    assert old.replaced_by.status == "valid"
    assert state(learner) == ("enrolled", "")


def test_the_expiry_reminder_is_sent_once(cohort, learner, mailoutbox):
    from lms.certification.models import ProgrammeCertification

    ProgrammeCertification.objects.filter(programme=cohort.programme).update(
        validity_months=12, reminder_days=30
    )
    meet_everything(learner, cohort)
    certificate = Certificate.objects.get()
    assert certificate.expires_at is not None
    mailoutbox.clear()
    certificate.expires_at = timezone.now() + datetime.timedelta(days=10)
    certificate.save()
    assert certificate_expiry_sweep.apply().get() == {"reminders": 1, "suspended": 0}
    assert certificate_expiry_sweep.apply().get() == {"reminders": 0, "suspended": 0}
    assert len(mailoutbox) == 1
    assert "Ambassadeur certifié" in mailoutbox[0].subject
    assert mailoutbox[0].to == [learner.email]


def test_withdrawal_withdraws_and_coming_back_enrols_again(cohort, learner):
    meet_everything(learner, cohort)
    participation_withdraw(user=learner, reason="")
    assert state(learner) == ("withdrawn", "withdrawn")
    participation_rejoin(user=learner)
    assert state(learner) == ("withdrawn", "withdrawn")  # the charter must be signed again
    charter_signed_by(learner)
    assert state(learner) == ("enrolled", "")


def test_posting_states_for_many_people_in_one_query(cohort, learner, django_assert_num_queries):
    meet_everything(learner, cohort)
    others = [seat(cohort, email=f"p{n}@acme.example") for n in range(4)]
    with django_assert_num_queries(1):
        states = posting_states_for(user_ids=[learner.pk] + [o.pk for o in others])
    assert list(states) == [learner.pk]


def test_certificates_for_many_people_in_one_query(cohort, learner, django_assert_num_queries):
    from lms.certification.selectors import certificates_for

    meet_everything(learner, cohort)
    with django_assert_num_queries(1):
        certificates = certificates_for(user_ids=[learner.pk, learner.pk + 1000])
    assert certificates[learner.pk].user_id == learner.pk


def test_hr_exports_their_enrolled_ambassadors_as_csv(client, cohort, learner, hr, other_hr):
    learner.department = DepartmentFactory(organisation=learner.organisation, name="Usine")
    learner.save()
    meet_everything(learner, cohort)
    seat(cohort, email="waiting@acme.example")  # not enrolled: not exported
    client.force_login(hr)
    response = client.get(reverse("certification:posting_export"))
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == [
        "email",
        "first_name",
        "last_name",
        "department",
        "language",
        "networks",
        "pillars",
    ]
    assert rows[1][:6] == [
        "lea@acme.example",
        "Léa",
        "Garnier",
        "Usine",
        learner.language,
        "linkedin",
    ]
    assert len(rows) == 2
    client.force_login(other_hr)
    rows = list(
        csv.reader(
            io.StringIO(
                client.get(reverse("certification:posting_export")).content.decode("utf-8-sig")
            )
        )
    )
    assert len(rows) == 1


def test_one_enrolment_per_person(cohort, learner):
    meet_everything(learner, cohort)
    assert PostingEnrolment.objects.filter(user=learner).count() == 1


def test_the_export_rows_take_three_queries_however_many_people(
    cohort, learner, organisation, django_assert_num_queries
):
    from lms.certification.selectors import posting_export_rows

    for n in range(3):
        meet_everything(seat(cohort, email=f"e{n}@acme.example"), cohort)
    meet_everything(learner, cohort)
    with django_assert_num_queries(3):
        rows = posting_export_rows(organisation_id=organisation.pk)
    assert len(rows) == 4
    assert all(row["networks"] == ["linkedin"] for row in rows)
