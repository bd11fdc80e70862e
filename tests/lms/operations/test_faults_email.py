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
    assert workers.sent() == ["person1@acme.example"], workers.logs()
    email = OutboundEmail.objects.get()
    assert (email.state, email.attempts) == (EmailState.SENT, 1)
