import datetime

from django.core import mail
from django.utils import timezone

from courses.cohorts.tasks import cohort_reminders_send
from courses.models import ReminderKind, SessionReminder

from .conftest import members


def test_reminder_is_sent_once_when_the_task_runs_twice(
    cohort, schedule, django_capture_on_commit_callbacks
):
    (enrolment,) = members(cohort, 1)
    schedule[1].date = timezone.localdate() + datetime.timedelta(days=5)
    schedule[1].save()

    with django_capture_on_commit_callbacks(execute=True):
        first = cohort_reminders_send.delay().get()
        second = cohort_reminders_send.delay().get()

    assert (first, second) == (1, 0)
    (message,) = mail.outbox
    assert message.to == [enrolment.user.email]
    assert "In a week: session 1" in message.subject or "Dans une semaine" in message.subject
    reminder = SessionReminder.objects.get()
    assert (reminder.cohort_session, reminder.kind) == (schedule[1], ReminderKind.WEEK_BEFORE)


def test_day_before_reminder_follows_the_week_before_one(cohort, schedule):
    members(cohort, 1)
    start = schedule[1].start
    from courses.cohorts.services import cohort_reminders_send as send

    assert send(now=start - datetime.timedelta(days=6)) == 1
    assert send(now=start - datetime.timedelta(hours=20)) == 1
    assert send(now=start - datetime.timedelta(hours=2)) == 0
    assert set(SessionReminder.objects.values_list("kind", flat=True)) == {"7d", "1d"}


def test_no_reminder_for_sessions_more_than_a_week_away_or_past(cohort, schedule):
    members(cohort, 1)
    from courses.cohorts.services import cohort_reminders_send as send

    assert send(now=schedule[1].start - datetime.timedelta(days=8)) == 0
    assert send(now=schedule[4].end + datetime.timedelta(days=1)) == 0
