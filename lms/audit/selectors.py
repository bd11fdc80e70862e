"""Reading the audit trail: who may see which entries."""

from django.db.models import QuerySet

from .models import AuditEntry


def sees_every_entry(viewer) -> bool:
    return viewer.is_superuser or viewer.has_role("editor")


def audit_entries_visible_to(*, viewer) -> QuerySet[AuditEntry]:
    """Editors and superusers see every entry; HR the entries of their organisation; nobody
    else any."""
    queryset = AuditEntry.objects.select_related("organisation", "subject", "actor")
    if sees_every_entry(viewer):
        return queryset
    if viewer.has_role("hr") and viewer.organisation_id:
        return queryset.filter(organisation_id=viewer.organisation_id)
    return queryset.none()


def audit_actions(*, viewer) -> list[str]:
    """The actions recorded in the entries `viewer` may see."""
    entries = audit_entries_visible_to(viewer=viewer).select_related(None)
    return list(entries.order_by("action").values_list("action", flat=True).distinct())
