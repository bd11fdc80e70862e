"""Reads about the programme: who may follow it, which sessions are open, learner progress.

Progress is computed from the lessons' translation keys, so the French page and its English
translation count as one lesson, and in a constant number of queries whatever the lesson count.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from .cohorts.selectors import enrolments_of, programme_seat, seats_of
from .models import (
    CohortSession,
    EnrolmentState,
    LessonCompletion,
    LessonPage,
    ProgrammePage,
    ReflectionAnswer,
    SessionPage,
)
from .models.pages import opening_settings_open_at

# Staff follow the programme and see every session, open or not, to prepare and run them.
STAFF_ROLES = ("trainer", "coach", "editor")
LEARNER_ROLE = "ambassador"


def can_follow_programme(user, *, programme: ProgrammePage | None = None) -> bool:
    """Staff, and ambassadors with a seat in a cohort of `programme` (of any programme when
    None). A seat is a confirmed or completed enrolment in a cohort that is not cancelled: an
    invitation not yet accepted, or a place on the waiting list, does not give one."""
    if not (user and user.is_authenticated):
        return False
    if user.has_role(*STAFF_ROLES):
        return True
    if not user.has_role(LEARNER_ROLE):
        return False
    return programme_seat(user=user, programme=programme) is not None


def is_waiting_learner(user) -> bool:
    """An ambassador who does not (yet) have a seat in a cohort: the pages tell them why."""
    return bool(
        user
        and user.is_authenticated
        and user.has_role(LEARNER_ROLE)
        and not user.has_role(*STAFF_ROLES)
        and not can_follow_programme(user)
    )


def enrolment_prospect(*, user) -> dict:
    """What an ambassador without a seat can do about it: confirm an invitation, wait for a
    seat on a waiting list, or ask to be enrolled. Two queries."""
    enrolments = [e for e in enrolments_of(user=user) if e.state != EnrolmentState.CONFIRMED]
    return {
        "invited": [e for e in enrolments if e.state == EnrolmentState.INVITED],
        "waitlisted": [e for e in enrolments if e.state == EnrolmentState.WAITLISTED],
    }


def programme_for_language(language: str) -> ProgrammePage | None:
    """The live programme in `language`, else the one in the default language."""
    programmes = list(ProgrammePage.objects.live().select_related("locale").order_by("path"))
    by_language = {p.locale.language_code: p for p in reversed(programmes)}
    return by_language.get(language) or by_language.get(settings.LANGUAGE_CODE)


def sessions_with_opening(sessions: QuerySet[SessionPage], *, user) -> QuerySet[SessionPage]:
    """`sessions` with what their opening to `user` depends on, read in the same query: the
    original (default-language) page's path and settings, which translations follow, and
    whether one of the user's cohorts has opened it (sessions_open_for reads them)."""
    if user.has_role(*STAFF_ROLES) or not user.has_role(LEARNER_ROLE):
        return sessions
    originals = SessionPage.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=settings.LANGUAGE_CODE,
    )
    return sessions.annotate(
        original_path=Subquery(originals.values("path")[:1]),
        original_open_to_learners=Subquery(originals.values("open_to_learners")[:1]),
        original_opens_at=Subquery(originals.values("opens_at")[:1]),
        opened_for_cohort=Exists(
            CohortSession.objects.filter(
                Q(lessons_opened_at__isnull=False) | Q(date__lte=timezone.localdate()),
                cohort_id__in=[seat.cohort_id for seat in seats_of(user=user)],
                session__translation_key=OuterRef("translation_key"),
            )
        ),
    )


def _has_opening(session: SessionPage) -> bool:
    return hasattr(session, "opened_for_cohort")


def sessions_open_for(*, user, sessions: list[SessionPage]) -> dict[int, bool]:
    """Whether each session's lessons are open to `user`, by page id: no query for sessions
    read with `sessions_with_opening`, else one.

    The opening is set on the original (default-language) page; its translations follow it.
    A cohort member also gets each session from the day their cohort meets for it.
    """
    if user.has_role(*STAFF_ROLES):
        return {session.pk: True for session in sessions}
    seats = seats_of(user=user) if user.has_role(LEARNER_ROLE) else []
    if not seats:  # no seat in a cohort: every session stays closed
        return {session.pk: False for session in sessions}
    if not all(_has_opening(session) for session in sessions):
        sessions = _reread_with_opening(sessions, user=user)
    now = timezone.now()
    programme_paths = [seat.cohort.programme.path for seat in seats]
    opened = {}
    for session in sessions:
        path, settings_open = _original_opening(session, now)
        # Only the sessions of a programme the learner has a seat for.
        in_programme = any(path.startswith(programme) for programme in programme_paths)
        opened[session.pk] = (in_programme and settings_open) or bool(session.opened_for_cohort)
    return opened


def _reread_with_opening(sessions: list[SessionPage], *, user) -> list[SessionPage]:
    """`sessions` read again with their opening (one query); one no longer in the database
    keeps its own settings and no cohort opening."""
    reread = sessions_with_opening(
        SessionPage.objects.filter(pk__in=[session.pk for session in sessions]), user=user
    ).only("path", "translation_key", "open_to_learners", "opens_at")
    found = {session.pk: session for session in reread}
    for session in sessions:
        if session.pk not in found:
            session.original_path, session.opened_for_cohort = None, False
            found[session.pk] = session
    return [found[session.pk] for session in sessions]


def _original_opening(session: SessionPage, moment) -> tuple[str, bool]:
    """The path of the session's original page and whether its own settings open it at
    `moment`, as annotated on `session` (the session's own when it has no original)."""
    if session.original_path is None:
        return session.path, session.is_open_at(moment)
    return session.original_path, opening_settings_open_at(
        moment,
        open_to_learners=session.original_open_to_learners,
        opens_at=session.original_opens_at,
    )


def session_is_open(*, user, session: SessionPage) -> bool:
    """May `user` open the lessons of `session`? The one place a per-cohort opening plugs in."""
    return sessions_open_for(user=user, sessions=[session])[session.pk]


@dataclass
class LessonProgress:
    lesson: LessonPage
    done: bool


@dataclass
class SessionProgress:
    session: SessionPage
    is_open: bool
    lessons: list[LessonProgress] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def done(self) -> int:
        return sum(1 for item in self.lessons if item.done)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def state(self) -> str:
        """locked, open, in_progress or done."""
        if not self.is_open:
            return "locked"
        if self.total and self.done == self.total:
            return "done"
        return "in_progress" if self.done else "open"

    def neighbours(self, lesson: LessonPage) -> tuple[LessonPage | None, LessonPage | None]:
        """The lessons before and after `lesson` in this session."""
        pages = [item.lesson for item in self.lessons]
        index = next((i for i, page in enumerate(pages) if page.pk == lesson.pk), None)
        if index is None:
            return None, None
        previous = pages[index - 1] if index > 0 else None
        following = pages[index + 1] if index + 1 < len(pages) else None
        return previous, following


@dataclass
class ProgrammeProgress:
    programme: ProgrammePage
    sessions: list[SessionProgress]
    next_lesson: LessonPage | None

    @property
    def total(self) -> int:
        return sum(item.total for item in self.sessions)

    @property
    def done(self) -> int:
        return sum(item.done for item in self.sessions)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def started(self) -> bool:
        return self.done > 0

    def for_session(self, session: SessionPage) -> SessionProgress | None:
        return next((item for item in self.sessions if item.session.pk == session.pk), None)


def programme_progress(*, user, programme: ProgrammePage) -> ProgrammeProgress:
    """Where `user` stands in `programme`: two queries, whatever the number of lessons, and
    the sessions' opening (sessions_open_for)."""
    sessions = list(sessions_with_opening(programme.sessions, user=user))
    completion = LessonCompletion.objects.filter(user=user, lesson_key=OuterRef("translation_key"))
    lessons = list(
        LessonPage.objects.live()
        .descendant_of(programme)
        .defer_streamfields()
        .only("id", "path", "title", "url_path", "translation_key", "duration_minutes")
        .annotate(completed_at=Subquery(completion.values("completed_at")[:1]))
        .order_by("path")
    )
    completions = {
        lesson.translation_key: lesson.completed_at for lesson in lessons if lesson.completed_at
    }
    is_open = sessions_open_for(user=user, sessions=sessions)
    by_path = {session.path: SessionProgress(session, is_open[session.pk]) for session in sessions}
    for lesson in lessons:
        session_progress = by_path.get(lesson.path[: -LessonPage.steplen])
        if session_progress:  # a lesson under an unpublished session is not shown
            done = lesson.translation_key in completions
            session_progress.lessons.append(LessonProgress(lesson, done))
    progress = [by_path[session.path] for session in sessions]
    return ProgrammeProgress(programme, progress, _next_lesson(progress, completions))


def _next_lesson(sessions: list[SessionProgress], completions: dict) -> LessonPage | None:
    """The first lesson not done after the last one completed, else the first one not done."""
    ordered = [item for session in sessions if session.is_open for item in session.lessons]
    last_done = max(
        (i for i, item in enumerate(ordered) if item.done),
        key=lambda i: completions[ordered[i].lesson.translation_key],
        default=-1,
    )
    for item in ordered[last_done + 1 :] + ordered[: last_done + 1]:
        if not item.done:
            return item.lesson
    return None


def reflection_answers_for_lesson(*, user, lesson: LessonPage) -> dict[str, ReflectionAnswer]:
    """The learner's own answers to the lesson's exercises, by block id."""
    answers = ReflectionAnswer.objects.filter(user=user, lesson_key=lesson.translation_key)
    return {answer.block_id: answer for answer in answers}


@dataclass
class ReflectionForCoach:
    lesson: LessonPage | None
    prompt: str
    answer: ReflectionAnswer


def reflection_answers_for_coach(*, ambassador, language: str) -> list[ReflectionForCoach]:
    """Every reflection answer of `ambassador`, with the lesson and question in `language`.

    Answers are private to the ambassador and their coach: the caller must have checked that
    the viewer coaches this ambassador. Two queries.
    """
    answers = list(ReflectionAnswer.objects.filter(user=ambassador).order_by("updated_at"))
    keys = {answer.lesson_key for answer in answers}
    lessons = {}
    for lesson in LessonPage.objects.filter(translation_key__in=keys).select_related("locale"):
        current = lessons.get(lesson.translation_key)
        if current is None or lesson.locale.language_code == language:
            lessons[lesson.translation_key] = lesson
    result = []
    for answer in answers:
        lesson = lessons.get(answer.lesson_key)
        prompts = (
            {b.id: b.value["prompt"] for b in lesson.body if b.block_type == "reflection"}
            if lesson
            else {}
        )
        result.append(ReflectionForCoach(lesson, prompts.get(answer.block_id, ""), answer))
    return result
