"""The personal dashboard is assembled from panels that each app offers for the user.

Each app exposes `dashboard_panels(*, user) -> list[dict]` in its `dashboard` module; a panel is
`{"template": str, "context": dict, "order": int}`. lms reads them; the apps never import lms.
"""

from importlib import import_module

PANEL_MODULES = (
    "courses.dashboard",
    "courses.cohorts.dashboard",
    "courses.quizzes.dashboard",
    "charter.dashboard",
    "coaching.dashboard",
    "lms.certification.dashboard",
    "lms.hr.dashboard",
    "lms.privacy.dashboard",
)


def dashboard_panels_for(*, user) -> list[dict]:
    panels = []
    for module_name in PANEL_MODULES:
        panels.extend(import_module(module_name).dashboard_panels(user=user))
    return sorted(panels, key=lambda panel: panel.get("order", 100))
