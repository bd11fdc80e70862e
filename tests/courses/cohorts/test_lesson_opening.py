"""A closed session opens for the members of a cohort from the day their cohort meets for it."""

import datetime

import pytest

from django.utils import timezone

from courses.cohorts.factories import EnrolmentFactory
from courses.selectors import session_is_open
from lms.factories import UserFactory
from lms.models import Role

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(cohort):
    return EnrolmentFactory(cohort=cohort).user


def test_a_closed_session_opens_for_members_on_their_cohort_day(client, member, sessions, schedule):
    session3 = sessions[3]  # closed by the editor setting (only 1 and 2 are open)
    lesson = session3.lessons[0]
    client.force_login(member)
    assert not session_is_open(user=member, session=session3)
    assert client.get(lesson.url).status_code == 403

    schedule[3].date = timezone.localdate()
    schedule[3].save()
    assert session_is_open(user=member, session=session3)
    assert client.get(lesson.url).status_code == 200


def test_the_cohort_day_does_not_open_the_session_for_people_outside_it(
    ambassador, sessions, schedule
):
    schedule[3].date = timezone.localdate() - datetime.timedelta(days=1)
    schedule[3].save()
    assert not session_is_open(user=ambassador, session=sessions[3])


def test_the_editor_opening_still_holds_for_members(member, sessions, schedule):
    assert session_is_open(user=member, session=sessions[1])


def test_the_trainer_opens_the_lessons_before_the_cohort_day(
    client, trainer, member, sessions, schedule
):
    lesson = sessions[3].lessons[0]
    client.force_login(trainer)
    live = f"/cohorts/sessions/{schedule[3].pk}/live/"
    assert "open_lessons" in client.get(live).content.decode()
    response = client.post(live, {"open_lessons": "1"})
    assert response.status_code == 302
    client.post(live, {"open_lessons": "1"})  # a second click changes nothing
    schedule[3].refresh_from_db()
    opened_at = schedule[3].lessons_opened_at
    assert opened_at is not None
    assert "open_lessons" not in client.get(live).content.decode()

    client.force_login(member)
    assert session_is_open(user=member, session=sessions[3])
    assert client.get(lesson.url).status_code == 200
    schedule[3].refresh_from_db()
    assert schedule[3].lessons_opened_at == opened_at


def test_another_trainer_cannot_open_the_lessons(client, sessions, schedule):
    other = UserFactory(organisation=None, roles=[Role.TRAINER])
    client.force_login(other)
    response = client.post(f"/cohorts/sessions/{schedule[3].pk}/live/", {"open_lessons": "1"})
    assert response.status_code == 404
    schedule[3].refresh_from_db()
    assert schedule[3].lessons_opened_at is None
