import re

import pytest

from django.urls import reverse

from courses.models.quizzes import AttemptState, QuizAttempt
from courses.quizzes.factories import FreeTextQuestionFactory, QuizFactory
from courses.quizzes.selectors import attempt_questions
from courses.quizzes.services import quiz_attempt_start, quiz_attempt_submit

from .conftest import bank_build, post_data

pytestmark = pytest.mark.django_db


def _start(client, user, quiz):
    client.force_login(user)
    response = client.post(reverse("courses:quizzes:start", args=[quiz.pk]))
    attempt = QuizAttempt.objects.get(user=user, quiz=quiz, state=AttemptState.OPEN)
    assert response.url == reverse("courses:quizzes:attempt", args=[attempt.pk])
    return attempt


def test_quiz_html_holds_no_answer_before_submission(client, ambassador, category):
    questions = bank_build(10, category=category, with_free_text=True)
    quiz = QuizFactory(questions=questions, shuffle_choices=False)
    attempt = _start(client, ambassador, quiz)
    html = client.get(reverse("courses:quizzes:attempt", args=[attempt.pk])).content.decode()
    form = html[html.index('<form method="post" action="/learning') : html.rindex("</form>")]
    assert form.count('<fieldset class="quiz-question') == 11
    assert "Bonne réponse" in form  # the right choice is offered, unmarked
    for marker in ("correct", "data-", "badge", "checked", "selected>Premier"):
        assert marker not in form
    for question in questions:
        assert question.explanation_fr not in html and question.explanation_en not in html
    assert "Pourquoi" not in html and "Why " not in html  # scenario decisions' explanations
    # every input carries only its name, its id and an opaque value
    for attributes in re.findall(r"<input ([^>]*)>", form):
        names = set(re.findall(r"([\w-]+)=", attributes))
        assert names <= {"type", "name", "value", "id", "rows", "cols", "maxlength"}


def test_result_shows_answers_and_explanations_when_the_quiz_says_so(client, ambassador, quiz):
    attempt = _start(client, ambassador, quiz)
    url = reverse("courses:quizzes:attempt", args=[attempt.pk])
    response = client.post(url, post_data(attempt_questions(attempt=attempt)), follow=True)
    html = response.content.decode()
    assert "100" in html and "Explication secrète" in html
    assert "right answer" in html or "bonne réponse" in html


def test_result_hides_the_answers_until_the_last_attempt_when_asked(client, ambassador, quiz):
    quiz.review_timing, quiz.max_attempts = "final", 2
    quiz.save()
    attempt = _start(client, ambassador, quiz)
    client.post(reverse("courses:quizzes:attempt", args=[attempt.pk]), {})
    html = client.get(reverse("courses:quizzes:result", args=[attempt.pk])).content.decode()
    assert "Explication secrète" not in html and "Bonne réponse" not in html
    second = _start(client, ambassador, quiz)
    client.post(reverse("courses:quizzes:attempt", args=[second.pk]), {})
    html = client.get(reverse("courses:quizzes:result", args=[second.pk])).content.decode()
    assert "Explication secrète" in html


def test_score_only_quiz_never_shows_answers(client, ambassador, quiz):
    quiz.review_content = "score"
    quiz.save()
    attempt = _start(client, ambassador, quiz)
    client.post(reverse("courses:quizzes:attempt", args=[attempt.pk]), {})
    html = client.get(reverse("courses:quizzes:result", args=[attempt.pk])).content.decode()
    assert "Explication secrète" not in html and "Bonne réponse" not in html


def test_hr_cannot_take_a_quiz(client, hr, quiz):
    client.force_login(hr)
    assert client.get(reverse("courses:quizzes:detail", args=[quiz.pk])).status_code == 403
    assert client.post(reverse("courses:quizzes:start", args=[quiz.pk])).status_code == 403


def test_trainer_grades_free_text_and_the_result_becomes_final(client, trainee, trainer, category):
    free = FreeTextQuestionFactory(category=category, guidance_fr="Cherchez le consentement")
    quiz = QuizFactory(questions=[*bank_build(3, category=category), free], pass_mark=80)
    attempt = quiz_attempt_start(quiz=quiz, user=trainee)
    questions = attempt_questions(attempt=attempt)
    data = post_data(questions, responses={free.pk: "Je demande leur accord d'abord."})
    client.force_login(trainee)
    client.post(reverse("courses:quizzes:attempt", args=[attempt.pk]), data)
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.AWAITING_GRADING and attempt.passed is None

    client.force_login(trainer)
    queue = client.get(reverse("courses:quizzes:grading")).content.decode()
    answer = attempt.answers.get(question=free)
    grade_url = reverse("courses:quizzes:grade", args=[answer.pk])
    assert grade_url in queue
    page = client.get(grade_url).content.decode()
    assert "Je demande leur accord" in page and "Cherchez le consentement" in page
    response = client.post(grade_url, {"score": "0.5", "feedback": "Précisez le droit à l'image."})
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.GRADED
    assert attempt.score == 87.5 and attempt.passed
    assert grade_url not in client.get(reverse("courses:quizzes:grading")).content.decode()


def test_grading_refuses_a_score_out_of_range(client, trainer, trainee, category):
    free = FreeTextQuestionFactory(category=category)
    quiz = QuizFactory(questions=[free])
    attempt = quiz_attempt_start(quiz=quiz, user=trainee)
    quiz_attempt_submit(attempt=attempt, responses={free.pk: "Ma réponse"})
    answer = attempt.answers.get()
    client.force_login(trainer)
    response = client.post(reverse("courses:quizzes:grade", args=[answer.pk]), {"score": "7"})
    assert response.status_code == 200 and "error-summary" in response.content.decode()
    answer.refresh_from_db()
    assert answer.score is None


def test_grading_without_a_score_says_so_and_keeps_the_feedback(client, trainer, trainee, category):
    """The browser does not stop the form (novalidate): the site's own summary tells why."""
    free = FreeTextQuestionFactory(category=category)
    quiz = QuizFactory(questions=[free])
    attempt = quiz_attempt_start(quiz=quiz, user=trainee)
    quiz_attempt_submit(attempt=attempt, responses={free.pk: "Ma réponse"})
    grade_url = reverse("courses:quizzes:grade", args=[attempt.answers.get().pk])
    client.force_login(trainer)
    assert "novalidate" in client.get(grade_url).content.decode()
    page = client.post(grade_url, {"feedback": "Bonne piste."}).content.decode()
    assert "error-summary" in page and 'id="score-errors"' in page
    assert "Bonne piste." in page


def test_ambassador_cannot_open_the_grading_queue(client, ambassador):
    client.force_login(ambassador)
    assert client.get(reverse("courses:quizzes:grading")).status_code == 403


@pytest.mark.parametrize("count", [5, 20])
def test_quiz_page_queries_do_not_grow_with_questions(
    client, ambassador, category, count, django_assert_max_num_queries
):
    quiz = QuizFactory(questions=bank_build(count, category=category, with_free_text=True))
    attempt = _start(client, ambassador, quiz)
    url = reverse("courses:quizzes:attempt", args=[attempt.pk])
    client.get(url)
    # session, user, roles, attempt, one query per question type (6), choices
    with django_assert_max_num_queries(14):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("count", [5, 20])
def test_submit_queries_do_not_grow_with_questions(
    client, ambassador, category, count, django_assert_max_num_queries
):
    quiz = QuizFactory(questions=bank_build(count, category=category, with_free_text=True))
    attempt = _start(client, ambassador, quiz)
    url = reverse("courses:quizzes:attempt", args=[attempt.pk])
    data = post_data(attempt_questions(attempt=attempt))
    # the page's reads, then the locked attempt, answers inserted in one go, the attempt saved
    with django_assert_max_num_queries(18):
        assert client.post(url, data).status_code == 302
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.AWAITING_GRADING
    assert attempt.answers.count() == count + 1


def test_dashboard_lists_the_programme_quizzes_with_a_link(ambassador, site):
    from django.template.loader import render_to_string

    from courses.quizzes.dashboard import dashboard_panels
    from tests.courses.conftest import programme_build, seat_give

    programme = programme_build(site)
    session = programme.sessions.get(number=1)
    quiz = QuizFactory(session=session, questions=bank_build(2))
    assert dashboard_panels(user=ambassador) == []  # no seat in a cohort yet
    [panel] = dashboard_panels(user=seat_give(ambassador, programme))
    assert [status.quiz for status in panel["context"]["statuses"]] == [quiz]
    html = render_to_string(panel["template"], {"panel": panel["context"]})
    assert "Passer le quiz" in html and reverse("courses:quizzes:detail", args=[quiz.pk]) in html


def test_trainer_dashboard_counts_answers_to_grade(trainer, trainee, category):
    from courses.quizzes.dashboard import dashboard_panels

    free = FreeTextQuestionFactory(category=category)
    quiz = QuizFactory(questions=[free])
    quiz_attempt_submit(
        attempt=quiz_attempt_start(quiz=quiz, user=trainee), responses={free.pk: "Texte"}
    )
    grading = [p for p in dashboard_panels(user=trainer) if "grading" in p["template"]]
    assert grading[0]["context"]["count"] == 1
