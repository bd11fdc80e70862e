"""The advocacy platform fails for a while, then recovers: every posting event is delivered
once, in order for each ambassador, and each delivery's log shows the failed tries."""

import json
import threading
import time
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from charter.factories import CharterFactory, charter_signed_by
from lms.certification.models import DeliveryState, PostingWebhook, WebhookDelivery
from lms.certification.services import certificate_issue, certificate_revoke

from .faults import wait_until

pytestmark = [pytest.mark.faults, pytest.mark.postgres]


class Partner(ThreadingHTTPServer):
    """Answers 503 until `recovers_at` (set by the test), then 200; remembers every request."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), PartnerHandler)
        self.recovers_at = float("inf")
        self.requests = []
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/hook"


class PartnerHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        status = 200 if time.monotonic() >= self.server.recovers_at else 503
        with self.server.lock:
            self.server.requests.append(
                {
                    "delivery": int(self.headers["X-Delivery"]),
                    "ambassador": body["ambassador"]["id"],
                    "sequence": body["sequence"],
                    "status": status,
                }
            )
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def partner():
    server = Partner()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def test_a_partner_down_for_a_while_gets_every_event_once_and_in_order(
    workers, certifiable, partner
):
    # The partner listens on 127.0.0.1: a private network, allowed here only.
    workers.start(BROKER_VISIBILITY_TIMEOUT=120, WEBHOOK_ALLOW_PRIVATE_NETWORKS=1)
    ambassadors = [certifiable["ambassador"](n) for n in range(4)]
    organisation = ambassadors[0].organisation
    CharterFactory(organisation=organisation, published=True)
    PostingWebhook.objects.create(organisation=organisation, url=partner.url)
    for ambassador in ambassadors:
        charter_signed_by(ambassador, language="en")
        certificate = certificate_issue(
            user=ambassador, actor=certifiable["trainer"], programme=certifiable["programme"]
        )
        if ambassador.pk % 2:  # half of them are suspended again: two events to keep in order
            certificate_revoke(certificate=certificate, actor=certifiable["trainer"], reason="Test")
    expected = WebhookDelivery.objects.count()
    assert expected >= 6
    wait_until(  # every first event has been refused (later ones wait for it)
        lambda: not WebhookDelivery.objects.filter(sequence=1, attempts=0).exists(),
        timeout=60,
        message=lambda: f"events not tried\n{partner.requests}\n{workers.logs()}",
    )
    partner.recovers_at = time.monotonic()

    wait_until(
        lambda: WebhookDelivery.objects.filter(state=DeliveryState.DELIVERED).count() == expected,
        timeout=120,
        message=lambda: f"not every event was delivered\n{partner.requests}\n{workers.logs()}",
    )
    time.sleep(2)
    accepted = [r for r in partner.requests if r["status"] == 200]
    assert sorted(r["delivery"] for r in accepted) == sorted(
        WebhookDelivery.objects.values_list("pk", flat=True)
    )  # each once
    sequences = defaultdict(list)
    for request in accepted:
        sequences[request["ambassador"]].append(request["sequence"])
    for ambassador, received in sequences.items():
        assert received == sorted(received), f"ambassador {ambassador}: {received}"
    for delivery in WebhookDelivery.objects.all():
        statuses = [entry["status"] for entry in delivery.log]
        assert statuses[-1] == 200
        if delivery.sequence == 1:
            assert 503 in statuses  # the failed tries are in the log
