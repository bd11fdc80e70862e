from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from lms.admin_scoping import scoped

from .actions import action_label
from .admin_views import AuditEntryFilterSet, AuditEntryIndexView, ViewOnlyPermissionPolicy
from .models import AuditEntry
from .selectors import audit_entries_visible_to

register_permission_policy(AuditEntry, ViewOnlyPermissionPolicy(AuditEntry))


def _action(entry):
    return action_label(entry.action)


class AuditEntryViewSet(ModelViewSet):
    model = AuditEntry
    icon = "history"
    menu_label = _("Audit log")
    menu_order = 900
    add_to_admin_menu = True
    url_prefix = "audit"
    list_display = [
        DateColumn("at", label=_("When")),
        Column("action", label=_("Action"), accessor=_action),
        "actor_label",
        "subject",
        "organisation",
        "target_label",
    ]
    filterset_class = AuditEntryFilterSet
    search_fields = [
        "action",
        "actor_label",
        "target_label",
        "subject__email",
        "subject__last_name",
    ]
    list_export = [
        "at",
        "action",
        "actor_label",
        "subject.email",
        "organisation.name",
        "target_type",
        "target_id",
        "target_label",
        "data",
        "ip_address",
    ]
    export_headings = {
        "subject.email": _("Person concerned"),
        "organisation.name": _("Organisation"),
    }
    form_fields = ["action"]  # required by ModelViewSet; the policy forbids every change
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "at",
        "action",
        "actor",
        "actor_label",
        "subject",
        "organisation",
        "target_type",
        "target_id",
        "target_label",
        "data",
        "ip_address",
    ]
    index_view_class = scoped(AuditEntryIndexView, audit_entries_visible_to)
    inspect_view_class = scoped(generic.InspectView, audit_entries_visible_to)
    edit_view_class = scoped(generic.EditView, audit_entries_visible_to)
    delete_view_class = scoped(generic.DeleteView, audit_entries_visible_to)


@hooks.register("register_admin_viewset")
def register_audit_viewset():
    return AuditEntryViewSet("audit_entries")
