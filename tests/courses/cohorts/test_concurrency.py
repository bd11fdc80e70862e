"""Capacity under concurrent confirmations: needs PostgreSQL's row locks (skipped on SQLite)."""

import threading

import pytest

from django.db import connection

from courses.cohorts.factories import CohortFactory, EnrolmentFactory
from courses.cohorts.services import enrolment_confirm
from courses.models import EnrolmentState
from lms.site_setup import site_install
from tests.courses.conftest import programme_build


@pytest.fixture
def flushed_site(transactional_db):
    """The home pages, after an earlier transactional test flushed Wagtail's root page."""
    return site_install()


@pytest.mark.postgres
@pytest.mark.parametrize("contenders", [2, 50])
def test_concurrent_confirmations_never_exceed_capacity(flushed_site, contenders):
    programme = programme_build(flushed_site, lessons_per_session=0)
    cohort = CohortFactory(programme=programme, capacity=8)
    for _ in range(7):
        EnrolmentFactory(cohort=cohort)
    invited = [
        EnrolmentFactory(cohort=cohort, state=EnrolmentState.INVITED, confirmed_at=None)
        for _ in range(contenders)
    ]
    start = threading.Barrier(contenders)
    results, errors = [], []

    def confirm(enrolment):
        try:
            start.wait()
            results.append(enrolment_confirm(enrolment=enrolment).state)
        except Exception as error:  # reported below: a thread's exception is otherwise lost
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=confirm, args=(e,)) for e in invited]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert sorted(results).count(EnrolmentState.CONFIRMED) == 1
    assert results.count(EnrolmentState.WAITLISTED) == contenders - 1
    assert cohort.enrolments.filter(state=EnrolmentState.CONFIRMED).count() == 8
