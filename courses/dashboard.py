"""Panels this app adds to the ambassador's personal dashboard (see lms.dashboard)."""

from django.utils.translation import get_language

from .caching import CONTENT_TOKEN, cached_read
from .cohorts.dashboard import enrolments_load
from .models import EnrolmentState, ProgrammePage
from .selectors import (
    can_follow_programme,
    is_waiting_learner,
    programme_for_language,
    programme_progress,
)

# Where the programme shown on the dashboard is remembered on the user object, by language,
# for the panels that each need it during the request (like the user's seats).
_PROGRAMMES_CACHE = "_dashboard_programmes"


def programme_shown_to(user) -> ProgrammePage | None:
    """The live programme in the current language: from the cache while no page changed, else
    one query; then remembered for the request."""
    language = get_language()
    programmes = user.__dict__.setdefault(_PROGRAMMES_CACHE, {})
    if language not in programmes:
        programmes[language] = cached_read(
            f"courses:programme-for:{language}",
            tokens=[CONTENT_TOKEN],
            read=lambda: (programme_for_language(language), None),
        )
    return programmes[language]


def _enrolment_prospect(user) -> dict:
    """As `enrolment_prospect`, from the enrolments already loaded for the cohort panel."""
    enrolments = enrolments_load(user=user)
    return {
        "invited": [e for e in enrolments if e.state == EnrolmentState.INVITED],
        "waitlisted": [e for e in enrolments if e.state == EnrolmentState.WAITLISTED],
    }


def dashboard_panels(*, user) -> list[dict]:
    enrolments_load(user=user)
    if is_waiting_learner(user):
        return [
            {
                "template": "courses/dashboard_not_enrolled.html",
                "context": _enrolment_prospect(user),
                "order": 10,
            }
        ]
    if not can_follow_programme(user):
        return []
    programme = programme_shown_to(user)
    if programme is None or not can_follow_programme(user, programme=programme):
        return []
    progress = programme_progress(user=user, programme=programme)
    return [
        {"template": "courses/dashboard_panel.html", "context": {"progress": progress}, "order": 10}
    ]
