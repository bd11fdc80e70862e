"""HR in a real browser: filter the onboarding dashboard, then export the filtered table."""

import re

import openpyxl
import pytest
from playwright.sync_api import expect

from wagtail.users.models import UserProfile

pytestmark = pytest.mark.browser


@pytest.fixture
def english_hr(hr):
    """HR who reads the administration in English (Wagtail's own language preference)."""
    profile = UserProfile.get_for_user(hr)
    profile.preferred_language = "en"
    profile.save()
    return hr


def test_hr_filters_the_dashboard_by_department_and_exports_the_table_as_xlsx(
    browser_page, login_as, world, english_hr, tmp_path
):
    page = browser_page
    login_as(page, english_hr)
    page.goto("/admin/hr/")
    funnel = page.get_by_role("region", name="Onboarding funnel")
    expect(funnel).to_contain_text("Out of 9 people invited.")

    filters = page.get_by_role("form", name="Filters")
    filters.get_by_label("Department").select_option(label="Communication")
    filters.get_by_role("button", name="Apply the filters").click()

    expect(page).to_have_url(re.compile(r"[?&]department=\d+"))
    expect(funnel).to_contain_text("Out of 3 people invited.")

    page.goto("/admin/hr/ambassadors/")
    filters.get_by_label("Department").select_option(label="Communication")
    filters.get_by_role("button", name="Apply the filters").click()
    expect(page).to_have_url(re.compile(r"/admin/hr/ambassadors/\?.*department=\d+"))
    expect(page.get_by_role("table").get_by_role("row")).to_have_count(1 + 3)  # and headings
    with page.expect_download() as download:
        page.get_by_role("button", name="Export as XLSX").click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)

    assert re.fullmatch(r"ambassadors-\d{4}-\d{2}-\d{2}\.xlsx", path.name)
    sheet = openpyxl.load_workbook(path, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    people = rows[1:]
    assert len(people) == 3
    exported = " ".join(str(cell) for row in people for cell in row if cell is not None)
    for name in ("Personne0 Invited", "Personne1 Enrolled", "Personne2 Attended"):
        assert name in exported
    assert "Ingénierie" not in exported and "globex" not in exported.lower()
