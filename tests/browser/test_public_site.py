import re

import pytest
from playwright.sync_api import expect

from tests.browser.accessibility import assert_accessible

pytestmark = pytest.mark.browser


def test_visitor_reads_the_french_home_page_then_switches_to_english(browser_page):
    page = browser_page
    page.goto("/")

    expect(page).to_have_url(re.compile(r"/fr/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ambassador Academy")
    expect(page.get_by_text("Quatre demi-journées")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("button", name="English").click()

    expect(page).to_have_url(re.compile(r"/en/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_text("Four half-day sessions")).to_be_visible()
    expect(page.get_by_role("button", name="Français")).to_be_visible()
    assert_accessible(page)
