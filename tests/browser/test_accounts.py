import re

import pytest
from playwright.sync_api import expect

from tests.browser.accessibility import assert_accessible
from tests.conftest import PASSWORD

pytestmark = pytest.mark.browser

EMAIL_LABEL = "Adresse e-mail"
PASSWORD_LABEL = re.compile(r"^Mot de passe")


def login_form(page):
    """The login form itself (the header also has a "Se connecter" link)."""
    return page.get_by_role("main")


def new_password(page):
    return page.get_by_role("textbox", name="Nouveau mot de passe", exact=True)


def new_password_again(page):
    return page.get_by_role("textbox", name="Confirmation du nouveau mot de passe")


def test_wrong_password_shows_the_error_summary_and_keeps_the_email(browser_page, ambassador):
    page = browser_page
    page.goto("/accounts/login/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Se connecter")
    assert_accessible(page)

    page.get_by_label(EMAIL_LABEL).fill(ambassador.email)
    page.get_by_label(PASSWORD_LABEL).fill("not-the-password")
    login_form(page).get_by_role("button", name="Se connecter").click()

    summary = page.get_by_role("alert").filter(has_text="Merci de corriger")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("ne correspondent à aucun compte")
    expect(page.get_by_label(EMAIL_LABEL)).to_have_value(ambassador.email)
    expect(page).to_have_url(re.compile(r"/accounts/login/$"))
    assert_accessible(page)


def test_ambassador_logs_in_to_the_dashboard_and_logs_out(browser_page, ambassador):
    page = browser_page
    page.goto("/accounts/login/")

    page.get_by_label(EMAIL_LABEL).fill(ambassador.email)
    page.get_by_label(PASSWORD_LABEL).fill(PASSWORD)
    login_form(page).get_by_role("button", name="Se connecter").click()

    expect(page).to_have_url(re.compile(r"/dashboard/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Bonjour {ambassador.first_name}")
    expect(page.get_by_role("link", name="Mon tableau de bord")).to_have_attribute(
        "aria-current", "page"
    )
    assert_accessible(page)

    page.get_by_role("navigation").get_by_role("button", name="Se déconnecter").click()

    expect(page).to_have_url(re.compile(r"/accounts/login/$"))
    page.goto("/dashboard/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/dashboard/$"))


SKIP_LINK = "Aller au contenu principal"


def painted(page):
    """Wait for the first frames: the browser applies autofocus then, before a person can type."""
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")


def test_first_tab_on_the_login_page_reaches_the_skip_link(browser_page):
    page = browser_page
    page.goto("/accounts/login/")
    painted(page)

    page.keyboard.press("Tab")

    expect(page.get_by_role("link", name=SKIP_LINK)).to_be_focused(timeout=1000)


def test_keyboard_alone_skips_to_main_and_logs_in_with_enter(browser_page, ambassador):
    page = browser_page
    page.goto("/fr/")
    painted(page)

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name=SKIP_LINK)
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("main").get_by_role("link", name="Se connecter")).to_be_focused()
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/accounts/login/$"))
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name=SKIP_LINK)).to_be_focused(timeout=1000)
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_label(EMAIL_LABEL)).to_be_focused()
    page.keyboard.type(ambassador.email)
    page.keyboard.press("Tab")
    expect(page.get_by_label(PASSWORD_LABEL)).to_be_focused()
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")

    # The browser carries the skip link's #main over the redirect.
    expect(page).to_have_url(re.compile(r"/dashboard/(#main)?$"))


def test_password_reset_from_the_request_to_the_new_password(browser_page, ambassador, mailoutbox):
    page = browser_page
    page.goto("/accounts/login/")
    page.get_by_role("link", name="Mot de passe oublié ?").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Réinitialiser votre mot de passe")
    assert_accessible(page)

    page.get_by_label(EMAIL_LABEL).fill(ambassador.email)
    page.get_by_role("button", name="Envoyer le lien").click()

    expect(page).to_have_url(re.compile(r"/accounts/password-reset/sent/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Consultez votre messagerie")
    assert_accessible(page)
    assert [message.to for message in mailoutbox] == [[ambassador.email]]
    link = re.search(r"/accounts/reset/[^/\s]+/[^/\s]+/", mailoutbox[0].body).group(0)

    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Choisir un nouveau mot de passe")
    assert_accessible(page)
    new_password(page).fill("a-new-long-passphrase")
    new_password_again(page).fill("a-new-long-passfrase")
    page.get_by_role("button", name="Enregistrer le mot de passe").click()

    expect(page.get_by_role("alert").filter(has_text="Merci de corriger")).to_be_visible()
    assert_accessible(page)
    new_password(page).fill("a-new-long-passphrase")
    new_password_again(page).fill("a-new-long-passphrase")
    page.get_by_role("button", name="Enregistrer le mot de passe").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Votre mot de passe a été modifié")
    ambassador.refresh_from_db()
    assert ambassador.check_password("a-new-long-passphrase")
