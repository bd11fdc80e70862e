"""The trainer's journey in a real browser: the live-session view and the grading queue."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from django.utils import timezone

from courses.cohorts.factories import CohortFactory, CohortSessionFactory, EnrolmentFactory
from courses.models import Attendance, AttendanceStatus
from courses.models.quizzes import AttemptState, QuizAttempt
from courses.quizzes.factories import FreeTextQuestionFactory, QuizFactory
from courses.quizzes.services import quiz_attempt_start, quiz_attempt_submit
from tests.browser.accessibility import assert_accessible
from tests.courses.conftest import programme_build

pytestmark = pytest.mark.browser


@pytest.fixture
def cohort(site_pages, organisation, trainer):
    programme = programme_build(site_pages, lessons_per_session=1)
    cohort = CohortFactory(
        organisation=organisation, programme=programme, trainers=[trainer], name="Promotion A"
    )
    for session in programme.sessions:
        CohortSessionFactory(
            cohort=cohort,
            session=session,
            date=timezone.localdate() + datetime.timedelta(days=14 * (session.number - 1)),
        )
    return cohort


@pytest.fixture
def learner(cohort, ambassador):
    EnrolmentFactory(cohort=cohort, user=ambassador)
    return ambassador


def test_trainer_opens_the_live_session_and_takes_attendance(
    browser_page, login_as, trainer, learner
):
    page = browser_page
    login_as(page, trainer)
    page.goto("/dashboard/")
    assert_accessible(page)
    page.get_by_role("link", name="Mes promotions").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mes promotions")
    page.get_by_role("link", name="Vue en direct : présences").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Session 1 · Promotion A")
    assert_accessible(page)

    attendance = page.get_by_role("group", name=f"Présence de {learner}")
    present = attendance.get_by_role("button", name="Présent")
    late = attendance.get_by_role("button", name="En retard")
    expect(present).to_have_attribute("aria-pressed", "false")
    present.click()
    expect(present).to_have_attribute("aria-pressed", "true")
    late.click()
    expect(late).to_have_attribute("aria-pressed", "true")
    expect(present).to_have_attribute("aria-pressed", "false")
    assert Attendance.objects.get(user=learner).status == AttendanceStatus.LATE
    assert_accessible(page)


def test_trainer_grades_a_free_text_answer_once_a_score_is_chosen(
    browser_page, login_as, trainer, learner, cohort
):
    free = FreeTextQuestionFactory(text_fr="Que faites-vous avant de publier une photo ?")
    quiz = QuizFactory(title_fr="Quiz de la session 1", questions=[free])
    attempt = quiz_attempt_start(quiz=quiz, user=learner)
    quiz_attempt_submit(attempt=attempt, responses={free.pk: "Je demande leur accord."})

    page = browser_page
    login_as(page, trainer)
    page.goto("/learning/quizzes/grading/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Réponses à noter")
    assert_accessible(page)
    page.get_by_role("link", name="Noter").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Noter une réponse")
    expect(page.get_by_text("Je demande leur accord.")).to_be_visible()
    assert_accessible(page)

    # The score is required: the site's summary says so, takes the focus and links to the
    # choices; the feedback already typed is kept.
    page.get_by_label("Retour pour l'ambassadeur").fill("Précisez le droit à l'image.")
    page.get_by_role("button", name="Enregistrer la note").click()
    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link")).to_have_count(1)
    expect(page.get_by_label("Retour pour l'ambassadeur")).to_have_value(
        "Précisez le droit à l'image."
    )
    expect(page).to_have_url(re.compile(r"/learning/quizzes/grading/\d+/$"))
    assert_accessible(page)

    page.get_by_role("radio", name="À moitié juste").check()
    page.get_by_label("Retour pour l'ambassadeur").fill("Précisez le droit à l'image.")
    page.get_by_role("button", name="Enregistrer la note").click()

    expect(page.get_by_role("status")).to_contain_text("Note enregistrée.")
    expect(page.get_by_role("link", name="Noter")).to_have_count(0)
    attempt = QuizAttempt.objects.get(pk=attempt.pk)
    assert attempt.state == AttemptState.GRADED
    assert attempt.answers.get().feedback == "Précisez le droit à l'image."
