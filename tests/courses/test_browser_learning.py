"""The ambassador's learning journey in a real browser: lessons, progress, the session quiz."""

import re

import pytest
from playwright.sync_api import expect

from courses.cohorts.factories import CohortFactory, EnrolmentFactory
from courses.models import LessonCompletion
from courses.models.quizzes import AttemptState, QuizAttempt
from courses.quizzes.factories import (
    MultipleChoiceQuestionFactory,
    OrderingQuestionFactory,
    QuestionCategoryFactory,
    QuizFactory,
    SingleChoiceQuestionFactory,
    TrueFalseQuestionFactory,
)
from tests.browser.accessibility import assert_accessible
from tests.browser.keyboard import press_until_focused
from tests.courses.conftest import programme_build

pytestmark = pytest.mark.browser


@pytest.fixture
def learner(site_pages, ambassador, trainer):
    """`ambassador` with a confirmed seat in a cohort following a three-lesson-per-session
    programme; session 1 carries a four-question quiz."""
    programme = programme_build(site_pages, lessons_per_session=3)
    cohort = CohortFactory(
        organisation=ambassador.organisation, programme=programme, trainers=[trainer]
    )
    EnrolmentFactory(cohort=cohort, user=ambassador)
    category = QuestionCategoryFactory(key="session-1")
    QuizFactory(
        title_fr="Quiz de la session 1",
        session=programme.sessions.get(number=1),
        shuffle_choices=False,
        questions=[
            SingleChoiceQuestionFactory(category=category, text_fr="Qui publie ?"),
            TrueFalseQuestionFactory(category=category, text_fr="Le volontariat compte ?"),
            MultipleChoiceQuestionFactory(category=category, text_fr="Quels réseaux ?"),
            OrderingQuestionFactory(category=category, text_fr="Dans quel ordre ?"),
        ],
    )
    return ambassador


def progress(page, label: str):
    return page.get_by_role("progressbar", name=re.compile(label))


def chosen(select):
    return select.locator("option:checked")


def test_ambassador_answers_a_lesson_then_completes_it_with_the_keyboard_and_progresses(
    browser_page, login_as, learner
):
    page = browser_page
    login_as(page, learner)
    page.goto("/dashboard/")
    expect(progress(page, "Ma progression dans le programme")).to_have_attribute(
        "aria-valuenow", "0"
    )
    assert_accessible(page)

    page.get_by_role("link", name=re.compile("^Commencer le programme.*S1 leçon 1$")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("S1 leçon 1")
    session_bar = progress(page, "Ma progression dans cette séance")
    expect(session_bar).to_have_attribute("aria-valuenow", "0")
    assert_accessible(page)

    reflection = page.get_by_role("region", name="À vous")
    reflection.get_by_label("Votre réponse").fill("   ")
    reflection.get_by_role("button", name="Enregistrer ma réponse").click()
    summary = page.get_by_role("alert").filter(has_text="Merci de corriger")
    expect(summary).to_be_focused()
    answer = reflection.get_by_label("Votre réponse")
    expect(answer).to_have_attribute("aria-invalid", "true")
    expect(answer).to_have_accessible_description("Écrivez votre réponse avant de l'enregistrer.")
    assert_accessible(page)
    answer.fill("Je publierai une fois par semaine.")
    reflection.get_by_role("button", name="Enregistrer ma réponse").click()
    expect(page.get_by_role("status")).to_be_visible()
    expect(answer).to_have_value("Je publierai une fois par semaine.")

    complete = page.get_by_role("button", name="Marquer cette leçon comme terminée")
    press_until_focused(page, complete)
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("S1 leçon 2")
    expect(page.get_by_role("status")).to_contain_text("Leçon terminée")
    expect(session_bar).to_have_attribute("aria-valuenow", "33")
    expect(session_bar).to_have_accessible_name(re.compile("1 sur 3 leçons terminées$"))
    assert LessonCompletion.objects.filter(user=learner).count() == 1

    page.goto("/dashboard/")
    expect(progress(page, "Ma progression dans le programme")).to_have_attribute(
        "aria-valuenow", "8"
    )
    resume = re.compile("^Continuer là où je me suis arrêté.*S1 leçon 2$")
    expect(page.get_by_role("link", name=resume)).to_be_visible()


def test_ambassador_takes_the_session_quiz_with_the_keyboard_and_reads_the_result(
    browser_page, login_as, learner
):
    page = browser_page
    login_as(page, learner)
    page.goto("/fr/programme/session-1/")
    page.get_by_role("link", name="Passer le quiz").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Quiz de la session 1")
    assert_accessible(page)
    page.get_by_role("button", name="Passer le quiz").click()

    expect(page).to_have_url(re.compile(r"/learning/quizzes/attempts/\d+/$"))
    assert_accessible(page)
    first = page.get_by_role("group", name=re.compile("Qui publie"))
    press_until_focused(page, first.get_by_role("radio", name="Bonne réponse"))
    page.keyboard.press("Space")
    second = page.get_by_role("group", name=re.compile("Le volontariat compte"))
    press_until_focused(page, second.get_by_role("radio", name="Vrai"))
    page.keyboard.press("Space")
    third = page.get_by_role("group", name=re.compile("Quels réseaux"))
    press_until_focused(page, third.get_by_role("checkbox", name="Bonne réponse"))
    page.keyboard.press("Space")
    fourth = page.get_by_role("group", name=re.compile("Dans quel ordre"))
    for position, first_letter in ((1, "P"), (2, "P"), (3, "T")):  # "Premier" twice
        press_until_focused(page, fourth.get_by_label(f"Position {position}"))
        page.keyboard.press(first_letter)  # a closed list jumps to the first match
    expect(chosen(fourth.get_by_label("Position 2"))).to_have_text("Premier")
    press_until_focused(page, page.get_by_role("button", name="Envoyer mes réponses"))
    page.keyboard.press("Enter")

    summary = page.get_by_role("alert").filter(has_text="Merci de corriger")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Placez chaque élément une seule fois.")
    expect(fourth).to_have_accessible_description("Placez chaque élément une seule fois.")
    expect(first.get_by_role("radio", name="Bonne réponse")).to_be_checked()
    expect(second.get_by_role("radio", name="Vrai")).to_be_checked()
    expect(third.get_by_role("checkbox", name="Bonne réponse")).to_be_checked()
    assert_accessible(page)
    press_until_focused(page, fourth.get_by_label("Position 2"))
    page.keyboard.press("D")  # "Deuxième"
    expect(chosen(fourth.get_by_label("Position 2"))).to_have_text("Deuxième")
    press_until_focused(page, page.get_by_role("button", name="Envoyer mes réponses"))
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Résultat de la tentative 1")
    expect(page.get_by_text("Réussi, 100 %")).to_be_visible()
    assert_accessible(page)
    attempt = QuizAttempt.objects.get(user=learner)
    assert (attempt.state, attempt.passed) == (AttemptState.GRADED, True)

    page.get_by_role("navigation", name="Fil d'Ariane").get_by_role("link").click()
    expect(page.get_by_text("Quiz réussi")).to_be_visible()
