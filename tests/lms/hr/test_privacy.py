"""HR never sees private coaching notes, individual quiz answers or the text of drafts: not on
the dashboard, in the table, in the exports or through the API."""

import io

import pytest
from openpyxl import load_workbook

from django.urls import reverse

from lms.hr.services import api_token_create

from .conftest import DRAFT_TEXT, PRIVATE_NOTE, QUIZ_ANSWER

pytestmark = pytest.mark.django_db

SECRETS = (PRIVATE_NOTE, QUIZ_ANSWER, DRAFT_TEXT)


def assert_private(text: str):
    for secret in SECRETS:
        assert secret not in text
        assert secret[:20] not in text


def test_nothing_private_on_the_hr_pages(client, private_things, hr):
    client.force_login(hr)
    for name, params in (
        ("hr_dashboard", {"stalled_days": 1}),
        ("hr_ambassadors", {}),
        ("wagtailadmin_home", {}),
    ):
        response = client.get(reverse(name), params)
        assert response.status_code == 200
        assert_private(response.content.decode())
    person = private_things
    assert person.get_full_name() in client.get(reverse("hr_ambassadors")).content.decode()


def test_nothing_private_in_the_exports(client, private_things, hr):
    client.force_login(hr)
    csv_text = client.post(reverse("hr_export"), {"format": "csv"}).content.decode("utf-8-sig")
    assert_private(csv_text)
    xlsx = client.post(reverse("hr_export"), {"format": "xlsx"}).content
    cells = [
        str(value)
        for row in load_workbook(io.BytesIO(xlsx)).active.iter_rows(values_only=True)
        for value in row
    ]
    assert_private("\n".join(cells))


def test_nothing_private_through_the_api(client, private_things, organisation, hr):
    _token, raw = api_token_create(organisation=organisation, name="SIRH", created_by=hr)
    headers = {"Authorization": f"Bearer {raw}"}
    for url in (
        "/api/v1/ambassadors",
        f"/api/v1/ambassadors/{private_things.pk}",
        "/api/v1/funnel",
        "/api/v1/cohorts",
        "/api/v1/certificates",
        "/api/v1/posting-enrolments",
        "/api/v1/openapi.json",
    ):
        response = client.get(url, headers=headers)
        assert response.status_code == 200, url
        assert_private(response.content.decode())
