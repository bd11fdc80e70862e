"""Webhook addresses on our own network are refused when saved and before each try (SSRF).
DNS is stubbed (the outside world); connections go to a real HTTP server in a thread."""

import http.server
import socket
import ssl
import threading

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from lms.certification.models import (
    DeliveryState,
    PostingEnrolment,
    PostingState,
    PostingWebhook,
    WebhookDelivery,
)
from lms.certification.services import webhook_delivery_attempt
from lms.certification.webhook_addresses import (
    PinnedHTTPSConnection,
    WebhookAddressRefused,
    webhook_address_resolve,
)

pytestmark = pytest.mark.django_db

INTERNAL = "This address is on an internal network: the platform must be reachable on the internet."
INTERNAL_FR = (
    "Cette adresse est sur un réseau interne : la plateforme doit être joignable sur internet."
)


@pytest.fixture(autouse=True)
def private_networks_refused(settings):
    """As in production, whatever the environment of the test run says."""
    settings.WEBHOOK_ALLOW_PRIVATE_NETWORKS = False


@pytest.fixture
def dns(monkeypatch):
    """Host names answer with the addresses the test gives them; other names are unknown.
    Literal IP addresses (which socket.create_connection passes on) resolve as usual."""
    names = {}
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        if host not in names:  # AI_NUMERICHOST: an IP address, or unknown without asking DNS
            return real(host, port, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST)
        return [
            (
                socket.AF_INET6 if ":" in ip else socket.AF_INET,
                socket.SOCK_STREAM,
                6,
                "",
                (ip, port, 0, 0) if ":" in ip else (ip, port),
            )
            for ip in names[host]
        ]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return names


class Platform(http.server.ThreadingHTTPServer):
    """Records every connection it accepts and every POST; answers `status` (and `location`)."""

    daemon_threads = True

    def __init__(self, *, status=200, location=""):
        self.status, self.location = status, location
        self.connections, self.received = [], []
        super().__init__(("127.0.0.1", 0), PlatformHandler)

    def verify_request(self, request, client_address):
        self.connections.append(client_address)
        return True

    @property
    def port(self):
        return self.server_address[1]


class PlatformHandler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.received.append(
            {"path": self.path, "headers": dict(self.headers), "body": body}
        )
        self.send_response(self.server.status)
        if self.server.location:
            self.send_header("Location", self.server.location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST

    def log_message(self, *args):
        pass


@pytest.fixture
def platform():
    servers = []

    def start(**kwargs):
        server = Platform(**kwargs)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def delivery_to(url, ambassador):
    """One pending event to `url`, saved without validation (as if DNS changed since)."""
    webhook = PostingWebhook.objects.create(organisation=ambassador.organisation, url=url)
    enrolment = PostingEnrolment.objects.create(
        user=ambassador, organisation=ambassador.organisation, state=PostingState.ENROLLED
    )
    return WebhookDelivery.objects.create(
        webhook=webhook,
        enrolment=enrolment,
        event="posting.enrolled",
        payload={"event": "posting.enrolled", "sequence": 1},
        sequence=1,
    )


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/hook",
        "http://10.1.2.3/hook",
        "https://172.16.5.4/hook",
        "http://192.168.1.10:8080/hook",
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata
        "http://100.64.0.1/hook",  # shared address space (carrier NAT)
        "http://0.0.0.0/hook",
        "http://224.0.0.1/hook",
        "http://[::1]/hook",
        "http://[fc00::1]/hook",
        "https://[fd12:3456::1]/hook",
        "http://[fe80::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",  # IPv4-mapped
        "http://[::ffff:a9fe:a9fe]/hook",  # IPv4-mapped 169.254.169.254
        "http://[2002:7f00:1::]/hook",  # 6to4 leading to 127.0.0.1
        "http://[::]/hook",
    ],
)
def test_literal_internal_addresses_are_refused(url, organisation, monkeypatch):
    monkeypatch.setattr(socket, "getaddrinfo", None)  # a literal address needs no DNS
    with pytest.raises(WebhookAddressRefused) as refused:
        webhook_address_resolve(url=url)
    assert refused.value.code == "internal"
    with pytest.raises(ValidationError) as invalid:
        PostingWebhook(organisation=organisation, url=url).full_clean()
    assert invalid.value.message_dict == {"url": [INTERNAL]}


@pytest.mark.parametrize("addresses", [["10.0.0.7"], ["93.184.215.14", "fd00::7"]])
def test_a_host_name_resolving_to_an_internal_address_is_refused(addresses, organisation, dns):
    dns["platform.example"] = addresses
    webhook = PostingWebhook(organisation=organisation, url="https://platform.example/hook")
    with pytest.raises(ValidationError) as invalid:
        webhook.full_clean()
    assert invalid.value.message_dict == {"url": [INTERNAL]}


def test_a_host_name_resolving_to_public_addresses_is_accepted(organisation, dns):
    dns["platform.example"] = ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"]
    assert webhook_address_resolve(url="https://platform.example/hook") == [
        "93.184.215.14",
        "2606:2800:21f:cb07:6820:80da:af6b:8b2c",
    ]
    PostingWebhook(organisation=organisation, url="https://platform.example/hook").full_clean()
    PostingWebhook(organisation=organisation, url="http://8.8.8.8:8080/hook").full_clean()


def test_the_refusals_are_explained_in_french(organisation, dns):
    dns["intranet.example"] = ["192.168.0.4"]
    with translation.override("fr"):
        with pytest.raises(ValidationError) as internal:
            PostingWebhook(organisation=organisation, url="https://intranet.example/").full_clean()
        with pytest.raises(ValidationError) as unknown:
            PostingWebhook(organisation=organisation, url="https://nowhere.example/").full_clean()
        assert internal.value.message_dict == {"url": [INTERNAL_FR]}
        assert unknown.value.message_dict == {"url": ["Ce nom d’hôte est introuvable."]}


def test_the_admin_shows_the_refusal_next_to_the_address_and_keeps_it(client, hr, dns):
    client.force_login(hr)
    url = "http://169.254.169.254/latest/meta-data/"
    response = client.post(
        "/admin/certification/webhooks/new/",
        {"organisation": hr.organisation_id, "url": url, "secret": "s3cret", "active": "on"},
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors == {"url": [INTERNAL_FR]}
    assert form["url"].value() == url
    assert url in response.content.decode()
    assert not PostingWebhook.objects.exists()


def test_a_host_that_now_resolves_to_our_network_is_never_connected_to(
    platform, ambassador, dns, monkeypatch
):
    server = platform()
    dns["platform.example"] = ["93.184.215.14"]  # public when the webhook was saved
    url = f"http://platform.example:{server.port}/hook"
    PostingWebhook(organisation=ambassador.organisation, url=url).full_clean()
    delivery = delivery_to(url, ambassador)
    dns["platform.example"] = ["127.0.0.1"]  # rebound since
    connections = []
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: connections.append(a))

    delivery = webhook_delivery_attempt(delivery=delivery)

    assert connections == [] and server.connections == []
    assert delivery.state == DeliveryState.PENDING  # a failed try, retried later as usual
    assert delivery.attempts == 1
    [entry] = delivery.log
    assert entry["status"] is None
    assert entry["error"] == "refused: platform.example is on an internal network (127.0.0.1)"


def test_the_connection_goes_to_the_address_checked_not_to_a_later_answer(
    platform, ambassador, dns, monkeypatch
):
    server = platform()
    dns["platform.example"] = ["93.184.215.14"]
    stub = socket.getaddrinfo

    def rebinding(*args, **kwargs):
        answer = stub(*args, **kwargs)
        dns["platform.example"] = ["127.0.0.1"]  # every later answer leads to our network
        return answer

    attempted = []

    def create_connection(address, *args, **kwargs):
        attempted.append(address)
        raise ConnectionRefusedError("no network in tests")

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    delivery = delivery_to(f"http://platform.example:{server.port}/hook", ambassador)

    delivery = webhook_delivery_attempt(delivery=delivery)

    assert attempted == [("93.184.215.14", server.port)] and server.connections == []
    assert "no network in tests" in delivery.log[0]["error"]


def test_the_signed_post_reaches_a_platform_on_our_network_when_allowed(
    settings, platform, ambassador, dns
):
    settings.WEBHOOK_ALLOW_PRIVATE_NETWORKS = True
    server = platform()
    dns["platform.example"] = ["127.0.0.1"]
    delivery = delivery_to(f"http://platform.example:{server.port}/hook", ambassador)

    delivery = webhook_delivery_attempt(delivery=delivery)

    assert delivery.state == DeliveryState.DELIVERED
    [received] = server.received
    assert received["headers"]["Host"] == f"platform.example:{server.port}"
    assert received["headers"]["X-Signature"].startswith("sha256=")
    assert received["body"] == b'{"event":"posting.enrolled","sequence":1}'


def test_a_redirect_is_not_followed(settings, platform, ambassador):
    settings.WEBHOOK_ALLOW_PRIVATE_NETWORKS = True
    elsewhere = platform()
    server = platform(status=302, location=f"http://127.0.0.1:{elsewhere.port}/admin")
    delivery = delivery_to(f"http://127.0.0.1:{server.port}/hook", ambassador)

    delivery = webhook_delivery_attempt(delivery=delivery)

    assert len(server.received) == 1 and elsewhere.connections == []
    assert delivery.state == DeliveryState.PENDING
    assert delivery.last_response_code == 302
    assert [entry["status"] for entry in delivery.log] == [302]


def test_tls_is_opened_to_the_checked_address_with_the_host_name(platform):
    """Certificates are checked against the host name, not the address connected to."""
    server = platform()
    context = ssl.create_default_context()  # what urllib uses: certificate and name checked
    wrapped = []

    def wrap_socket(sock, server_hostname):
        wrapped.append((sock.getpeername()[:2], server_hostname))
        return sock

    context.wrap_socket = wrap_socket  # records the handshake instead of making it
    connection = PinnedHTTPSConnection(
        f"platform.example:{server.port}", addresses=["127.0.0.1"], context=context
    )
    connection.connect()
    connection.close()
    assert wrapped == [(("127.0.0.1", server.port), "platform.example")]
