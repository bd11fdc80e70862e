"""Role groups and the permissions each role holds, installed after every migrate.

Each app declares what its roles need in `<app>/roles.py` as ROLE_PERMISSIONS, a dict from a
role value ("hr", "trainer", ...) to "app_label.codename" strings; lms merges them here.
"""

from importlib import import_module

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from wagtail.models import GroupPagePermission, Page

from .models import ROLE_GROUPS, Role

ADMIN_ACCESS = "wagtailadmin.access_admin"

ROLE_PERMISSIONS = {
    Role.AMBASSADOR: [],
    Role.TRAINER: [ADMIN_ACCESS, "lms.view_organisation"],
    Role.COACH: [ADMIN_ACCESS],
    Role.HR: [
        ADMIN_ACCESS,
        "lms.view_organisation",
        "lms.view_department",
        "lms.add_department",
        "lms.change_department",
        "lms.view_user",
    ],
    Role.EDITOR: [
        ADMIN_ACCESS,
        "lms.view_organisation",
        "lms.add_organisation",
        "lms.change_organisation",
        "lms.view_department",
        "lms.add_department",
        "lms.change_department",
        "lms.delete_department",
        "lms.view_user",
        "lms.change_user",
        "simple_translation.submit_translation",
    ],
}
APP_ROLE_MODULES = (
    "courses.roles",
    "charter.roles",
    "coaching.roles",
    "lms.certification.roles",
    "lms.hr.roles",
    "lms.audit.roles",
    "lms.privacy.roles",
    "lms.operations.roles",
)


def role_permissions() -> dict[str, list[str]]:
    merged = {role: list(perms) for role, perms in ROLE_PERMISSIONS.items()}
    for module_name in APP_ROLE_MODULES:
        for role, perms in import_module(module_name).ROLE_PERMISSIONS.items():
            merged[Role(role)].extend(perms)
    return merged


# Page permissions of the editor role, on the root page (so on every language tree).
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")


def editor_page_permissions_install() -> None:
    """Wagtail's "Editors" group may add and edit pages but not publish them: let it publish."""
    root = Page.get_first_root_node()
    if root is None:  # a database being flushed between tests
        return
    group, _ = Group.objects.get_or_create(name=ROLE_GROUPS[Role.EDITOR])
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=EDITOR_PAGE_PERMISSIONS
    )
    for permission in permissions:
        GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)


def roles_install() -> None:
    """Create the role groups and add the permissions they need (idempotent, additive)."""
    for role, perms in role_permissions().items():
        group, _ = Group.objects.get_or_create(name=ROLE_GROUPS[role])
        query = Q(pk__in=[])
        for perm in perms:
            app_label, codename = perm.split(".")
            query |= Q(content_type__app_label=app_label, codename=codename)
        group.permissions.add(*Permission.objects.filter(query))
    editor_page_permissions_install()


def roles_install_after_migrate(sender, **kwargs):
    """post_migrate fires once per app; install after the last app that has models, when every
    app's permissions exist."""
    last_app = [config for config in apps.get_app_configs() if config.models_module][-1]
    if sender is last_app:
        roles_install()
