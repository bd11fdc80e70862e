"""Who may open each cohort URL, role by role (the same outcomes as the site's permission matrix).

Trainers reach only the cohorts they run, editors every cohort, ambassadors their own seat;
everyone else gets a 403 or 404 that shows nothing of the cohort.
"""

import datetime

import pytest

from django.urls import reverse
from django.utils import timezone

from courses.cohorts.factories import CohortFactory, CohortSessionFactory, EnrolmentFactory
from lms.factories import AmbassadorFactory, UserFactory
from lms.models import Role

ROLES = ("anonymous", "ambassador", "other_ambassador", "trainer", "other_trainer", "coach")
ROLES += ("hr", "other_hr", "editor")


def _all(value):
    return dict.fromkeys(ROLES, value)


STAFF_ONLY = {**_all("deny"), "anonymous": "login", "trainer": "ok", "editor": "ok"}
OWNER_ONLY = {**_all("deny"), "anonymous": "login", "ambassador": "ok"}
# name: (method, {url kwarg: world id}, expected outcome per role)
ROUTES = {
    # Every trainer has a list of their own cohorts (empty for `other_trainer`).
    "courses:cohorts:trainer_cohorts": ("get", {}, {**STAFF_ONLY, "other_trainer": "ok"}),
    "courses:cohorts:mine": ("get", {}, {**_all("ok"), "anonymous": "login"}),
    "courses:cohorts:import": ("get", {"pk": "cohort_id"}, STAFF_ONLY),
    "courses:cohorts:live": ("get", {"pk": "cohort_session_id"}, STAFF_ONLY),
    "courses:cohorts:feedback": ("get", {"pk": "cohort_session_id"}, OWNER_ONLY),
    "courses:cohorts:withdraw": ("get", {"pk": "enrolment_id"}, OWNER_ONLY),
    "courses:cohorts:confirm": (
        "post",
        {"pk": "enrolment_id"},
        {**OWNER_ONLY, "ambassador": "redirect"},
    ),
}


def outcome(response) -> str:
    code = response.status_code
    if code in (403, 404):
        return "deny"
    if code in (301, 302, 303):
        return "login" if response["Location"].startswith("/accounts/login/") else "redirect"
    return "ok" if code < 300 else f"status {code}"


@pytest.fixture
def world(programme, organisation, trainer, coach, hr, other_hr, editor, ambassador):
    cohort = CohortFactory(organisation=organisation, programme=programme, trainers=[trainer])
    enrolment = EnrolmentFactory(cohort=cohort, user=ambassador)
    cohort_session = CohortSessionFactory(
        cohort=cohort,
        session=programme.sessions.get(number=1),
        date=timezone.localdate() - datetime.timedelta(days=1),
    )
    people = {
        "ambassador": ambassador,
        "other_ambassador": AmbassadorFactory(organisation=organisation),
        "trainer": trainer,
        "other_trainer": UserFactory(organisation=None, roles=[Role.TRAINER]),
        "coach": coach,
        "hr": hr,
        "other_hr": other_hr,
        "editor": editor,
    }
    ids = {
        "cohort_id": cohort.pk,
        "cohort_session_id": cohort_session.pk,
        "enrolment_id": enrolment.pk,
    }
    return {"people": people, "ids": ids}


@pytest.mark.parametrize("name", sorted(ROUTES))
def test_each_role_gets_the_expected_outcome_on_cohort_urls(client, world, name):
    method, kwargs_spec, expected = ROUTES[name]
    url = reverse(name, kwargs={k: world["ids"][v] for k, v in kwargs_spec.items()})
    seen = {}
    for role in ROLES:
        client.logout()
        if role != "anonymous":
            client.force_login(world["people"][role])
        seen[role] = outcome(getattr(client, method)(url))
    assert seen == expected
