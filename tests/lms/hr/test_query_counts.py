"""The dashboard, the table, the exports and the API run the same number of queries whatever
the number of ambassadors (measured at two sizes)."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lms.factories import AmbassadorFactory
from lms.hr.pipeline import pipeline_refresh
from lms.hr.services import api_token_create

from .conftest import JOURNEY, walk

pytestmark = pytest.mark.django_db


def grow(world, organisation, count):
    """`count` more ambassadors spread over every step."""
    for index in range(count):
        person = AmbassadorFactory(
            organisation=organisation, department=world.departments["engineering"]
        )
        walk(person, world, upto=JOURNEY[index % len(JOURNEY)])


def queries(call) -> int:
    with CaptureQueriesContext(connection) as context:
        response = call()
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.fixture
def pages(client, world, organisation, hr):
    client.force_login(hr)
    _token, raw = api_token_create(organisation=organisation, name="SIRH", created_by=hr)
    api = {"HTTP_AUTHORIZATION": f"Bearer {raw}"}
    stalled = {"stalled_days": 1}
    return {
        "dashboard": lambda: client.get(reverse("hr_dashboard"), stalled),
        "table": lambda: client.get(reverse("hr_ambassadors"), {"sort": "step"}),
        "export": lambda: client.post(reverse("hr_export"), {"format": "xlsx"}),
        "api ambassadors": lambda: client.get("/api/v1/ambassadors", **api),
        "api funnel": lambda: client.get("/api/v1/funnel", **api),
        "api cohorts": lambda: client.get("/api/v1/cohorts", **api),
        "api certificates": lambda: client.get("/api/v1/certificates", **api),
        "api posting": lambda: client.get("/api/v1/posting-enrolments", **api),
    }


# Ceilings, whatever the size: the admin page itself (session, user, menu) is most of them.
CEILINGS = {
    "dashboard": 25,
    "table": 20,
    "export": 25,
    "api ambassadors": 10,
    "api funnel": 8,
    "api cohorts": 8,
    "api certificates": 8,
    "api posting": 8,
}


def test_queries_do_not_grow_with_the_number_of_ambassadors(
    pages, world, organisation, django_assert_max_num_queries
):
    for call in pages.values():
        call()  # warm caches (content types, the token's hourly use)
    small = {name: queries(call) for name, call in pages.items()}
    grow(world, organisation, 24)
    pipeline_refresh()  # the new people's states, computed as the first read would
    large = {name: queries(call) for name, call in pages.items()}
    assert large == small
    for name, call in pages.items():
        with django_assert_max_num_queries(CEILINGS[name]):
            call()


def test_refreshing_stale_states_costs_the_same_for_few_and_many(world, organisation):
    """What a read pays when people's records changed: one chunk of stale rows is the same
    queries for 2 people or 24."""
    pipeline_refresh()
    grow(world, organisation, 2)
    with CaptureQueriesContext(connection) as few:
        assert pipeline_refresh() == 2
    grow(world, organisation, 24)
    with CaptureQueriesContext(connection) as many:
        assert pipeline_refresh() == 24
    assert len(few.captured_queries) == len(many.captured_queries)
    with CaptureQueriesContext(connection) as nothing:
        assert pipeline_refresh() == 0
    assert len(nothing.captured_queries) == 1
