"""Writing the audit trail. Every part of the site calls `audit_record` inside the transaction of
the action it records, so the entry exists exactly when the action does."""

from django.db import models

from .middleware import current_request
from .models import AuditEntry


def _client_ip(request) -> str | None:
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def audit_record(
    *,
    action: str,
    actor=None,
    organisation=None,
    subject=None,
    target: models.Model | None = None,
    data: dict | None = None,
    request=None,
    target_label: str | None = None,
) -> AuditEntry:
    """Record `action` ("certificate.issue", "api_token.create", ...) done by `actor` (None for
    the system) about `subject` (a person) and `target` (any object).

    Without `request`, the request being served (if any) gives the actor and the IP address.
    `target_label` replaces str(target) when that would copy personal data into the log.
    """
    request = request if request is not None else current_request()
    user = getattr(request, "user", None)
    if actor is None and user is not None and user.is_authenticated:
        actor = user
    if organisation is None:
        organisation = getattr(subject, "organisation", None) or getattr(
            target, "organisation", None
        )
    if target_label is None:
        target_label = str(target) if target is not None else ""
    return AuditEntry.objects.create(
        action=action,
        actor=actor if getattr(actor, "pk", None) else None,
        actor_label=(actor.email if getattr(actor, "pk", None) else "system")[:255],
        organisation=organisation,
        subject=subject if getattr(subject, "pk", None) else None,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        target_label=target_label[:255],
        data=data or {},
        ip_address=_client_ip(request),
    )
