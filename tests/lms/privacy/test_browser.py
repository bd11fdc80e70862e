"""Personal-data pages in a real browser: the ambassador downloads their file, HR erases on
request; accessible and usable at 360 px."""

import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

from lms.privacy.models import Erasure
from tests.browser.accessibility import assert_accessible

pytestmark = pytest.mark.browser


def test_ambassador_downloads_their_data_from_the_dashboard(browser_page, login_as, person):
    page = browser_page
    login_as(page, person)
    page.goto("/dashboard/")
    page.get_by_role("link", name="Mes données").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mes données personnelles")
    assert_accessible(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Télécharger mes données (JSON)").click()
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert data["profile"]["email"] == "ada@acme.example"


def test_hr_erases_an_ambassador_after_typing_the_name(browser_page, login_as, hr, person):
    page = browser_page
    login_as(page, hr)
    page.goto("/dashboard/")
    page.get_by_role("link", name="Effacer les données d’un ambassadeur").click()
    assert_accessible(page)
    page.get_by_role("link", name="Effacer les données de Ada Lovelace…").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ada Lovelace")
    assert_accessible(page)
    page.get_by_label("Saisissez le nom complet de la personne pour confirmer").fill("Ada")
    page.get_by_label("La personne a demandé l’effacement").check()
    page.get_by_role("button", name="Effacer les données de cette personne").click()
    expect(page.get_by_role("alert").first).to_contain_text("Ada Lovelace")
    assert not Erasure.objects.exists()
    page.get_by_label("Saisissez le nom complet de la personne pour confirmer").fill("ada lovelace")
    page.get_by_label("La personne a demandé l’effacement").check()
    page.get_by_role("button", name="Effacer les données de cette personne").click()
    expect(page.get_by_text("ont été effacées")).to_be_visible()
    assert Erasure.objects.filter(user=person).exists()
