"""Panels this app adds to the personal dashboard (see lms.dashboard)."""

from . import selectors


def dashboard_facts(*, user) -> dict:
    facts = {}
    if user.has_role("ambassador"):
        facts.update(selectors.coaching_summary_columns())
    if user.has_role("coach"):
        facts.update(selectors.coach_summary_columns())
    return facts


def _ambassador_panel(user, facts) -> dict:
    summary = (
        selectors.coaching_summary_from(facts)
        if facts
        else selectors.coaching_summary_for(ambassador=user)
    )
    context = {**summary, "open_items": list(selectors.open_action_items(ambassador=user))}
    return {"template": "coaching/panels/ambassador.html", "context": context, "order": 40}


def _coach_panel(user, facts) -> dict:
    context = (
        selectors.coach_summary_from(facts) if facts else selectors.coach_summary_for(coach=user)
    )
    return {"template": "coaching/panels/coach.html", "context": context, "order": 45}


def dashboard_panels(*, user) -> list[dict]:
    facts = getattr(user, "dashboard_facts", None)
    panels = []
    if user.has_role("ambassador"):
        panels.append(_ambassador_panel(user, facts))
    if user.has_role("coach"):
        panels.append(_coach_panel(user, facts))
    return panels
