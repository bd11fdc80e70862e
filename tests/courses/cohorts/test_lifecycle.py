"""A cohort starts with at least four confirmed members and finishes after its sessions."""

import datetime

import pytest

from django.core.exceptions import ValidationError
from django.utils import timezone

from courses.cohorts.factories import EnrolmentFactory
from courses.cohorts.services import cohort_cancel, cohort_finish, cohort_start
from courses.models import CohortStatus, EnrolmentState
from courses.selectors import can_follow_programme

from .conftest import members

pytestmark = pytest.mark.django_db


@pytest.fixture
def running(cohort, schedule):
    """`cohort` running with four confirmed members, one invitee and one on the waiting list;
    its four sessions all in the past."""
    members(cohort, 4)
    EnrolmentFactory(cohort=cohort, state=EnrolmentState.INVITED, confirmed_at=None)
    EnrolmentFactory(cohort=cohort, state=EnrolmentState.WAITLISTED, confirmed_at=None)
    for number, cohort_session in schedule.items():
        cohort_session.date = timezone.localdate() - datetime.timedelta(days=40 - 7 * number)
        cohort_session.save()
    return cohort_start(cohort=cohort)


def test_finishing_completes_the_confirmed_members_and_keeps_their_lessons(running):
    finished = cohort_finish(cohort=running)
    assert finished.status == CohortStatus.FINISHED
    states = sorted(running.enrolments.values_list("state", flat=True))
    assert states == ["completed"] * 4 + ["invited", "waitlisted"]
    member = running.enrolments.filter(state=EnrolmentState.COMPLETED).first().user
    assert can_follow_programme(member, programme=running.programme)
    assert cohort_finish(cohort=running).status == CohortStatus.FINISHED  # idempotent


def test_a_cohort_does_not_finish_before_its_last_session(running, schedule):
    schedule[4].date = timezone.localdate() + datetime.timedelta(days=3)
    schedule[4].save()
    with pytest.raises(ValidationError, match="Session 4 has not taken place yet"):
        cohort_finish(cohort=running)
    running.refresh_from_db()
    assert running.status == CohortStatus.RUNNING
    assert not running.enrolments.filter(state=EnrolmentState.COMPLETED).exists()


def test_only_a_running_cohort_finishes(cohort):
    with pytest.raises(ValidationError, match="Only a running cohort can finish"):
        cohort_finish(cohort=cohort)
    cohort_cancel(cohort=cohort)
    with pytest.raises(ValidationError, match="Only a running cohort can finish"):
        cohort_finish(cohort=cohort)


def test_a_closed_cohort_does_not_start_again(cohort):
    members(cohort, 4)
    cohort_cancel(cohort=cohort)
    with pytest.raises(ValidationError, match="closed"):
        cohort_start(cohort=cohort)
    cohort.refresh_from_db()
    assert cohort.status == CohortStatus.CANCELLED
