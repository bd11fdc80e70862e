"""The certification checklist of the dashboard, kept in the cache: read again as soon as one
of the records it is read from changes."""

import pytest

from charter.factories import charter_signed_by
from lms.certification.dashboard import readiness_cached
from lms.certification.models import ReadyDraftsRequirement
from lms.models import User

from .conftest import attend, final_quiz, pass_quiz, ready_drafts, session_quizzes, validate_line

pytestmark = pytest.mark.django_db


def _met(user) -> list[bool]:
    """The checklist as a new request reads it."""
    return [item.met for item in readiness_cached(User.objects.get(pk=user.pk))]


def test_the_checklist_follows_every_record_it_is_read_from(learner, cohort, programme):
    assert _met(learner) == [False] * 6
    steps = [
        lambda: attend(learner, cohort),
        lambda: [pass_quiz(learner, quiz) for quiz in session_quizzes(programme)],
        lambda: pass_quiz(learner, final_quiz(programme)),
        lambda: charter_signed_by(learner),
        lambda: validate_line(learner),
        lambda: ready_drafts(learner),
    ]
    for done, step in enumerate(steps, start=1):
        step()
        assert sum(_met(learner)) == done


def test_a_requirement_added_to_the_programme_shows_at_once(learner, programme):
    assert len(_met(learner)) == 6
    ReadyDraftsRequirement.objects.create(programme=programme, position=10, minimum=5)
    assert len(_met(learner)) == 7


def test_a_warm_dashboard_before_certification_reads_little(
    client, learner, django_assert_max_num_queries
):
    """Session, user and roles, the site, and the panels' few reads left: not the checklist's
    query per requirement."""
    client.force_login(learner)
    assert client.get("/dashboard/").status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get("/dashboard/").status_code == 200
