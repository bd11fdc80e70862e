import datetime

import pytest
from icalendar import Calendar

from django.core import mail
from django.core.exceptions import ValidationError

from courses.cohorts.services import cohort_cancel, cohort_session_schedule, enrolment_invite
from courses.models import SessionMode

from .conftest import members


def calendar_of(message):
    (attachment,) = [a for a in message.attachments if a[0].endswith(".ics")]
    return Calendar.from_ical(attachment[1])


def events(calendar):
    return list(calendar.walk("VEVENT"))


def test_invitation_carries_one_event_per_scheduled_session(
    cohort, invitee, schedule, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        enrolment_invite(cohort=cohort, user=invitee)

    calendar = calendar_of(mail.outbox[0])
    assert calendar["METHOD"] == "REQUEST"
    found = events(calendar)
    assert len(found) == 4
    assert {str(e["UID"]) for e in found} == {
        f"cohort-session-{s.uid}@ambassador-academy" for s in schedule.values()
    }
    first = next(
        e for e in found if str(e["UID"]).endswith(f"{schedule[1].uid}@ambassador-academy")
    )
    assert first.decoded("DTSTART") == schedule[1].start
    assert int(first["SEQUENCE"]) == 0
    assert str(first["ATTENDEE"]) == f"mailto:{invitee.email}"
    assert str(first["ORGANIZER"]) == f"mailto:{cohort.trainers.get().email}"


def test_rescheduling_sends_the_same_uid_with_a_higher_sequence(
    cohort, sessions, schedule, django_capture_on_commit_callbacks
):
    (enrolment,) = members(cohort, 1)
    moved_to = schedule[2].date + datetime.timedelta(days=1)

    with django_capture_on_commit_callbacks(execute=True):
        cohort_session, warnings = cohort_session_schedule(
            cohort=cohort,
            session=sessions[2],
            date=moved_to,
            starts_at=datetime.time(14, 0),
            ends_at=datetime.time(17, 30),
            mode=SessionMode.IN_PERSON,
            place="Salle 2",
        )

    assert warnings == []
    (message,) = mail.outbox
    assert message.to == [enrolment.user.email]
    (event,) = events(calendar_of(message))
    assert str(event["UID"]) == f"cohort-session-{schedule[2].uid}@ambassador-academy"
    assert int(event["SEQUENCE"]) == 1
    assert event.decoded("DTSTART").date() == moved_to


def test_saving_an_unchanged_schedule_sends_nothing(
    cohort, sessions, schedule, django_capture_on_commit_callbacks
):
    members(cohort, 1)
    current = schedule[3]
    with django_capture_on_commit_callbacks(execute=True):
        cohort_session, _warnings = cohort_session_schedule(
            cohort=cohort,
            session=sessions[3],
            date=current.date,
            starts_at=current.starts_at,
            ends_at=current.ends_at,
            mode=current.mode,
            place=current.place,
        )
    assert cohort_session.sequence == 0
    assert mail.outbox == []


def test_cancellation_sends_method_cancel_for_every_session(
    cohort, schedule, django_capture_on_commit_callbacks
):
    (enrolment,) = members(cohort, 1)

    with django_capture_on_commit_callbacks(execute=True):
        cohort_cancel(cohort=cohort)

    calendar = calendar_of(mail.outbox[0])
    assert calendar["METHOD"] == "CANCEL"
    assert len(events(calendar)) == 4
    assert all(int(e["SEQUENCE"]) == 1 for e in events(calendar))
    assert all(str(e["STATUS"]) == "CANCELLED" for e in events(calendar))


def test_session_scheduled_before_the_previous_one_is_refused(cohort, sessions, schedule):
    with pytest.raises(ValidationError) as error:
        cohort_session_schedule(
            cohort=cohort,
            session=sessions[3],
            date=schedule[2].date - datetime.timedelta(days=1),
            starts_at=datetime.time(9, 0),
            ends_at=datetime.time(12, 30),
        )
    assert "must come after session 2" in str(error.value)


def test_session_ending_before_it_starts_is_refused(cohort, sessions):
    with pytest.raises(ValidationError) as error:
        cohort_session_schedule(
            cohort=cohort,
            session=sessions[1],
            date=datetime.date(2030, 1, 7),
            starts_at=datetime.time(12, 0),
            ends_at=datetime.time(9, 0),
        )
    assert "ends_at" in error.value.message_dict


def test_long_or_remote_first_session_only_warns(cohort, sessions):
    cohort_session, warnings = cohort_session_schedule(
        cohort=cohort,
        session=sessions[1],
        date=datetime.date(2030, 1, 7),
        starts_at=datetime.time(9, 0),
        ends_at=datetime.time(17, 0),
        mode=SessionMode.REMOTE,
        video_link="https://visio.example.org/abc",
    )
    assert cohort_session.pk
    assert len(warnings) == 2
    assert any("2.5 to 4.5 h" in w for w in warnings)
    assert any("Session 1 is best held in person" in w for w in warnings)
