"""The certificate in a real browser: the ambassador downloads it and opens its public page,
then a visitor who is not logged in checks it."""

import re

import pytest
from playwright.sync_api import expect

from lms.certification.models import Certificate
from tests.browser.accessibility import assert_accessible

from .conftest import meet_everything, seat

pytestmark = pytest.mark.browser


@pytest.fixture
def certified(settings, live_server, cohort, charter):
    """An ambassador who met every requirement, so holds a certificate."""
    settings.SITE_BASE_URL = live_server.url  # the verification link leads to the live server
    person = seat(cohort, email="sam@acme.example", first_name="Sam")
    meet_everything(person, cohort)
    return person


def test_ambassador_downloads_the_certificate_and_a_visitor_verifies_it(
    browser_page, login_as, certified
):
    certificate = Certificate.objects.get(user=certified)
    page = browser_page
    login_as(page, certified)
    page.goto("/dashboard/")
    page.get_by_role("link", name="Mon certificat").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mon certificat")
    expect(page.get_by_role("heading", name=certificate.certification_name)).to_be_visible()
    requirements = page.get_by_role("region", name="Conditions").get_by_role("listitem")
    expect(requirements).to_have_count(6)
    expect(requirements.filter(has_text="À faire")).to_have_count(0)
    assert_accessible(page)

    # Chromium shows the PDF in its own viewer: check what the link served, then come back.
    with page.expect_response(re.compile(rf"/certificates/{certificate.pk}/pdf/$")) as served:
        page.get_by_role("link", name="Télécharger le PDF").click()
    response = served.value
    assert response.ok and response.header_value("content-type") == "application/pdf"
    assert f'filename="certificate-{certificate.code[:8]}.pdf"' in response.header_value(
        "content-disposition"
    )
    # The viewer replaces the document: fetch the file again with the same session cookie.
    assert page.request.get(response.url).body().startswith(b"%PDF-")
    page.go_back()

    verify_path = f"/certificates/verify/{certificate.code}/"
    page.get_by_role("link", name=verify_path).click()  # the full address, shown
    expect(page.get_by_role("heading", level=1)).to_have_text("Vérification d’un certificat")
    expect(page.get_by_role("heading", level=2)).to_contain_text("Ce certificat est valide.")
    assert_accessible(page)

    page.context.clear_cookies()  # a visitor, not logged in, who reads English
    page.goto(verify_path)
    expect(page.get_by_role("heading", level=2)).to_contain_text("Ce certificat est valide.")
    page.get_by_role("button", name="English").click()
    expect(page).to_have_url(re.compile(re.escape(verify_path) + "$"))
    expect(page.get_by_role("heading", level=2)).to_contain_text("This certificate is valid.")
    expect(page.get_by_role("main")).to_contain_text(certificate.certification_name)
    expect(page.get_by_role("main")).not_to_contain_text(certified.last_name)
    assert_accessible(page)
