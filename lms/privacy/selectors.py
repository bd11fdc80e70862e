"""Whose data HR may erase."""

from django.db.models import QuerySet

from lms.selectors import people_visible_to

from .models import Erasure


def erasable_people_for(*, viewer) -> QuerySet:
    """Ambassadors of the viewer's organisation not erased yet; HR only, empty for others."""
    if not viewer.has_role("hr") or not viewer.organisation_id:
        return people_visible_to(viewer=viewer).none()
    return (
        people_visible_to(viewer=viewer)
        .filter(
            organisation_id=viewer.organisation_id,
            groups__name="Ambassadors",
            is_staff=False,
            is_superuser=False,
        )
        .exclude(pk__in=Erasure.objects.values("user_id"))
        .distinct()
    )


def erasures_for(*, viewer) -> QuerySet[Erasure]:
    if not viewer.has_role("hr") or not viewer.organisation_id:
        return Erasure.objects.none()
    return Erasure.objects.filter(user__organisation_id=viewer.organisation_id).select_related(
        "erased_by"
    )
