"""Changes to people and tenants."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction

from .models import ROLE_GROUPS, Department, Organisation, User


def user_set_language(*, user: User, language: str) -> User:
    if language not in dict(settings.LANGUAGES):
        raise ValueError(f"Unknown language: {language}")
    if user.language != language:
        user.language = language
        user.save(update_fields=["language"])
    return user


@transaction.atomic
def user_grant_roles(*, user: User, roles: list[str]) -> User:
    groups = [Group.objects.get_or_create(name=ROLE_GROUPS[role])[0] for role in roles]
    user.groups.add(*groups)
    user.__dict__.pop("roles", None)
    return user


@transaction.atomic
def organisation_create(
    *, name: str, slug: str, departments: list[tuple[str, bool]]
) -> Organisation:
    """Create (or find) an organisation and its departments: (name, is_communication) pairs."""
    organisation, _ = Organisation.objects.get_or_create(slug=slug, defaults={"name": name})
    for department_name, is_communication in departments:
        Department.objects.get_or_create(
            organisation=organisation,
            name=department_name,
            defaults={"is_communication": is_communication},
        )
    return organisation
