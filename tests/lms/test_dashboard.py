"""The personal dashboard with the demo's people: a bounded number of queries for each role,
and the same panels whether a panel reads its facts itself or from the dashboard's one query."""

import io
import re

import pytest

from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.test import RequestFactory

from lms.dashboard import PANEL_MODULES, dashboard_facts_load, dashboard_panels_for
from lms.demo import demo_seed
from lms.site_setup import site_install
from tests.shared_data import built_once

User = get_user_model()

pytestmark = pytest.mark.django_db

# Session, user and roles; the facts of every panel with the organisation and department (1);
# the enrolments and their cohorts' sessions (2); the programme, its sessions and lessons with
# the completions (3); the quizzes and attempts (2); the open coaching action items; the site
# (links to pages). The certificate's holder does not need the checklist of requirements.
CERTIFIED_AMBASSADOR_MAX_QUERIES = 13
# Session, user, roles, the facts (with what the coach's panel counts), the enrolments; staff
# follow the programme (3) and its quizzes (2); the trainer's cohorts and their sessions (2),
# the answers to grade, the site.
TRAINER_MAX_QUERIES = 14
# As the trainer, without the cohorts and the answers to grade.
COACH_MAX_QUERIES = 11
# Session, user, roles, the facts, the enrolments, HR's permissions (2), and the onboarding
# funnel of the organisation (its freshness check and counts: lms.hr's own reads).
HR_MAX_QUERIES = 10


@pytest.fixture(scope="module")
def demo_built(django_db_setup, django_db_blocker):
    """The demo, seeded once for the module (see tests/shared_data.py)."""
    with built_once(django_db_blocker):
        site_install()
        demo_seed(stdout=io.StringIO())
        yield


@pytest.fixture
def demo(db, demo_built):
    pass


def _person(name: str):
    return User.objects.get(email=f"{name}@demo.example")


def _dashboard(client, name: str, django_assert_max_num_queries, most: int) -> str:
    client.force_login(_person(name))
    client.get("/dashboard/")  # the first request of a session records the login
    with django_assert_max_num_queries(most):
        response = client.get("/dashboard/")
    assert response.status_code == 200
    return response.content.decode()


def test_certified_ambassador_with_everything(client, demo, django_assert_max_num_queries):
    html = _dashboard(
        client, "ambassador1", django_assert_max_num_queries, CERTIFIED_AMBASSADOR_MAX_QUERIES
    )
    assert _panels(html) == {
        "cohort",
        "course",
        "quizzes",
        "charter",
        "coaching",
        "certification",
        "privacy",
    }


def test_trainer(client, demo, django_assert_max_num_queries):
    html = _dashboard(client, "trainer", django_assert_max_num_queries, TRAINER_MAX_QUERIES)
    assert {"trainer", "grading", "coach", "certification-staff"} <= _panels(html)


def test_hr(client, demo, django_assert_max_num_queries):
    html = _dashboard(client, "hr", django_assert_max_num_queries, HR_MAX_QUERIES)
    assert {"hr", "privacy-hr", "certification-staff"} <= _panels(html)


def test_coach(client, demo, django_assert_max_num_queries):
    html = _dashboard(client, "coach", django_assert_max_num_queries, COACH_MAX_QUERIES)
    assert "coach" in _panels(html)


def _panels(html: str) -> set[str]:
    """The panels on the page, by the id of their title."""
    return set(re.findall(r'aria-labelledby="([a-z-]+?)(?:-panel)?-title"', html))


def _rendered(panels, request) -> list[str]:
    return [
        render_to_string(panel["template"], {"panel": panel["context"]}, request)
        for panel in panels
    ]


def test_panels_read_the_same_with_and_without_the_dashboard_facts(demo):
    """Every demo person: each module's panels rendered on their own (reading what they need
    themselves) are those of the dashboard (reading the facts of its one query)."""
    from importlib import import_module

    modules = [import_module(name) for name in PANEL_MODULES]
    for person in User.objects.order_by("email"):
        request = RequestFactory().get("/dashboard/")
        request.user = User.objects.get(pk=person.pk)
        alone = [
            html
            for module in modules
            for html in _rendered(module.dashboard_panels(user=request.user), request)
        ]
        request.user = User.objects.get(pk=person.pk)
        dashboard_facts_load(user=request.user, modules=modules)
        assert request.user.dashboard_facts or not person.has_role("ambassador")
        together = dashboard_panels_for(user=request.user)
        assert sorted(_rendered(together, request)) == sorted(alone), person.email
