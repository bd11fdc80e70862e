"""The audit log in the Wagtail admin: listed, filtered, searched, inspected and exported;
never added to, changed or deleted, whatever the viewer's role or flags."""

import django_filters

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views import generic
from wagtail.permission_policies import ModelPermissionPolicy

from lms.selectors import organisations_visible_to, people_visible_to

from .actions import action_label
from .models import AuditEntry
from .selectors import audit_actions, sees_every_entry
from .services import audit_record


class ViewOnlyPermissionPolicy(ModelPermissionPolicy):
    """Only "view", even for superusers (whose has_perm says yes to everything)."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and self.user_has_permission(user, "view")

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(["view"])


def _organisations(request):
    if sees_every_entry(request.user):
        return organisations_visible_to(viewer=request.user)
    return organisations_visible_to(viewer=request.user).filter(pk=request.user.organisation_id)


class AuditEntryFilterSet(WagtailFilterSet):
    action = django_filters.ChoiceFilter(label=_("Action"), choices=[])
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"), queryset=_organisations
    )
    subject = django_filters.ModelChoiceFilter(
        label=_("Person concerned"),
        queryset=lambda request: people_visible_to(viewer=request.user),
    )
    at = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = AuditEntry
        fields = ["action", "organisation", "subject", "at"]

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        if request is not None:
            self.filters["action"].extra["choices"] = [
                (action, action_label(action)) for action in audit_actions(viewer=request.user)
            ]


class AuditEntryIndexView(generic.IndexView):
    def as_spreadsheet(self, queryset, spreadsheet_format):
        """Exporting the log is itself recorded, with the filters used."""
        viewer = self.request.user
        audit_record(
            action="audit.export",
            actor=viewer,
            organisation=None if sees_every_entry(viewer) else viewer.organisation,
            data={
                "format": spreadsheet_format,
                "filters": {
                    key: value
                    for key, value in self.request.GET.items()
                    if key not in ("export", "p")
                },
            },
            request=self.request,
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def get_filename(self):
        return f"audit-log-{timezone.localdate():%Y-%m-%d}"
