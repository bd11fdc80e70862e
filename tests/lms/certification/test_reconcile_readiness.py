"""A readiness check lost on its way to a worker is run by the operations reconciliation."""

import datetime

import pytest

from django.utils import timezone

from lms.certification.models import Certificate
from lms.certification.reconcile import readiness_checks_requeue
from lms.certification.tasks import certification_check
from lms.hr.models import PipelineState
from lms.hr.pipeline import pipeline_refresh

from .conftest import meet_everything

pytestmark = pytest.mark.django_db

GRACE = datetime.timedelta(minutes=15)


def test_a_ready_ambassador_whose_check_was_lost_is_certified_once(learner, cohort):
    with pytest.MonkeyPatch.context() as patch:  # every check lost by the broker
        patch.setattr(certification_check, "delay_on_commit", lambda *args, **kwargs: None)
        meet_everything(learner, cohort)
    assert not Certificate.objects.exists()
    pipeline_refresh()
    assert readiness_checks_requeue(grace=GRACE) == 0  # just active: its check may be running
    PipelineState.objects.filter(user=learner).update(
        last_activity=timezone.now() - datetime.timedelta(hours=1)
    )
    assert readiness_checks_requeue(grace=GRACE) == 1
    assert Certificate.objects.filter(user=learner).count() == 1
    pipeline_refresh()
    assert readiness_checks_requeue(grace=GRACE) == 0


def test_someone_not_ready_or_long_inactive_is_left_alone(learner, cohort):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(certification_check, "delay_on_commit", lambda *args, **kwargs: None)
        meet_everything(learner, cohort, but=("line",))
    pipeline_refresh()
    PipelineState.objects.filter(user=learner).update(
        last_activity=timezone.now() - datetime.timedelta(hours=1)
    )
    assert readiness_checks_requeue(grace=GRACE) == 0  # four steps of five
    PipelineState.objects.filter(user=learner).update(
        steps_done=5, last_activity=timezone.now() - datetime.timedelta(days=8)
    )
    assert readiness_checks_requeue(grace=GRACE) == 0
