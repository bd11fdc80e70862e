"""The email outbox: stored with the caller's transaction, sent once, retried, found again."""

from datetime import timedelta

import pytest

from django.db import transaction
from django.utils import timezone

from lms.mail import email_queue
from lms.operations.models import EmailState, OutboundEmail
from lms.operations.reconcile import outbound_emails_requeue
from lms.operations.services import outbound_email_requeue, retry_delay
from lms.tasks import email_send

pytestmark = pytest.mark.django_db

REFUSING = "tests.lms.operations.mail_backends.RefusingBackend"


def queue(**overrides):
    arguments = {
        "to": ["someone@acme.example"],
        "template": "password_reset",
        "context": {"reset_url": "https://academy.example/reset/x/"},
        "language": "en",
        **overrides,
    }
    email_queue(**arguments)


def test_an_email_is_stored_then_sent_after_commit(django_capture_on_commit_callbacks, mailoutbox):
    with django_capture_on_commit_callbacks(execute=True):
        queue()
        email = OutboundEmail.objects.get()
        assert email.state == EmailState.QUEUED
        assert mailoutbox == []
    email.refresh_from_db()
    assert email.state == EmailState.SENT
    assert email.attempts == 1
    assert email.sent_at is not None
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["someone@acme.example"]
    assert mailoutbox[0].subject == email.subject == "Reset your Ambassador Academy password"


def test_nothing_is_stored_or_sent_when_the_transaction_rolls_back(
    django_capture_on_commit_callbacks, mailoutbox
):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        queue()
        raise RuntimeError("the caller changed its mind")
    assert OutboundEmail.objects.count() == 0
    assert mailoutbox == []


def test_text_and_binary_attachments_are_sent_as_given(
    django_capture_on_commit_callbacks, mailoutbox
):
    pdf = b"%PDF-1.7\n\x00\xff binary"
    attachments = [
        {"filename": "invite.ics", "content": "BEGIN:VCALENDAR", "mimetype": "text/calendar"},
        {"filename": "certificate.pdf", "content": pdf, "mimetype": "application/pdf"},
    ]
    with django_capture_on_commit_callbacks(execute=True):
        queue(attachments=attachments)
    assert mailoutbox[0].attachments == [
        ("invite.ics", "BEGIN:VCALENDAR", "text/calendar"),
        ("certificate.pdf", pdf, "application/pdf"),
    ]


def test_a_message_delivered_twice_sends_the_email_once(
    django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        queue()
    email = OutboundEmail.objects.get()
    email_send.delay(email_id=email.pk)
    email_send(email_id=email.pk)
    assert len(mailoutbox) == 1
    email.refresh_from_db()
    assert email.attempts == 1


def test_a_refusing_mail_server_is_retried_then_the_email_marked_failed(
    settings, django_capture_on_commit_callbacks, mailoutbox
):
    settings.EMAIL_BACKEND = REFUSING
    settings.OPERATIONS_EMAIL_MAX_ATTEMPTS = 3
    with django_capture_on_commit_callbacks(execute=True):
        queue()
    email = OutboundEmail.objects.get()
    assert (email.state, email.attempts) == (EmailState.QUEUED, 1)
    email_send(email_id=email.pk)
    email_send(email_id=email.pk)
    email_send(email_id=email.pk)
    email.refresh_from_db()
    assert email.state == EmailState.FAILED
    assert email.attempts == 3
    assert email.last_error == "ConnectionRefusedError: mail server down"
    assert email.sent_at is None

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        assert outbound_email_requeue(email=email) is True
    email.refresh_from_db()
    assert email.state == EmailState.SENT
    assert len(mailoutbox) == 1
    assert outbound_email_requeue(email=email) is False


def test_a_failed_attempt_sets_the_next_one_within_the_backoff(settings):
    settings.EMAIL_BACKEND = REFUSING
    email = OutboundEmail.objects.create(to=["a@acme.example"], subject="s", text="t")
    from lms.operations.services import outbound_email_send

    before = timezone.now()
    delay = outbound_email_send(email_id=email.pk)
    email.refresh_from_db()
    assert email.state == EmailState.QUEUED and email.attempts == 1
    assert 0 <= delay <= 10
    assert before <= email.due_at <= timezone.now() + timedelta(seconds=10)


def test_retry_delays_grow_exponentially_with_jitter_up_to_ten_minutes():
    bounds = [10, 20, 40, 80, 160, 320, 600, 600]
    for attempts, bound in enumerate(bounds, start=1):
        delays = {retry_delay(attempts=attempts) for _ in range(50)}
        assert max(delays) <= bound
        assert len(delays) > 1  # drawn at random, not all at once


def test_reconciliation_queues_overdue_emails_once(
    settings, django_capture_on_commit_callbacks, mailoutbox
):
    old = timezone.now() - timedelta(minutes=11)
    lost = OutboundEmail.objects.create(
        to=["lost@acme.example"], subject="lost", text="t", created_at=old, due_at=old
    )
    recent = OutboundEmail.objects.create(to=["recent@acme.example"], subject="recent", text="t")
    sent = OutboundEmail.objects.create(
        to=["sent@acme.example"], subject="sent", text="t", state=EmailState.SENT, due_at=old
    )
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert outbound_emails_requeue(grace=timedelta(minutes=10)) == 1
        assert outbound_emails_requeue(grace=timedelta(minutes=10)) == 0
    assert len(callbacks) == 1
    callbacks[0]()
    assert [m.to for m in mailoutbox] == [["lost@acme.example"]]
    lost.refresh_from_db(), recent.refresh_from_db(), sent.refresh_from_db()
    assert lost.state == EmailState.SENT
    assert recent.state == EmailState.QUEUED
    assert outbound_emails_requeue(grace=timedelta(minutes=10)) == 0


def test_a_message_queued_before_the_outbox_is_still_sent(mailoutbox):
    email_send(to=["old@acme.example"], subject="Old", text="t", html="<p>t</p>", attachments=[])
    assert mailoutbox[0].subject == "Old"
