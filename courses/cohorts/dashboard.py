"""Cohort panels for the personal dashboard (see lms.dashboard)."""

from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone

from ..caching import CONTENT_TOKEN, cached_read, learner_token, next_midnight
from ..models import CohortSession, CohortStatus, Enrolment, EnrolmentState
from .selectors import _SEATS_CACHE, SEATED_STATES, cohorts_run_by

UPCOMING_LIMIT = 6
# The enrolments the cohort panel shows: those that still ask for something or give a seat.
SHOWN_STATES = (EnrolmentState.INVITED, EnrolmentState.CONFIRMED, EnrolmentState.WAITLISTED)
# Where `enrolments_load` remembers its answer on the user object, like `seats_of`.
_ENROLMENTS_CACHE = "_dashboard_enrolments"


def enrolments_load(*, user) -> list[Enrolment]:
    """The enrolments the cohort panel shows (as `enrolments_of`), each cohort with its sessions,
    and the user's seats (as `seats_of`, which then reads them from the user object): from the
    cache while the user's records are unchanged (courses.caching), else two queries, for every
    panel of the request instead of one per question."""
    enrolments = user.__dict__.get(_ENROLMENTS_CACHE)
    if enrolments is not None:
        return enrolments
    seats, enrolments = cached_read(
        f"courses:dashboard-enrolments:{user.pk}",
        tokens=[CONTENT_TOKEN, learner_token(user.pk)],
        read=lambda: (_enrolments_read(user), next_midnight()),
    )
    if not hasattr(user, _SEATS_CACHE):
        setattr(user, _SEATS_CACHE, seats)
    user.__dict__[_ENROLMENTS_CACHE] = enrolments
    return enrolments


def _enrolments_read(user) -> tuple[list[Enrolment], list[Enrolment]]:
    """The user's seats and the enrolments the panel shows, from the database: two queries."""
    rows = list(
        Enrolment.objects.filter(user=user, state__in=SHOWN_STATES + SEATED_STATES)
        .exclude(cohort__status=CohortStatus.CANCELLED)
        .select_related("cohort__programme")
        .order_by("-confirmed_at", "-pk")
    )
    enrolments = sorted(  # newest cohort first, as Enrolment's ordering has it
        (
            row
            for row in rows
            if row.state in SHOWN_STATES and row.cohort.status != CohortStatus.FINISHED
        ),
        key=lambda row: row.cohort.created_at,
        reverse=True,
    )
    prefetch_related_objects([row.cohort for row in enrolments], "sessions")
    return [row for row in rows if row.state in SEATED_STATES], enrolments


def _ambassador_panel(user) -> dict | None:
    enrolments = enrolments_load(user=user)
    if not enrolments:
        return None
    now = timezone.now()
    items = []
    for enrolment in enrolments:
        sessions = list(enrolment.cohort.sessions.all())
        upcoming = next((s for s in sessions if s.end >= now), None)
        items.append({"enrolment": enrolment, "next_session": upcoming})
    return {
        "template": "courses/cohorts/dashboard_panel.html",
        "context": {"items": items},
        "order": 5,
    }


def _trainer_panel(user) -> dict | None:
    cohorts = list(
        cohorts_run_by(viewer=user)
        .filter(trainers=user)
        .exclude(status__in=(CohortStatus.CANCELLED, CohortStatus.FINISHED))
        .prefetch_related(
            Prefetch("sessions", queryset=CohortSession.objects.select_related("session"))
        )
    )
    if not cohorts:
        return None
    today = timezone.localdate()
    upcoming = sorted(
        (s for cohort in cohorts for s in cohort.sessions.all() if s.date >= today),
        key=lambda s: s.start,
    )[:UPCOMING_LIMIT]
    context = {"cohorts": cohorts, "upcoming": upcoming}
    return {"template": "courses/cohorts/dashboard_trainer.html", "context": context, "order": 6}


def dashboard_panels(*, user) -> list[dict]:
    panels = [_ambassador_panel(user)]
    if user.has_role("trainer", "editor"):
        panels.append(_trainer_panel(user))
    return [panel for panel in panels if panel]
