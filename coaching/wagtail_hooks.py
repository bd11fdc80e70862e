from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from lms.admin_scoping import scoped_views

from .forms import OrganisationLineAdminForm
from .models import CoachAssignment, OrganisationEditorialLine
from .selectors import assignments_visible_to, organisation_lines_visible_to


class CoachAssignmentForm(WagtailAdminModelForm):
    def clean(self):
        cleaned_data = super().clean()
        coach, ambassador = cleaned_data.get("coach"), cleaned_data.get("ambassador")
        if coach and not coach.has_role("coach"):
            self.add_error("coach", ValidationError(_("This person does not have the coach role.")))
        if ambassador and not ambassador.has_role("ambassador"):
            self.add_error("ambassador", ValidationError(_("This person is not an ambassador.")))
        return cleaned_data


def _line_state(assignment) -> str:
    line = getattr(assignment.ambassador, "editorial_line", None)
    return line.get_state_display() if line else _("Not started")


class CoachAssignmentViewSet(ModelViewSet):
    model = CoachAssignment
    icon = "user"
    menu_label = _("Coach assignments")
    edit_handler = ObjectList(
        [FieldPanel("ambassador"), FieldPanel("coach")], base_form_class=CoachAssignmentForm
    )
    list_display = [
        "ambassador",
        "coach",
        Column("line_state", label=_("Editorial line"), accessor=_line_state),
        "created_at",
    ]
    search_fields = ["ambassador__first_name", "ambassador__last_name", "ambassador__email"]
    copy_view_enabled = False
    locals().update(scoped_views(assignments_visible_to))


class OrganisationEditorialLineViewSet(ModelViewSet):
    model = OrganisationEditorialLine
    icon = "doc-full"
    menu_label = _("Organisation editorial lines")
    url_prefix = "coaching/organisation-lines"
    edit_handler = ObjectList(
        [
            FieldPanel("organisation"),
            MultiFieldPanel(
                [FieldPanel("objectives"), FieldPanel("key_messages")], heading=_("Objectives")
            ),
            InlinePanel("pillars", heading=_("Content pillars (three to five)"), label=_("Pillar")),
            MultiFieldPanel(
                [
                    FieldPanel("internal_sources"),
                    FieldPanel("external_sources"),
                    FieldPanel("networks"),
                ],
                heading=_("Sources and networks"),
            ),
            MultiFieldPanel(
                [FieldPanel("common_to_all_audiences"), FieldPanel("audience_specifics")],
                heading=_("Audiences"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("confidential_terms"),
                    FieldPanel("offer_keywords"),
                    FieldPanel("disclosure_phrases"),
                ],
                heading=_("Draft-post checks"),
            ),
        ],
        base_form_class=OrganisationLineAdminForm,
    )
    list_display = ["organisation", "updated_at"]
    copy_view_enabled = False
    inspect_view_enabled = False
    locals().update(scoped_views(organisation_lines_visible_to))


class CoachingGroup(ViewSetGroup):
    menu_label = _("Coaching")
    menu_icon = "user"
    menu_order = 300
    items = (
        CoachAssignmentViewSet("coach_assignments", url_prefix="coaching/assignments"),
        OrganisationEditorialLineViewSet("organisation_lines"),
    )


@hooks.register("register_admin_viewset")
def register_coaching():
    return CoachingGroup()
