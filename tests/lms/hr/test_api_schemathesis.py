"""Schemathesis generates requests from /api/v1/openapi.json (valid and invalid ones) and
checks every answer: never a 500, invalid input refused, and status codes, content types and
bodies as documented."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from lms.hr.services import api_token_create
from lms.wsgi import application

# The schema needs no database: it is read from the application once, at collection.
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
CURRENT = {}


@schema.auth(refresh_interval=None, retry_on=[])
class BearerToken:
    """The token of the running test (tokens live in its database transaction)."""

    def get(self, case, context):
        return CURRENT.get("token", "aa_collecting")

    def set(self, case, data, context):
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


@pytest.fixture
def connection_kept():
    """Called through WSGI, the application would close the database connection at the end of
    each request, and with it the test's transaction: keep it, as Django's test client does."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def api_token(world, organisation, hr, connection_kept):
    _token, raw = api_token_create(organisation=organisation, name="SIRH", created_by=hr)
    CURRENT["token"] = raw
    yield raw
    CURRENT.clear()


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_answers_as_its_schema_says(case, api_token):
    case.call_and_validate()
