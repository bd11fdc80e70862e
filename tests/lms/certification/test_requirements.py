import pytest

from charter.factories import charter_signed_by
from lms.certification.models import (
    CharterSignedRequirement,
    EditorialLineValidatedRequirement,
    FinalQuizPassedRequirement,
    ReadyDraftsRequirement,
    Requirement,
    SessionQuizzesPassedRequirement,
    SessionsAttendedRequirement,
)
from lms.certification.selectors import readiness_for, readiness_for_many

from .conftest import (
    attend,
    final_quiz,
    pass_quiz,
    ready_drafts,
    seat,
    session_quizzes,
    validate_line,
)

pytestmark = pytest.mark.django_db


def requirement(programme, model):
    return Requirement.objects.get(
        programme=programme, polymorphic_ctype__model=model._meta.model_name
    )


def test_attendance_counts_makeups_and_needs_all_four_sessions(programme, cohort, learner):
    req = requirement(programme, SessionsAttendedRequirement)
    attend(learner, cohort, numbers=(1, 2, 3))
    assert not req.is_met(learner)
    assert "session" in req.why_not(learner)
    other = type(cohort).objects.create(
        organisation=cohort.organisation, programme=programme, name="Autre"
    )
    from courses.cohorts.factories import CohortSessionFactory

    makeup_session = CohortSessionFactory(
        cohort=other, session=cohort.sessions.get(number=4).session
    )
    from courses.models import Attendance

    Attendance.objects.create(
        cohort_session=makeup_session, user=learner, status="present", makeup=True
    )
    assert req.is_met(learner)
    assert req.why_not(learner) == ""


def test_each_session_quiz_must_be_passed(programme, learner):
    req = requirement(programme, SessionQuizzesPassedRequirement)
    quizzes = session_quizzes(programme)
    for quiz in quizzes[:3]:
        pass_quiz(learner, quiz)
    pass_quiz(learner, quizzes[3], passed=False)
    assert not req.is_met(learner)
    assert "4" in req.why_not(learner)
    pass_quiz(learner, quizzes[3])
    assert req.is_met(learner)


def test_final_quiz_must_be_passed(programme, learner):
    req = requirement(programme, FinalQuizPassedRequirement)
    pass_quiz(learner, final_quiz(programme), passed=False)
    assert not req.is_met(learner)
    assert req.why_not(learner)
    pass_quiz(learner, final_quiz(programme))
    assert req.is_met(learner)


def test_current_charter_version_must_be_signed(programme, learner, charter):
    from charter.services import charter_version_publish

    req = requirement(programme, CharterSignedRequirement)
    assert not req.is_met(learner)
    charter_signed_by(learner)
    assert req.is_met(learner)
    charter_version_publish(charter=charter, is_material=True)
    assert not req.is_met(learner)
    assert "new version" in req.why_not(learner)


def test_editorial_line_must_be_validated(programme, learner):
    from coaching.models import LineState

    req = requirement(programme, EditorialLineValidatedRequirement)
    line = validate_line(learner)
    line.state = LineState.SUBMITTED
    line.save()
    assert not req.is_met(learner)
    line.state = LineState.VALIDATED
    line.save()
    assert req.is_met(learner)


def test_ready_drafts_count_against_the_programme_minimum(programme, learner):
    req = requirement(programme, ReadyDraftsRequirement)
    ready_drafts(learner, count=1)
    assert not req.is_met(learner)
    assert req.why_not(learner) == "1 of 2 drafts marked ready."
    ready_drafts(learner, count=1)
    assert req.is_met(learner)
    req.minimum = 0
    nobody = learner.__class__.objects.create(email="none@acme.example")
    assert req.is_met(nobody)


def test_readiness_checklist_lists_what_is_missing(programme, cohort, learner):
    attend(learner, cohort)
    charter_signed_by(learner)
    readiness = readiness_for(user=learner)
    assert len(readiness) == 6
    assert not readiness.is_ready
    assert [item.met for item in readiness] == [True, False, False, True, False, False]


def test_batch_readiness_takes_the_same_queries_for_many_people(
    programme, cohort, learner, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        readiness_for_many(users=[learner], programme=programme)
    people = [learner] + [seat(cohort, email=f"p{n}@acme.example") for n in range(6)]
    for person in people[1:4]:
        attend(person, cohort)
        ready_drafts(person, count=1)
    with django_assert_max_num_queries(len(one.captured_queries)):
        result = readiness_for_many(users=people, programme=programme)
    assert set(result) == {p.pk for p in people}
