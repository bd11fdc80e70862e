"""Who may open what: every URL of the site × every role, with the outcome each must get.

Deny by default: a URL pattern of ours without an entry in MATRIX fails
`test_every_url_has_an_entry`. Outcomes: "ok" (2xx), "redirect" (3xx elsewhere than the login
page: a POST action done, or a polite redirect), "login" (sent to the login page),
"deny" (403 or 404: nothing of the resource is shown), "method" (405).
Roles: see ROLES and the `world` fixture; `other_trainer` runs a cohort of the same organisation
that `ambassador` is not in, so what a trainer may do because the cohort is theirs is denied to it.
Wagtail's admin (/admin/) checks its own permissions and is covered by each app's admin tests.
"""

import datetime
from importlib import import_module

import pytest

from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from charter.factories import CharterFactory
from charter.services import charter_sign
from coaching.factories import (
    ActionItemFactory,
    CoachAssignmentFactory,
    CoachFactory,
    CoachingSessionFactory,
    DraftPostFactory,
    OrganisationEditorialLineFactory,
)
from coaching.services import (
    editorial_line_get_or_create,
    editorial_line_save_draft,
    editorial_line_submit,
)
from courses.cohorts.factories import CohortFactory, CohortSessionFactory, EnrolmentFactory
from courses.quizzes.factories import FreeTextQuestionFactory, QuizFactory
from courses.quizzes.services import quiz_attempt_start, quiz_attempt_submit
from lms.factories import AmbassadorFactory, OrganisationFactory, UserFactory
from lms.models import HomePage, Role
from lms.site_setup import site_install
from tests.courses.conftest import programme_build
from tests.shared_data import built_once, fresh

ROLES = (
    "anonymous",
    "ambassador",
    "other_ambassador",
    "trainer",
    "other_trainer",
    "coach",
    "other_coach",
    "hr",
    "other_hr",
    "editor",
)
SKIPPED_PREFIXES = ("admin/", "documents/")
# Wagtail's own page-serving URLs, reached through the pages they serve.
SKIPPED_NAMES = {"wagtail_serve", "wagtailcore_authenticate_with_password", "wagtailcore_login"}


def _all(outcome):
    return dict.fromkeys(ROLES, outcome)


@pytest.fixture(scope="module")
def world_built(django_db_setup, django_db_blocker):
    """The world, built once for the module: each test's changes (the POST actions) are rolled
    back before the next test (see tests/shared_data.py)."""
    with built_once(django_db_blocker):
        site_install()
        yield world_build()


@pytest.fixture
def world(db, world_built):
    return fresh(world_built)


def world_build():
    """Organisation A: `ambassador` (owner of every object below), `other_ambassador`, `hr`;
    organisation B: `other_hr`. `coach` coaches `ambassador`; `other_coach` coaches nobody.
    `trainer` runs the cohort `ambassador` is in; `other_trainer` runs another cohort of A."""
    acme = OrganisationFactory(name="Acme", slug="acme")
    globex = OrganisationFactory(name="Globex", slug="globex")
    people = {
        "ambassador": AmbassadorFactory(organisation=acme, first_name="Ada", last_name="Lovelace"),
        "other_ambassador": AmbassadorFactory(organisation=acme),
        "trainer": UserFactory(organisation=None, roles=[Role.TRAINER]),
        "other_trainer": UserFactory(organisation=None, roles=[Role.TRAINER]),
        "coach": CoachFactory(),
        "other_coach": CoachFactory(),
        "hr": UserFactory(organisation=acme, roles=[Role.HR]),
        "other_hr": UserFactory(organisation=globex, roles=[Role.HR]),
        "editor": UserFactory(organisation=None, roles=[Role.EDITOR]),
    }
    ambassador, coach = people["ambassador"], people["coach"]
    charter = CharterFactory(organisation=acme, published=True)
    charter_version = charter.versions.get()
    signature = charter_sign(
        user=ambassador,
        version=charter_version,
        full_name="Ada Lovelace",
        acknowledged_sections=charter_version.section_keys,
        language="fr",
    )
    acme_line = OrganisationEditorialLineFactory(organisation=acme)
    CoachAssignmentFactory(coach=coach, ambassador=ambassador)
    line = editorial_line_get_or_create(ambassador=ambassador)
    line_data = {
        "positioning": "Ingénieure fiabilité, je parle de maintenance prédictive.",
        "target_audiences": "Responsables de production",
        "mix_others": 4,
        "mix_reshare": 1,
        "mix_own": 1,
        "formats": "Retours d'expérience",
        "networks": ["linkedin"],
        "rhythm": "Un post par semaine",
        "tone": "Concret",
        "excluded_topics": "Politique",
    }
    pillars = [
        (f"Pilier {n}", pk) for n, pk in enumerate(acme_line.pillars.values_list("pk", flat=True))
    ]
    editorial_line_save_draft(line=line, data=line_data, pillars=pillars)
    version = editorial_line_submit(line=line, user=ambassador)
    session = CoachingSessionFactory(
        coach=coach, ambassador=ambassador, starts_at=timezone.now() + datetime.timedelta(days=2)
    )
    ids = {
        "organisation_id": acme.pk,
        "signature_id": signature.pk,
        "charter_version": charter_version.number,
        "line_version": version.number,
        "ambassador_id": ambassador.pk,
        "session_id": session.pk,
        "item_id": ActionItemFactory(session=session).pk,
        "draft_id": DraftPostFactory(author=ambassador).pk,
        "uidb64": "MQ",
        "token": "not-a-token",
    }
    ids.update(_cohort_ids(acme, people))
    ids.update(_quiz_ids(people))
    for module in ROUTE_MODULES:
        ids.update(
            import_module(module).world_ids(
                people=people, organisation=acme, other_organisation=globex, ids=ids
            )
        )
    return {"people": people, "ids": ids}


def _cohort_ids(organisation, people):
    """A cohort of `organisation` run by `trainer`, with `ambassador` confirmed in it; another,
    empty, run by `other_trainer`."""
    programme = programme_build(HomePage.objects.get(locale__language_code="fr"))
    cohort = CohortFactory(
        organisation=organisation, programme=programme, trainers=[people["trainer"]]
    )
    enrolment = EnrolmentFactory(cohort=cohort, user=people["ambassador"])
    CohortFactory(
        organisation=organisation, programme=programme, trainers=[people["other_trainer"]]
    )
    session = CohortSessionFactory(
        cohort=cohort,
        session=programme.sessions.get(number=1),
        date=timezone.localdate() - datetime.timedelta(days=1),
    )
    return {"cohort_id": cohort.pk, "cohort_session_id": session.pk, "enrolment_id": enrolment.pk}


def _quiz_ids(people):
    """A quiz with a free-text question that `ambassador` answered: an answer to grade."""
    question = FreeTextQuestionFactory()
    quiz = QuizFactory(questions=[question])
    attempt = quiz_attempt_start(quiz=quiz, user=people["ambassador"])
    attempt = quiz_attempt_submit(attempt=attempt, responses={question.pk: "Je demande avant."})
    answer = attempt.answers.get()
    return {"quiz_id": quiz.pk, "attempt_id": attempt.pk, "answer_id": answer.pk}


# name: (method, {url kwarg: world id key}, expected outcome per role)
ROUTES = {
    "healthz": ("get", {}, _all("ok")),
    "login": ("get", {}, {**_all("redirect"), "anonymous": "ok"}),
    "logout": ("post", {}, _all("login")),
    "password_reset": ("get", {}, _all("ok")),
    "password_reset_done": ("get", {}, _all("ok")),
    "password_reset_confirm": ("get", {"uidb64": "uidb64", "token": "token"}, _all("ok")),
    "password_reset_complete": ("get", {}, _all("ok")),
    "password_change": ("get", {}, {**_all("ok"), "anonymous": "login"}),
    "password_change_done": ("get", {}, {**_all("ok"), "anonymous": "login"}),
    "language_switch": ("post", {}, _all("redirect")),
    "dashboard": ("get", {}, {**_all("ok"), "anonymous": "login"}),
    "javascript-catalog": ("get", {}, _all("ok")),
    "courses:search": (
        "get",
        {},
        # other_ambassador has no seat in a cohort: the lessons are not for them yet.
        {
            **_all("ok"),
            "anonymous": "login",
            "other_ambassador": "deny",
            "hr": "deny",
            "other_hr": "deny",
        },
    ),
    "charter:sign": (
        "get",
        {},
        {
            **_all("ok"),
            "anonymous": "login",
            "trainer": "deny",
            "other_trainer": "deny",
            "coach": "deny",
            "other_coach": "deny",
            "editor": "deny",
        },
    ),
    "charter:versions": (
        "get",
        {},
        {
            **_all("ok"),
            "anonymous": "login",
            "trainer": "deny",
            "other_trainer": "deny",
            "coach": "deny",
            "other_coach": "deny",
            "editor": "deny",
        },
    ),
    "charter:version": (
        "get",
        {"number": "charter_version"},
        {
            **_all("deny"),
            "anonymous": "login",
            "ambassador": "ok",
            "other_ambassador": "ok",
            "hr": "ok",
        },
    ),
    "charter:guide_pdf": (
        "get",
        {},
        {
            **_all("deny"),
            "anonymous": "login",
            "ambassador": "ok",
            "other_ambassador": "ok",
            "hr": "ok",
        },
    ),
    "charter:organisation_guide_pdf": (
        "get",
        {"organisation_id": "organisation_id"},
        {
            **_all("ok"),
            "anonymous": "login",
            "coach": "deny",
            "other_coach": "deny",
            "other_hr": "deny",
        },
    ),
    "charter:signature_pdf": (
        "get",
        {"pk": "signature_id"},
        {**_all("deny"), "anonymous": "login", "ambassador": "ok"},
    ),
    "charter:withdraw": (
        "get",
        {},
        {
            **_all("ok"),
            "anonymous": "login",
            "trainer": "deny",
            "other_trainer": "deny",
            "coach": "deny",
            "other_coach": "deny",
            "editor": "deny",
        },
    ),
    "charter:rejoin": (
        "post",
        {},
        {
            **_all("redirect"),
            "anonymous": "login",
            "trainer": "deny",
            "other_trainer": "deny",
            "coach": "deny",
            "other_coach": "deny",
            "editor": "deny",
        },
    ),
    "coaching:home": (
        "get",
        {},
        {**_all("deny"), "anonymous": "login", "ambassador": "ok", "other_ambassador": "ok"},
    ),
    "coaching:editorial_line": (
        "get",
        {},
        {**_all("deny"), "anonymous": "login", "ambassador": "ok", "other_ambassador": "ok"},
    ),
    "coaching:guide_pdf": (
        "get",
        {},
        {**_all("deny"), "anonymous": "login", "ambassador": "ok", "other_ambassador": "ok"},
    ),
    "coaching:drafts": (
        "get",
        {},
        {**_all("deny"), "anonymous": "login", "ambassador": "ok", "other_ambassador": "ok"},
    ),
    "coaching:draft": (
        "get",
        {"draft_id": "draft_id"},
        {**_all("deny"), "anonymous": "login", "ambassador": "ok", "coach": "ok"},
    ),
    "coaching:draft_comment": (
        "post",
        {"draft_id": "draft_id"},
        {**_all("deny"), "anonymous": "login", "ambassador": "redirect", "coach": "redirect"},
    ),
    "coaching:action_item_done": (
        "post",
        {"item_id": "item_id"},
        {**_all("deny"), "anonymous": "login", "ambassador": "redirect", "coach": "redirect"},
    ),
    "coaching:coach_home": (
        "get",
        {},
        {**_all("deny"), "anonymous": "login", "coach": "ok", "other_coach": "ok"},
    ),
    "coaching:coach_ambassador": (
        "get",
        {"ambassador_id": "ambassador_id"},
        {**_all("deny"), "anonymous": "login", "coach": "ok"},
    ),
    "coaching:coach_line_decide": (
        "post",
        {"ambassador_id": "ambassador_id"},
        {**_all("deny"), "anonymous": "login", "coach": "redirect"},
    ),
    "coaching:coach_version": (
        "get",
        {"ambassador_id": "ambassador_id", "number": "line_version"},
        {**_all("deny"), "anonymous": "login", "coach": "ok"},
    ),
    "coaching:coach_session_new": (
        "get",
        {"ambassador_id": "ambassador_id"},
        {**_all("deny"), "anonymous": "login", "coach": "ok"},
    ),
    "coaching:coach_guide_pdf": (
        "get",
        {"ambassador_id": "ambassador_id"},
        {**_all("deny"), "anonymous": "login", "coach": "ok"},
    ),
    "coaching:coach_action_item_add": (
        "post",
        {"session_id": "session_id"},
        {**_all("deny"), "anonymous": "login", "coach": "redirect"},
    ),
    "coaching:coach_draft_ready": (
        "post",
        {"draft_id": "draft_id"},
        {**_all("deny"), "anonymous": "login", "coach": "redirect"},
    ),
    # Every trainer has their own list of cohorts; the cohort pages are their trainers' only.
    "courses:cohorts:trainer_cohorts": (
        "get",
        {},
        {
            **_all("deny"),
            "anonymous": "login",
            "trainer": "ok",
            "other_trainer": "ok",
            "editor": "ok",
        },
    ),
    "courses:cohorts:import": (
        "get",
        {"pk": "cohort_id"},
        {**_all("deny"), "anonymous": "login", "trainer": "ok", "editor": "ok"},
    ),
    "courses:cohorts:live": (
        "get",
        {"pk": "cohort_session_id"},
        {**_all("deny"), "anonymous": "login", "trainer": "ok", "editor": "ok"},
    ),
    "courses:cohorts:mine": ("get", {}, {**_all("ok"), "anonymous": "login"}),
    "courses:cohorts:feedback": (
        "get",
        {"pk": "cohort_session_id"},
        {**_all("deny"), "anonymous": "login", "ambassador": "ok"},
    ),
    "courses:cohorts:withdraw": (
        "get",
        {"pk": "enrolment_id"},
        {**_all("deny"), "anonymous": "login", "ambassador": "ok"},
    ),
    "courses:cohorts:confirm": (
        "post",
        {"pk": "enrolment_id"},
        {**_all("deny"), "anonymous": "login", "ambassador": "redirect"},
    ),
    "courses:quizzes:detail": (
        "get",
        {"pk": "quiz_id"},
        {**_all("ok"), "anonymous": "login", "hr": "deny", "other_hr": "deny"},
    ),
    "courses:quizzes:start": (
        "post",
        {"pk": "quiz_id"},
        {**_all("redirect"), "anonymous": "login", "hr": "deny", "other_hr": "deny"},
    ),
    "courses:quizzes:attempt": (
        "get",
        {"pk": "attempt_id"},
        {**_all("deny"), "anonymous": "login", "ambassador": "redirect"},
    ),
    "courses:quizzes:result": (
        "get",
        {"pk": "attempt_id"},
        {**_all("deny"), "anonymous": "login", "ambassador": "ok"},
    ),
    "courses:quizzes:grading": (
        "get",
        {},
        {
            **_all("deny"),
            "anonymous": "login",
            "trainer": "ok",
            "other_trainer": "ok",
            "editor": "ok",
        },
    ),
    "courses:quizzes:grade": (
        "get",
        {"pk": "answer_id"},
        {**_all("deny"), "anonymous": "login", "trainer": "ok", "editor": "ok"},
    ),
}

# Known gaps: the expected outcome is the right one and the code does not give it yet. Strict:
# the test fails as soon as the code is fixed, so that the entry leaves this list.
KNOWN_GAPS: dict[str, str] = {}

# The parts of lms keep their entries beside their tests.
ROUTE_MODULES = tuple(
    f"tests.lms.{part}.permission_routes"
    for part in ("certification", "hr", "audit", "privacy", "operations")
)
for _module in ROUTE_MODULES:
    ROUTES.update(import_module(_module).ROUTES)


def outcome(response) -> str:
    code = response.status_code
    if code in (401, 403, 404):
        return "deny"
    if code == 405:
        return "method"
    if code in (301, 302, 303):
        return "login" if response["Location"].startswith("/accounts/login/") else "redirect"
    if code >= 500:
        return "error"
    return "ok"


def our_url_names(patterns=None, namespace=None, prefix=""):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            if str(pattern.pattern).startswith(SKIPPED_PREFIXES):
                continue
            inner = ":".join(filter(None, [namespace, pattern.namespace])) or None
            yield from our_url_names(pattern.url_patterns, inner, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern) and pattern.name not in SKIPPED_NAMES:
            yield f"{namespace}:{pattern.name}" if namespace else pattern.name


# Owners last, so that an action that changes state is tried by everyone else first.
PROBE_ORDER = (
    "anonymous",
    "other_ambassador",
    "other_coach",
    "other_hr",
    "hr",
    "other_trainer",
    "trainer",
    "editor",
    "coach",
    "ambassador",
)


def probe(client, world, name):
    method, kwargs_spec, _expected = ROUTES[name]
    url = reverse(name, kwargs={k: world["ids"][v] for k, v in kwargs_spec.items()})
    seen = {}
    for role in PROBE_ORDER:
        client.logout()
        if role != "anonymous":
            client.force_login(world["people"][role])
        response = getattr(client, method)(url)
        seen[role] = outcome(response)
    return seen


def expected_outcomes(name) -> dict:
    """An entry's outcomes; one that gives every role the same outcome gives it to roles it
    does not name (a role added later), any other must name every role."""
    expected = dict(ROUTES[name][2])
    if len(set(expected.values())) == 1:
        expected = dict.fromkeys(ROLES, next(iter(expected.values())))
    return expected


def test_every_entry_names_every_role():
    incomplete = {
        name: sorted(set(ROLES) - set(expected_outcomes(name)))
        for name in ROUTES
        if set(ROLES) - set(expected_outcomes(name))
    }
    assert not incomplete, f"Entries missing roles: {incomplete}"


def test_every_url_has_an_entry():
    missing = sorted(set(our_url_names()) - set(ROUTES))
    assert not missing, f"URLs without a permission entry (deny by default): {missing}"


def _route_params():
    for name in sorted(ROUTES):
        marks = ()
        if name in KNOWN_GAPS:
            marks = pytest.mark.xfail(reason=KNOWN_GAPS[name], strict=True)
        yield pytest.param(name, marks=marks, id=name)


@pytest.mark.parametrize("name", list(_route_params()))
def test_each_role_gets_the_expected_outcome(client, world, name):
    expected = expected_outcomes(name)
    seen = probe(client, world, name)
    assert seen == {role: expected.get(role) for role in seen}
