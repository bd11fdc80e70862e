from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from .admin_scoping import scoped_views
from .models import Department, Organisation, User
from .selectors import departments_visible_to, organisations_visible_to, people_visible_to


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
