"""Fifty quiz submissions at once: one attempt per learner, graded once, with one set of answers.

(Fifty seat confirmations at once: tests/courses/cohorts/test_concurrency.py.)"""

import threading
from collections import defaultdict

import pytest

from django.db import connection

from courses.models.quizzes import AttemptState, QuizAnswer, QuizAttempt
from courses.quizzes.factories import QuizFactory
from courses.quizzes.selectors import attempt_questions
from courses.quizzes.services import quiz_attempt_start, quiz_attempt_submit
from lms.factories import AmbassadorFactory
from tests.courses.quizzes.conftest import bank_build, right_response

pytestmark = [pytest.mark.faults, pytest.mark.postgres]

LEARNERS, CLICKS = 10, 5


def test_fifty_concurrent_submits_grade_each_learner_once(transactional_db):
    questions = bank_build(5)
    quiz = QuizFactory(questions=questions)
    learners = [AmbassadorFactory() for _ in range(LEARNERS)]
    attempts = {user.pk: quiz_attempt_start(quiz=quiz, user=user) for user in learners}
    right = {
        user.pk: {q.pk: right_response(q) for q in attempt_questions(attempt=attempts[user.pk])}
        for user in learners
    }
    start = threading.Barrier(LEARNERS * CLICKS)
    results, errors = defaultdict(list), []

    def submit(user, is_right: bool):
        """One click on "submit" (several per learner at once: double clicks, two tabs)."""
        try:
            start.wait(timeout=30)
            answers = right[user.pk] if is_right else {}
            attempt = quiz_attempt_submit(attempt=attempts[user.pk], responses=answers)
            results[user.pk].append((attempt.pk, attempt.state, attempt.score, attempt.passed))
        except Exception as error:  # reported below: a thread's exception is otherwise lost
            errors.append(error)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=submit, args=(user, click % 2 == 0))
        for user in learners
        for click in range(CLICKS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert not any(thread.is_alive() for thread in threads)
    for user in learners:
        attempt = QuizAttempt.objects.get(quiz=quiz, user=user)
        assert attempt.pk == attempts[user.pk].pk
        assert attempt.state == AttemptState.GRADED
        assert attempt.score in (0, 100)
        assert attempt.passed == (attempt.score == 100)
        assert QuizAnswer.objects.filter(attempt=attempt).count() == len(questions)
        # Every click saw the same outcome: the first submission's grade.
        assert set(results[user.pk]) == {
            (attempt.pk, AttemptState.GRADED, attempt.score, attempt.passed)
        }
