"""The Wagtail admin runs under a Content-Security-Policy of its own: inline scripts (which
Wagtail renders) are allowed there, nothing else is loosened (docs/security.md)."""

import pytest
from playwright.sync_api import expect

from charter.factories import CharterFactory
from lms.factories import UserFactory

pytestmark = pytest.mark.django_db


def directive(response, name) -> str:
    policy = response["Content-Security-Policy"]
    return next(part.strip() for part in policy.split(";") if part.strip().startswith(name))


def test_admin_pages_carry_their_own_policy(client, editor):
    client.force_login(editor)
    response = client.get("/admin/")
    assert directive(response, "script-src") == "script-src 'self' 'unsafe-inline'"
    assert directive(response, "object-src") == "object-src 'none'"
    assert directive(response, "base-uri") == "base-uri 'self'"
    assert directive(response, "form-action") == "form-action 'self'"
    assert directive(response, "frame-ancestors") == "frame-ancestors 'self'"
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_site_pages_keep_the_strict_policy(client, site):
    response = client.get("/fr/")
    assert "'unsafe-inline'" not in directive(response, "script-src")
    assert directive(response, "frame-ancestors") == "frame-ancestors 'none'"


@pytest.mark.browser
def test_admin_pages_work_under_the_policy(browser_page, viewport, login_as, organisation):
    """The harness fails the test on any CSP violation or script error in the browser."""
    if viewport == "phone":
        pytest.skip("the policy does not depend on the screen size")
    charter = CharterFactory(organisation=organisation, published=True)
    page = browser_page
    login_as(page, UserFactory(organisation=None, is_superuser=True, is_staff=True))
    for url, heading in (
        ("/admin/", None),
        (f"/admin/charter_charters/edit/{charter.pk}/", None),  # inline panel
        ("/admin/pages/3/edit/", None),  # rich text, date and time widgets
        ("/admin/audit/?at_from=2026-01-01", "journal d’audit"),  # date range filter
        ("/admin/images/", None),
    ):
        page.goto(url)
        page.wait_for_load_state("networkidle")
        if heading:
            expect(page.get_by_role("heading", level=1)).to_contain_text(heading)
