"""The ambassador's charter journey in a real browser (Debian chromium through Playwright)."""

import pytest
from playwright.sync_api import expect

from charter.models import CharterSignature, ParticipationChange
from tests.browser.accessibility import assert_accessible

pytestmark = pytest.mark.browser


def test_ambassador_fixes_a_refused_signature_then_signs(
    browser_page, login_as, named_ambassador, version
):
    page = browser_page
    login_as(page, named_ambassador)
    page.goto("/dashboard/")
    page.get_by_role("link", name="Lire et signer la charte").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Charte de test")
    assert_accessible(page)

    page.get_by_label("J'ai lu et compris : Titre voluntary").check()
    page.get_by_label("Vos prénom et nom").fill("Lea Garnie")
    page.get_by_role("button", name="Signer la charte").click()
    summary = page.get_by_role("alert").filter(has_text="Merci de corriger")
    expect(summary).to_contain_text("ne correspond pas au nom de votre compte")
    expect(summary).to_contain_text("Titre disclosure")
    expect(page.get_by_label("Vos prénom et nom")).to_have_value("Lea Garnie")
    expect(page.get_by_label("J'ai lu et compris : Titre voluntary")).to_be_checked()
    assert_accessible(page)

    page.get_by_label("J'ai lu et compris : Titre disclosure").check()
    page.get_by_label("Vos prénom et nom").fill("léa garnier")
    page.get_by_role("button", name="Signer la charte").click()
    expect(page.get_by_role("status").filter(has_text="Merci")).to_be_visible()
    expect(page.get_by_role("link", name="Télécharger ce que j'ai signé (PDF)")).to_be_visible()
    assert CharterSignature.objects.filter(user=named_ambassador, version=version).exists()


def test_ambassador_withdraws_after_confirming_then_rejoins(
    browser_page, login_as, named_ambassador, version
):
    page = browser_page
    login_as(page, named_ambassador)
    page.goto("/dashboard/")
    page.get_by_role("link", name="Me retirer du programme").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Me retirer du programme")
    assert_accessible(page)
    page.get_by_role("button", name="Oui, me retirer").click()
    expect(page.get_by_role("link", name="Rejoindre à nouveau le programme")).to_be_visible()
    assert ParticipationChange.objects.get(user=named_ambassador).kind == "withdrawn"

    page.get_by_role("link", name="Rejoindre à nouveau le programme").click()
    page.get_by_role("main").get_by_role("button", name="Rejoindre à nouveau le programme").click()
    expect(page.get_by_role("button", name="Signer la charte")).to_be_visible()
