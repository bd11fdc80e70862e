from datetime import timedelta

import pytest

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from courses.models.quizzes import AttemptState, QuizAnswer, QuizAttempt
from courses.quizzes.factories import QuestionCategoryFactory, QuizFactory
from courses.quizzes.selectors import attempt_questions
from courses.quizzes.services import (
    QuizRefused,
    QuizResponseError,
    quiz_attempt_start,
    quiz_attempt_submit,
)

from .conftest import bank_build, post_data, right_response

pytestmark = pytest.mark.django_db


def _questions_html(response) -> str:
    html = response.content.decode()
    return html[html.index('<fieldset class="quiz-question') : html.rindex("</form>")]


def _layout_seen(attempt):
    return [(q.pk, [c.pk for c in q.shown_choices]) for q in attempt_questions(attempt=attempt)]


def _right_answers(attempt):
    return {q.pk: right_response(q) for q in attempt_questions(attempt=attempt)}


def test_random_draw_takes_n_per_category_and_resuming_shows_the_same_questions(ambassador):
    category = QuestionCategoryFactory(key="tirage")
    bank = bank_build(15, category=category)
    quiz = QuizFactory(questions=[bank[0]], draws=[(category, 4)], shuffle_choices=True)
    attempt = quiz_attempt_start(quiz=quiz, user=ambassador)
    seen = _layout_seen(attempt)
    assert len(seen) == 5 and seen[0][0] == bank[0].pk
    assert len({pk for pk, _choices in seen}) == 5  # the fixed question is not drawn twice
    resumed = quiz_attempt_start(quiz=quiz, user=ambassador)
    assert resumed.pk == attempt.pk
    assert _layout_seen(resumed) == seen


def test_quiz_page_shows_the_same_questions_and_choice_order_on_resume(client, ambassador):
    category = QuestionCategoryFactory(key="tirage")
    bank = bank_build(12, category=category)
    quiz = QuizFactory(draws=[(category, 6)], shuffle_choices=True)
    client.force_login(ambassador)
    first = client.post(reverse("courses:quizzes:start", args=[quiz.pk]), follow=True)
    again = client.post(reverse("courses:quizzes:start", args=[quiz.pk]), follow=True)
    assert QuizAttempt.objects.filter(user=ambassador, quiz=quiz).count() == 1
    assert _questions_html(first) == _questions_html(again)
    html = _questions_html(first)
    assert sum(f'name="q{q.pk}"' in html or f'name="q{q.pk}_0"' in html for q in bank) == 6


def test_ordering_items_never_start_in_the_right_order(ambassador, quiz):
    for _ in range(5):
        attempt = quiz_attempt_start(quiz=quiz, user=ambassador)
        ordering = next(q for q in attempt_questions(attempt=attempt) if q.kind == "ordering")
        assert [c.position for c in ordering.shown_choices] != [1, 2, 3]
        quiz_attempt_submit(attempt=attempt, responses={})
        quiz.max_attempts += 1
        quiz.save()


def test_database_allows_one_open_attempt_per_person_and_quiz(ambassador, quiz):
    attempt = quiz_attempt_start(quiz=quiz, user=ambassador)
    with pytest.raises(IntegrityError), transaction.atomic():
        QuizAttempt.objects.create(
            quiz=quiz, user=ambassador, number=2, started_at=attempt.started_at
        )


def test_right_answers_pass_and_are_stored(ambassador, quiz):
    attempt = quiz_attempt_start(quiz=quiz, user=ambassador)
    attempt = quiz_attempt_submit(attempt=attempt, responses=_right_answers(attempt))
    assert attempt.state == AttemptState.GRADED
    assert attempt.score == 100 and attempt.passed
    assert QuizAnswer.objects.filter(attempt=attempt).count() == 5


def test_unanswered_questions_score_zero(ambassador, quiz):
    attempt = quiz_attempt_start(quiz=quiz, user=ambassador)
    answers = _right_answers(attempt)
    answers.pop(next(iter(answers)))
    attempt = quiz_attempt_submit(attempt=attempt, responses=answers)
    assert attempt.score == 80 and attempt.passed  # pass mark 70


def test_double_submit_grades_once(ambassador, quiz):
    attempt = quiz_attempt_start(quiz=quiz, user=ambassador)
    first = quiz_attempt_submit(attempt=attempt, responses=_right_answers(attempt))
    second = quiz_attempt_submit(attempt=attempt, responses={})
    assert second.score == first.score == 100
    assert QuizAnswer.objects.filter(attempt=attempt).count() == 5


def test_double_submit_through_the_page_grades_once(client, ambassador, quiz):
    client.force_login(ambassador)
    attempt = quiz_attempt_start(quiz=quiz, user=ambassador)
    url = reverse("courses:quizzes:attempt", args=[attempt.pk])
    data = post_data(attempt_questions(attempt=attempt))
    assert client.post(url, data).status_code == 302
    assert client.post(url, {}).status_code == 302  # the second one only leads to the result
    attempt.refresh_from_db()
    assert attempt.score == 100
    assert QuizAnswer.objects.filter(attempt=attempt).count() == 5


def test_submission_after_the_time_limit_is_not_graded(ambassador, quiz):
    quiz.time_limit_minutes = 10
    quiz.save()
    attempt = quiz_attempt_start(quiz=quiz, user=ambassador)
    assert attempt.deadline == attempt.started_at + timedelta(minutes=10)
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        started_at=timezone.now() - timedelta(minutes=11),
        deadline=timezone.now() - timedelta(minutes=1),
    )
    attempt = quiz_attempt_submit(attempt=attempt, responses=_right_answers(attempt))
    assert attempt.state == AttemptState.EXPIRED
    assert attempt.score == 0 and attempt.passed is False
    assert not QuizAnswer.objects.filter(attempt=attempt).exists()


def test_submission_just_inside_the_time_limit_is_graded(ambassador, quiz):
    quiz.time_limit_minutes = 10
    quiz.save()
    attempt = quiz_attempt_start(quiz=quiz, user=ambassador)
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(seconds=5))
    attempt = quiz_attempt_submit(attempt=attempt, responses=_right_answers(attempt))
    assert attempt.state == AttemptState.GRADED and attempt.passed


def test_an_expired_open_attempt_is_closed_when_the_quiz_is_opened_again(ambassador, quiz):
    quiz.time_limit_minutes = 5
    quiz.save()
    attempt = quiz_attempt_start(quiz=quiz, user=ambassador)
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=1))
    new = quiz_attempt_start(quiz=quiz, user=ambassador)
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.EXPIRED
    assert new.pk != attempt.pk and new.number == 2


def test_no_new_attempt_after_the_maximum(ambassador, quiz):
    quiz.max_attempts = 2
    quiz.save()
    for _ in range(2):
        quiz_attempt_submit(attempt=quiz_attempt_start(quiz=quiz, user=ambassador), responses={})
    with pytest.raises(QuizRefused, match="vos 2 tentatives"):
        quiz_attempt_start(quiz=quiz, user=ambassador)
    assert QuizAttempt.objects.filter(quiz=quiz, user=ambassador).count() == 2


def test_attempt_limit_is_explained_on_the_page(client, ambassador, quiz):
    quiz.max_attempts = 1
    quiz.save()
    quiz_attempt_submit(attempt=quiz_attempt_start(quiz=quiz, user=ambassador), responses={})
    client.force_login(ambassador)
    response = client.post(reverse("courses:quizzes:start", args=[quiz.pk]), follow=True)
    assert "vos 1 tentatives" in response.content.decode()
    assert QuizAttempt.objects.filter(quiz=quiz, user=ambassador).count() == 1


def test_a_passed_quiz_cannot_be_retaken(ambassador, quiz):
    attempt = quiz_attempt_start(quiz=quiz, user=ambassador)
    quiz_attempt_submit(attempt=attempt, responses=_right_answers(attempt))
    with pytest.raises(QuizRefused, match="déjà réussi"):
        quiz_attempt_start(quiz=quiz, user=ambassador)


def test_service_refuses_a_choice_of_another_question_and_saves_nothing(ambassador, quiz):
    attempt = quiz_attempt_start(quiz=quiz, user=ambassador)
    questions = attempt_questions(attempt=attempt)
    single = next(q for q in questions if q.kind == "singlechoice")
    scenario = next(q for q in questions if q.kind == "scenario")
    answers = _right_answers(attempt)
    answers[single.pk] = scenario.shown_choices[0].pk
    with pytest.raises(QuizResponseError) as refusal:
        quiz_attempt_submit(attempt=attempt, responses=answers)
    assert "ne fait pas partie des choix de cette question" in str(
        refusal.value.message_dict[str(single.pk)]
    )
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.OPEN
    assert not QuizAnswer.objects.filter(attempt=attempt).exists()


def test_page_refuses_a_foreign_choice_and_keeps_what_was_typed(client, ambassador, category):
    questions = bank_build(5, category=category, with_free_text=True)
    quiz = QuizFactory(questions=questions)
    attempt = quiz_attempt_start(quiz=quiz, user=ambassador)
    shown = attempt_questions(attempt=attempt)
    single = next(q for q in shown if q.kind == "singlechoice")
    free = next(q for q in shown if q.kind == "freetext")
    scenario = next(q for q in shown if q.kind == "scenario")
    data = post_data(shown)
    data[f"q{single.pk}"] = str(scenario.shown_choices[0].pk)
    data[f"q{free.pk}"] = "Mon texte à garder"
    client.force_login(ambassador)
    response = client.post(reverse("courses:quizzes:attempt", args=[attempt.pk]), data)
    html = response.content.decode()
    assert response.status_code == 400
    assert "ne fait pas partie des choix" in html
    assert "Mon texte à garder" in html
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.OPEN
    assert not QuizAnswer.objects.exists()


def test_someone_else_cannot_open_or_submit_my_attempt(client, ambassador, quiz, organisation):
    from lms.factories import AmbassadorFactory

    attempt = quiz_attempt_start(quiz=quiz, user=ambassador)
    client.force_login(AmbassadorFactory(organisation=organisation))
    url = reverse("courses:quizzes:attempt", args=[attempt.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, post_data(attempt_questions(attempt=attempt))).status_code == 404


def test_session_quiz_waits_for_its_session_to_open(ambassador, site, category):
    from tests.courses.conftest import programme_build, seat_give

    programme = programme_build(site, open_sessions=(1,))
    learner = seat_give(ambassador, programme)
    closed = programme.sessions.get(number=2)
    quiz = QuizFactory(session=closed, questions=bank_build(2, category=category))
    with pytest.raises(QuizRefused, match="s'ouvre avec sa session"):
        quiz_attempt_start(quiz=quiz, user=learner)
    assert not QuizAttempt.objects.exists()
    opened = QuizFactory(session=programme.sessions.get(number=1), questions=bank_build(2))
    assert quiz_attempt_start(quiz=opened, user=learner).pk


def test_final_quiz_is_for_the_members_of_a_cohort_of_the_programme(ambassador, site, category):
    from courses.factories import ProgrammePageFactory
    from tests.courses.conftest import seat_give

    programme = ProgrammePageFactory(parent=site)
    quiz = QuizFactory(programme=programme, questions=bank_build(2, category=category))
    with pytest.raises(QuizRefused, match="réservé aux membres d’une promotion"):
        quiz_attempt_start(quiz=quiz, user=ambassador)
    assert quiz_attempt_start(quiz=quiz, user=seat_give(ambassador, programme)).pk
