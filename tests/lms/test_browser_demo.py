"""The demo data in a real browser: the certified demo ambassador logs in with the demo password,
downloads her certificate and opens its verification page."""

import io
import re

import pytest
from playwright.sync_api import expect

from lms.certification.models import Certificate
from lms.demo import demo_password, demo_seed
from tests.browser.accessibility import assert_accessible

pytestmark = pytest.mark.browser

CERTIFIED_DEMO_AMBASSADOR = "ambassador1@demo.example"


@pytest.fixture
def demo(settings, live_server, site_pages):
    settings.SITE_BASE_URL = live_server.url  # the verification link leads to the live server
    return demo_seed(stdout=io.StringIO())


def test_demo_ambassador_downloads_her_certificate_and_opens_its_verification_page(
    browser_page, demo
):
    certificate = Certificate.objects.get(user__email=CERTIFIED_DEMO_AMBASSADOR)
    page = browser_page
    page.goto("/accounts/login/")
    page.get_by_label("Adresse e-mail").fill(CERTIFIED_DEMO_AMBASSADOR)
    page.get_by_label(re.compile(r"^Mot de passe")).fill(demo_password())
    page.locator("main form").get_by_role("button", name="Se connecter").click()
    expect(page).to_have_url(re.compile(r"/dashboard/$"))

    page.get_by_role("link", name="Mon certificat").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mon certificat")
    with page.expect_response(re.compile(rf"/certificates/{certificate.pk}/pdf/$")) as served:
        page.get_by_role("link", name="Télécharger le PDF").click()
    assert served.value.ok
    assert page.request.get(served.value.url).body().startswith(b"%PDF-")
    page.go_back()

    page.get_by_role("link", name=f"/certificates/verify/{certificate.code}/").click()
    expect(page.get_by_role("heading", level=2)).to_contain_text("Ce certificat est valide.")
    assert_accessible(page)
