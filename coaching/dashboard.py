"""Panels this app adds to the personal dashboard (see lms.dashboard)."""

from . import selectors


def dashboard_facts(*, user) -> dict:
    return selectors.coaching_summary_columns() if user.has_role("ambassador") else {}


def _ambassador_panel(user) -> dict:
    facts = getattr(user, "dashboard_facts", None)
    summary = (
        selectors.coaching_summary_from(facts)
        if facts
        else selectors.coaching_summary_for(ambassador=user)
    )
    context = {**summary, "open_items": list(selectors.open_action_items(ambassador=user))}
    return {"template": "coaching/panels/ambassador.html", "context": context, "order": 40}


def dashboard_panels(*, user) -> list[dict]:
    panels = []
    if user.has_role("ambassador"):
        panels.append(_ambassador_panel(user))
    if user.has_role("coach"):
        ambassadors = list(selectors.ambassadors_coached_by(coach=user))
        context = {
            "ambassador_count": len(ambassadors),
            "to_review": sum(a.drafts_to_review for a in ambassadors),
        }
        panels.append({"template": "coaching/panels/coach.html", "context": context, "order": 45})
    return panels
