"""Certificates survive a worker killed while rendering and Redis restarting empty: each is
issued once, with one PDF and one email."""

import time

import pytest

from django.conf import settings
from django.db import transaction

from lms.certification.models import Certificate
from lms.certification.services import certificate_issue
from lms.mail import email_queue
from lms.operations.models import EmailState, OutboundEmail

from .faults import wait_until

pytestmark = [pytest.mark.faults, pytest.mark.postgres]

RENDER = "lms.certification.tasks.certificate_render_pdf"


def issue(certifiable, number: int) -> Certificate:
    return certificate_issue(
        user=certifiable["ambassador"](number),
        actor=certifiable["trainer"],
        programme=certifiable["programme"],
    )


def pdf_files(certificate: Certificate) -> list:
    return list((settings.MEDIA_ROOT).rglob(f"certificate-{certificate.code}*.pdf"))


def complete() -> int:
    """Certificates with their PDF whose email went out."""
    return Certificate.objects.exclude(pdf="").filter(email_sent_at__isnull=False).count()


def test_a_worker_killed_while_rendering_leaves_one_certificate_one_pdf_one_email(
    workers, certifiable
):
    first = workers.start(FAULT_TASK_DELAY=f"{RENDER}=60")
    certificate = issue(certifiable, 1)
    wait_until(
        lambda: workers.started(f"started-{RENDER}"),
        timeout=60,
        message=lambda: f"the worker never started rendering\n{workers.logs()}",
    )
    workers.kill9(first)
    certificate.refresh_from_db()
    assert not certificate.pdf

    workers.start()
    wait_until(
        lambda: OutboundEmail.objects.filter(state=EmailState.SENT).exists(),
        timeout=90,
        message=lambda: f"no certificate email after the restart\n{workers.logs()}",
    )
    time.sleep(3)  # a second rendering or email would show by now
    certificate.refresh_from_db()
    assert Certificate.objects.count() == 1
    assert certificate.pdf and certificate.email_sent_at
    assert len(pdf_files(certificate)) == 1
    assert workers.sent() == ["person1@acme.example"]
    email = OutboundEmail.objects.get()
    assert email.attachments[0]["mimetype"] == "application/pdf"


def test_certificates_issued_while_redis_is_down_are_all_done_once_it_is_back(
    workers, redis_server, certifiable
):
    workers.start(
        beat=True,
        OPERATIONS_RECONCILE_SECONDS=2,
        OPERATIONS_RECONCILE_GRACE=4,
        OPERATIONS_HEARTBEAT_SECONDS=3600,
    )
    issue(certifiable, 0)
    wait_until(lambda: complete() == 1, timeout=90, message=workers.logs)

    redis_server.stop()
    outage = time.monotonic()
    for number in range(1, 4):
        started = time.monotonic()
        issue(certifiable, number)  # the trainer's request is not failed by the broker
        with transaction.atomic():  # nor is an email queued by the site
            email_queue(
                to=[f"notice{number}@acme.example"],
                template="password_reset",
                context={"reset_url": "https://academy.example/reset/"},
                language="en",
            )
        assert time.monotonic() - started < 10
        time.sleep(6)
    time.sleep(max(0, 30 - (time.monotonic() - outage)))
    redis_server.start()
    issue(certifiable, 4)

    wait_until(
        lambda: complete() == 5 and not OutboundEmail.objects.exclude(state=EmailState.SENT),
        timeout=120,
        message=lambda: f"not everything was done\n{workers.logs()}",
    )
    time.sleep(5)  # two more reconciliations: nothing is done twice
    assert Certificate.objects.count() == 5
    for certificate in Certificate.objects.all():
        assert len(pdf_files(certificate)) == 1
    expected = [f"person{n}@acme.example" for n in range(5)]
    expected += [f"notice{n}@acme.example" for n in range(1, 4)]
    assert workers.sent() == sorted(expected)
