"""Writing the audit trail. Every lane calls `audit_record` inside the transaction of the action
it records, so the entry exists exactly when the action does."""

from django.db import models

from .models import AuditEntry


def audit_record(
    *,
    action: str,
    actor=None,
    organisation=None,
    subject=None,
    target: models.Model | None = None,
    data: dict | None = None,
    request=None,
) -> AuditEntry:
    """Record `action` ("certificate.issue", "api_token.create", ...) done by `actor` (None for
    the system) about `subject` (a person) and `target` (any object)."""
    if actor is None and request is not None and request.user.is_authenticated:
        actor = request.user
    if organisation is None:
        organisation = getattr(subject, "organisation", None) or getattr(
            target, "organisation", None
        )
    return AuditEntry.objects.create(
        action=action,
        actor=actor if getattr(actor, "pk", None) else None,
        actor_label=(actor.email if getattr(actor, "pk", None) else "system")[:255],
        organisation=organisation,
        subject=subject,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        target_label=str(target)[:255] if target is not None else "",
        data=data or {},
        ip_address=request.META.get("REMOTE_ADDR") if request is not None else None,
    )
