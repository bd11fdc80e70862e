"""The quizzes panel of the personal dashboard: each quiz, where the learner stands, a link."""

from django.db.models import OuterRef, Q, Subquery

from ..caching import CONTENT_TOKEN, attempts_token, cached_read, next_midnight
from ..dashboard import programme_shown_to
from ..models import ProgrammePage, SessionPage
from ..models.quizzes import Quiz
from ..selectors import can_follow_programme
from .selectors import can_grade, can_take_quizzes, grading_queue_count, quiz_statuses_for

FINAL = 9  # sorts the final quiz after the four session quizzes


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


def programme_quizzes(*, programme: ProgrammePage) -> list[Quiz]:
    """As `quizzes_for_programme`, in one query: the programme's sessions are a subquery, and
    the quizzes come without their pages, which the panel does not show."""
    sessions = SessionPage.objects.child_of(programme)
    number = sessions.filter(translation_key=OuterRef("session__translation_key"))
    quizzes = Quiz.objects.filter(
        Q(session__translation_key__in=sessions.values("translation_key"))
        | Q(programme__translation_key=programme.translation_key)
    ).annotate(session_number=Subquery(number.values("number")[:1]))
    return sorted(quizzes, key=lambda quiz: quiz.session_number or FINAL)


def _learner_panels(*, user) -> list[dict]:
    programme = programme_shown_to(user)
    if programme is None or not can_follow_programme(user, programme=programme):
        return []
    quizzes = cached_read(
        f"courses:programme-quizzes:{programme.pk}",
        tokens=[CONTENT_TOKEN],
        read=lambda: (programme_quizzes(programme=programme), None),
    )
    if not quizzes:
        return []
    statuses = cached_read(
        f"courses:quiz-statuses:{user.pk}:{programme.pk}",
        tokens=[CONTENT_TOKEN, attempts_token(user.pk)],
        read=lambda: (quiz_statuses_for(user=user, quizzes=quizzes), next_midnight()),
    )
    return [
        {
            "template": "courses/quizzes/dashboard_panel.html",
            "context": {"statuses": statuses},
            "order": 20,
        }
    ]
