"""Panels this app adds to the ambassador's personal dashboard (see lms.dashboard)."""

from django.utils.translation import get_language

from .selectors import can_follow_programme, programme_for_language, programme_progress


def dashboard_panels(*, user) -> list[dict]:
    if not can_follow_programme(user):
        return []
    programme = programme_for_language(get_language())
    if programme is None:
        return []
    progress = programme_progress(user=user, programme=programme)
    return [
        {"template": "courses/dashboard_panel.html", "context": {"progress": progress}, "order": 10}
    ]
