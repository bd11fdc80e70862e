"""The editorial line and the draft-post workshop in a real browser, ambassador and coach."""

import re

import pytest
from playwright.sync_api import expect

from coaching.factories import DraftPostFactory
from coaching.models import DraftComment, EditorialLine, LineState
from coaching.services import editorial_line_submit
from courses.cohorts.factories import CohortFactory, EnrolmentFactory
from tests.browser.accessibility import assert_accessible
from tests.courses.conftest import programme_build

pytestmark = pytest.mark.browser

SUBMIT_LINE = "Soumettre à mon coach"
ERROR_SUMMARY = "Merci de corriger"


@pytest.fixture
def enrolled(site_pages, ambassador, trainer):
    """`ambassador` holds a confirmed seat in a cohort of their organisation."""
    programme = programme_build(site_pages, lessons_per_session=1)
    cohort = CohortFactory(
        organisation=ambassador.organisation, programme=programme, trainers=[trainer]
    )
    EnrolmentFactory(cohort=cohort, user=ambassador)
    return ambassador


def fill_pillar(page, n: int, name: str, organisation_pillar: str):
    page.get_by_label(f"Pilier personnel {n}", exact=True).fill(name)
    page.get_by_label(re.compile(rf"\(pilier {n}\)")).select_option(label=organisation_pillar)


def test_ambassador_fixes_a_missing_pillar_then_submits_the_editorial_line(
    browser_page, login_as, enrolled, organisation_line, assignment
):
    page = browser_page
    login_as(page, enrolled)
    page.goto("/coaching/editorial-line/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ma ligne éditoriale")
    assert_accessible(page)

    page.get_by_label("Positionnement").fill("Acheteuse, je parle de relations fournisseurs.")
    page.get_by_label("Publics cibles").fill("Fournisseurs\nJeunes acheteurs")
    fill_pillar(page, 1, "Achats responsables", "Pilier 1")
    fill_pillar(page, 2, "Négociation", "Pilier 2")
    page.get_by_label("Contenus d'autres personnes").fill("4")
    page.get_by_label("Relais").fill("1")
    page.get_by_label("Promotion de votre travail").fill("1")
    page.get_by_label("Formats").fill("Texte et photo")
    page.get_by_role("group", name="Réseaux").get_by_role("checkbox", name="LinkedIn").check()
    page.get_by_label("Rythme de publication").fill("Un post par semaine")
    page.get_by_label("Ton").fill("Simple et concret")
    page.get_by_label("Sujets que je ne traiterai pas").fill("Prix négociés")
    page.get_by_role("button", name=SUBMIT_LINE).click()

    summary = page.get_by_role("alert").filter(has_text=ERROR_SUMMARY)
    expect(summary).to_contain_text("trois à cinq")
    expect(summary).to_be_focused()
    first_pillar = page.get_by_label("Pilier personnel 1", exact=True)
    expect(first_pillar).to_have_attribute("aria-invalid", "true")
    expect(first_pillar).to_have_accessible_description(re.compile("trois à cinq"))
    expect(page.get_by_label("Positionnement")).to_have_value(
        "Acheteuse, je parle de relations fournisseurs."
    )
    assert_accessible(page)

    summary.get_by_role("link").first.click()
    expect(first_pillar).to_be_focused()
    fill_pillar(page, 3, "Relations fournisseurs", "Pilier 3")
    page.get_by_role("button", name=SUBMIT_LINE).click()

    expect(page.get_by_role("status")).to_contain_text(
        "Votre ligne éditoriale a été envoyée à votre coach."
    )
    expect(page.get_by_role("button", name=SUBMIT_LINE)).to_have_count(0)
    assert EditorialLine.objects.get(ambassador=enrolled).state == LineState.SUBMITTED
    assert_accessible(page)


def test_ambassador_writes_a_draft_and_reads_the_automatic_checks(
    browser_page, login_as, enrolled, organisation_line
):
    page = browser_page
    login_as(page, enrolled)
    page.goto("/coaching/drafts/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Atelier de brouillons")
    page.get_by_role("group", name="Réseau", exact=True).get_by_role(
        "radio", name="LinkedIn"
    ).check()
    page.get_by_role("button", name="Enregistrer et vérifier").click()

    summary = page.get_by_role("alert").filter(has_text=ERROR_SUMMARY)
    expect(summary).to_be_focused()
    expect(page.get_by_label("Votre post")).to_have_attribute("aria-invalid", "true")
    assert_accessible(page)

    page.get_by_label("Votre post").fill("Découvrez ThermoPilot ! #a #b #c #d #e #f")
    page.get_by_role("button", name="Enregistrer et vérifier").click()

    expect(page).to_have_url(re.compile(r"/coaching/drafts/\d+/$"))
    expect(page.get_by_role("status")).to_contain_text("Brouillon enregistré.")
    checks = page.get_by_role("region", name="Vérifications automatiques")
    expect(checks.get_by_text("À corriger").first).to_be_visible()
    expect(checks).to_contain_text("#salarié")
    assert_accessible(page)


def test_coach_comments_a_draft_and_validates_the_editorial_line(
    browser_page, login_as, coach, enrolled, complete_line
):
    editorial_line_submit(line=complete_line, user=enrolled)
    draft = DraftPostFactory(author=enrolled, text="Trois leçons apprises sur une ligne.")
    page = browser_page
    login_as(page, coach)
    page.goto("/dashboard/")
    assert_accessible(page)
    page.get_by_role("link", name="Mes ambassadeurs coachés").click()
    page.get_by_role("link", name=str(enrolled)).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(str(enrolled))
    assert_accessible(page)

    page.get_by_role("link", name=draft.text).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Brouillon de post")
    assert_accessible(page)
    page.get_by_role("textbox", name="Commentaire").fill("Ajoutez un exemple chiffré.")
    page.get_by_role("button", name="Ajouter un commentaire").click()
    expect(page.get_by_role("status")).to_contain_text("Commentaire ajouté.")
    comments = page.get_by_role("region", name="Commentaires")
    expect(comments).to_contain_text("Ajoutez un exemple chiffré.")
    assert DraftComment.objects.get(draft=draft).author == coach

    page.get_by_role("link", name="Retour").click()
    page.get_by_role("button", name="Valider cette ligne").click()
    expect(page.get_by_role("status")).to_contain_text("Ligne éditoriale validée.")
    assert EditorialLine.objects.get(ambassador=enrolled).state == LineState.VALIDATED
    assert_accessible(page)
