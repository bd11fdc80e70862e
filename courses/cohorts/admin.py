"""Cohorts in the Wagtail admin: every list scoped to what its viewer may see.

Trainers see and edit the cohorts they run, HR reads its organisation's cohorts (its group only
has view permissions), editors see everything. Saving goes through the services, so the
capacity, the schedule rules and the calendar emails apply here as on the site.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button

from lms.admin_scoping import scoped

from ..models import (
    Attendance,
    Cohort,
    CohortSession,
    CohortStatus,
    Enrolment,
    EnrolmentState,
    ProgrammePage,
    SessionFeedback,
    SessionPage,
)
from .admin_actions import (
    CohortFinishView,
    CohortStartView,
    EnrolmentConfirmView,
    EnrolmentWithdrawView,
    cohort_action_urls,
    enrolment_action_urls,
)
from .selectors import (
    attendance_visible_to,
    cohort_sessions_visible_to,
    cohorts_run_by,
    cohorts_visible_to,
    enrolments_visible_to,
    feedback_visible_to,
)
from .services import (
    attendance_record,
    cohort_cancel,
    cohort_finish,
    cohort_session_schedule,
    cohort_start,
    enrolment_invite,
    enrolment_move,
    schedule_check,
)


class ServiceSaveMixin:
    """Create and edit views that save through a service: its ValidationError becomes form
    errors, and its warnings are shown after saving."""

    def save_with_service(self, form):
        raise NotImplementedError

    def form_valid(self, form):
        self.form = form
        try:
            with transaction.atomic():
                self.object = self.save_with_service(form)
        except ValidationError as error:
            form.add_error(None, error)
            self.produced_error_message = _("The changes could not be saved: see the errors.")
            return self.form_invalid(form)
        for warning in getattr(self, "warnings", []):
            messages.warning(self.request, warning)
        return self.save_action()


# Cohorts ----------------------------------------------------------------------------------------


class CohortForm(WagtailAdminModelForm):
    class Meta:
        model = Cohort
        fields = ["name", "organisation", "programme", "trainers", "capacity", "status"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["programme"].queryset = ProgrammePage.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        )


def confirmed_count(cohort):
    return cohort.enrolments.filter(state=EnrolmentState.CONFIRMED).count()


class CohortSaveMixin(ServiceSaveMixin):
    def save_with_service(self, form):
        cohort = form.instance
        previous = Cohort.objects.filter(pk=cohort.pk).values_list("status", flat=True).first()
        wanted = cohort.status
        changes = {
            CohortStatus.RUNNING: cohort_start,
            CohortStatus.FINISHED: cohort_finish,
            CohortStatus.CANCELLED: cohort_cancel,
        }
        if wanted in changes and previous != wanted:
            cohort.status = previous or CohortStatus.PLANNED
        cohort = form.save()
        if wanted in changes and previous != wanted:
            cohort = changes[wanted](cohort=cohort)
        return cohort


class RunByViewerMixin:
    """List and edit views that offer the actions of the rows their viewer runs."""

    @cached_property
    def cohort_ids_run(self) -> set[int]:
        return set(cohorts_run_by(viewer=self.request.user).values_list("pk", flat=True))

    def action_buttons(self, instance) -> list[Button]:
        cohort_id = instance.pk if isinstance(instance, Cohort) else instance.cohort_id
        viewer_runs = cohort_id in self.cohort_ids_run
        urls = (
            cohort_action_urls(instance, viewer_runs=viewer_runs)
            if isinstance(instance, Cohort)
            else enrolment_action_urls(instance, viewer_runs=viewer_runs)
        )
        return [Button(label, url=url, icon_name=icon, priority=5) for label, url, icon in urls]

    def get_list_more_buttons(self, instance):
        return [*self.action_buttons(instance), *super().get_list_more_buttons(instance)]


class CohortEditView(RunByViewerMixin, CohortSaveMixin, generic.EditView):
    @cached_property
    def header_more_buttons(self):
        return [*self.action_buttons(self.object), *super().header_more_buttons]


class CohortViewSet(ModelViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    list_display = [
        "name",
        "organisation",
        "status",
        "capacity",
        Column("confirmed", label=_("Confirmed"), accessor=confirmed_count),
    ]
    list_filter = ["status", "organisation"]
    search_fields = ["name", "organisation__name"]
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = scoped(
        type("CohortIndexView", (RunByViewerMixin, generic.IndexView), {}), cohorts_visible_to
    )
    add_view_class = type("CohortCreateView", (CohortSaveMixin, generic.CreateView), {})
    edit_view_class = scoped(CohortEditView, cohorts_visible_to)
    delete_view_class = scoped(generic.DeleteView, cohorts_visible_to)
    inspect_view_class = scoped(generic.InspectView, cohorts_visible_to)

    def get_form_class(self, for_update=False):
        return CohortForm

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("start/<int:pk>/", CohortStartView.as_view(), name="start"),
            path("finish/<int:pk>/", CohortFinishView.as_view(), name="finish"),
        ]


# Enrolments -------------------------------------------------------------------------------------


class EnrolmentForm(WagtailAdminModelForm):
    """Invite someone (creation), or move them to another cohort (edit)."""

    class Meta:
        model = Enrolment
        fields = ["cohort", "user"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None:
            cohorts = cohorts_run_by(viewer=self.for_user).exclude(
                status__in=(CohortStatus.FINISHED, CohortStatus.CANCELLED)
            )
            self.fields["cohort"].queryset = cohorts
            self.fields["user"].queryset = self.fields["user"].queryset.filter(
                organisation__in=cohorts.values("organisation_id")
            )
        if self.instance.pk:
            self.fields["user"].disabled = True


class EnrolmentSaveMixin(ServiceSaveMixin):
    def save_with_service(self, form):
        enrolment = form.instance
        if enrolment.pk is None:
            return enrolment_invite(cohort=form.cleaned_data["cohort"], user=enrolment.user)
        current = Enrolment.objects.get(pk=enrolment.pk)
        return enrolment_move(enrolment=current, to_cohort=form.cleaned_data["cohort"])


class EnrolmentViewSet(ModelViewSet):
    model = Enrolment
    icon = "user"
    menu_label = _("Enrolments")
    list_display = ["user", "cohort", "state", "updated_at"]
    list_filter = ["state", "cohort"]
    search_fields = ["user__first_name", "user__last_name", "user__email", "cohort__name"]
    list_export = ["user.email", "user", "cohort.name", "state", "confirmed_at", "withdrawn_at"]
    copy_view_enabled = False
    index_view_class = scoped(
        type("EnrolmentIndexView", (RunByViewerMixin, generic.IndexView), {}),
        enrolments_visible_to,
    )
    add_view_class = type("EnrolmentCreateView", (EnrolmentSaveMixin, generic.CreateView), {})
    edit_view_class = scoped(
        type("EnrolmentEditView", (EnrolmentSaveMixin, generic.EditView), {}),
        enrolments_visible_to,
    )
    delete_view_class = scoped(generic.DeleteView, enrolments_visible_to)

    def get_form_class(self, for_update=False):
        return EnrolmentForm

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("confirm/<int:pk>/", EnrolmentConfirmView.as_view(), name="confirm"),
            path("withdraw/<int:pk>/", EnrolmentWithdrawView.as_view(), name="withdraw"),
        ]


# Scheduled sessions -----------------------------------------------------------------------------


class CohortSessionForm(WagtailAdminModelForm):
    video_link = forms.URLField(label=_("video link"), required=False, assume_scheme="https")

    class Meta:
        model = CohortSession
        fields = [
            "cohort",
            "session",
            "date",
            "starts_at",
            "ends_at",
            "mode",
            "place",
            "video_link",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session"].queryset = SessionPage.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        ).order_by("number")
        if self.for_user is not None:
            self.fields["cohort"].queryset = cohorts_run_by(viewer=self.for_user)

    def clean(self):
        data = super().clean()
        needed = ("cohort", "session", "date", "starts_at", "ends_at", "mode")
        if self.errors or not all(data.get(name) for name in needed):
            return data
        check = schedule_check(
            cohort=data["cohort"],
            number=data["session"].number,
            date=data["date"],
            starts_at=data["starts_at"],
            ends_at=data["ends_at"],
            mode=data["mode"],
            exclude_pk=self.instance.pk,
        )
        for name, problems in check.errors.items():
            for problem in problems:
                self.add_error(name if name in self.fields else None, problem)
        return data


class CohortSessionSaveMixin(ServiceSaveMixin):
    def save_with_service(self, form):
        data = form.cleaned_data
        cohort_session, self.warnings = cohort_session_schedule(
            cohort=data["cohort"],
            session=data["session"],
            date=data["date"],
            starts_at=data["starts_at"],
            ends_at=data["ends_at"],
            mode=data["mode"],
            place=data.get("place", ""),
            video_link=data.get("video_link", ""),
        )
        return cohort_session


class CohortSessionViewSet(ModelViewSet):
    model = CohortSession
    icon = "date"
    menu_label = _("Scheduled sessions")
    list_display = ["cohort", "number", "date", "starts_at", "ends_at", "mode", "place"]
    list_filter = ["cohort", "mode", "number"]
    search_fields = ["cohort__name", "place"]
    copy_view_enabled = False
    index_view_class = scoped(generic.IndexView, cohort_sessions_visible_to)
    add_view_class = type(
        "CohortSessionCreateView", (CohortSessionSaveMixin, generic.CreateView), {}
    )
    edit_view_class = scoped(
        type("CohortSessionEditView", (CohortSessionSaveMixin, generic.EditView), {}),
        cohort_sessions_visible_to,
    )
    delete_view_class = scoped(generic.DeleteView, cohort_sessions_visible_to)

    def get_form_class(self, for_update=False):
        return CohortSessionForm


# Attendance and feedback ------------------------------------------------------------------------


class AttendanceForm(WagtailAdminModelForm):
    class Meta:
        model = Attendance
        fields = ["cohort_session", "user", "status"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None:
            self.fields["cohort_session"].queryset = CohortSession.objects.filter(
                cohort__in=cohorts_run_by(viewer=self.for_user)
            ).select_related("cohort")


class AttendanceSaveMixin(ServiceSaveMixin):
    def save_with_service(self, form):
        data = form.cleaned_data
        return attendance_record(
            cohort_session=data["cohort_session"],
            user=data["user"],
            status=data["status"],
            recorded_by=self.request.user,
        )


class AttendanceViewSet(ModelViewSet):
    model = Attendance
    icon = "tick"
    menu_label = _("Attendance")
    list_display = ["user", "cohort_session", "status", "makeup", "recorded_at"]
    list_filter = ["status", "makeup", "cohort_session__cohort"]
    search_fields = ["user__first_name", "user__last_name", "user__email"]
    list_export = ["user.email", "user", "cohort_session", "status", "makeup", "recorded_at"]
    copy_view_enabled = False
    index_view_class = scoped(generic.IndexView, attendance_visible_to)
    add_view_class = type("AttendanceCreateView", (AttendanceSaveMixin, generic.CreateView), {})
    edit_view_class = scoped(
        type("AttendanceEditView", (AttendanceSaveMixin, generic.EditView), {}),
        attendance_visible_to,
    )
    delete_view_class = scoped(generic.DeleteView, attendance_visible_to)

    def get_form_class(self, for_update=False):
        return AttendanceForm


class FeedbackViewSet(ModelViewSet):
    """What participants thought of each session: read in the admin, written on the site."""

    model = SessionFeedback
    icon = "comment"
    menu_label = _("Session feedback")
    list_display = ["cohort_session", "rating", "comment", "updated_at"]
    list_filter = ["rating", "cohort_session__cohort"]
    search_fields = ["comment", "cohort_session__cohort__name"]
    form_fields = ["rating", "comment"]
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = scoped(generic.IndexView, feedback_visible_to)
    inspect_view_class = scoped(generic.InspectView, feedback_visible_to)
    edit_view_class = scoped(generic.EditView, feedback_visible_to)
    delete_view_class = scoped(generic.DeleteView, feedback_visible_to)


class CohortsGroup(ViewSetGroup):
    menu_label = _("Cohorts")
    menu_icon = "group"
    menu_order = 210
    items = (
        CohortViewSet("cohorts"),
        EnrolmentViewSet("cohort_enrolments"),
        CohortSessionViewSet("cohort_sessions"),
        AttendanceViewSet("cohort_attendance"),
        FeedbackViewSet("cohort_feedback"),
    )


@hooks.register("register_admin_viewset")
def register_cohort_viewsets():
    return CohortsGroup()
