"""Permissions this app's roles need, keyed by role value; lms.roles installs them."""

_COHORT_MODELS = ("cohort", "enrolment", "cohortsession", "attendance")


def _perms(actions, models):
    return [f"courses.{action}_{model}" for model in models for action in actions]


ROLE_PERMISSIONS: dict[str, list[str]] = {
    "trainer": [
        *_perms(("add", "change", "view"), _COHORT_MODELS),
        "courses.view_sessionfeedback",
    ],
    "hr": _perms(("view",), _COHORT_MODELS),
    "editor": _perms(("add", "change", "delete", "view"), (*_COHORT_MODELS, "sessionfeedback")),
}
