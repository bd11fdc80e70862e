"""The personal dashboard is assembled from panels that each app offers for the user.

Each app exposes `dashboard_panels(*, user) -> list[dict]` in its `dashboard` module; a panel is
`{"template": str, "context": dict, "order": int}`. lms reads them; the apps never import lms.

A module may also expose `dashboard_facts(*, user) -> dict`: what its panels need to know about
the user, as expressions on the user's row (subqueries on OuterRef("pk")). lms reads the facts of
every module in one query, with the organisation and department the page's header names, and
leaves them on the user object as `dashboard_facts`, a dict the panels read instead of querying;
without it (a panel rendered on its own), a panel reads what it needs itself.
"""

from importlib import import_module

from django.contrib.auth import get_user_model

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


def dashboard_facts_load(*, user, modules) -> None:
    """One query for the facts of every panel and the user's organisation and department, or
    none when there is nothing to read."""
    expressions = {}
    for module in modules:
        if hasattr(module, "dashboard_facts"):
            expressions.update(module.dashboard_facts(user=user))
    if not (expressions or user.organisation_id or user.department_id):
        user.dashboard_facts = {}
        return
    row = (
        get_user_model()
        .objects.select_related("organisation", "department")
        .annotate(**expressions)
        .get(pk=user.pk)
    )
    user.organisation, user.department = row.organisation, row.department
    user.dashboard_facts = {name: getattr(row, name) for name in expressions}


def dashboard_panels_for(*, user) -> list[dict]:
    modules = [import_module(module_name) for module_name in PANEL_MODULES]
    dashboard_facts_load(user=user, modules=modules)
    panels = []
    for module in modules:
        panels.extend(module.dashboard_panels(user=user))
    return sorted(panels, key=lambda panel: panel.get("order", 100))
