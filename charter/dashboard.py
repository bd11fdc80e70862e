"""Panels this app adds to the ambassador's personal dashboard (see lms.dashboard)."""

from .selectors import charter_status_read


def dashboard_panels(*, user) -> list[dict]:
    if not user.organisation_id or not user.has_role("ambassador"):
        return []
    return [
        {
            "template": "charter/dashboard_panel.html",
            "context": {"status": charter_status_read(user=user)},
            "order": 20,
        }
    ]
