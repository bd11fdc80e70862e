"""Cohort pages on the public site: the ambassador's cohort, the trainer's live session."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..models import CohortSession, CohortStatus, Enrolment, EnrolmentState, SessionFeedback
from .forms import AttendanceForm, FeedbackForm, MakeupForm, ParticipantsImportForm
from .imports import csv_decode, participants_import
from .selectors import (
    SEATED_STATES,
    cohort_sessions_run_by,
    cohorts_run_by,
    enrolments_of,
    feedback_of,
    feedback_summary,
    live_roster,
    makeup_candidates,
)
from .services import (
    attendance_record,
    cohort_session_lessons_open,
    enrolment_confirm,
    enrolment_withdraw,
    session_feedback_save,
)

RUNNING_ROLES = ("trainer", "editor")


@login_required
def trainer_cohorts(request):
    if not request.user.has_role(*RUNNING_ROLES):
        raise PermissionDenied
    cohorts = (
        cohorts_run_by(viewer=request.user)
        .exclude(status=CohortStatus.CANCELLED)
        .prefetch_related(
            Prefetch("sessions", queryset=CohortSession.objects.select_related("session"))
        )
    )
    return render(request, "courses/cohorts/trainer_cohorts.html", {"cohorts": cohorts})


def _live_post(request, cohort_session, roster):
    if "open_lessons" in request.POST:
        cohort_session_lessons_open(cohort_session=cohort_session)
        messages.success(request, _("The lessons of this session are open to the cohort."))
        return redirect("courses:cohorts:live", cohort_session.pk)
    if "makeup" in request.POST:
        form = MakeupForm(request.POST, candidates=makeup_candidates(cohort_session=cohort_session))
        if not form.is_valid():
            return form
        user = form.cleaned_data["user"]
    else:
        form = AttendanceForm(request.POST)
        people = {row.user.pk: row.user for row in roster}
        if not form.is_valid() or form.cleaned_data["user"] not in people:
            raise Http404
        user = people[form.cleaned_data["user"]]
    attendance_record(
        cohort_session=cohort_session,
        user=user,
        status=form.cleaned_data["status"],
        recorded_by=request.user,
    )
    return redirect(
        reverse("courses:cohorts:live", args=[cohort_session.pk]) + f"#person-{user.pk}"
    )


@login_required
def live_session(request, pk: int):
    """The roster of a scheduled session, with attendance toggles. Trainers: their cohorts only."""
    cohort_session = get_object_or_404(cohort_sessions_run_by(viewer=request.user), pk=pk)
    roster = live_roster(cohort_session=cohort_session)
    makeup_form = None
    if request.method == "POST":
        outcome = _live_post(request, cohort_session, roster)
        if not isinstance(outcome, MakeupForm):
            return outcome
        makeup_form = outcome
    candidates = makeup_candidates(cohort_session=cohort_session)
    context = {
        "cohort_session": cohort_session,
        "roster": roster,
        "statuses": AttendanceForm.base_fields["status"].choices,
        "makeup_form": makeup_form or MakeupForm(candidates=candidates),
        "has_candidates": candidates.exists(),
        "feedback": feedback_summary(cohort_session=cohort_session),
        "lessons_open": cohort_session.lessons_open_on(timezone.localdate()),
    }
    return render(request, "courses/cohorts/live_session.html", context)


@login_required
def my_cohort(request):
    enrolments = enrolments_of(user=request.user)
    sessions = [s for enrolment in enrolments for s in enrolment.cohort.sessions.all()]
    context = {
        "enrolments": enrolments,
        "feedback": feedback_of(user=request.user, cohort_sessions=sessions),
        "now": timezone.now(),
    }
    return render(request, "courses/cohorts/my_cohort.html", context)


@login_required
@require_POST
def enrolment_confirm_view(request, pk: int):
    enrolment = get_object_or_404(Enrolment, pk=pk, user=request.user)
    try:
        enrolment = enrolment_confirm(enrolment=enrolment)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("courses:cohorts:mine")
    if enrolment.state == EnrolmentState.WAITLISTED:
        messages.warning(
            request,
            _(
                "The cohort filled up just before you confirmed: you are on its waiting list, "
                "and we will email you as soon as a seat is free for you."
            ),
        )
    else:
        messages.success(request, _("Your seat is confirmed. See you at the first session!"))
    return redirect("courses:cohorts:mine")


@login_required
def enrolment_withdraw_view(request, pk: int):
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("cohort"),
        pk=pk,
        user=request.user,
        state__in=(EnrolmentState.INVITED, EnrolmentState.CONFIRMED, EnrolmentState.WAITLISTED),
    )
    if request.method == "POST":
        enrolment_withdraw(enrolment=enrolment)
        messages.success(
            request, _("You have left the cohort %(name)s.") % {"name": enrolment.cohort}
        )
        return redirect("courses:cohorts:mine")
    return render(request, "courses/cohorts/withdraw.html", {"enrolment": enrolment})


@login_required
def session_feedback(request, pk: int):
    """Rate a session one took part in (in one's cohort or as a make-up); editable."""
    cohort_session = get_object_or_404(
        CohortSession.objects.select_related("cohort", "session")
        .filter(
            Q(cohort__enrolments__user=request.user, cohort__enrolments__state__in=SEATED_STATES)
            | Q(attendances__user=request.user)
        )
        .distinct(),
        pk=pk,
    )
    existing = SessionFeedback.objects.filter(
        cohort_session=cohort_session, user=request.user
    ).first()
    initial = {"rating": existing.rating, "comment": existing.comment} if existing else None
    form = FeedbackForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            session_feedback_save(
                cohort_session=cohort_session, user=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Thank you: your feedback is saved."))
            return redirect("courses:cohorts:mine")
    context = {"cohort_session": cohort_session, "form": form, "existing": existing}
    return render(request, "courses/cohorts/feedback.html", context)


@login_required
def participants_import_view(request, pk: int):
    cohort = get_object_or_404(cohorts_run_by(viewer=request.user), pk=pk)
    form = ParticipantsImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            data = upload.read(1024 * 1024 + 1)
            text = csv_decode(data=data, filename=upload.name)
        except ValidationError as error:
            form.add_error("file", error)
        else:
            result = participants_import(cohort=cohort, text=text)
            if not result.errors:
                messages.success(
                    request,
                    _("%(invited)s people invited, %(created)s new accounts created.")
                    % {"invited": result.invited, "created": result.created},
                )
                return redirect("courses:cohorts:trainer_cohorts")
    context = {"cohort": cohort, "form": form, "result": result}
    return render(request, "courses/cohorts/import.html", context)
