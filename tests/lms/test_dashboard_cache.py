"""The dashboard's facts about a person, kept in the cache between requests: read again as soon
as one of the records they come from changes, and never kept for a coach."""

import datetime
from importlib import import_module

import pytest

from django.utils import timezone

from charter.factories import CharterFactory, charter_signed_by
from charter.services import charter_version_publish, participation_withdraw
from coaching.factories import CoachingSessionFactory, DraftPostFactory, EditorialLineFactory
from courses.factories import ProgrammePageFactory
from lms.certification.models import Certificate
from lms.dashboard import PANEL_MODULES, _facts_read, dashboard_facts_load
from lms.factories import DepartmentFactory, UserFactory
from lms.models import Role, User

pytestmark = pytest.mark.django_db


def _facts(user) -> User:
    """The facts as a new request loads them (a new user object)."""
    fresh = User.objects.get(pk=user.pk)
    modules = [import_module(name) for name in PANEL_MODULES]
    dashboard_facts_load(user=fresh, modules=modules)
    return fresh


def test_warm_facts_read_nothing(ambassador, django_assert_num_queries):
    _facts(ambassador)
    fresh = User.objects.get(pk=ambassador.pk)
    fresh.roles  # noqa: B018  (read with the session on every request)
    modules = [import_module(name) for name in PANEL_MODULES]
    with django_assert_num_queries(0):
        dashboard_facts_load(user=fresh, modules=modules)
    assert fresh.organisation.name == "Acme"


def test_charter_signature_withdrawal_and_new_version_show_at_once(ambassador, organisation):
    charter = CharterFactory(organisation=organisation, published=True)
    assert _facts(ambassador).dashboard_facts["charter_signature_id"] is None
    charter_signed_by(ambassador, charter.versions.get())
    assert _facts(ambassador).dashboard_facts["charter_signed_version"] == 1
    charter_version_publish(charter=charter, is_material=True)  # the organisation's record
    assert _facts(ambassador).dashboard_facts["charter_current"] == 2
    participation_withdraw(user=ambassador)
    assert _facts(ambassador).dashboard_facts["charter_change_kind"] == "withdrawn"


def test_coaching_records_show_at_once(ambassador, coach):
    session = CoachingSessionFactory(
        ambassador=ambassador, coach=coach, starts_at=timezone.now() + datetime.timedelta(days=2)
    )
    assert _facts(ambassador).dashboard_facts["coaching_session_id"] == session.pk
    DraftPostFactory(author=ambassador)
    assert _facts(ambassador).dashboard_facts["coaching_drafts"] == 1
    EditorialLineFactory(ambassador=ambassador)
    assert _facts(ambassador).dashboard_facts["coaching_line_id"] is not None
    session.delete()
    assert _facts(ambassador).dashboard_facts["coaching_session_id"] is None


def test_a_coaching_session_about_to_start_bounds_the_entry(ambassador, coach):
    starts_at = timezone.now() + datetime.timedelta(minutes=10)
    CoachingSessionFactory(ambassador=ambassador, coach=coach, starts_at=starts_at)
    fresh = User.objects.get(pk=ambassador.pk)
    expressions = {}
    for name in PANEL_MODULES:
        module = import_module(name)
        if hasattr(module, "dashboard_facts"):
            expressions.update(module.dashboard_facts(user=fresh))
    _value, valid_until = _facts_read(fresh, expressions)
    assert valid_until == starts_at


def test_a_certificate_shows_at_once(ambassador, site):
    assert _facts(ambassador).dashboard_facts["certificate_pk"] is None
    certificate = Certificate.objects.create(
        user=ambassador,
        programme=ProgrammePageFactory(parent=site),
        organisation=ambassador.organisation,
        recipient_name="Camille Martin",
        certification_name="Ambassadeur certifié",
        issued_at=timezone.now(),
    )
    assert _facts(ambassador).dashboard_facts["certificate_pk"] == certificate.pk


def test_the_organisation_and_department_names_follow_their_records(ambassador, organisation):
    department = DepartmentFactory(organisation=organisation, name="Ventes")
    ambassador.department = department
    ambassador.save()
    assert _facts(ambassador).department.name == "Ventes"
    department.name = "Ventes France"
    department.save()
    organisation.name = "Acme Group"
    organisation.save()
    fresh = _facts(ambassador)
    assert (fresh.organisation.name, fresh.department.name) == ("Acme Group", "Ventes France")


def test_a_coachs_facts_count_other_peoples_records_so_are_read_each_time(
    organisation, django_assert_num_queries
):
    both = UserFactory(organisation=organisation, roles=[Role.COACH, Role.AMBASSADOR])
    _facts(both)
    fresh = User.objects.get(pk=both.pk)
    fresh.roles  # noqa: B018
    modules = [import_module(name) for name in PANEL_MODULES]
    with django_assert_num_queries(1):
        dashboard_facts_load(user=fresh, modules=modules)


def test_a_role_given_reads_the_facts_the_new_role_asks_for(hr, organisation):
    """HR staff have no facts of their own; made an ambassador, they get the panels' facts."""
    from django.contrib.auth.models import Group

    from lms.models import ROLE_GROUPS

    assert _facts(hr).dashboard_facts == {}
    hr.groups.add(Group.objects.get(name=ROLE_GROUPS[Role.AMBASSADOR]))
    assert "charter_signature_id" in _facts(hr).dashboard_facts
