import datetime

import pytest

from django.urls import reverse
from django.utils import timezone

from courses.cohorts.factories import CohortFactory, CohortSessionFactory, EnrolmentFactory
from courses.cohorts.selectors import attendance_complete_for, cohort_of
from courses.cohorts.services import attendance_record
from courses.models import Attendance, AttendanceStatus, EnrolmentState, SessionFeedback
from lms.factories import UserFactory
from lms.models import Role

from .conftest import members


def live_url(cohort_session):
    return reverse("courses:cohorts:live", args=[cohort_session.pk])


@pytest.fixture
def other_cohort(organisation, programme, sessions):
    """Another cohort of the same organisation, run by another trainer, with session 2."""
    other_trainer = UserFactory(organisation=None, roles=[Role.TRAINER])
    cohort = CohortFactory(organisation=organisation, programme=programme, trainers=[other_trainer])
    CohortSessionFactory(cohort=cohort, session=sessions[2])
    return cohort


def test_trainer_sees_the_roster_of_their_session(client, trainer, cohort, schedule):
    people = members(cohort, 3)
    members(cohort, 1, state=EnrolmentState.WAITLISTED)
    client.force_login(trainer)

    response = client.get(live_url(schedule[1]))

    assert response.status_code == 200
    assert [row.user for row in response.context["roster"]] == sorted(
        [e.user for e in people], key=lambda u: (u.last_name, u.first_name)
    )


def test_other_trainer_gets_404_on_a_cohort_they_do_not_run(client, cohort, schedule):
    stranger = UserFactory(organisation=None, roles=[Role.TRAINER])
    client.force_login(stranger)

    assert client.get(live_url(schedule[1])).status_code == 404
    assert client.post(live_url(schedule[1]), {"user": 1, "status": "present"}).status_code == 404


def test_ambassador_and_hr_get_404_on_the_live_view(client, cohort, schedule, hr):
    (enrolment,) = members(cohort, 1)
    for person in (enrolment.user, hr):
        client.force_login(person)
        assert client.get(live_url(schedule[1])).status_code == 404


def test_editor_sees_every_cohort(client, editor, cohort, schedule):
    client.force_login(editor)
    assert client.get(live_url(schedule[1])).status_code == 200


def test_attendance_toggle_records_and_changes_status(client, trainer, cohort, schedule):
    (enrolment,) = members(cohort, 1)
    client.force_login(trainer)

    client.post(live_url(schedule[1]), {"user": enrolment.user.pk, "status": "late"})
    response = client.post(live_url(schedule[1]), {"user": enrolment.user.pk, "status": "present"})

    assert response.status_code == 302
    assert response["Location"].endswith(f"#person-{enrolment.user.pk}")
    attendance = Attendance.objects.get()
    assert (attendance.status, attendance.makeup, attendance.recorded_by) == (
        AttendanceStatus.PRESENT,
        False,
        trainer,
    )


def test_attendance_for_someone_outside_the_roster_is_refused(client, trainer, cohort, schedule):
    outsider = EnrolmentFactory(cohort=CohortFactory(programme=cohort.programme)).user
    client.force_login(trainer)

    response = client.post(live_url(schedule[1]), {"user": outsider.pk, "status": "present"})

    assert response.status_code == 404
    assert not Attendance.objects.exists()


def test_makeup_in_another_cohort_counts_towards_attendance(
    client, trainer, cohort, schedule, other_cohort
):
    (enrolment,) = members(cohort, 1)
    user = enrolment.user
    for number in (1, 3, 4):
        attendance_record(
            cohort_session=schedule[number], user=user, status="present", recorded_by=trainer
        )
    assert attendance_complete_for(users=[user]) == {user.pk: False}
    other_session = other_cohort.sessions.get()
    client.force_login(other_cohort.trainers.get())

    response = client.post(
        live_url(other_session), {"makeup": "1", "user": user.pk, "status": "late"}
    )

    assert response.status_code == 302
    makeup = Attendance.objects.get(cohort_session=other_session)
    assert makeup.makeup is True and makeup.user == user
    assert attendance_complete_for(users=[user]) == {user.pk: True}
    assert cohort_of(user=user) == cohort


def test_absence_does_not_count_as_attended(trainer, cohort, schedule):
    (enrolment,) = members(cohort, 1)
    for number in (1, 2, 3, 4):
        attendance_record(
            cohort_session=schedule[number],
            user=enrolment.user,
            status="absent" if number == 2 else "present",
            recorded_by=trainer,
        )
    assert attendance_complete_for(users=[enrolment.user]) == {enrolment.user.pk: False}


def test_attendance_complete_for_uses_one_query(
    trainer, cohort, schedule, django_assert_num_queries
):
    people = [e.user for e in members(cohort, 5)]
    with django_assert_num_queries(1):
        result = attendance_complete_for(users=people)
    assert set(result) == {p.pk for p in people}


def test_ambassador_rates_a_past_session_once_and_can_edit(client, cohort, schedule, trainer):
    (enrolment,) = members(cohort, 1)
    past = schedule[1]
    past.date = timezone.localdate() - datetime.timedelta(days=1)
    past.save()
    url = reverse("courses:cohorts:feedback", args=[past.pk])
    client.force_login(enrolment.user)

    client.post(url, {"rating": "4", "comment": "Très concret"})
    client.post(url, {"rating": "5", "comment": "Encore mieux à la relecture"})

    feedback = SessionFeedback.objects.get()
    assert (feedback.rating, feedback.comment) == (5, "Encore mieux à la relecture")
    client.force_login(trainer)
    summary = client.get(live_url(past)).context["feedback"]
    assert (summary.average, summary.count) == (5, 1)


def test_future_session_cannot_be_rated(client, cohort, schedule):
    (enrolment,) = members(cohort, 1)
    client.force_login(enrolment.user)
    response = client.post(
        reverse("courses:cohorts:feedback", args=[schedule[4].pk]), {"rating": "3"}
    )
    assert response.status_code == 200
    assert not SessionFeedback.objects.exists()


def test_full_cohort_confirmation_shows_the_waitlist_message(client, cohort):
    members(cohort, 8)
    invited = EnrolmentFactory(cohort=cohort, state=EnrolmentState.INVITED, confirmed_at=None)
    client.force_login(invited.user)

    response = client.post(reverse("courses:cohorts:confirm", args=[invited.pk]), follow=True)

    assert "waiting list" in response.content.decode() or "liste d" in response.content.decode()
    invited.refresh_from_db()
    assert invited.state == EnrolmentState.WAITLISTED


def test_french_trainer_reads_the_live_view_in_french(client, trainer, cohort, schedule):
    members(cohort, 1)
    client.force_login(trainer)
    html = client.get(live_url(schedule[1]), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Présent" in html and "Avis des participants" in html
