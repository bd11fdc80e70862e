import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_hr_finds_the_organisations_menu_and_only_their_organisation(
    browser_page, viewport, login_as, hr, other_organisation
):
    page = browser_page
    login_as(page, hr)
    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/admin/$"))

    sidebar = page.get_by_role("complementary")
    if viewport == "phone":  # Wagtail folds its sidebar away on narrow screens
        sidebar.get_by_role("button", name="Afficher/masquer la barre latérale").click()
    sidebar.get_by_role("button", name="Organisations").click()
    sidebar.get_by_role("link", name="Organisations", exact=True).click()

    expect(page).to_have_url(re.compile(r"/admin/organisations/$"))
    listing = page.get_by_role("table")
    expect(listing.get_by_role("link", name="Acme")).to_be_visible()
    expect(listing).not_to_contain_text(other_organisation.name)
