"""Panels this app adds to the personal dashboard (see lms.dashboard)."""

from . import selectors


def dashboard_panels(*, user) -> list[dict]:
    panels = []
    if user.has_role("ambassador"):
        context = {
            **selectors.coaching_summary_for(ambassador=user),
            "open_items": list(selectors.open_action_items(ambassador=user)),
        }
        panels.append(
            {"template": "coaching/panels/ambassador.html", "context": context, "order": 40}
        )
    if user.has_role("coach"):
        ambassadors = list(selectors.ambassadors_coached_by(coach=user))
        context = {
            "ambassador_count": len(ambassadors),
            "to_review": sum(a.drafts_to_review for a in ambassadors),
        }
        panels.append({"template": "coaching/panels/coach.html", "context": context, "order": 45})
    return panels
