import pytest

from courses.cohorts.factories import CohortFactory, EnrolmentFactory
from courses.factories import LessonPageFactory, ProgrammePageFactory, SessionPageFactory


def programme_build(home, *, lessons_per_session=3, lesson_counts=None, open_sessions=(1, 2)):
    """A programme under `home` with four sessions; sessions in `open_sessions` are open.

    `lesson_counts` gives the number of lessons of each session (else `lessons_per_session`).
    """
    programme = ProgrammePageFactory(parent=home)
    for number in range(1, 5):
        session = SessionPageFactory(
            parent=programme, number=number, open_to_learners=number in open_sessions
        )
        count = lesson_counts[number - 1] if lesson_counts else lessons_per_session
        for index in range(1, count + 1):
            LessonPageFactory(
                parent=session, title=f"S{number} leçon {index}", slug=f"lecon-{index}"
            )
    return programme


@pytest.fixture
def programme(site):
    return programme_build(site)


@pytest.fixture
def session1(programme):
    return programme.sessions.get(number=1)


@pytest.fixture
def lessons1(session1):
    return list(session1.lessons)


def seat_give(user, programme, **enrolment):
    """Give `user` a seat (a confirmed enrolment, unless `enrolment` says otherwise) in a new
    cohort of `programme`: the lessons are for the members of a cohort. Returns the user read
    again, as a new request would (a user object remembers its seats once read)."""
    cohort = CohortFactory(organisation=user.organisation, programme=programme)
    EnrolmentFactory(cohort=cohort, user=user, **enrolment)
    return type(user).objects.get(pk=user.pk)


@pytest.fixture
def learner(ambassador, programme):
    """`ambassador` with a seat in a cohort of `programme`."""
    return seat_give(ambassador, programme)
