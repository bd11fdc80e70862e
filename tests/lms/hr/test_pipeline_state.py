"""The stored onboarding states: each record written through the ORM marks its person stale,
the next read recomputes them, and what is stored equals what the records say."""

import datetime

import pytest

from django.utils import timezone

from charter.models import Charter
from charter.services import charter_version_publish
from courses.models import Attendance, AttendanceStatus, CohortStatus
from lms.certification.models import Certificate
from lms.factories import AmbassadorFactory
from lms.hr.models import PipelineState
from lms.hr.pipeline import _computed, _state, pipeline_rebuild, pipeline_refresh
from lms.hr.pipeline import programme_quizzes as quizzes_of_programmes
from lms.hr.selectors import PipelineFilters, funnel, pipeline_row, pipeline_rows
from lms.models import ROLE_GROUPS, Role

from .conftest import attend, certify, cohort_for, walk

# The world is built once for the module (see conftest.world_once).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("world_once")]

COMPARED = (
    "organisation_id",
    "department_id",
    "last_name",
    "first_name",
    "first_certified_at",
    "invited_at",
    "steps_done",
    "has_certificate",
    "certified_until",
    "posting",
    "withdrawn",
    "cohort_id",
    "enrolled_at",
    "first_seated_at",
    "certificate_id",
    "last_activity",
)


def stored_equals_records():
    """Every stored state is what computing it from scratch gives, and nobody is missing."""
    pipeline_refresh()  # people of other organisations, which no read asked for
    now = timezone.now()
    expected = {
        row["pk"]: _state(row, now=now)
        for row in _computed(scope=None, quizzes=quizzes_of_programmes())
    }
    stored = {state.user_id: state for state in PipelineState.objects.all()}
    assert set(stored) == set(expected)
    for user_id, state in stored.items():
        assert not state.stale, user_id
        for name in COMPARED:
            assert getattr(state, name) == getattr(expected[user_id], name), (user_id, name)


def step_of(person, organisation) -> str:
    (state,) = pipeline_rows(filters=PipelineFilters(organisation.pk)).filter(pk=person.pk)
    return pipeline_row(state).step


def test_the_states_of_the_known_organisation_are_what_the_records_say(world):
    pipeline_refresh()
    stored_equals_records()


def test_every_kind_of_record_marks_its_person_stale(world, organisation):
    pipeline_refresh()
    person = world.people["enrolled"]
    attend(person, world.cohort)
    assert PipelineState.objects.get(user=person).stale
    assert step_of(person, organisation) == "attended"
    assert not PipelineState.objects.get(user=person).stale
    stored_equals_records()


def test_a_revoked_certificate_lowers_the_step_at_the_next_read(world, organisation):
    person = world.people["certified"]
    assert step_of(person, organisation) == "certified"
    certificate = Certificate.objects.get(user=person)
    certificate.revoked_at = timezone.now()
    certificate.save()
    assert step_of(person, organisation) == "line"


def test_an_expired_certificate_counts_no_more_without_any_write(world, organisation):
    person = world.people["certified"]
    certificate = Certificate.objects.get(user=person)
    certificate.expires_at = timezone.now() + datetime.timedelta(days=30)
    certificate.save()
    assert step_of(person, organisation) == "certified"
    # A month later: only the clock moved (the stored date is moved back instead).
    PipelineState.objects.filter(user=person).update(
        certified_until=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert step_of(person, organisation) == "line"
    assert not PipelineState.objects.get(user=person).stale


def test_a_material_charter_version_sends_signers_back(world, organisation, editor):
    filters = PipelineFilters(organisation_id=organisation.pk)
    before = {step.key: step.count for step in funnel(filters=filters).steps}
    assert before["charter"] == 4
    charter_version_publish(
        charter=Charter.objects.get(organisation=organisation),
        is_material=True,
        published_by=editor,
    )
    after = {
        step.key: step.count for step in funnel(filters=PipelineFilters(organisation.pk)).steps
    }
    assert after["charter"] == 2  # the certified two count whatever their signature
    stored_equals_records()


def test_a_cancelled_cohort_unseats_its_people(world, organisation):
    pipeline_refresh()
    world.cohort.status = CohortStatus.CANCELLED
    world.cohort.save()
    counts = {
        step.key: step.count for step in funnel(filters=PipelineFilters(organisation.pk)).steps
    }
    assert counts["enrolled"] == 2  # certified people count at every step
    stored_equals_records()


def test_roles_and_organisation_changes_move_the_row(world, organisation, other_organisation):
    pipeline_refresh()
    person = world.people["line"]
    person.organisation = other_organisation
    person.save()
    assert funnel(filters=PipelineFilters(organisation.pk)).invited == 8
    assert funnel(filters=PipelineFilters(other_organisation.pk)).invited == 2
    ambassadors = person.groups.get(name=ROLE_GROUPS[Role.AMBASSADOR])
    person.groups.remove(ambassadors)
    assert not PipelineState.objects.filter(user=person).exists()
    ambassadors.user_set.add(person)
    assert PipelineState.objects.get(user=person).stale
    stored_equals_records()


def test_a_signature_for_another_organisation_does_not_count(
    world, organisation, other_organisation
):
    """Signed Globex's charter, then moved to Acme: Acme's charter is still to sign."""
    person = world.people["charter"]
    person.organisation = other_organisation
    person.save()
    from charter.factories import charter_signed_by

    charter_signed_by(person)
    person.organisation = organisation
    person.save()
    pipeline_refresh()
    stored_equals_records()


def test_records_written_in_bulk_are_caught_by_the_rebuild(world, organisation):
    pipeline_refresh()
    person = world.people["enrolled"]
    Attendance.objects.bulk_create(
        Attendance(cohort_session=session, user=person, status=AttendanceStatus.PRESENT)
        for session in world.cohort.sessions.all()
    )  # no signal: the stored state does not know yet
    assert step_of(person, organisation) == "enrolled"
    assert pipeline_rebuild() == PipelineState.objects.count()
    assert step_of(person, organisation) == "attended"
    stored_equals_records()


def test_the_rebuild_adds_the_missing_and_drops_the_former(world, organisation):
    PipelineState.objects.filter(user=world.people["invited"]).delete()
    newcomer = AmbassadorFactory(organisation=organisation)
    PipelineState.objects.filter(user=newcomer).delete()
    pipeline_rebuild(organisation_id=organisation.pk)
    assert PipelineState.objects.filter(user__in=[world.people["invited"], newcomer]).count() == 2
    stored_equals_records()


def test_a_read_refreshes_within_its_budget_and_leaves_the_rest_to_a_worker(
    world, organisation, monkeypatch
):
    from lms.hr import pipeline, selectors, tasks

    monkeypatch.setattr(selectors, "READ_REFRESH_BUDGET", 3)
    monkeypatch.setattr(pipeline, "REFRESH_CHUNK", 2)
    queued = []
    monkeypatch.setattr(tasks.pipeline_refresh_task, "delay_on_commit", lambda: queued.append(True))
    funnel(filters=PipelineFilters(organisation_id=organisation.pk))
    assert PipelineState.objects.filter(organisation=organisation, stale=True).count() == 6
    assert queued == [True]
    tasks.pipeline_refresh_task()
    assert not PipelineState.objects.filter(stale=True).exists()
    stored_equals_records()


def test_many_people_at_every_step_agree_with_the_records(world, organisation):
    """A second cohort walked to every step, some certified twice, one certificate expiring."""
    cohort = cohort_for(organisation, world.programme, name="Promotion Soleil")
    world.cohort = cohort
    for index, step in enumerate(("enrolled", "attended", "quizzes", "charter", "line") * 3):
        person = AmbassadorFactory(organisation=organisation, email=f"p{index}@acme.example")
        walk(person, world, upto=step)
        if index % 4 == 0:
            certify(person, world, issued_at=timezone.now() - datetime.timedelta(days=index))
    pipeline_refresh()
    stored_equals_records()


def test_the_demo_leaves_every_state_computed(world):
    import io

    from lms.hr.demo import demo_seed

    out = io.StringIO()
    demo_seed(stdout=out)
    assert "10 ambassador(s)" in out.getvalue()
    assert not PipelineState.objects.filter(stale=True).exists()
    stored_equals_records()
