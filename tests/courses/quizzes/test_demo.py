import io

import pytest

from courses.demo import programme_seed
from courses.models import SessionPage
from courses.models.quizzes import Choice, Question, Quiz, ScenarioQuestion
from courses.quizzes.demo import demo_seed
from courses.quizzes.selectors import attempt_questions, quiz_for_session
from courses.quizzes.services import quiz_attempt_start
from tests.courses.conftest import seat_give

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(site):
    programme_seed()
    demo_seed(stdout=io.StringIO())


def test_quiz_bank_seed_twice_creates_no_duplicates(seeded):
    counts = (Question.objects.count(), Choice.objects.count(), Quiz.objects.count())
    demo_seed(stdout=io.StringIO())
    assert (Question.objects.count(), Choice.objects.count(), Quiz.objects.count()) == counts
    assert Quiz.objects.count() == 5  # four sessions and the final quiz


def test_shipped_bank_is_complete_in_both_languages(seeded):
    questions = list(Question.objects.all())
    assert len(questions) >= 40
    assert all(q.text_fr and q.text_en and q.explanation_fr and q.explanation_en for q in questions)
    assert ScenarioQuestion.objects.count() >= 10
    for scenario in ScenarioQuestion.objects.all():
        choices = list(scenario.choices.all())
        assert {c.decision for c in choices} == {
            "publish",
            "publish_after_changes",
            "do_not_publish",
        }
        assert sum(c.is_correct for c in choices) == 1
        assert all(c.explanation_fr and c.explanation_en and c.charter_theme for c in choices)


def test_english_session_page_leads_to_the_same_quiz(seeded, ambassador):
    french = SessionPage.objects.get(number=1, locale__language_code="fr")
    english = SessionPage.objects.get(number=1, locale__language_code="en")
    quiz = quiz_for_session(session=english)
    assert quiz is not None and quiz == quiz_for_session(session=french)
    seat_give(ambassador, french.get_parent().specific)
    attempt = quiz_attempt_start(quiz=quiz, user=ambassador)
    assert len(attempt_questions(attempt=attempt)) == 6
