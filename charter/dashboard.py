"""Panels this app adds to the ambassador's personal dashboard (see lms.dashboard)."""

from .selectors import charter_status_columns, charter_status_from, charter_status_read


def _serves(user) -> bool:
    return bool(user.organisation_id) and user.has_role("ambassador")


def dashboard_facts(*, user) -> dict:
    return charter_status_columns() if _serves(user) else {}


def dashboard_panels(*, user) -> list[dict]:
    if not _serves(user):
        return []
    facts = getattr(user, "dashboard_facts", None)
    status = charter_status_from(facts) if facts else charter_status_read(user=user)
    return [
        {"template": "charter/dashboard_panel.html", "context": {"status": status}, "order": 20}
    ]
