"""Emails survive a worker killed while sending and a broker that restarts empty."""

import time

import pytest

from django.db import transaction

from lms.mail import email_queue
from lms.operations.models import EmailState, OutboundEmail

from .faults import wait_until

pytestmark = [pytest.mark.faults, pytest.mark.postgres]


def queue(number: int):
    with transaction.atomic():
        email_queue(
            to=[f"person{number}@acme.example"],
            template="password_reset",
            context={"reset_url": f"https://academy.example/reset/{number}/"},
            language="en",
        )


def test_a_worker_killed_while_sending_an_email_leaves_it_to_be_sent_once(workers):
    first = workers.start(MAIL_SLOW_SECONDS=30)
    queue(1)
    wait_until(
        lambda: workers.started("sending-"),
        timeout=60,
        message=lambda: f"the worker never started sending\n{workers.logs()}",
    )
    workers.kill9(first)
    assert workers.sent() == []
    assert OutboundEmail.objects.get().state == EmailState.QUEUED

    workers.start()
    wait_until(
        lambda: OutboundEmail.objects.filter(state=EmailState.SENT).exists(),
        timeout=60,
        message=lambda: f"the email was not sent after the restart\n{workers.logs()}",
    )
    time.sleep(3)  # a second delivery would show by now
    assert len(workers.sent()) == 1, workers.logs()
    email = OutboundEmail.objects.get()
    assert (email.state, email.attempts) == (EmailState.SENT, 1)


def test_emails_queued_while_redis_is_down_are_all_sent_once_it_is_back(workers, redis_server):
    workers.start(
        beat=True,
        OPERATIONS_RECONCILE_SECONDS=2,
        OPERATIONS_RECONCILE_GRACE=4,
        OPERATIONS_HEARTBEAT_SECONDS=3600,
    )
    queue(0)
    wait_until(lambda: len(workers.sent()) == 1, timeout=60, message=workers.logs)

    redis_server.stop()
    outage = time.monotonic()
    for number in range(1, 6):
        started = time.monotonic()
        queue(number)  # the request is not failed by the broker being down
        assert time.monotonic() - started < 5
        time.sleep(4)
    time.sleep(max(0, 30 - (time.monotonic() - outage)))
    redis_server.start()
    queue(6)

    wait_until(
        lambda: OutboundEmail.objects.filter(state=EmailState.SENT).count() == 7,
        timeout=90,
        message=lambda: f"not every email was sent\n{workers.logs()}",
    )
    time.sleep(5)  # two more reconciliations: nothing is sent twice
    assert len(workers.sent()) == 7
    recipients = sorted(
        line
        for path in (workers.mail).glob("*.eml")
        for line in path.read_text().splitlines()
        if line.startswith("To: ")
    )
    assert recipients == [f"To: person{n}@acme.example" for n in range(7)]
    assert set(OutboundEmail.objects.values_list("attempts", flat=True)) == {1}
