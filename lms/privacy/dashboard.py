"""Panels this part of lms adds to the personal dashboard (collected by lms.dashboard)."""


def dashboard_panels(*, user) -> list[dict]:
    panels = []
    if user.has_role("ambassador"):
        panels.append({"template": "privacy/panels/mine.html", "context": {}, "order": 95})
    if user.has_role("hr"):
        panels.append({"template": "privacy/panels/hr.html", "context": {}, "order": 95})
    return panels
