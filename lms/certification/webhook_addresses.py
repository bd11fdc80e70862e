"""Webhook addresses our workers may reach: public ones only, so that an organisation's admin
cannot make them fetch services of our own network (SSRF).

The host is resolved once, every address it resolves to is checked, and the connection is
opened to those checked addresses: a DNS answer that changes between the check and the
connection (rebinding) is never used. The host name still goes in the Host header and in TLS
(server name and certificate check).
"""

import http.client
import ipaddress
import socket
import urllib.error
import urllib.request
from functools import partial
from urllib.parse import urlsplit

from django.conf import settings


class WebhookAddressRefused(urllib.error.URLError):
    """The address may not be opened; `code` says why: scheme, unknown_host or internal."""

    def __init__(self, reason: str, *, code: str):
        super().__init__(reason)
        self.code = code


def address_is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if ip.version == 6:
        ip = ip.ipv4_mapped or ip.sixtofour or ip  # the IPv4 address it leads to
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


def _host_addresses(host: str, port: int) -> list[str]:
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        pass
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise WebhookAddressRefused(
            f"refused: host name not found ({host})", code="unknown_host"
        ) from exc
    return list(dict.fromkeys(sockaddr[0] for *_, sockaddr in found))


def webhook_address_resolve(*, url: str) -> list[str]:
    """The IP addresses to connect to for `url`, each of them checked. Raises
    WebhookAddressRefused. WEBHOOK_ALLOW_PRIVATE_NETWORKS lifts the public-address rule only."""
    parts = urlsplit(url)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise WebhookAddressRefused("refused: invalid port", code="scheme") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise WebhookAddressRefused(f"not an http(s) address: {parts.scheme}", code="scheme")
    addresses = _host_addresses(parts.hostname, port)
    if not settings.WEBHOOK_ALLOW_PRIVATE_NETWORKS:
        for address in addresses:
            if not address_is_public(address):
                raise WebhookAddressRefused(
                    f"refused: {parts.hostname} is on an internal network ({address})",
                    code="internal",
                )
    return addresses


def _connect_first(addresses, address, timeout, source_address=None):
    """socket.create_connection to the first checked address that answers, on `address`'s port
    (the host name in `address` is not resolved again)."""
    error = OSError("no address to connect to")
    for ip in addresses:
        try:
            return socket.create_connection((ip, address[1]), timeout, source_address)
        except OSError as exc:
            error = exc
    raise error


class PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to checked addresses only; the host name stays in the Host header."""

    def __init__(self, host, *, addresses: list[str], **kwargs):
        super().__init__(host, **kwargs)
        # HTTPConnection.connect() opens its socket through this attribute.
        self._create_connection = partial(_connect_first, addresses)


class PinnedHTTPSConnection(PinnedHTTPConnection, http.client.HTTPSConnection):
    """The same over TLS: the server name and certificate check use the host name."""


class _PinnedHandler(urllib.request.HTTPHandler, urllib.request.HTTPSHandler):
    def __init__(self, addresses: list[str]):
        super().__init__()
        self.addresses = addresses

    def http_open(self, req):
        return self.do_open(PinnedHTTPConnection, req, addresses=self.addresses)

    def https_open(self, req):
        return self.do_open(PinnedHTTPSConnection, req, addresses=self.addresses)


def webhook_open(request: urllib.request.Request, *, timeout: float):
    """Open `request` (http or https) at its checked addresses. Raises WebhookAddressRefused
    before any connection, HTTPError for any status outside 2xx, URLError or OSError.

    Redirects are not followed (a 3xx is an HTTPError like a 5xx): a redirect could lead to an
    internal address, and urllib would turn a POST into a GET without its body anyway. Proxies
    from the environment are not used either: a proxy would resolve the host name itself."""
    addresses = webhook_address_resolve(url=request.full_url)
    opener = urllib.request.OpenerDirector()
    for handler in (
        _PinnedHandler(addresses),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener.open(request, timeout=timeout)
