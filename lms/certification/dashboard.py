"""Panels this part of lms adds to the personal dashboard (collected by lms.dashboard)."""

from .selectors import certificate_for, posting_state_for, readiness_for

STAFF_ROLES = ("trainer", "hr", "editor")


def _ambassador_context(user) -> dict:
    """The certificate once there is one; the checklist of requirements only before, since
    the panel shows it only then and it is the costly part (a few queries per requirement)."""
    context = {"certificate": certificate_for(user=user), "posting": posting_state_for(user=user)}
    if context["certificate"] is None:
        readiness = readiness_for(user=user)
        context.update(
            readiness=readiness,
            met=sum(item.met for item in readiness),
            total=len(readiness),
        )
    return context


def dashboard_panels(*, user) -> list[dict]:
    panels = []
    if user.organisation_id and user.has_role("ambassador"):
        panels.append(
            {
                "template": "certification/dashboard_panel.html",
                "context": _ambassador_context(user),
                "order": 42,
            }
        )
    if user.is_superuser or user.has_role(*STAFF_ROLES):
        panels.append(
            {
                "template": "certification/dashboard_staff.html",
                "context": {"may_export": user.has_role("hr") and bool(user.organisation_id)},
                "order": 50,
            }
        )
    return panels
