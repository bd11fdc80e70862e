"""Panels this app adds to the ambassador's personal dashboard (see lms.dashboard)."""

from django.utils.translation import get_language

from .selectors import (
    can_follow_programme,
    enrolment_prospect,
    is_waiting_learner,
    programme_for_language,
    programme_progress,
)


def dashboard_panels(*, user) -> list[dict]:
    if is_waiting_learner(user):
        return [
            {
                "template": "courses/dashboard_not_enrolled.html",
                "context": enrolment_prospect(user=user),
                "order": 10,
            }
        ]
    if not can_follow_programme(user):
        return []
    programme = programme_for_language(get_language())
    if programme is None or not can_follow_programme(user, programme=programme):
        return []
    progress = programme_progress(user=user, programme=programme)
    return [
        {"template": "courses/dashboard_panel.html", "context": {"progress": progress}, "order": 10}
    ]
