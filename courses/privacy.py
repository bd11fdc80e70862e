"""A person's data in the programme: export (GDPR access and portability) and erasure.

Called by the core's personal-data pages; this app does not know who asks. Erasure keeps what
aggregate figures count (enrolments, attendance, completions, attempt scores) and removes what
the person wrote.
"""

import datetime

from django.db import transaction

from .models import (
    Attendance,
    Enrolment,
    FreeTextQuestion,
    LessonCompletion,
    LessonPage,
    QuizAnswer,
    QuizAttempt,
    ReflectionAnswer,
    SessionFeedback,
)


def _iso(value):
    return value.isoformat() if value else None


def _lesson_titles(keys) -> dict:
    lessons = LessonPage.objects.filter(translation_key__in=set(keys), locale__language_code="fr")
    return {lesson.translation_key: lesson.title for lesson in lessons}


def _enrolments(user) -> list[dict]:
    enrolments = Enrolment.objects.filter(user=user).select_related("cohort__organisation")
    return [
        {
            "cohort": enrolment.cohort.name,
            "organisation": enrolment.cohort.organisation.name,
            "state": enrolment.state,
            "invited_at": _iso(enrolment.created_at),
            "confirmed_at": _iso(enrolment.confirmed_at),
            "waitlisted_at": _iso(enrolment.waitlisted_at),
            "withdrawn_at": _iso(enrolment.withdrawn_at),
        }
        for enrolment in enrolments.order_by("created_at")
    ]


def _attendance(user) -> list[dict]:
    rows = Attendance.objects.filter(user=user).select_related("cohort_session__cohort")
    return [
        {
            "cohort": row.cohort_session.cohort.name,
            "session": row.cohort_session.number,
            "date": _iso(row.cohort_session.date),
            "status": row.status,
            "makeup": row.makeup,
            "recorded_at": _iso(row.recorded_at),
        }
        for row in rows.order_by("cohort_session__date")
    ]


def _progress(user) -> list[dict]:
    completions = list(LessonCompletion.objects.filter(user=user).order_by("completed_at"))
    titles = _lesson_titles(c.lesson_key for c in completions)
    return [
        {
            "lesson_key": str(c.lesson_key),
            "lesson": titles.get(c.lesson_key, ""),
            "completed_at": _iso(c.completed_at),
        }
        for c in completions
    ]


def _reflections(user) -> list[dict]:
    answers = list(ReflectionAnswer.objects.filter(user=user))
    titles = _lesson_titles(a.lesson_key for a in answers)
    return [
        {
            "lesson_key": str(a.lesson_key),
            "lesson": titles.get(a.lesson_key, ""),
            "exercise": a.block_id,
            "answer": a.answer,
            "created_at": _iso(a.created_at),
            "updated_at": _iso(a.updated_at),
        }
        for a in answers
    ]


def _quiz_attempts(user) -> list[dict]:
    attempts = (
        QuizAttempt.objects.filter(user=user)
        .select_related("quiz")
        .prefetch_related("answers__question")
        .order_by("started_at")
    )
    return [
        {
            "quiz": attempt.quiz.title_fr,
            "number": attempt.number,
            "state": attempt.state,
            "started_at": _iso(attempt.started_at),
            "submitted_at": _iso(attempt.submitted_at),
            "score_percent": float(attempt.score) if attempt.score is not None else None,
            "passed": attempt.passed,
            "answers": [
                {
                    "question": answer.question.key,
                    "response": answer.response,
                    "score": float(answer.score) if answer.score is not None else None,
                    "feedback": answer.feedback,
                }
                for answer in attempt.answers.all()
            ],
        }
        for attempt in attempts
    ]


def _feedback(user) -> list[dict]:
    rows = SessionFeedback.objects.filter(user=user).select_related("cohort_session__cohort")
    return [
        {
            "cohort": row.cohort_session.cohort.name,
            "session": row.cohort_session.number,
            "rating": row.rating,
            "comment": row.comment,
            "updated_at": _iso(row.updated_at),
        }
        for row in rows
    ]


def personal_data_export(*, user) -> dict:
    """Everything this app holds about `user`, as JSON-ready data."""
    return {
        "enrolments": _enrolments(user),
        "attendance": _attendance(user),
        "lessons_completed": _progress(user),
        "reflections": _reflections(user),
        "quiz_attempts": _quiz_attempts(user),
        "session_feedback": _feedback(user),
    }


@transaction.atomic
def personal_data_erase(*, user) -> dict[str, int]:
    """Remove what `user` wrote (reflections, free-text answers and their feedback, feedback
    comments); keep the facts that aggregate figures count. Returns counts per kind."""
    reflections, _ = ReflectionAnswer.objects.filter(user=user).delete()
    free_text = QuizAnswer.objects.filter(
        attempt__user=user,
        question__in=FreeTextQuestion.objects.values("pk"),
    ).update(response=None, feedback="")
    # Feedback written by graders on other answers may quote the person's words.
    other_feedback = (
        QuizAnswer.objects.filter(attempt__user=user).exclude(feedback="").update(feedback="")
    )
    comments = SessionFeedback.objects.filter(user=user).exclude(comment="").update(comment="")
    return {
        "reflections_deleted": reflections,
        "free_text_answers_cleared": free_text,
        "answer_feedback_cleared": other_feedback,
        "feedback_comments_cleared": comments,
    }


@transaction.atomic
def quiz_attempts_purge(*, older_than: datetime.datetime) -> int:
    """Clear what was answered in finished attempts started before `older_than`.

    The attempts and each answer's score stay: they prove a quiz was passed, number the next
    attempt and feed the question statistics. Returns the number of answers cleared."""
    stale = QuizAnswer.objects.filter(attempt__started_at__lt=older_than).exclude(
        attempt__state="open"
    )
    return stale.exclude(response__isnull=True, feedback="").update(response=None, feedback="")
