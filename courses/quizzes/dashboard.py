"""The quizzes panel of the personal dashboard: each quiz, where the learner stands, a link."""

from django.utils.translation import get_language

from ..selectors import can_follow_programme, programme_for_language
from .selectors import (
    can_grade,
    can_take_quizzes,
    grading_queue_count,
    quiz_statuses_for,
    quizzes_for_programme,
)


def dashboard_panels(*, user) -> list[dict]:
    panels = []
    if can_grade(user):
        panels.append(
            {
                "template": "courses/quizzes/grading_panel.html",
                "context": {"count": grading_queue_count(grader=user)},
                "order": 15,
            }
        )
    if can_take_quizzes(user):
        panels.extend(_learner_panels(user=user))
    return panels


def _learner_panels(*, user) -> list[dict]:
    programme = programme_for_language(get_language())
    if programme is None or not can_follow_programme(user, programme=programme):
        return []
    quizzes = quizzes_for_programme(programme=programme)
    if not quizzes:
        return []
    statuses = quiz_statuses_for(user=user, quizzes=quizzes)
    return [
        {
            "template": "courses/quizzes/dashboard_panel.html",
            "context": {"statuses": statuses},
            "order": 20,
        }
    ]
