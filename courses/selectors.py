"""Reads about the programme: who may follow it, which sessions are open, learner progress.

Progress is computed from the lessons' translation keys, so the French page and its English
translation count as one lesson, and in a constant number of queries whatever the lesson count.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from .caching import (
    CONTENT_TOKEN,
    cached_read,
    cached_reads,
    completions_token,
    earliest,
    learner_token,
    next_midnight,
    reflections_token,
)
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


def lesson_programme(*, user, lesson: LessonPage) -> ProgrammePage | None:
    """The lesson's programme: for a learner, the programme of their seat already read with
    their seats when the lesson is in it (the original language); else one query."""
    if user.is_authenticated and not user.has_role(*STAFF_ROLES) and user.has_role(LEARNER_ROLE):
        for seat in seats_of(user=user):
            if lesson.path.startswith(seat.cohort.programme.path):
                return seat.cohort.programme
    return ProgrammePage.objects.ancestor_of(lesson).first()


def programme_for_language(language: str) -> ProgrammePage | None:
    """The live programme in `language`, else the one in the default language."""
    programmes = list(ProgrammePage.objects.live().select_related("locale").order_by("path"))
    by_language = {p.locale.language_code: p for p in reversed(programmes)}
    return by_language.get(language) or by_language.get(settings.LANGUAGE_CODE)


def sessions_with_opening(sessions: QuerySet[SessionPage], *, user) -> QuerySet[SessionPage]:
    """`sessions` with what their opening to `user` depends on, read in the same query: their
    language (translations follow their original page's settings) and whether one of the
    user's cohorts has opened them (sessions_open_for reads both)."""
    if user.has_role(*STAFF_ROLES) or not user.has_role(LEARNER_ROLE):
        return sessions
    return sessions.select_related("locale").annotate(
        opened_for_cohort=Exists(
            CohortSession.objects.filter(
                Q(lessons_opened_at__isnull=False) | Q(date__lte=timezone.localdate()),
                cohort_id__in=[seat.cohort_id for seat in seats_of(user=user)],
                session__translation_key=OuterRef("translation_key"),
            )
        ),
    )


def sessions_open_for(*, user, sessions: list[SessionPage]) -> dict[int, bool]:
    """Whether each session's lessons are open to `user`, by page id. No query for sessions
    of the default language read with `sessions_with_opening`; one for their originals when
    they are translations, one to read them again when they were not read with it.

    The opening is set on the original (default-language) page; its translations follow it.
    A cohort member also gets each session from the day their cohort meets for it.
    """
    if user.has_role(*STAFF_ROLES):
        return {session.pk: True for session in sessions}
    seats = seats_of(user=user) if user.has_role(LEARNER_ROLE) else []
    if not seats:  # no seat in a cohort: every session stays closed
        return {session.pk: False for session in sessions}
    if not all(hasattr(session, "opened_for_cohort") for session in sessions):
        sessions = _reread_with_opening(sessions, user=user)
    originals = _originals_of(sessions)
    now = timezone.now()
    programme_paths = [seat.cohort.programme.path for seat in seats]
    opened = {}
    for session in sessions:
        original = originals.get(session.translation_key, session)
        session.original_opening = original
        # Only the sessions of a programme the learner has a seat for.
        in_programme = any(original.path.startswith(path) for path in programme_paths)
        opened[session.pk] = (in_programme and original.is_open_at(now)) or bool(
            session.opened_for_cohort
        )
    return opened


def _originals_of(sessions: list[SessionPage]) -> dict:
    """The default-language pages of the sessions that are translations, by translation key
    (no query when every session is in the default language)."""
    keys = [
        session.translation_key
        for session in sessions
        if session.locale.language_code != settings.LANGUAGE_CODE
    ]
    if not keys:
        return {}
    return {
        original.translation_key: original
        for original in SessionPage.objects.filter(
            translation_key__in=keys, locale__language_code=settings.LANGUAGE_CODE
        ).only("path", "translation_key", "open_to_learners", "opens_at")
    }


def _reread_with_opening(sessions: list[SessionPage], *, user) -> list[SessionPage]:
    """`sessions` read again with their opening (one query); one no longer in the database
    keeps its own settings and no cohort opening."""
    reread = sessions_with_opening(
        SessionPage.objects.filter(pk__in=[session.pk for session in sessions]), user=user
    ).only("path", "translation_key", "open_to_learners", "opens_at", "locale")
    found = {session.pk: session for session in reread}
    for session in sessions:
        if session.pk not in found:
            session.opened_for_cohort = False
            found[session.pk] = session
    return [found[session.pk] for session in sessions]


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

    def for_lesson(self, lesson: LessonPage) -> SessionProgress | None:
        """The progress in the lesson's session (None when that session is not live)."""
        parent_path = lesson.path[: -lesson.steplen]
        return next((item for item in self.sessions if item.session.path == parent_path), None)


def programme_progress(*, user, programme: ProgrammePage) -> ProgrammeProgress:
    """Where `user` stands in `programme`: the programme's outline as the user sees it (its
    sessions, their opening, their lessons) and the user's completions, each from the cache
    while what it was read from is unchanged (courses.caching), in one round trip. After a
    completion only the completions are read again (one query)."""

    def outline_read():
        outline = programme_outline_read(user=user, programme=programme)
        return outline, _outline_valid_until(outline)

    outline, completions = cached_reads(
        (
            f"courses:outline:{user.pk}:{programme.pk}",
            [CONTENT_TOKEN, learner_token(user.pk)],
            outline_read,
        ),
        (
            f"courses:completions:{user.pk}",
            [completions_token(user.pk)],
            lambda: (completions_read(user=user), None),
        ),
    )
    return _progress_built(programme, outline, completions)


def _progress_built(programme, outline: list["SessionProgress"], completions: dict):
    for session in outline:
        for item in session.lessons:
            item.done = item.lesson.translation_key in completions
    return ProgrammeProgress(programme, outline, _next_lesson(outline, completions))


def _outline_valid_until(outline: list["SessionProgress"]):
    """When the sessions' opening may change by itself: at a session's opening time, and at
    midnight for a cohort session that opens on its day."""
    sessions = [item.session for item in outline]
    originals = [getattr(session, "original_opening", session) for session in sessions]
    return earliest([next_midnight(), *(session.opens_at for session in originals)])


def completions_read(*, user) -> dict:
    """The lessons `user` completed, by translation key, with when (one query)."""
    completions = LessonCompletion.objects.filter(user=user)
    return dict(completions.values_list("lesson_key", "completed_at"))


def programme_outline_read(*, user, programme: ProgrammePage) -> list[SessionProgress]:
    """The programme's live sessions as `user` sees them (open or not), each with its live
    lessons, none marked done: two queries whatever the number of lessons, and the sessions'
    opening (sessions_open_for)."""
    sessions = list(sessions_with_opening(programme.sessions, user=user))
    lessons = list(
        LessonPage.objects.live()
        .descendant_of(programme)
        .defer_streamfields()
        .only("id", "path", "title", "url_path", "translation_key", "duration_minutes")
        .order_by("path")
    )
    is_open = sessions_open_for(user=user, sessions=sessions)
    by_path = {session.path: SessionProgress(session, is_open[session.pk]) for session in sessions}
    for lesson in lessons:
        session_progress = by_path.get(lesson.path[: -LessonPage.steplen])
        if session_progress:  # a lesson under an unpublished session is not shown
            session_progress.lessons.append(LessonProgress(lesson, False))
    return [by_path[session.path] for session in sessions]


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
    """The learner's own answers to the lesson's exercises, by block id: from the cache while
    the learner's records are unchanged (courses.caching), else one query."""

    def read():
        answers = ReflectionAnswer.objects.filter(user=user, lesson_key=lesson.translation_key)
        return {answer.block_id: answer for answer in answers}, None

    key = f"courses:reflections:{user.pk}:{lesson.translation_key}"
    return cached_read(key, tokens=[reflections_token(user.pk)], read=read)


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
