import datetime

import pytest

from django.utils import timezone, translation

from courses.cohorts.factories import CohortFactory, CohortSessionFactory, EnrolmentFactory
from lms.factories import AmbassadorFactory
from tests.courses.conftest import programme_build


@pytest.fixture(autouse=True)
def english():
    """Services speak the active language; these tests read their messages in English.
    Pages requested through the client speak the viewer's language (French by default)."""
    with translation.override("en"):
        yield


@pytest.fixture
def programme(site):
    return programme_build(site, lessons_per_session=2)


@pytest.fixture
def sessions(programme):
    return {session.number: session for session in programme.sessions}


@pytest.fixture
def cohort(organisation, programme, trainer):
    return CohortFactory(
        organisation=organisation, programme=programme, trainers=[trainer], name="Promotion A"
    )


@pytest.fixture
def schedule(cohort, sessions):
    """The four sessions of `cohort`, two weeks apart from two weeks ahead."""
    today = timezone.localdate()
    return {
        number: CohortSessionFactory(
            cohort=cohort, session=page, date=today + datetime.timedelta(days=14 * number)
        )
        for number, page in sessions.items()
    }


def members(cohort, count, **kwargs):
    return [EnrolmentFactory(cohort=cohort, **kwargs) for _ in range(count)]


@pytest.fixture
def invitee(cohort):
    return AmbassadorFactory(organisation=cohort.organisation)
