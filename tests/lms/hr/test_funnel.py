"""The pipeline figures on the known organisation, its filters, and agreement with the apps'
own per-person selectors."""

import datetime

import pytest

from django.utils import timezone

from charter.selectors import charter_statuses_for
from coaching.selectors import editorial_lines_validated
from courses.cohorts.selectors import attendance_complete_for
from lms.factories import AmbassadorFactory
from lms.hr.selectors import (
    PipelineFilters,
    certification_delay,
    certifications_per_month,
    department_shares,
    funnel,
    pipeline_row,
    pipeline_rows,
    stalled_ambassadors,
)
from lms.models import User

from .conftest import JOURNEY, certify, cohort_for, walk

# The world is built once for the module (see conftest.world_once).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("world_once")]


def counts(result):
    return {step.key: step.count for step in result.steps}


def test_funnel_counts_each_step_of_the_known_organisation(world, organisation):
    result = funnel(filters=PipelineFilters(organisation_id=organisation.pk))
    assert counts(result) == {
        "invited": 9,
        "enrolled": 8,
        "attended": 6,
        "quizzes": 5,
        "charter": 4,
        "line": 3,
        "certified": 2,
        "posting": 1,
    }
    assert result.withdrawn == 1


def test_conversion_is_the_share_of_the_previous_step(world, organisation):
    steps = funnel(filters=PipelineFilters(organisation_id=organisation.pk)).steps
    assert steps[0].of_previous is None
    assert steps[1].of_previous == round(100 * 8 / 9)
    assert steps[7].of_previous == 50
    assert steps[7].of_invited == round(100 / 9)


def test_every_organisation_counts_the_outsider_too(world):
    assert counts(funnel(filters=PipelineFilters()))["posting"] == 2


def test_a_new_charter_version_to_sign_drops_people_back(world, organisation):
    from charter.models import Charter
    from charter.services import charter_version_publish

    charter = Charter.objects.get(organisation=organisation)
    charter_version_publish(charter=charter, is_material=True)
    result = counts(funnel(filters=PipelineFilters(organisation_id=organisation.pk)))
    # Certified people keep their step; the others who had signed fall back before it.
    assert result["charter"] == 2
    assert result["line"] == 2


def test_a_revoked_certificate_no_longer_counts(world, organisation):
    certificate = world.people["certified"].certificates.get()
    certificate.revoked_at = timezone.now()
    certificate.save()
    assert (
        counts(funnel(filters=PipelineFilters(organisation_id=organisation.pk)))["certified"] == 1
    )


def test_step_reached_agrees_with_the_apps_selectors(world, organisation):
    people = list(User.objects.filter(organisation=organisation, groups__name="Ambassadors"))
    charter = charter_statuses_for(users=people)
    lines = editorial_lines_validated(users=people)
    attended = attendance_complete_for(users=people)
    rows = {
        row.id: row
        for row in map(pipeline_row, pipeline_rows(filters=PipelineFilters(organisation.pk)))
    }
    for person in people:
        reached = JOURNEY.index(rows[person.pk].step) if rows[person.pk].step in JOURNEY else -1
        if reached < JOURNEY.index("certified"):
            assert (reached >= JOURNEY.index("charter")) == charter[person.pk].is_signed
            assert (reached >= JOURNEY.index("line")) == lines[person.pk]
            assert (reached >= JOURNEY.index("attended")) == attended[person.pk]


@pytest.mark.parametrize(
    ("filters", "expected_invited"),
    [
        ({"department": "communication"}, 3),
        ({"department": "engineering"}, 6),
        ({"cohort": True}, 8),
        ({"programme": True}, 8),
    ],
)
def test_filters_narrow_the_people_counted(world, organisation, filters, expected_invited):
    values = {"organisation_id": organisation.pk}
    if "department" in filters:
        values["department_id"] = world.departments[filters["department"]].pk
    if "cohort" in filters:
        values["cohort_id"] = world.cohort.pk
    if "programme" in filters:
        values["programme_id"] = world.programme.pk
    assert funnel(filters=PipelineFilters(**values)).invited == expected_invited


def test_a_second_cohort_is_counted_apart(world, organisation):
    other = cohort_for(organisation, world.programme, name="Promotion Étoile")
    newcomer = AmbassadorFactory(organisation=organisation)
    walk(newcomer, world.__class__(world.programme, other, world.quizzes), upto="attended")
    result = funnel(filters=PipelineFilters(organisation_id=organisation.pk, cohort_id=other.pk))
    assert counts(result)["attended"] == 1
    assert result.invited == 1


def test_the_period_is_when_people_were_invited(world, organisation):
    old = world.people["posting"]
    User.objects.filter(pk=old.pk).update(date_joined=timezone.now() - datetime.timedelta(days=400))
    recent = PipelineFilters(
        organisation_id=organisation.pk,
        invited_from=timezone.localdate() - datetime.timedelta(days=30),
    )
    assert funnel(filters=recent).invited == 8
    assert counts(funnel(filters=recent))["posting"] == 0


def test_step_filter_keeps_the_people_stopped_there(world, organisation):
    rows = pipeline_rows(filters=PipelineFilters(organisation.pk, step="quizzes"))
    assert [row.user.email for row in rows] == ["quizzes@acme.example"]


def test_funnel_link_lists_as_many_people_as_its_step_counts(world, organisation):
    filters = PipelineFilters(organisation_id=organisation.pk)
    for key, count in counts(funnel(filters=filters)).items():
        reached = PipelineFilters(organisation.pk, step=key, step_or_beyond=True)
        assert pipeline_rows(filters=reached).count() == count, key


def test_certifications_per_month_and_median_delay(world, organisation):
    seat = world.people["certified"].cohort_enrolments.get()
    seat.confirmed_at = timezone.now() - datetime.timedelta(days=40)
    seat.save()
    filters = PipelineFilters(organisation_id=organisation.pk)
    months = certifications_per_month(filters=filters)
    assert len(months) == 12
    assert months[-1] == (timezone.localdate().replace(day=1), 2)
    delay = certification_delay(filters=filters)
    assert delay.count == 2
    assert delay.median_days == pytest.approx(20, abs=0.5)  # 40 days and 0 days


def test_reissued_certificates_are_not_counted_twice(world, organisation):
    person = world.people["certified"]
    first = person.certificates.get()
    first.revoked_at = timezone.now()
    first.save()
    first.replaced_by = certify(person, world)
    first.save()
    months = certifications_per_month(filters=PipelineFilters(organisation_id=organisation.pk))
    assert months[-1][1] == 2


def test_department_shares_count_people_outside_communication(world, organisation):
    shares = department_shares(filters=PipelineFilters(organisation_id=organisation.pk))
    assert [(row.name, row.count) for row in shares.rows] == [
        ("Ingénierie", 6),
        ("Communication", 3),
    ]
    assert shares.outside_communication == 6
    assert shares.outside_percent == 67


def test_stalled_people_are_those_without_progress_for_n_days(world, organisation):
    User.objects.filter(organisation=organisation).update(
        date_joined=timezone.now() - datetime.timedelta(days=60)
    )
    filters = PipelineFilters(organisation_id=organisation.pk, stalled_days=14)
    assert [row.email for row in stalled_ambassadors(filters=filters)] == ["invited@acme.example"]
    assert funnel(filters=filters).stalled == 1
    # Everybody else moved today; in 0 days nobody is recent enough to be stalled but the
    # certified, posting and withdrawn people never are.
    assert funnel(filters=PipelineFilters(organisation.pk, stalled_days=0)).stalled >= 1
