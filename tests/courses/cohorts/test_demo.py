import io

from django.utils import timezone

from courses.cohorts.demo import COHORT_NAME, demo_seed
from courses.cohorts.selectors import attendance_complete_for
from courses.models import Attendance, CohortStatus, EnrolmentState, SessionFeedback, SessionMode
from lms.factories import AmbassadorFactory, UserFactory
from lms.models import Role


def test_demo_cohort_is_running_half_way_and_seeding_twice_changes_nothing(organisation, programme):
    people = {"trainer": UserFactory(organisation=None, roles=[Role.TRAINER])}
    people |= {f"ambassador{n}": AmbassadorFactory(organisation=organisation) for n in range(1, 7)}

    demo_seed(organisation=organisation, people=people, stdout=io.StringIO())
    demo_seed(organisation=organisation, people=people, stdout=io.StringIO())

    cohort = organisation.cohorts.get(name=COHORT_NAME)
    assert cohort.status == CohortStatus.RUNNING
    assert list(cohort.trainers.all()) == [people["trainer"]]
    assert cohort.enrolments.filter(state=EnrolmentState.CONFIRMED).count() == 6
    sessions = {s.number: s for s in cohort.sessions.all()}
    assert sessions[1].mode == SessionMode.IN_PERSON
    today = timezone.localdate()
    assert [sessions[n].date < today for n in (1, 2, 3, 4)] == [True, True, False, False]
    assert Attendance.objects.filter(cohort_session__cohort=cohort).count() == 12
    assert SessionFeedback.objects.count() == 3
    assert not any(attendance_complete_for(users=[people["ambassador1"]]).values())


def test_demo_without_people_is_skipped(organisation, programme):
    out = io.StringIO()
    demo_seed(organisation=organisation, people={}, stdout=out)
    assert "skipped" in out.getvalue()
