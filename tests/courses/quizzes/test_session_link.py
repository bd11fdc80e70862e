import pytest

from courses.quizzes.factories import QuizFactory

pytestmark = pytest.mark.django_db


def test_session_page_offers_its_quiz(client, learner, session1):
    quiz = QuizFactory(session=session1)
    client.force_login(learner)
    html = client.get(session1.url).content.decode()
    assert f"/learning/quizzes/{quiz.pk}/" in html


def test_session_page_without_quiz_offers_none(client, learner, session1):
    client.force_login(learner)
    assert "/learning/quizzes/" not in client.get(session1.url).content.decode()
