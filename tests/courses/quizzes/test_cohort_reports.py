"""Trainers grade and read quiz reports for the cohorts they run; editors for every cohort."""

import pytest

from django.urls import reverse
from django.utils import translation

from courses.cohorts.factories import CohortFactory, EnrolmentFactory
from courses.quizzes.factories import FreeTextQuestionFactory, QuizFactory, ScenarioQuestionFactory
from courses.quizzes.selectors import (
    charter_themes_missed,
    grading_queue,
    question_statistics,
    report_cohorts,
)
from courses.quizzes.services import quiz_attempt_start, quiz_attempt_submit
from lms.factories import UserFactory
from lms.models import Role

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_trainer(db):
    return UserFactory(organisation=None, roles=[Role.TRAINER], email="other@example.org")


@pytest.fixture
def cohorts(organisation, programme, trainer, other_trainer):
    """Two cohorts of one organisation: `mine` run by `trainer`, `theirs` by `other_trainer`;
    two members each."""
    mine = CohortFactory(
        organisation=organisation, programme=programme, trainers=[trainer], name="Promo Lune"
    )
    theirs = CohortFactory(
        organisation=organisation, programme=programme, trainers=[other_trainer], name="Promo Mars"
    )
    for cohort in (mine, theirs):
        EnrolmentFactory.create_batch(2, cohort=cohort)
    return mine, theirs


def _members(cohort):
    return [enrolment.user for enrolment in cohort.enrolments.all()]


@pytest.fixture
def free_text_answers(cohorts):
    """One free-text answer waiting for a grade per member of each cohort."""
    question = FreeTextQuestionFactory()
    quiz = QuizFactory(questions=[question])
    answers = {}
    for cohort in cohorts:
        for person in _members(cohort):
            attempt = quiz_attempt_start(quiz=quiz, user=person)
            attempt = quiz_attempt_submit(attempt=attempt, responses={question.pk: "Je demande."})
            answers[person.pk] = attempt.answers.get()
    return answers


def test_a_trainer_grades_only_the_answers_of_their_cohorts(
    client, trainer, other_trainer, editor, cohorts, free_text_answers
):
    mine, theirs = cohorts
    queue = grading_queue(grader=trainer)
    assert {a.attempt.user_id for a in queue} == {p.pk for p in _members(mine)}
    assert {a.attempt.user_id for a in grading_queue(grader=other_trainer)} == {
        p.pk for p in _members(theirs)
    }
    assert len(grading_queue(grader=editor)) == 4

    foreign = free_text_answers[_members(theirs)[0].pk]
    client.force_login(trainer)
    html = client.get(reverse("courses:quizzes:grading")).content.decode()
    assert str(_members(mine)[0]) in html and str(_members(theirs)[0]) not in html
    response = client.post(
        reverse("courses:quizzes:grade", args=[foreign.pk]), {"score": "1", "feedback": "Bien"}
    )
    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.score is None  # not theirs to grade

    client.force_login(other_trainer)
    client.post(
        reverse("courses:quizzes:grade", args=[foreign.pk]), {"score": "1", "feedback": "Bien"}
    )
    foreign.refresh_from_db()
    assert foreign.score == 1


@pytest.fixture
def scenario_answers(cohorts):
    """A publish-or-not scenario on the "disclosure" theme: the members of `mine` answer it
    right, those of `theirs` pick the same wrong decision."""
    question = ScenarioQuestionFactory(charter_theme="disclosure")
    quiz = QuizFactory(questions=[question])
    choices = question.choice_list()
    right = next(c for c in choices if c.is_correct)
    wrong = next(c for c in choices if not c.is_correct)
    for cohort, choice in zip(cohorts, (right, wrong), strict=True):
        for person in _members(cohort):
            attempt = quiz_attempt_start(quiz=quiz, user=person)
            quiz_attempt_submit(attempt=attempt, responses={question.pk: choice.pk})
    return quiz, wrong


def test_statistics_and_missed_themes_per_cohort(cohorts, scenario_answers):
    mine, theirs = cohorts
    quiz, wrong = scenario_answers
    [everyone] = question_statistics(quiz=quiz)
    assert everyone.answered == 4 and everyone.success_rate == 50
    [ours] = question_statistics(quiz=quiz, cohorts=[mine])
    assert ours.answered == 2 and ours.success_rate == 100 and ours.most_chosen_wrong is None
    [their] = question_statistics(quiz=quiz, cohorts=[theirs])
    assert their.success_rate == 0 and their.most_chosen_wrong == (wrong, 2)
    [theme] = charter_themes_missed(cohorts=[theirs])
    assert theme["key"] == "disclosure" and theme["missed"] == 2 and theme["rate"] == 100
    assert charter_themes_missed(cohorts=[mine])[0]["missed"] == 0


def test_report_scope_follows_who_runs_the_cohort(trainer, editor, cohorts):
    mine, theirs = cohorts
    assert list(report_cohorts(viewer=trainer)) == [mine]
    assert list(report_cohorts(viewer=trainer, cohort_id=mine.pk)) == [mine]
    with pytest.raises(type(mine).DoesNotExist):
        report_cohorts(viewer=trainer, cohort_id=theirs.pk)
    assert report_cohorts(viewer=editor) is None
    assert list(report_cohorts(viewer=editor, cohort_id=theirs.pk)) == [theirs]


def test_admin_reports_filter_by_cohort_and_keep_trainers_to_theirs(
    client, trainer, editor, cohorts, scenario_answers
):
    mine, theirs = cohorts
    quiz, wrong = scenario_answers
    with translation.override("fr"):
        wrong_label = f"{wrong.text} (2)"
    statistics = reverse("quiz_statistics", args=[quiz.pk])
    themes = reverse("quiz_charter_themes")
    client.force_login(trainer)
    html = client.get(statistics).content.decode()
    assert "Promo Lune" in html and "Promo Mars" not in html  # the filter offers their own
    assert "100 %" in html and wrong_label not in html  # their cohort only, by default
    assert client.get(statistics, {"cohort": theirs.pk}).status_code == 404
    assert client.get(themes, {"cohort": theirs.pk}).status_code == 404

    client.force_login(editor)
    html = client.get(statistics, {"cohort": theirs.pk}).content.decode()
    assert "0 %" in html and wrong_label in html
    html = client.get(themes, {"cohort": theirs.pk}).content.decode()
    assert "100 %" in html
    assert "50 %" in client.get(themes).content.decode()
