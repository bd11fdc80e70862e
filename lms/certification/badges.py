"""Open Badges 2.0, hosted verification: the issuer profile, one BadgeClass per programme and
one Assertion per certificate, as JSON-LD at stable URLs. The recipient's email is hashed with
the certificate's own salt (sha256)."""

import hashlib

from django.conf import settings
from django.urls import reverse

from .models import Certificate
from .services import absolute_url, verification_url

CONTEXT = "https://w3id.org/openbadges/v2"


def recipient_identity(*, email: str, salt: str) -> str:
    return "sha256$" + hashlib.sha256((email.strip().lower() + salt).encode()).hexdigest()


def issuer_url() -> str:
    return absolute_url(reverse("certification:badge_issuer"))


def badge_class_url(programme_id: int) -> str:
    return absolute_url(reverse("certification:badge_class", args=[programme_id]))


def assertion_url(certificate: Certificate) -> str:
    return absolute_url(reverse("certification:badge_assertion", args=[certificate.code]))


def issuer_json() -> dict:
    return {
        "@context": CONTEXT,
        "type": "Issuer",
        "id": issuer_url(),
        "name": settings.WAGTAIL_SITE_NAME,
        "url": absolute_url("/"),
        "email": getattr(settings, "BADGE_ISSUER_EMAIL", "") or _from_address(),
    }


def _from_address() -> str:
    sender = settings.DEFAULT_FROM_EMAIL
    return sender.split("<")[-1].rstrip(">").strip()


def badge_class_json(*, programme, config=None, requirements=()) -> dict:
    name = (config.name if config else "") or programme.title
    description = (config.description if config else "") or programme.title
    narrative = "\n".join(f"- {requirement.label}" for requirement in requirements)
    return {
        "@context": CONTEXT,
        "type": "BadgeClass",
        "id": badge_class_url(programme.pk),
        "name": name,
        "description": description,
        "image": absolute_url(reverse("certification:badge_image", args=[programme.pk])),
        "criteria": {"narrative": narrative or description},
        "issuer": issuer_url(),
    }


def assertion_json(certificate: Certificate) -> dict:
    if certificate.revoked_at:
        # What Open Badges 2.0 asks of a revoked hosted assertion (served with 410 Gone).
        return {
            "@context": CONTEXT,
            "id": assertion_url(certificate),
            "revoked": True,
            "revocationReason": certificate.revoke_reason or "revoked",
        }
    data = {
        "@context": CONTEXT,
        "type": "Assertion",
        "id": assertion_url(certificate),
        "recipient": {
            "type": "email",
            "hashed": True,
            "salt": certificate.badge_salt,
            "identity": recipient_identity(
                email=certificate.user.email, salt=certificate.badge_salt
            ),
        },
        "badge": badge_class_url(certificate.programme_id),
        "verification": {"type": "hosted"},
        "issuedOn": certificate.issued_at.isoformat(),
        "evidence": verification_url(certificate),
    }
    if certificate.expires_at:
        data["expires"] = certificate.expires_at.isoformat()
    return data


BADGE_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240"'
    ' role="img" aria-label="{label}">'
    '<circle cx="120" cy="120" r="112" fill="#1d3557"/>'
    '<circle cx="120" cy="120" r="96" fill="none" stroke="#f1faee" stroke-width="4"/>'
    '<path d="M82 122l26 26 50-58" fill="none" stroke="#f1faee" stroke-width="14"'
    ' stroke-linecap="round" stroke-linejoin="round"/></svg>'
)
