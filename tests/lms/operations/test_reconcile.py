"""The periodic reconciliation: every reconciler called with the grace period, a second run
right after does nothing more, a failing reconciler does not stop the others."""

from datetime import timedelta

import pytest

from django.utils import timezone

from lms.operations.models import Heartbeat
from lms.operations.reconcile import reconcile_all

pytestmark = pytest.mark.django_db

calls = []
HERE = "tests.lms.operations.test_reconcile"


def counting_reconciler(*, grace):
    calls.append(grace)
    return 3


@pytest.fixture
def reconcilers(settings):
    calls.clear()
    settings.OPERATIONS_RECONCILE_GRACE_SECONDS = 600
    settings.OPERATIONS_RECONCILERS = [f"{HERE}.no_such_function", f"{HERE}.counting_reconciler"]
    return settings


def test_each_reconciler_runs_with_the_grace_period_and_one_failing_does_not_stop_the_others(
    reconcilers,
):
    assert reconcile_all() == {f"{HERE}.no_such_function": -1, f"{HERE}.counting_reconciler": 3}
    assert calls == [timedelta(minutes=10)]


def test_running_it_twice_does_nothing_more(reconcilers):
    reconcile_all()
    assert reconcile_all() == {}
    assert len(calls) == 1


def test_it_runs_again_after_half_the_grace_period(reconcilers):
    reconcile_all()
    Heartbeat.objects.filter(name="reconcile").update(at=timezone.now() - timedelta(minutes=5))
    assert reconcile_all()[f"{HERE}.counting_reconciler"] == 3
    assert len(calls) == 2
