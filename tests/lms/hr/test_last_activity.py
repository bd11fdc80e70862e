import datetime

import pytest

from django.utils import timezone

from courses.models import Attendance, AttendanceStatus
from lms.factories import AmbassadorFactory
from lms.hr.selectors import PipelineFilters, pipeline_rows

from .conftest import cohort_for, programme_with_quizzes

pytestmark = pytest.mark.django_db


def test_last_activity_is_the_latest_of_several_records_of_the_same_kind(site, organisation):
    """Several attendances at different times: one row per person, the latest date (the
    latest per date grouped by date was several rows, which PostgreSQL refuses)."""
    programme, _quizzes = programme_with_quizzes(site)
    cohort = cohort_for(organisation, programme)
    person = AmbassadorFactory(organisation=organisation)
    now = timezone.now()
    for days, cohort_session in zip((30, 2, 10, 20), cohort.sessions.all(), strict=True):
        Attendance.objects.create(
            cohort_session=cohort_session,
            user=person,
            status=AttendanceStatus.PRESENT,
            recorded_at=now - datetime.timedelta(days=days),
        )
    (row,) = pipeline_rows(filters=PipelineFilters(organisation_id=organisation.pk))
    assert row.last_activity >= now - datetime.timedelta(days=2, seconds=5)
