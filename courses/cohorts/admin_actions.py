"""Admin actions on a cohort or an enrolment, each behind a confirmation page: start or finish
a cohort; confirm or withdraw someone's enrolment on their behalf. Only the cohort's trainers
and editors reach them (anyone else: 404); the services keep the capacity and the waiting list.
What is done to an enrolment is handed to ENROLMENT_ADMIN_FOLLOW_UPS (the audit log).
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..models import Cohort, CohortStatus, Enrolment, EnrolmentState
from .selectors import cohorts_run_by
from .services import (
    cohort_finish,
    cohort_start,
    enrolment_confirm,
    enrolment_withdraw_on_behalf,
)

CONFIRMABLE = (EnrolmentState.INVITED,)
WITHDRAWABLE = (EnrolmentState.INVITED, EnrolmentState.CONFIRMED, EnrolmentState.WAITLISTED)


def enrolment_admin_follow_up(*, action: str, enrolment: Enrolment, request) -> None:
    """Call each function named in settings.ENROLMENT_ADMIN_FOLLOW_UPS (lms records it in the
    audit log) after a trainer acted on someone's enrolment, in the action's transaction."""
    for path in getattr(settings, "ENROLMENT_ADMIN_FOLLOW_UPS", ()):
        import_string(path)(action=action, enrolment=enrolment, actor=request.user, request=request)


def enrolments_run_by(*, viewer):
    return Enrolment.objects.filter(cohort__in=cohorts_run_by(viewer=viewer)).select_related(
        "cohort", "user"
    )


class ConfirmedActionView(WagtailAdminTemplateMixin, TemplateView):
    """GET asks for confirmation, POST acts through a service and goes back to the list."""

    template_name = "courses/cohorts/admin/confirm.html"
    header_icon = "group"
    model = None
    index_url_name = ""
    serious = False
    submit_label = ""

    def scope(self, viewer):
        raise NotImplementedError

    @cached_property
    def object(self):
        return get_object_or_404(self.scope(self.request.user), pk=self.kwargs["pk"])

    def get_page_subtitle(self):
        return str(self.object)

    def confirmation(self) -> str:
        raise NotImplementedError

    def detail(self) -> str:
        return ""

    def act(self) -> str:
        """Call the service; return the message to show."""
        raise NotImplementedError

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "confirmation": self.confirmation(),
            "detail": self.detail(),
            "submit_label": self.submit_label,
            "serious": self.serious,
            "cancel_url": reverse(self.index_url_name),
        }

    def post(self, request, *args, **kwargs):
        try:
            messages.success(request, self.act())
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect(self.index_url_name)


class CohortActionView(ConfirmedActionView):
    index_url_name = "cohorts:index"

    def scope(self, viewer):
        return cohorts_run_by(viewer=viewer)


class CohortStartView(CohortActionView):
    page_title = gettext_lazy("Start the cohort")
    submit_label = gettext_lazy("Yes, start it")

    def confirmation(self):
        return _("Start the cohort “%(name)s”? It needs at least 4 confirmed members.") % {
            "name": self.object.name
        }

    def act(self):
        cohort_start(cohort=self.object)
        return _("The cohort “%(name)s” is running.") % {"name": self.object.name}


class CohortFinishView(CohortActionView):
    page_title = gettext_lazy("Finish the cohort")
    submit_label = gettext_lazy("Yes, finish it")
    serious = True

    def confirmation(self):
        return _(
            "Finish the cohort “%(name)s”? Its confirmed members complete it; it cannot be "
            "reopened."
        ) % {"name": self.object.name}

    def act(self):
        cohort_finish(cohort=self.object)
        return _("The cohort “%(name)s” is finished.") % {"name": self.object.name}


class EnrolmentActionView(ConfirmedActionView):
    index_url_name = "cohort_enrolments:index"
    header_icon = "user"

    def scope(self, viewer):
        return enrolments_run_by(viewer=viewer)


class EnrolmentConfirmView(EnrolmentActionView):
    page_title = gettext_lazy("Confirm on their behalf")
    submit_label = gettext_lazy("Yes, confirm")

    def scope(self, viewer):
        return super().scope(viewer).filter(state__in=CONFIRMABLE)

    def confirmation(self):
        return _("Confirm %(person)s's seat in “%(cohort)s” on their behalf?") % {
            "person": self.object.user,
            "cohort": self.object.cohort.name,
        }

    def detail(self):
        return _(
            "Do it only when they have agreed. If the cohort is full, they join its waiting list."
        )

    @transaction.atomic
    def act(self):
        enrolment = enrolment_confirm(enrolment=self.object)
        enrolment_admin_follow_up(action="confirm", enrolment=enrolment, request=self.request)
        if enrolment.state == EnrolmentState.WAITLISTED:
            return _("The cohort is full: %(person)s is on its waiting list.") % {
                "person": enrolment.user
            }
        return _("%(person)s has a seat in the cohort.") % {"person": enrolment.user}


class EnrolmentWithdrawView(EnrolmentActionView):
    page_title = gettext_lazy("Withdraw on their behalf")
    submit_label = pgettext_lazy("enrolment withdrawn by a trainer", "Yes, withdraw")
    serious = True

    def scope(self, viewer):
        return super().scope(viewer).filter(state__in=WITHDRAWABLE)

    def confirmation(self):
        return _("Withdraw %(person)s from “%(cohort)s” on their behalf?") % {
            "person": self.object.user,
            "cohort": self.object.cohort.name,
        }

    def detail(self):
        return _("A seat they free goes to the first person on the waiting list, who is told.")

    @transaction.atomic
    def act(self):
        enrolment = enrolment_withdraw_on_behalf(enrolment=self.object, by=self.request.user)
        enrolment_admin_follow_up(action="withdraw", enrolment=enrolment, request=self.request)
        return _("%(person)s is withdrawn from the cohort.") % {"person": enrolment.user}


def cohort_action_urls(cohort: Cohort, *, viewer_runs: bool) -> list[tuple[str, str, str]]:
    """(label, url, icon) of the actions open on `cohort` to someone who runs it."""
    if not viewer_runs:
        return []
    if cohort.status == CohortStatus.PLANNED:
        return [
            (_("Start the cohort"), reverse("cohorts:start", args=[cohort.pk]), "calendar-check")
        ]
    if cohort.status == CohortStatus.RUNNING:
        return [(_("Finish the cohort"), reverse("cohorts:finish", args=[cohort.pk]), "success")]
    return []


def enrolment_action_urls(enrolment: Enrolment, *, viewer_runs: bool) -> list[tuple[str, str, str]]:
    if not viewer_runs:
        return []
    actions = []
    if enrolment.state in CONFIRMABLE:
        url = reverse("cohort_enrolments:confirm", args=[enrolment.pk])
        actions.append((_("Confirm on their behalf"), url, "tick"))
    if enrolment.state in WITHDRAWABLE:
        url = reverse("cohort_enrolments:withdraw", args=[enrolment.pk])
        actions.append((_("Withdraw on their behalf"), url, "cross"))
    return actions
