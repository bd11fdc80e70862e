"""Fixtures shared by every app's tests. Data comes from factories beside the models."""

import pytest

from django.core.cache import cache
from django.db import connection

from lms.factories import AmbassadorFactory, OrganisationFactory, UserFactory
from lms.models import Role
from lms.site_setup import site_install

# The browser harness (fixtures and the failure-artifacts hook), for every test folder.
from tests.browser.harness import (  # noqa: F401
    browser,
    browser_page,
    browser_tests_skip_without_chromium,
    login_as,
    pytest_runtest_makereport,
    site_pages,
    viewport,
)

PASSWORD = "correct-horse-battery"


def pytest_collection_modifyitems(config, items):
    browser_tests_skip_without_chromium(items)
    on_postgres = connection.vendor == "postgresql"
    for item in items:
        if "postgres" in item.keywords and not on_postgres:
            item.add_marker(pytest.mark.skip(reason="needs PostgreSQL (DATABASE_URL=postgres://)"))


@pytest.fixture(autouse=True)
def cache_empty():
    """Every test starts with an empty cache: ids are reused from one test to the next."""
    cache.clear()


@pytest.fixture
def site(db):
    """The home pages and locales a fresh installation has."""
    return site_install()


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Acme", slug="acme")


@pytest.fixture
def other_organisation(db):
    return OrganisationFactory(name="Globex", slug="globex")


@pytest.fixture
def ambassador(organisation):
    return AmbassadorFactory(organisation=organisation, email="ambassador@acme.example")


@pytest.fixture
def hr(organisation):
    return UserFactory(organisation=organisation, roles=[Role.HR], email="hr@acme.example")


@pytest.fixture
def other_hr(other_organisation):
    return UserFactory(organisation=other_organisation, roles=[Role.HR], email="hr@globex.example")


@pytest.fixture
def trainer(db):
    return UserFactory(organisation=None, roles=[Role.TRAINER], email="trainer@example.org")


@pytest.fixture
def coach(db):
    return UserFactory(organisation=None, roles=[Role.COACH], email="coach@example.org")


@pytest.fixture
def editor(db):
    return UserFactory(organisation=None, roles=[Role.EDITOR], email="editor@example.org")
