"""The hand-over to the advocacy platform, against a real HTTP server in a thread."""

import hashlib
import hmac
import http.server
import json
import threading

import pytest

from lms.audit.models import AuditEntry
from lms.certification import reconcile, services
from lms.certification.models import DeliveryState, PostingWebhook, WebhookDelivery
from lms.certification.services import webhook_delivery_resend

from .conftest import meet_everything

pytestmark = pytest.mark.django_db


class Platform(http.server.ThreadingHTTPServer):
    """Answers each POST with the next status of `statuses` (then 200), keeping what it got."""

    def __init__(self, statuses=()):
        self.statuses = list(statuses)
        self.received = []
        super().__init__(("127.0.0.1", 0), PlatformHandler)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}/hooks/academy"


class PlatformHandler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.received.append({"headers": dict(self.headers), "body": body})
        status = self.server.statuses.pop(0) if self.server.statuses else 200
        self.send_response(status)
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


@pytest.fixture
def platform(settings):
    settings.WEBHOOK_ALLOW_PRIVATE_NETWORKS = True  # the platform listens on 127.0.0.1
    servers = []

    def start(statuses=()):
        server = Platform(statuses)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def no_wait(monkeypatch):
    """Let Celery run the retries eagerly, one after the other (an eager task that propagates
    its errors raises Retry instead), and record the delays asked for."""
    from lms.celery import app

    propagates = app.conf.task_eager_propagates
    app.conf.task_eager_propagates = False
    delays = []
    original = services.webhook_backoff

    def backoff(attempts):
        delay = original(attempts)
        delays.append(delay)
        return delay

    monkeypatch.setattr("lms.certification.services.webhook_backoff", backoff)
    yield delays
    app.conf.task_eager_propagates = propagates


def test_enrolment_is_posted_signed_with_the_webhook_secret(
    platform, organisation, cohort, learner
):
    server = platform()
    webhook = PostingWebhook.objects.create(organisation=organisation, url=server.url)
    meet_everything(learner, cohort)
    assert len(server.received) == 1
    received = server.received[0]
    expected = hmac.new(webhook.secret.encode(), received["body"], hashlib.sha256).hexdigest()
    assert received["headers"]["X-Signature"] == f"sha256={expected}"
    assert received["headers"]["Content-Type"] == "application/json"
    payload = json.loads(received["body"])
    assert payload["event"] == "posting.enrolled"
    assert payload["sequence"] == 1
    assert payload["ambassador"]["email"] == "lea@acme.example"
    assert payload["ambassador"]["networks"] == ["linkedin"]
    delivery = WebhookDelivery.objects.get()
    assert delivery.state == DeliveryState.DELIVERED
    assert delivery.last_response_code == 200
    assert [entry["status"] for entry in delivery.log] == [200]


def test_failures_are_retried_with_growing_delays_and_logged(
    platform, organisation, cohort, learner, no_wait
):
    server = platform(statuses=[500, 503])
    PostingWebhook.objects.create(organisation=organisation, url=server.url)
    meet_everything(learner, cohort)
    delivery = WebhookDelivery.objects.get()
    assert delivery.state == DeliveryState.DELIVERED
    assert delivery.attempts == 3
    assert [entry["status"] for entry in delivery.log] == [500, 503, 200]
    assert len(server.received) == 3
    assert len(no_wait) == 2
    # Exponential with jitter: the second wait is drawn from a window twice as far.
    assert services.WEBHOOK_BACKOFF_BASE / 2 <= no_wait[0] <= services.WEBHOOK_BACKOFF_BASE
    assert services.WEBHOOK_BACKOFF_BASE <= no_wait[1] <= services.WEBHOOK_BACKOFF_BASE * 2


def test_an_unreachable_platform_ends_failed_after_the_last_try(
    platform, organisation, cohort, learner, no_wait
):
    server = platform()
    url = server.url
    server.shutdown()
    server.server_close()
    PostingWebhook.objects.create(organisation=organisation, url=url)
    meet_everything(learner, cohort)
    delivery = WebhookDelivery.objects.get()
    assert delivery.state == DeliveryState.FAILED
    assert delivery.attempts == services.WEBHOOK_MAX_ATTEMPTS
    assert all(entry["status"] is None and entry["error"] for entry in delivery.log)


def test_a_webhook_address_must_be_http_or_https(organisation, monkeypatch):
    import socket

    from django.core.exceptions import ValidationError

    public = [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", 443))]
    monkeypatch.setattr(socket, "getaddrinfo", lambda *args, **kwargs: public)
    webhook = PostingWebhook(organisation=organisation, url="ftp://platform.example/hook")
    with pytest.raises(ValidationError) as refused:
        webhook.full_clean()
    assert "url" in refused.value.message_dict
    PostingWebhook(organisation=organisation, url="https://platform.example/hook").full_clean()


def test_an_address_that_is_not_http_is_never_opened(organisation, cohort, learner, no_wait):
    PostingWebhook.objects.create(organisation=organisation, url="file:///etc/passwd")
    meet_everything(learner, cohort)
    delivery = WebhookDelivery.objects.get()
    assert delivery.state == DeliveryState.FAILED
    assert all("not an http(s) address" in entry["error"] for entry in delivery.log)


def test_a_delivery_is_sent_again_by_hand(platform, organisation, cohort, learner, hr, no_wait):
    server = platform()
    PostingWebhook.objects.create(organisation=organisation, url=server.url)
    meet_everything(learner, cohort)
    delivery = WebhookDelivery.objects.get()
    webhook_delivery_resend(delivery=delivery, actor=hr)
    delivery.refresh_from_db()
    assert len(server.received) == 2
    assert server.received[0]["body"] == server.received[1]["body"]
    assert len(delivery.log) == 2
    assert AuditEntry.objects.filter(action="webhook_delivery.resend", actor=hr).exists()


def test_each_state_change_is_a_new_numbered_event(
    platform, organisation, cohort, learner, charter
):
    from charter.factories import charter_signed_by
    from charter.services import charter_version_publish

    server = platform()
    PostingWebhook.objects.create(organisation=organisation, url=server.url)
    meet_everything(learner, cohort)
    charter_version_publish(charter=charter, is_material=True)
    charter_signed_by(learner)
    events = [json.loads(r["body"]) for r in server.received]
    assert [(e["event"], e["sequence"], e["reason"]) for e in events] == [
        ("posting.enrolled", 1, ""),
        ("posting.suspended", 2, "charter_resign"),
        ("posting.enrolled", 3, ""),
    ]


def test_inactive_webhooks_and_other_organisations_hear_nothing(
    platform, organisation, other_organisation, cohort, learner
):
    server = platform()
    PostingWebhook.objects.create(organisation=organisation, url=server.url, active=False)
    PostingWebhook.objects.create(organisation=other_organisation, url=server.url)
    meet_everything(learner, cohort)
    assert server.received == []


def test_reconciliation_requeues_lost_work_once(platform, organisation, cohort, learner):
    import datetime

    from django.utils import timezone

    from lms.certification.models import Certificate

    server = platform()
    PostingWebhook.objects.create(organisation=organisation, url=server.url)
    meet_everything(learner, cohort)
    # As if a worker died: a delivery left pending and a certificate without its PDF.
    past = timezone.now() - datetime.timedelta(hours=1)
    WebhookDelivery.objects.update(state=DeliveryState.PENDING, next_attempt_at=past)
    certificate = Certificate.objects.get()
    certificate.pdf.delete(save=False)
    Certificate.objects.filter(pk=certificate.pk).update(pdf="", issued_at=past)
    assert reconcile.deliveries_due_requeue() == 1
    assert reconcile.certificates_without_pdf_requeue() == 1
    assert reconcile.deliveries_due_requeue() == 0
    assert reconcile.certificates_without_pdf_requeue() == 0
    assert Certificate.objects.get().pdf
    assert len(server.received) == 2


def test_a_later_event_waits_for_the_earlier_one_of_the_same_ambassador(
    platform, organisation, cohort, learner, no_wait
):
    from lms.certification.services import posting_sync
    from lms.certification.tasks import webhook_deliver

    server = platform()
    webhook = PostingWebhook.objects.create(organisation=organisation, url=server.url)
    meet_everything(learner, cohort)
    first = WebhookDelivery.objects.get()
    enrolment = first.enrolment
    # The first event is still pending (its worker was lost) when a second one is created.
    WebhookDelivery.objects.filter(pk=first.pk).update(state=DeliveryState.PENDING)
    second = WebhookDelivery.objects.create(
        webhook=webhook, enrolment=enrolment, event="posting.suspended", payload={}, sequence=2
    )
    assert webhook_deliver.apply(args=[second.pk]).get() is False
    second.refresh_from_db()
    assert second.attempts == 0  # nothing sent out of order
    webhook_deliver.apply(args=[first.pk])
    second.refresh_from_db()
    assert second.state == DeliveryState.DELIVERED
    sequences = [json.loads(r["body"]).get("sequence") for r in server.received]
    assert sequences == [1, 1, None]  # the first twice (lost, then sent again), then the second
    assert posting_sync(user=learner).sequence == 1


def test_a_long_wait_is_cut_into_hops_the_broker_can_hold(
    platform, organisation, cohort, learner, settings, monkeypatch
):
    """On Redis, a message a worker holds beyond the visibility timeout is handed out again:
    a retry's countdown never exceeds half of it, and a task woken early posts nothing."""
    import datetime

    from django.utils import timezone

    from lms.certification.tasks import webhook_deliver

    settings.BROKER_VISIBILITY_TIMEOUT = 100
    server = platform(statuses=[500])
    PostingWebhook.objects.create(organisation=organisation, url=server.url)
    with monkeypatch.context() as patch:  # the first delivery is left to the test
        patch.setattr(webhook_deliver, "delay_on_commit", lambda *args: None)
        meet_everything(learner, cohort)
    delivery = WebhookDelivery.objects.get()
    later = []
    monkeypatch.setattr(
        webhook_deliver, "apply_async", lambda args, countdown: later.append(countdown)
    )
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        next_attempt_at=timezone.now() + datetime.timedelta(hours=1)
    )
    webhook_deliver.run(delivery.pk)  # woken an hour early
    assert later == [50] and server.received == []

    retries = []

    def retry(**kwargs):
        retries.append(kwargs["countdown"])
        return RuntimeError("retried")

    monkeypatch.setattr(webhook_deliver, "retry", retry)
    monkeypatch.setattr(services, "webhook_backoff", lambda attempts: 3600)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    with pytest.raises(RuntimeError, match="retried"):
        webhook_deliver.run(delivery.pk)  # the platform answers 500: next try in an hour
    assert len(server.received) == 1
    assert retries == [50]
