"""Reads about cohorts: who sees which cohort, a person's cohort, attendance, feedback."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Avg, Count, Prefetch, QuerySet
from django.utils import timezone
from django.utils.module_loading import import_string

from ..caching import CONTENT_TOKEN, cached_read, learner_token
from ..models import (
    ATTENDED,
    Attendance,
    Cohort,
    CohortSession,
    CohortStatus,
    Enrolment,
    EnrolmentState,
    SessionFeedback,
    SessionPage,
)
from ..models.pages import SESSIONS_PER_PROGRAMME

SEATED_STATES = (EnrolmentState.CONFIRMED, EnrolmentState.COMPLETED)
STAFF_ROLES = ("trainer", "editor")


def sees_every_cohort(user) -> bool:
    return user.is_superuser or user.has_role("editor")


def cohorts_visible_to(*, viewer) -> QuerySet[Cohort]:
    """Editors see every cohort, trainers the ones they run, HR their organisation's."""
    queryset = Cohort.objects.select_related("organisation", "programme")
    if sees_every_cohort(viewer):
        return queryset
    if viewer.has_role("trainer"):
        return queryset.filter(trainers=viewer).distinct()
    if viewer.has_role("hr") and viewer.organisation_id:
        return queryset.filter(organisation_id=viewer.organisation_id)
    return queryset.none()


def cohorts_run_by(*, viewer) -> QuerySet[Cohort]:
    """Cohorts whose live sessions `viewer` may run: their own, or all for an editor."""
    queryset = Cohort.objects.select_related("organisation", "programme")
    if sees_every_cohort(viewer):
        return queryset
    if viewer.has_role("trainer"):
        return queryset.filter(trainers=viewer).distinct()
    return queryset.none()


def cohort_sessions_run_by(*, viewer) -> QuerySet[CohortSession]:
    return CohortSession.objects.filter(cohort__in=cohorts_run_by(viewer=viewer)).select_related(
        "cohort", "session"
    )


def enrolments_visible_to(*, viewer) -> QuerySet[Enrolment]:
    return Enrolment.objects.filter(cohort__in=cohorts_visible_to(viewer=viewer)).select_related(
        "cohort", "user"
    )


def cohort_sessions_visible_to(*, viewer) -> QuerySet[CohortSession]:
    return CohortSession.objects.filter(
        cohort__in=cohorts_visible_to(viewer=viewer)
    ).select_related("cohort", "session")


def attendance_visible_to(*, viewer) -> QuerySet[Attendance]:
    return Attendance.objects.filter(
        cohort_session__cohort__in=cohorts_visible_to(viewer=viewer)
    ).select_related("cohort_session__cohort", "user")


def feedback_visible_to(*, viewer) -> QuerySet[SessionFeedback]:
    return SessionFeedback.objects.filter(
        cohort_session__cohort__in=cohorts_visible_to(viewer=viewer)
    ).select_related("cohort_session__cohort", "user")


def current_enrolment(*, user) -> Enrolment | None:
    """The person's seat in a cohort that is not cancelled, newest first."""
    return (
        Enrolment.objects.filter(user=user, state__in=SEATED_STATES)
        .exclude(cohort__status=CohortStatus.CANCELLED)
        .select_related("cohort")
        .order_by("-confirmed_at", "-pk")
        .first()
    )


# Where `seats_of` keeps its answer on the user object, like the user's roles.
_SEATS_CACHE = "_cohort_seats"


def seats_of(*, user) -> list[Enrolment]:
    """The person's seats (confirmed or completed) in cohorts that are not cancelled, newest
    first, each with its cohort and the cohort's programme. One query, then remembered on the
    user object for the rest of the request."""
    seats = getattr(user, _SEATS_CACHE, None)
    if seats is None:
        seats = cached_read(
            f"courses:seats:{user.pk}",
            tokens=[CONTENT_TOKEN, learner_token(user.pk)],
            read=lambda: (seats_read(user=user), None),
        )
        setattr(user, _SEATS_CACHE, seats)
    return seats


def seats_read(*, user) -> list[Enrolment]:
    """`seats_of` read from the database (one query). The answer is for reading: a service
    that changes an enrolment locks and reads it again."""
    return list(
        Enrolment.objects.filter(user=user, state__in=SEATED_STATES)
        .exclude(cohort__status=CohortStatus.CANCELLED)
        .select_related("cohort__programme")
        .order_by("-confirmed_at", "-pk")
    )


def programme_seat(*, user, programme=None) -> Enrolment | None:
    """The person's seat in a cohort of `programme` (in any of its languages), or in any
    cohort when `programme` is None."""
    for seat in seats_of(user=user):
        if programme is None or seat.cohort.programme.translation_key == programme.translation_key:
            return seat
    return None


def cohort_of(*, user) -> Cohort | None:
    """The cohort `user` has a seat in (confirmed or completed), else None."""
    enrolment = current_enrolment(user=user)
    return enrolment.cohort if enrolment else None


def enrolments_of(*, user) -> list[Enrolment]:
    """Every enrolment of `user` that still asks for something or gives a seat."""
    return list(
        Enrolment.objects.filter(
            user=user,
            state__in=(
                EnrolmentState.INVITED,
                EnrolmentState.CONFIRMED,
                EnrolmentState.WAITLISTED,
            ),
        )
        .exclude(cohort__status__in=(CohortStatus.CANCELLED, CohortStatus.FINISHED))
        .select_related("cohort")
        .prefetch_related(
            Prefetch("cohort__sessions", queryset=CohortSession.objects.select_related("session"))
        )
    )


def cohort_sessions_open_for(*, user, sessions: list[SessionPage]) -> dict[int, bool] | None:
    """Whether each session's lessons are open to `user` through their cohort, by page id: from
    the day the cohort meets for it, or earlier when the trainer opened them. None when the user
    is in no cohort. Two queries (one once the user's seats are known)."""
    seats = seats_of(user=user)
    if not seats:
        return None
    today = timezone.localdate()
    opened = {
        cohort_session.session.translation_key
        for cohort_session in CohortSession.objects.filter(
            cohort_id__in=[seat.cohort_id for seat in seats],
            session__translation_key__in=[session.translation_key for session in sessions],
        ).select_related("session")
        if cohort_session.lessons_open_on(today)
    }
    return {session.pk: session.translation_key in opened for session in sessions}


def cohort_session_open_for(*, user, session: SessionPage) -> bool | None:
    """`cohort_sessions_open_for` for one session: None when the user is in no cohort."""
    opened = cohort_sessions_open_for(user=user, sessions=[session])
    return None if opened is None else opened[session.pk]


def attendance_complete_for(*, users) -> dict[int, bool]:
    """Whether each user attended all four sessions (in any cohort: make-ups count). One query."""
    user_ids = [getattr(user, "pk", user) for user in users]
    attended = (
        Attendance.objects.filter(user_id__in=user_ids, status__in=ATTENDED)
        .values_list("user_id", "cohort_session__number")
        .distinct()
    )
    numbers: dict[int, set[int]] = {user_id: set() for user_id in user_ids}
    for user_id, number in attended:
        numbers[user_id].add(number)
    every_session = set(range(1, SESSIONS_PER_PROGRAMME + 1))
    return {user_id: found >= every_session for user_id, found in numbers.items()}


@dataclass
class RosterRow:
    enrolment: Enrolment | None
    user: object
    attendance: Attendance | None
    lessons_done: int
    lessons_total: int
    makeup: bool = False
    quiz_passed: bool | None = None  # None: the session has no quiz
    # Statuses other apps add through settings.COHORT_ROSTER_COLUMNS: (label, "ok" | "warn").
    notes: list[tuple[str, str]] = field(default_factory=list)


def _roster_statuses_add(rows: list[RosterRow], *, cohort_session: CohortSession) -> None:
    """The session's quiz, then each column of settings.COHORT_ROSTER_COLUMNS: callables
    `(*, users) -> {user id: (label, level)}` that the core app provides (charter status)."""
    from ..quizzes.selectors import quiz_for_session, quizzes_passed_for

    users = [row.user for row in rows]
    quiz = quiz_for_session(session=cohort_session.session)
    passed = quizzes_passed_for(users=users, quizzes=[quiz]) if quiz and users else {}
    for row in rows:
        row.quiz_passed = passed.get((row.user.pk, quiz.pk), False) if quiz else None
    for path in getattr(settings, "COHORT_ROSTER_COLUMNS", []):
        column = import_string(path)(users=users) if users else {}
        for row in rows:
            if row.user.pk in column:
                row.notes.append(column[row.user.pk])


def live_roster(*, cohort_session: CohortSession) -> list[RosterRow]:
    """The cohort's seated members and any make-up attendees, with attendance and lessons done
    in this session. A constant number of queries."""
    from ..models import LessonCompletion, LessonPage

    enrolments = list(
        cohort_session.cohort.enrolments.filter(state__in=SEATED_STATES).select_related("user")
    )
    attendances = {
        attendance.user_id: attendance
        for attendance in cohort_session.attendances.select_related("user")
    }
    lesson_keys = list(
        LessonPage.objects.live()
        .child_of(cohort_session.session)
        .values_list("translation_key", flat=True)
    )
    user_ids = [enrolment.user_id for enrolment in enrolments] + list(attendances)
    done = dict(
        LessonCompletion.objects.filter(user_id__in=user_ids, lesson_key__in=lesson_keys)
        .values("user_id")
        .annotate(count=Count("pk"))
        .values_list("user_id", "count")
    )
    rows = [
        RosterRow(
            enrolment=enrolment,
            user=enrolment.user,
            attendance=attendances.get(enrolment.user_id),
            lessons_done=done.get(enrolment.user_id, 0),
            lessons_total=len(lesson_keys),
        )
        for enrolment in enrolments
    ]
    members = {enrolment.user_id for enrolment in enrolments}
    rows += [
        RosterRow(
            enrolment=None,
            user=attendance.user,
            attendance=attendance,
            lessons_done=done.get(user_id, 0),
            lessons_total=len(lesson_keys),
            makeup=True,
        )
        for user_id, attendance in attendances.items()
        if user_id not in members
    ]
    _roster_statuses_add(rows, cohort_session=cohort_session)
    return rows


def makeup_candidates(*, cohort_session: CohortSession):
    """People seated in another cohort of the same organisation who can make up this session."""
    from django.contrib.auth import get_user_model

    others = Enrolment.objects.filter(
        cohort__organisation_id=cohort_session.cohort.organisation_id,
        state__in=SEATED_STATES,
    ).exclude(cohort_id=cohort_session.cohort_id)
    return (
        get_user_model()
        .objects.filter(pk__in=others.values("user_id"))
        .exclude(pk__in=cohort_session.attendances.values("user_id"))
        .order_by("last_name", "first_name")
    )


@dataclass
class FeedbackSummary:
    average: float | None
    count: int
    comments: list[SessionFeedback]


def feedback_summary(*, cohort_session: CohortSession) -> FeedbackSummary:
    """Average rating, how many rated, and the written comments (newest first)."""
    feedback = cohort_session.feedback.all()
    totals = feedback.aggregate(average=Avg("rating"), count=Count("pk"))
    comments = list(feedback.exclude(comment="").select_related("user"))
    average = round(totals["average"], 1) if totals["average"] is not None else None
    return FeedbackSummary(average, totals["count"], comments)


def feedback_of(*, user, cohort_sessions) -> dict[int, SessionFeedback]:
    return {
        feedback.cohort_session_id: feedback
        for feedback in SessionFeedback.objects.filter(
            user=user, cohort_session__in=list(cohort_sessions)
        )
    }
