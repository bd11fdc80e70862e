"""Panels this part of lms adds to the personal dashboard (collected by lms.dashboard)."""

from .selectors import certificate_for, posting_state_for, readiness_for

STAFF_ROLES = ("trainer", "hr", "editor")


def dashboard_panels(*, user) -> list[dict]:
    panels = []
    if user.organisation_id and user.has_role("ambassador"):
        readiness = readiness_for(user=user)
        panels.append(
            {
                "template": "certification/dashboard_panel.html",
                "context": {
                    "readiness": readiness,
                    "met": sum(item.met for item in readiness),
                    "total": len(readiness),
                    "certificate": certificate_for(user=user),
                    "posting": posting_state_for(user=user),
                },
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
