"""Withdrawing from the programme frees the cohort seat and tells the cohort's trainers."""

import pytest

from django.core import mail

from charter.services import participation_withdraw
from courses.cohorts.factories import CohortFactory, EnrolmentFactory
from courses.models import EnrolmentState
from tests.courses.conftest import programme_build

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_cohort(site, organisation, trainer, ambassador):
    """A cohort of four seats: `ambassador` and three others confirmed, one person waiting."""
    cohort = CohortFactory(
        organisation=organisation, programme=programme_build(site), trainers=[trainer], capacity=4
    )
    EnrolmentFactory(cohort=cohort, user=ambassador)
    for _ in range(3):
        EnrolmentFactory(cohort=cohort)
    waiting = EnrolmentFactory(cohort=cohort, state=EnrolmentState.WAITLISTED, confirmed_at=None)
    return cohort, waiting


def test_withdrawal_frees_the_seat_and_tells_the_trainer(
    ambassador, trainer, hr, full_cohort, django_capture_on_commit_callbacks
):
    cohort, waiting = full_cohort
    with django_capture_on_commit_callbacks(execute=True):
        participation_withdraw(user=ambassador, reason="")

    seat = cohort.enrolments.get(user=ambassador)
    assert seat.state == EnrolmentState.WITHDRAWN
    waiting.refresh_from_db()
    assert waiting.state == EnrolmentState.CONFIRMED
    recipients = [message.to[0] for message in mail.outbox]
    assert recipients.count(trainer.email) == 1
    assert hr.email in recipients
    assert waiting.user.email in recipients  # told they have a seat


def test_withdrawal_outside_any_cohort_tells_hr_only(
    ambassador, trainer, hr, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        participation_withdraw(user=ambassador, reason="")
    assert [message.to[0] for message in mail.outbox] == [hr.email]
