"""Reads that respect the tenant boundary: lists of people and organisations go through here."""

from django.db.models import QuerySet

from .models import Department, Organisation, Role, User

# Roles that work across organisations (consultants and the site's own staff).
CROSS_ORGANISATION_ROLES = (Role.EDITOR,)


def sees_every_organisation(user: User) -> bool:
    return user.is_superuser or user.has_role(*CROSS_ORGANISATION_ROLES)


def organisations_visible_to(*, viewer: User) -> QuerySet[Organisation]:
    if sees_every_organisation(viewer):
        return Organisation.objects.all()
    if viewer.has_role(Role.TRAINER, Role.COACH):
        # Trainers and coaches pick the organisation of a cohort or an ambassador.
        return Organisation.objects.all()
    if viewer.organisation_id:
        return Organisation.objects.filter(pk=viewer.organisation_id)
    return Organisation.objects.none()


def departments_visible_to(*, viewer: User) -> QuerySet[Department]:
    queryset = Department.objects.select_related("organisation")
    if sees_every_organisation(viewer):
        return queryset
    if viewer.has_role(Role.HR) and viewer.organisation_id:
        return queryset.filter(organisation_id=viewer.organisation_id)
    return queryset.none()


def people_visible_to(*, viewer: User) -> QuerySet[User]:
    """People whose profile the viewer may read. Deny by default: each role widens it explicitly."""
    queryset = User.objects.select_related("organisation", "department")
    if sees_every_organisation(viewer):
        return queryset
    if viewer.has_role(Role.HR) and viewer.organisation_id:
        return queryset.filter(organisation_id=viewer.organisation_id)
    return queryset.none()
