from django.contrib.admin.utils import unquote
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Department, Organisation, User
from .selectors import departments_visible_to, organisations_visible_to, people_visible_to


class ScopedQuerysetMixin:
    """Limit a Wagtail generic view to the rows its viewer may see; others answer 404."""

    scope = None  # a selector taking viewer=

    def get_base_queryset(self):
        return self.scope(viewer=self.request.user)

    def get_object(self, queryset=None):
        pk = unquote(str(self.kwargs[self.pk_url_kwarg]))
        return get_object_or_404(self.scope(viewer=self.request.user), pk=pk)


def scoped_views(selector):
    """The generic views of a ModelViewSet, each restricted by `selector`."""
    attrs = {"scope": staticmethod(selector)}
    return {
        f"{name}_view_class": type(f"Scoped{view.__name__}", (ScopedQuerysetMixin, view), attrs)
        for name, view in {
            "index": generic.IndexView,
            "edit": generic.EditView,
            "delete": generic.DeleteView,
            "inspect": generic.InspectView,
        }.items()
    }


class OrganisationViewSet(ModelViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    form_fields = ["name", "slug"]
    list_display = ["name", "slug", "created_at"]
    search_fields = ["name"]
    inspect_view_enabled = True
    copy_view_enabled = False
    locals().update(scoped_views(organisations_visible_to))


class DepartmentViewSet(ModelViewSet):
    model = Department
    icon = "folder-inverse"
    menu_label = _("Departments")
    form_fields = ["organisation", "name", "is_communication"]
    list_display = ["name", "organisation", "is_communication"]
    list_filter = ["organisation", "is_communication"]
    search_fields = ["name"]
    copy_view_enabled = False
    locals().update(scoped_views(departments_visible_to))


class PeopleViewSet(ModelViewSet):
    model = User
    icon = "user"
    menu_label = _("People")
    url_prefix = "people"
    name = "people"
    form_fields = ["first_name", "last_name", "email", "organisation", "department", "language"]
    list_display = ["__str__", "email", "organisation", "department", "language"]
    list_filter = ["organisation", "department", "language", "groups"]
    search_fields = ["first_name", "last_name", "email"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "first_name",
        "last_name",
        "email",
        "organisation",
        "department",
        "language",
        "date_joined",
        "last_login",
    ]
    copy_view_enabled = False
    locals().update(scoped_views(people_visible_to))


class OrganisationsGroup(ViewSetGroup):
    menu_label = _("Organisations")
    menu_icon = "group"
    menu_order = 200
    items = (
        OrganisationViewSet("organisations"),
        DepartmentViewSet("departments"),
        PeopleViewSet(),
    )


@hooks.register("register_admin_viewset")
def register_organisations():
    return OrganisationsGroup()
