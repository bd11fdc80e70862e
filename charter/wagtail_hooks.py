from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button, HeaderButton
from wagtail.permissions import register_permission_policy

from lms.admin_scoping import scoped

from .admin_views import (
    CharterStatusReportView,
    CreateFromTemplateView,
    NoDeletePermissionPolicy,
    PublishView,
    ReadOnlyPermissionPolicy,
    SignatureFilterSet,
)
from .models import Charter, CharterSignature
from .selectors import charters_visible_to, signatures_visible_to

register_permission_policy(Charter, NoDeletePermissionPolicy(Charter))
register_permission_policy(CharterSignature, ReadOnlyPermissionPolicy(CharterSignature))


class CharterIndexView(generic.IndexView):
    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.request.user.has_perm("charter.change_charter"):
            buttons = [
                HeaderButton(
                    _("New charter from the template"),
                    url=reverse("charter_charters:from_template"),
                    icon_name="plus",
                ),
                *buttons,
            ]
        return buttons

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.request.user.has_perm("charter.change_charter"):
            buttons.append(
                Button(
                    _("Publish a new version"),
                    url=reverse("charter_charters:publish", args=[instance.pk]),
                    icon_name="upload",
                    priority=5,
                )
            )
        buttons.append(
            Button(
                _("Charter guide (PDF)"),
                url=reverse("charter:organisation_guide_pdf", args=[instance.organisation_id]),
                icon_name="doc-full",
                priority=40,
            )
        )
        buttons.append(
            Button(
                _("Signatures"),
                url=reverse("charter_status") + f"?organisation={instance.organisation_id}",
                icon_name="tick",
                priority=50,
            )
        )
        return buttons


class CharterEditView(generic.EditView):
    @cached_property
    def header_more_buttons(self):
        return [
            Button(
                _("Publish a new version"),
                url=reverse("charter_charters:publish", args=[self.object.pk]),
                icon_name="upload",
                priority=5,
            ),
            *super().header_more_buttons,
        ]


def current_version(charter):
    version = charter.current_version
    return version.number if version else "—"


class CharterViewSet(ModelViewSet):
    model = Charter
    icon = "doc-full"
    menu_label = _("Charters")
    list_display = [
        "organisation",
        Column("version", label=_("Version in force"), accessor=current_version),
        "updated_at",
    ]
    search_fields = ["organisation__name", "title_fr", "title_en"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "organisation",
        "title_fr",
        "introduction_fr",
        "title_en",
        "introduction_en",
    ]
    index_view_class = scoped(CharterIndexView, charters_visible_to)
    edit_view_class = scoped(CharterEditView, charters_visible_to)
    delete_view_class = scoped(generic.DeleteView, charters_visible_to)
    inspect_view_class = scoped(generic.InspectView, charters_visible_to)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("from-template/", CreateFromTemplateView.as_view(), name="from_template"),
            path("publish/<int:pk>/", PublishView.as_view(), name="publish"),
        ]


class SignatureViewSet(ModelViewSet):
    """The signatures themselves, as evidence: listed, inspected and exported, never edited."""

    model = CharterSignature
    icon = "tick"
    menu_label = _("Signature records")
    list_display = ["full_name", "organisation", "version", "language", "signed_at"]
    filterset_class = SignatureFilterSet
    list_export = [
        "user.email",
        "full_name",
        "organisation.name",
        "version.number",
        "language",
        "signed_at",
        "text_sha256",
        "ip_address",
        "user_agent",
    ]
    export_filename = "charter-signature-records"
    form_fields = ["full_name"]  # required by ModelViewSet; the policy forbids every change
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "user",
        "full_name",
        "organisation",
        "version",
        "language",
        "signed_at",
        "text_sha256",
        "acknowledged_sections",
        "ip_address",
        "user_agent",
    ]
    index_view_class = scoped(generic.IndexView, signatures_visible_to)
    inspect_view_class = scoped(generic.InspectView, signatures_visible_to)
    edit_view_class = scoped(generic.EditView, signatures_visible_to)
    delete_view_class = scoped(generic.DeleteView, signatures_visible_to)


class CharterGroup(ViewSetGroup):
    menu_label = _("Charter")
    menu_icon = "doc-full"
    menu_order = 220
    items = (CharterViewSet("charter_charters"), SignatureViewSet("charter_signatures"))


@hooks.register("register_admin_viewset")
def register_charter_viewsets():
    return CharterGroup()


@hooks.register("register_admin_urls")
def register_status_report_urls():
    return [
        path("charter/signatures/", CharterStatusReportView.as_view(), name="charter_status"),
        path(
            "charter/signatures/results/",
            CharterStatusReportView.as_view(results_only=True),
            name="charter_status_results",
        ),
    ]


class StatusMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("charter.view_chartersignature")


@hooks.register("register_admin_menu_item")
def register_status_menu_item():
    return StatusMenuItem(
        _("Charter signatures"), reverse("charter_status"), icon_name="tick", order=225
    )
