import pytest

from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from courses.cohorts.factories import CohortFactory, EnrolmentFactory
from courses.cohorts.services import (
    cohort_start,
    enrolment_confirm,
    enrolment_invite,
    enrolment_move,
    enrolment_withdraw,
)
from courses.models import (
    Attendance,
    AttendanceStatus,
    Cohort,
    CohortStatus,
    EnrolmentState,
    LessonCompletion,
)

from .conftest import members


def test_ninth_member_is_waitlisted_when_cohort_is_full(cohort):
    members(cohort, 8)
    ninth = EnrolmentFactory(cohort=cohort, state=EnrolmentState.INVITED, confirmed_at=None)

    result = enrolment_confirm(enrolment=ninth)

    assert result.state == EnrolmentState.WAITLISTED
    assert cohort.enrolments.filter(state=EnrolmentState.CONFIRMED).count() == 8


def test_confirmation_takes_a_free_seat(cohort):
    members(cohort, 7)
    eighth = EnrolmentFactory(cohort=cohort, state=EnrolmentState.INVITED, confirmed_at=None)

    assert enrolment_confirm(enrolment=eighth).state == EnrolmentState.CONFIRMED


def test_smaller_capacity_is_respected(organisation, programme):
    cohort = CohortFactory(organisation=organisation, programme=programme, capacity=4)
    members(cohort, 4)
    fifth = EnrolmentFactory(cohort=cohort, state=EnrolmentState.INVITED, confirmed_at=None)

    assert enrolment_confirm(enrolment=fifth).state == EnrolmentState.WAITLISTED


@pytest.mark.parametrize("capacity", [3, 9])
def test_database_refuses_capacity_outside_4_to_8(organisation, programme, capacity):
    with pytest.raises(IntegrityError):
        Cohort.objects.create(
            organisation=organisation, programme=programme, name="X", capacity=capacity
        )


def test_capacity_validators_give_a_form_error(organisation, programme):
    cohort = Cohort(organisation=organisation, programme=programme, name="X", capacity=9)
    with pytest.raises(ValidationError) as error:
        cohort.full_clean()
    assert "capacity" in error.value.message_dict


def test_withdrawal_promotes_first_waitlisted_and_tells_them(
    cohort, django_capture_on_commit_callbacks
):
    seated = members(cohort, 8)
    first = EnrolmentFactory(cohort=cohort, state=EnrolmentState.INVITED, confirmed_at=None)
    second = EnrolmentFactory(cohort=cohort, state=EnrolmentState.INVITED, confirmed_at=None)
    enrolment_confirm(enrolment=first)
    enrolment_confirm(enrolment=second)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        enrolment_withdraw(enrolment=seated[0])

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.state == EnrolmentState.CONFIRMED
    assert second.state == EnrolmentState.WAITLISTED
    assert [message.to for message in mail.outbox] == [[first.user.email]]
    assert cohort.enrolments.filter(state=EnrolmentState.CONFIRMED).count() == 8


def test_cohort_cannot_start_below_four_confirmed_members(cohort):
    members(cohort, 3)
    members(cohort, 2, state=EnrolmentState.INVITED)

    with pytest.raises(ValidationError, match="at least 4 confirmed members"):
        cohort_start(cohort=cohort)
    cohort.refresh_from_db()
    assert cohort.status == CohortStatus.PLANNED


def test_cohort_starts_with_four_confirmed_members(cohort):
    members(cohort, 4)

    assert cohort_start(cohort=cohort).status == CohortStatus.RUNNING


def test_invitation_is_sent_in_the_recipients_language(
    cohort, invitee, schedule, django_capture_on_commit_callbacks
):
    invitee.language = "en"
    invitee.save()

    with django_capture_on_commit_callbacks(execute=True):
        enrolment = enrolment_invite(cohort=cohort, user=invitee)

    assert enrolment.state == EnrolmentState.INVITED
    (message,) = mail.outbox
    assert message.subject == "You are invited to the cohort Promotion A"
    assert message.alternatives[0][1] == "text/html"
    assert message.attachments[0][0] == "invite.ics"


def test_moving_keeps_progress_and_attendance(cohort, organisation, programme, schedule, trainer):
    other = CohortFactory(organisation=organisation, programme=programme)
    enrolment = members(cohort, 1)[0]
    user = enrolment.user
    LessonCompletion.objects.create(
        user=user, lesson_key=programme.sessions.first().translation_key
    )
    Attendance.objects.create(
        cohort_session=schedule[1], user=user, status=AttendanceStatus.PRESENT
    )

    moved = enrolment_move(enrolment=enrolment, to_cohort=other)

    enrolment.refresh_from_db()
    assert enrolment.state == EnrolmentState.WITHDRAWN
    assert moved.cohort == other and moved.state == EnrolmentState.CONFIRMED
    assert LessonCompletion.objects.filter(user=user).count() == 1
    assert Attendance.objects.filter(user=user).count() == 1
