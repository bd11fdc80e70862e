"""Celery is set for at-least-once work (the fault tests show it holds with real processes)."""

import pytest

from django.conf import settings

from lms.celery import app


def test_messages_are_acknowledged_after_the_work_and_given_back_if_the_worker_dies():
    conf = app.conf
    assert conf.task_acks_late is True
    assert conf.task_reject_on_worker_lost is True
    assert conf.worker_prefetch_multiplier == 1
    assert conf.worker_max_tasks_per_child
    assert conf.task_soft_time_limit < conf.task_time_limit


def test_redis_hands_a_lost_message_out_again_only_after_the_longest_task_and_retry():
    from lms.operations.services import RETRY_MAXIMUM

    timeout = settings.BROKER_VISIBILITY_TIMEOUT
    assert timeout > app.conf.task_time_limit
    assert timeout > RETRY_MAXIMUM


@pytest.mark.django_db
def test_a_task_queued_after_commit_does_not_fail_the_request_when_the_broker_is_down(
    django_capture_on_commit_callbacks, caplog
):
    from lms.tasks import email_send

    conf = app.conf
    saved = conf.get("broker_write_url"), conf.task_always_eager
    conf.broker_write_url = "redis://127.0.0.1:9/0"  # nothing listens on port 9
    conf.task_always_eager = False
    app._pool, app.amqp._producer_pool = None, None
    try:
        with django_capture_on_commit_callbacks(execute=True):
            email_send.delay_on_commit(email_id=1)
    finally:
        conf.broker_write_url, conf.task_always_eager = saved
        app._pool, app.amqp._producer_pool = None, None
    assert "Could not queue lms.tasks.email_send" in caplog.text
