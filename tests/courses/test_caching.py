"""Learner reads kept in the cache between requests (courses.caching): served while nothing
they were read from has changed, read again as soon as something has."""

import datetime
import os

import pytest

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.cache.backends.filebased import FileBasedCache
from django.test import override_settings
from django.utils import timezone

from courses.caching import (
    CONTENT_TOKEN,
    cached_read,
    learner_token,
    next_midnight,
    tokens_change,
)
from courses.cohorts.factories import CohortSessionFactory
from courses.cohorts.services import cohort_session_lessons_open
from courses.factories import LessonPageFactory
from courses.models import Cohort, Enrolment, EnrolmentState
from courses.selectors import _outline_valid_until, programme_outline_read, programme_progress
from lms.models import ROLE_GROUPS, Role
from tests.courses.conftest import programme_build, seat_give

pytestmark = pytest.mark.django_db


class Reads:
    """A read that counts how often it ran."""

    def __init__(self, valid_until=None):
        self.count = 0
        self.valid_until = valid_until

    def __call__(self):
        self.count += 1
        return f"value {self.count}", self.valid_until


def test_an_entry_is_served_until_one_of_its_tokens_changes():
    read = Reads()
    tokens = [CONTENT_TOKEN, learner_token(7)]
    assert cached_read("k", tokens=tokens, read=read) == "value 1"
    assert cached_read("k", tokens=tokens, read=read) == "value 1"
    tokens_change([learner_token(8)])  # someone else's records
    assert cached_read("k", tokens=tokens, read=read) == "value 1"
    tokens_change([learner_token(7)])
    assert cached_read("k", tokens=tokens, read=read) == "value 2"
    tokens_change([CONTENT_TOKEN])
    assert cached_read("k", tokens=tokens, read=read) == "value 3"
    assert read.count == 3


def test_an_entry_is_read_again_once_it_stops_being_true_by_itself():
    past = Reads(valid_until=timezone.now() - datetime.timedelta(seconds=1))
    cached_read("past", tokens=[CONTENT_TOKEN], read=past)
    cached_read("past", tokens=[CONTENT_TOKEN], read=past)
    assert past.count == 2
    future = Reads(valid_until=timezone.now() + datetime.timedelta(hours=1))
    cached_read("future", tokens=[CONTENT_TOKEN], read=future)
    cached_read("future", tokens=[CONTENT_TOKEN], read=future)
    assert future.count == 1


def test_a_lost_token_invalidates_what_was_read_with_it():
    read = Reads()
    cached_read("k", tokens=[learner_token(7)], read=read)
    cache.delete(learner_token(7))  # evicted by the cache
    assert cached_read("k", tokens=[learner_token(7)], read=read) == "value 2"


def test_a_token_changes_again_when_the_writers_transaction_commits(
    django_capture_on_commit_callbacks,
):
    """A reader between the write and the commit reads the old rows: its entry must not last."""
    read = Reads()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        tokens_change([learner_token(7)])
        cached_read("k", tokens=[learner_token(7)], read=read)  # the racing reader
    for callback in callbacks:
        callback()
    assert cached_read("k", tokens=[learner_token(7)], read=read) == "value 2"


def test_processes_sharing_the_folder_cache_see_each_others_changes(tmp_path):
    """The default cache of a machine: a folder every process of the site and Celery share."""
    folder = str(tmp_path / "cache")
    backend = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": folder,
        }
    }
    with override_settings(CACHES=backend):
        read = Reads()
        cached_read("k", tokens=[learner_token(7)], read=read)
        other_process = FileBasedCache(folder, {})
        other_process.set(learner_token(7), "changed elsewhere", None)
        assert cached_read("k", tokens=[learner_token(7)], read=read) == "value 2"


@pytest.mark.skipif(
    not os.environ.get("CELERY_BROKER_URL", "").startswith("redis://"),
    reason="needs Redis (CELERY_BROKER_URL=redis://)",
)
def test_the_redis_cache_keeps_and_invalidates_entries():
    url = os.environ["CELERY_BROKER_URL"].rsplit("/", 1)[0] + "/14"
    backend = {
        "default": {
            "BACKEND": "lms.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"test-caching-{os.getpid()}",
        }
    }
    with override_settings(CACHES=backend):
        cache.clear()
        read = Reads()
        tokens = [CONTENT_TOKEN, learner_token(7)]
        assert cached_read("k", tokens=tokens, read=read) == "value 1"
        assert cached_read("k", tokens=tokens, read=read) == "value 1"
        tokens_change([learner_token(7)])
        assert cached_read("k", tokens=tokens, read=read) == "value 2"
        cache.clear()


# What a learner sees through the cache, after each kind of change.


@pytest.fixture
def programme(site):
    return programme_build(site, lessons_per_session=2, open_sessions=(1,))


@pytest.fixture
def learner(ambassador, programme, client):
    user = seat_give(ambassador, programme)
    client.force_login(user)
    return user


def _progress(user, programme):
    return programme_progress(user=type(user).objects.get(pk=user.pk), programme=programme)


def _warm(client, programme):
    """Serve the programme page, so the learner's reads are in the cache."""
    assert client.get(programme.url).status_code == 200


def test_completing_a_lesson_shows_at_once(client, learner, programme):
    _warm(client, programme)
    lesson = programme.sessions.get(number=1).lessons.first()
    client.post(lesson.url, {"action": "complete"})
    assert _progress(learner, programme).done == 1


def test_a_trainer_opening_a_session_opens_it_for_the_cohort(client, learner, programme):
    session = programme.sessions.get(number=2)
    lesson = session.lessons.first()
    assert client.get(lesson.url).status_code == 403
    cohort = Cohort.objects.get(enrolments__user=learner)
    cohort_session = CohortSessionFactory(
        cohort=cohort, session=session, number=2, date=timezone.localdate() + datetime.timedelta(7)
    )
    assert client.get(lesson.url).status_code == 403
    cohort_session_lessons_open(cohort_session=cohort_session)
    assert client.get(lesson.url).status_code == 200


def test_a_published_lesson_appears_and_an_unpublished_one_goes(client, learner, programme):
    _warm(client, programme)
    session = programme.sessions.get(number=1)
    added = LessonPageFactory(parent=session, title="Leçon ajoutée", slug="ajoutee")
    assert _progress(learner, programme).total == 9
    assert "Leçon ajoutée" in client.get(session.url).content.decode()
    added.unpublish()
    assert _progress(learner, programme).total == 8


def test_a_seat_lost_closes_the_lessons(client, learner, programme):
    lesson = programme.sessions.get(number=1).lessons.first()
    assert client.get(lesson.url).status_code == 200
    enrolment = Enrolment.objects.get(user=learner)
    enrolment.state = EnrolmentState.WITHDRAWN
    enrolment.save()
    assert client.get(lesson.url).status_code == 403


def test_a_role_given_changes_what_is_open(client, learner, programme):
    locked = programme.sessions.get(number=3).lessons.first()
    assert client.get(locked.url).status_code == 403
    learner.groups.add(Group.objects.get(name=ROLE_GROUPS[Role.TRAINER]))
    assert client.get(locked.url).status_code == 200
    Group.objects.get(name=ROLE_GROUPS[Role.TRAINER]).user_set.remove(learner)
    assert client.get(locked.url).status_code == 403


def test_a_session_opening_at_a_set_time_bounds_the_entry(learner, programme):
    session = programme.sessions.get(number=3)
    session.opens_at = timezone.now() + datetime.timedelta(minutes=5)
    session.save_revision().publish()
    outline = programme_outline_read(user=learner, programme=programme)
    assert _outline_valid_until(outline) == session.opens_at
    session.opens_at = None
    session.save_revision().publish()
    outline = programme_outline_read(user=learner, programme=programme)
    assert _outline_valid_until(outline) == next_midnight()


def test_warm_pages_read_only_what_wagtail_and_the_session_need(
    client, learner, programme, django_assert_max_num_queries
):
    """Once the learner's reads are cached, the lesson and programme pages read the site, the
    locale and the page's path (Wagtail), then the session, the user and their roles; the
    dashboard the session, the user, their roles, their coaching action items and the site."""
    lesson = programme.sessions.get(number=1).lessons.first()
    for url in (lesson.url, programme.url, "/dashboard/"):
        client.get(url)
    with django_assert_max_num_queries(8):
        assert client.get(lesson.url).status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get(programme.url).status_code == 200
    with django_assert_max_num_queries(5):
        assert client.get("/dashboard/").status_code == 200


def _panels(module, user):
    return module.dashboard_panels(user=type(user).objects.get(pk=user.pk))


def test_the_quiz_panel_follows_attempts_and_quizzes(learner, programme):
    from courses.quizzes import dashboard as quiz_dashboard
    from courses.quizzes.factories import QuizFactory, SingleChoiceQuestionFactory
    from courses.quizzes.services import quiz_attempt_start

    session = programme.sessions.get(number=1)
    assert _panels(quiz_dashboard, learner) == []
    quiz = QuizFactory(session=session, questions=[SingleChoiceQuestionFactory()])
    (panel,) = _panels(quiz_dashboard, learner)
    assert [status.attempts for status in panel["context"]["statuses"]] == [[]]
    quiz_attempt_start(quiz=quiz, user=learner)
    (panel,) = _panels(quiz_dashboard, learner)
    assert panel["context"]["statuses"][0].open_attempt is not None


def test_the_cohort_panel_follows_invitations(learner, programme):
    from courses.cohorts import dashboard as cohort_dashboard
    from courses.cohorts.factories import CohortFactory, EnrolmentFactory

    before = _panels(cohort_dashboard, learner)
    cohort = CohortFactory(organisation=learner.organisation, programme=programme, name="Printemps")
    EnrolmentFactory(cohort=cohort, user=learner, state=EnrolmentState.INVITED, confirmed_at=None)
    after = _panels(cohort_dashboard, learner)
    assert "Printemps" not in repr(before)
    assert "Printemps" in repr(after)


def test_migrate_and_the_demo_seeding_forget_every_entry():
    from courses.caching import everything_forget

    read = Reads()
    cached_read("k", tokens=[learner_token(7)], read=read)
    everything_forget(sender=None)  # as post_migrate calls it
    assert cached_read("k", tokens=[learner_token(7)], read=read) == "value 2"


def test_reads_and_writes_go_on_when_the_cache_is_down(caplog):
    """Our reads and writes skip an unreachable cache and log why (Wagtail itself still needs
    it to route pages)."""
    unreachable = {
        "default": {
            "BACKEND": "lms.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
        }
    }
    read = Reads()
    with override_settings(CACHES=unreachable):
        tokens_change([learner_token(7)])
        assert cached_read("k", tokens=[learner_token(7)], read=read) == "value 1"
        assert cached_read("k", tokens=[learner_token(7)], read=read) == "value 2"
    assert "The cache could not be read" in caplog.text
    assert "The cache could not be told of a change" in caplog.text
