import pytest

from courses.quizzes.factories import QuizFactory, SingleChoiceQuestionFactory
from courses.quizzes.selectors import (
    attempt_questions,
    charter_themes_missed,
    question_statistics,
    quiz_passed,
    quizzes_passed_for,
)
from courses.quizzes.services import quiz_attempt_start, quiz_attempt_submit
from lms.factories import AmbassadorFactory

from .conftest import right_response

pytestmark = pytest.mark.django_db


def _take(user, quiz, *, right: bool):
    attempt = quiz_attempt_start(quiz=quiz, user=user)
    questions = attempt_questions(attempt=attempt)
    responses = {q.pk: right_response(q) for q in questions} if right else {}
    return quiz_attempt_submit(attempt=attempt, responses=responses)


def test_quiz_passed_only_after_a_passing_attempt(ambassador, quiz):
    assert not quiz_passed(user=ambassador, quiz=quiz)
    _take(ambassador, quiz, right=False)
    assert not quiz_passed(user=ambassador, quiz=quiz)
    _take(ambassador, quiz, right=True)
    assert quiz_passed(user=ambassador, quiz=quiz)


def test_quizzes_passed_for_many_people_in_one_query(
    organisation, quiz, questions, django_assert_num_queries
):
    other_quiz = QuizFactory(questions=questions[:2])
    people = [AmbassadorFactory(organisation=organisation) for _ in range(4)]
    _take(people[0], quiz, right=True)
    _take(people[1], quiz, right=False)
    _take(people[2], other_quiz, right=True)
    with django_assert_num_queries(1):
        passed = quizzes_passed_for(users=people, quizzes=[quiz, other_quiz])
    assert passed[(people[0].pk, quiz.pk)] and passed[(people[2].pk, other_quiz.pk)]
    assert not passed[(people[1].pk, quiz.pk)] and not passed[(people[3].pk, quiz.pk)]
    assert not passed[(people[0].pk, other_quiz.pk)]


def test_statistics_give_success_rate_and_most_chosen_wrong_answer(organisation, category):
    question = SingleChoiceQuestionFactory(
        category=category, choices=[("Bonne", True), ("Piège", False), ("Autre", False)]
    )
    question.charter_theme = "disclosure"
    question.save()
    quiz = QuizFactory(questions=[question])
    right, trap, other = [c.pk for c in question.choice_list()]
    for response in (right, trap, trap, other):
        person = AmbassadorFactory(organisation=organisation)
        quiz_attempt_submit(
            attempt=quiz_attempt_start(quiz=quiz, user=person),
            responses={question.pk: response},
        )
    [stats] = question_statistics(quiz=quiz)
    assert stats.answered == 4 and stats.success_rate == 25
    choice, count = stats.most_chosen_wrong
    assert choice.text_fr == "Piège" and count == 2
    [theme] = charter_themes_missed()
    assert theme["key"] == "disclosure" and theme["missed"] == 3 and theme["rate"] == 75


def test_statistics_filter_by_organisation(organisation, other_organisation, category):
    question = SingleChoiceQuestionFactory(category=category, charter_theme="tone")
    quiz = QuizFactory(questions=[question])
    for org in (organisation, other_organisation):
        quiz_attempt_submit(
            attempt=quiz_attempt_start(quiz=quiz, user=AmbassadorFactory(organisation=org)),
            responses={},
        )
    [stats] = question_statistics(quiz=quiz, organisation_id=organisation.pk)
    assert stats.answered == 1
    assert charter_themes_missed(organisation_id=other_organisation.pk)[0]["asked"] == 1


def test_a_quiz_belongs_to_the_french_session_page_and_serves_its_translation(site, ambassador):
    from django.core.exceptions import ValidationError

    from courses.factories import page_translate
    from courses.quizzes.selectors import quiz_status_for_session
    from tests.courses.conftest import programme_build

    programme = programme_build(site)
    french = programme.sessions.get(number=1)
    english_programme = page_translate(programme, language="en")
    english = page_translate(french, language="en")
    assert english_programme.pk != programme.pk
    with pytest.raises(ValidationError, match="langue par défaut"):
        QuizFactory.build(session=english).clean()
    quiz = QuizFactory(session=french)
    status = quiz_status_for_session(user=ambassador, session=english)
    assert status.quiz == quiz and status.can_start and not status.passed
