"""Where a person's data lives, app by app. Each source has `personal_data_export(*, user)`
(JSON-ready data) and `personal_data_erase(*, user)` (counts of what was removed)."""

from importlib import import_module

APP_SOURCES = {
    "courses": "courses.privacy",
    "charter": "charter.privacy",
    "coaching": "coaching.privacy",
}


def _iso(value):
    return value.isoformat() if value else None


def _certification_selectors():
    """The certification part's selectors, or None while it has no certificates yet."""
    try:
        return import_module("lms.certification.selectors")
    except ImportError:
        return None


def certification_export(*, user) -> dict:
    selectors = _certification_selectors()
    if selectors is None or not hasattr(selectors, "certificate_history"):
        return {"certificates": [], "posting": None}
    certificates = [
        {
            "code": certificate.code,
            "certification": certificate.certification_name,
            "name_on_certificate": certificate.recipient_name,
            "issued_at": _iso(certificate.issued_at),
            "expires_at": _iso(certificate.expires_at),
            "revoked_at": _iso(certificate.revoked_at),
            "revoke_reason": certificate.revoke_reason,
            "name_shown_publicly": certificate.show_name_publicly,
            "linkedin_sharing": certificate.linkedin_sharing,
        }
        for certificate in selectors.certificate_history(user=user)
    ]
    posting = getattr(selectors, "posting_state_for", lambda **kwargs: None)(user=user)
    return {
        "certificates": certificates,
        "posting": posting
        and {
            "state": posting.state,
            "reason": posting.reason,
            "enrolled_at": _iso(posting.enrolled_at),
            "changed_at": _iso(posting.changed_at),
        },
    }


def certification_erase(*, user) -> dict[str, int]:
    """Certificates keep their code, dates and state (the organisation's record of who was
    certified); the name printed on them, the PDF and any public display are removed."""
    selectors = _certification_selectors()
    if selectors is None or not hasattr(selectors, "certificate_history"):
        return {}
    certificates = selectors.certificate_history(user=user)
    for certificate in certificates.exclude(pdf=""):
        certificate.pdf.delete(save=False)
    cleared = certificates.update(
        recipient_name="", pdf="", show_name_publicly=False, linkedin_sharing=False
    )
    return {"certificates_anonymised": cleared}


def certification_posting_withdraw(*, user, actor) -> None:
    """After an erasure: the advocacy platform is told the person left (by their id, the only
    thing it still receives), and the events already logged lose the person's details."""
    try:
        services = import_module("lms.certification.services")
        models = import_module("lms.certification.models")
    except ImportError:
        return
    for delivery in models.WebhookDelivery.objects.filter(enrolment__user=user):
        ambassador = delivery.payload.get("ambassador") or {}
        for key in ("email", "first_name", "last_name", "department"):
            if key in ambassador:
                ambassador[key] = ""
        delivery.save(update_fields=["payload"])
    services.posting_sync(user=user, actor=actor)


def app_sources():
    return {name: import_module(path) for name, path in APP_SOURCES.items()}
