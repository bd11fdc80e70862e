"""Permissions this app's roles need, keyed by role value; lms.roles installs them."""

_COHORT_MODELS = ("cohort", "enrolment", "cohortsession", "attendance")
_QUIZ_MODELS = (
    "quiz",
    "questioncategory",
    "singlechoicequestion",
    "multiplechoicequestion",
    "truefalsequestion",
    "scenarioquestion",
    "orderingquestion",
    "freetextquestion",
)
_ALL = ("add", "change", "delete", "view")


def _perms(actions, models):
    return [f"courses.{action}_{model}" for model in models for action in actions]


ROLE_PERMISSIONS: dict[str, list[str]] = {
    "trainer": [
        *_perms(("add", "change", "view"), _COHORT_MODELS),
        "courses.view_sessionfeedback",
        *_perms(_ALL, _QUIZ_MODELS),
    ],
    "hr": _perms(("view",), _COHORT_MODELS),
    "editor": _perms(_ALL, (*_COHORT_MODELS, "sessionfeedback", *_QUIZ_MODELS)),
}
