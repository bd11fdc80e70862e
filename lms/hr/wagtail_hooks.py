from django.urls import path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.components import Component

from . import views
from .forms import PipelineFilterForm
from .selectors import funnel


@hooks.register("register_admin_urls")
def register_hr_urls():
    return [
        path("hr/", views.dashboard_view, name="hr_dashboard"),
        path("hr/ambassadors/", views.ambassadors_view, name="hr_ambassadors"),
        path("hr/ambassadors/export/", views.export_view, name="hr_export"),
        path("hr/exports/", views.exports_view, name="hr_exports"),
        path("hr/exports/<int:pk>/download/", views.export_download, name="hr_export_download"),
        path("hr/remind/<int:ambassador_id>/", views.remind_view, name="hr_remind"),
        path("hr/api-tokens/", views.tokens_view, name="hr_tokens"),
        path("hr/api-tokens/new/", views.token_create_view, name="hr_token_create"),
        path("hr/api-tokens/<int:pk>/revoke/", views.token_revoke_view, name="hr_token_revoke"),
    ]


class HrMenuItem(MenuItem):
    def __init__(self, *args, permission: str = "", **kwargs):
        self.permission = permission
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        allowed = views.hr_allowed(request.user)
        return allowed and (not self.permission or request.user.has_perm(self.permission))


@hooks.register("register_admin_menu_item")
def register_hr_menu():
    items = [
        HrMenuItem(_("Dashboard"), reverse_lazy("hr_dashboard"), icon_name="view", order=1),
        HrMenuItem(_("Ambassadors"), reverse_lazy("hr_ambassadors"), icon_name="user", order=2),
        HrMenuItem(_("My exports"), reverse_lazy("hr_exports"), icon_name="download", order=3),
        HrMenuItem(
            _("API tokens"),
            reverse_lazy("hr_tokens"),
            icon_name="key",
            order=4,
            permission="hr.view_apitoken",
        ),
    ]
    return SubmenuMenuItem(
        _("HR onboarding"), Menu(items=items), icon_name="group", name="hr", order=150
    )


class FunnelPanel(Component):
    """The funnel of the viewer's organisation on the admin's home page."""

    name = "hr_funnel"
    order = 50
    template_name = "hr/home_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        filters = PipelineFilterForm(viewer=self.request.user, with_step=False).filters()
        return {"funnel": funnel(filters=filters), "dashboard_url": reverse("hr_dashboard")}


@hooks.register("construct_homepage_panels")
def add_funnel_panel(request, panels):
    if views.hr_allowed(request.user):
        panels.append(FunnelPanel(request))
