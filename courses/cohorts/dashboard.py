"""Cohort panels for the personal dashboard (see lms.dashboard)."""

from django.db.models import Prefetch
from django.utils import timezone

from ..models import CohortSession, CohortStatus
from .selectors import cohorts_run_by, enrolments_of

UPCOMING_LIMIT = 6


def _ambassador_panel(user) -> dict | None:
    enrolments = enrolments_of(user=user)
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
