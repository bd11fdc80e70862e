"""Learner-facing views. Page models hand their requests over to the functions here."""

import hashlib
import json
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from wagtail.models import Locale

from .forms import ReflectionForm
from .models import LessonPage, ProgrammePage, SessionPage
from .quizzes.selectors import quiz_status_for_session
from .selectors import (
    LessonProgress,
    SessionProgress,
    can_follow_programme,
    enrolment_prospect,
    is_waiting_learner,
    lesson_programme,
    programme_progress,
    reflection_answers_for_lesson,
    session_is_open,
    sessions_open_for,
)
from .services import LessonLocked, lesson_complete, reflection_answer_save

SEARCH_RESULTS_MAX = 30


def not_enrolled_response(request, *, programme: ProgrammePage | None = None):
    """Tell an ambassador without a seat in a cohort what to do; refuse anyone else."""
    if not is_waiting_learner(request.user):
        raise PermissionDenied
    context = {"programme": programme, **enrolment_prospect(user=request.user)}
    return TemplateResponse(request, "courses/not_enrolled.html", context, status=403)


def learner_refusal(request, *, session: SessionPage | None = None, programme=None):
    """A response refusing the request, or None when the user may read (the lessons of) it.

    `programme` is the page's programme; a lesson passes its `session`, whose programme it is.
    """
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    programme = session.programme if session is not None else programme
    if not can_follow_programme(user, programme=programme):
        return not_enrolled_response(request, programme=programme)
    if session is not None and not _session_open(request, session=session):
        context = {"page": session, "session": session}
        return TemplateResponse(request, "courses/lesson_locked.html", context, status=403)
    return None


def lesson_session(request, *, lesson: LessonPage) -> SessionPage | None:
    """The lesson's session, with its programme. When the user follows the programme, both
    come from what the request reads anyway (the learner's seats, the programme's sessions
    read for their progress) rather than from two queries up the page tree."""
    if not request.user.is_authenticated:
        return lesson.session  # refused before its programme is needed
    programme = lesson_programme(user=request.user, lesson=lesson)
    if programme is not None and can_follow_programme(request.user, programme=programme):
        found = _progress(request, programme=programme).for_lesson(lesson)
        if found is not None:
            lesson.session = found.session
    if lesson.session is not None and programme is not None:
        lesson.session.programme = programme
    return lesson.session


def programme_template(request, *, programme: ProgrammePage) -> str:
    """Learners see their progress; anyone else a public presentation of the programme."""
    if can_follow_programme(request.user, programme=programme):
        return "courses/programme_page.html"
    return "courses/programme_presentation.html"


def programme_context(request, *, programme: ProgrammePage) -> dict:
    if can_follow_programme(request.user, programme=programme):
        return {"progress": programme_progress(user=request.user, programme=programme)}
    context = {"sessions": list(programme.sessions)}
    if is_waiting_learner(request.user):
        context["prospect"] = enrolment_prospect(user=request.user)
    return context


def _session_progress(request, *, session: SessionPage, progress) -> SessionProgress:
    found = progress.for_session(session) if progress else None
    if found is None:  # a draft session seen in preview
        is_open = session_is_open(user=request.user, session=session)
        found = SessionProgress(
            session, is_open, [LessonProgress(x, False) for x in session.lessons]
        )
    return found


def _progress(request, *, programme: ProgrammePage):
    """The learner's progress in `programme`, read once per request (the refusal check and
    the page both need it)."""
    computed = request.__dict__.setdefault("_programme_progress", {})
    if programme.pk not in computed:
        computed[programme.pk] = programme_progress(user=request.user, programme=programme)
    return computed[programme.pk]


def _session_open(request, *, session: SessionPage) -> bool:
    programme = session.programme
    found = _progress(request, programme=programme).for_session(session) if programme else None
    return found.is_open if found else session_is_open(user=request.user, session=session)


def session_context(request, *, session: SessionPage) -> dict:
    programme = session.programme
    progress = _progress(request, programme=programme) if programme else None
    return {
        "programme": programme,
        "progress": progress,
        "session_progress": _session_progress(request, session=session, progress=progress),
    }


def session_page_context(request, *, session: SessionPage) -> dict:
    """The session page: its lessons, progress and the quiz that follows the session."""
    return {
        **session_context(request, session=session),
        "quiz_status": quiz_status_for_session(user=request.user, session=session),
    }


# The body's HTML is keyed by its content and language, so an edit (a new revision) reads
# a new entry; what the blocks point to (an image's rendition, a linked page's address) is read
# when the HTML is made, so an entry is kept one hour at most.
LESSON_BODY_CACHE_SECONDS = 60 * 60


@dataclass(frozen=True)
class ReflectionPart:
    """A reflection exercise of the body, rendered with the learner's own form and answer."""

    id: str
    value: dict


def _lesson_body_key(lesson: LessonPage) -> str:
    content = json.dumps(list(lesson.body.raw_data), sort_keys=True, cls=DjangoJSONEncoder)
    digest = hashlib.sha256(content.encode()).hexdigest()
    return f"courses:lesson-body:{digest}:{translation.get_language()}"


def _lesson_body_parts(lesson: LessonPage) -> list:
    """The body as HTML for the runs of blocks that are the same for everyone, between the
    reflection exercises; from Django's cache when the same body was rendered before."""
    key = _lesson_body_key(lesson)
    parts = cache.get(key)
    if parts is None:
        parts = []
        for block in lesson.body:
            if block.block_type == "reflection":
                value = {"prompt": block.value["prompt"], "guidance": block.value["guidance"]}
                parts.append(ReflectionPart(block.id, value))
            elif parts and isinstance(parts[-1], str):
                parts[-1] += "\n" + block.render()
            else:
                parts.append(block.render())
        cache.set(key, parts, LESSON_BODY_CACHE_SECONDS)
    return parts


def _lesson_body(request, *, lesson: LessonPage, forms: dict) -> list[dict]:
    parts = _lesson_body_parts(lesson)
    reflections = [part for part in parts if isinstance(part, ReflectionPart)]
    answers = reflection_answers_for_lesson(user=request.user, lesson=lesson) if reflections else {}
    body = []
    for part in parts:
        if isinstance(part, str):
            # HTML our block templates rendered (escaped there), read back from the cache.
            body.append({"html": mark_safe(part)})  # nosec B308 B703
            continue
        answer = answers.get(part.id)
        initial = {"answer": answer.answer} if answer else None
        form = forms.get(part.id) or ReflectionForm(prefix=part.id, initial=initial)
        body.append({"block": part, "answer": answer, "form": form})
    return body


def lesson_context(request, *, lesson: LessonPage, forms: dict) -> dict:
    context = session_context(request, session=lesson.session)
    session_progress = context["session_progress"]
    previous, following = session_progress.neighbours(lesson)
    done = any(item.done for item in session_progress.lessons if item.lesson.pk == lesson.pk)
    return {
        **context,
        "session": lesson.session,
        "body": _lesson_body(request, lesson=lesson, forms=forms),
        "done": done,
        "previous_lesson": previous,
        "next_lesson": following,
    }


def lesson_post(request, *, lesson: LessonPage):
    action = request.POST.get("action")
    if action == "complete":
        return _complete(request, lesson=lesson)
    if action == "reflection":
        return _save_reflection(request, lesson=lesson)
    messages.error(request, _("This action is not available on a lesson."))
    return redirect(lesson.get_url(request))


def _complete(request, *, lesson: LessonPage):
    try:
        _completion, created = lesson_complete(user=request.user, lesson=lesson)
    except LessonLocked:
        messages.error(request, _("This session is not open yet."))
        return redirect(lesson.get_url(request))
    if created:
        messages.success(request, _("Lesson completed. Well done!"))
    following = (
        LessonPage.objects.live()
        .sibling_of(lesson, inclusive=False)
        .filter(path__gt=lesson.path)
        .order_by("path")
        .first()
    )
    return redirect((following or lesson.session).get_url(request))


def _save_reflection(request, *, lesson: LessonPage):
    block_id = request.POST.get("block_id", "")
    if block_id not in lesson.reflection_block_ids():
        messages.error(request, _("This exercise is no longer part of the lesson."))
        return redirect(lesson.get_url(request))
    form = ReflectionForm(request.POST, prefix=block_id)
    if form.is_valid():
        try:
            reflection_answer_save(
                user=request.user,
                lesson=lesson,
                block_id=block_id,
                answer=form.cleaned_data["answer"],
            )
        except ValidationError as error:
            form.add_error("answer", error)
        else:
            messages.success(
                request, _("Your answer is saved. Only you and your coach can read it.")
            )
            return redirect(f"{lesson.get_url(request)}#reflection-{block_id}")
    response = lesson.serve_learner(request, forms={block_id: form})
    response.status_code = 400
    return response


@login_required
def lesson_search(request):
    """Full-text search over the lessons of the current language. A lesson of a session that
    is not open to the learner is listed as locked: its title only, no summary and no link."""
    if not can_follow_programme(request.user):
        return not_enrolled_response(request)
    query = request.GET.get("q", "").strip()[:200]
    results = []
    if query:
        lessons = LessonPage.objects.live().filter(locale=Locale.get_active())
        results = _search_results(request.user, list(lessons.search(query)[:SEARCH_RESULTS_MAX]))
    return render(request, "courses/search.html", {"query": query, "results": results})


def _search_results(user, lessons: list[LessonPage]) -> list[dict]:
    """Each lesson found with its session and whether `user` may open it (two queries)."""
    parent_paths = {lesson.path[: -LessonPage.steplen] for lesson in lessons}
    sessions = {s.path: s for s in SessionPage.objects.live().filter(path__in=parent_paths)}
    is_open = sessions_open_for(user=user, sessions=list(sessions.values()))
    results = []
    for lesson in lessons:
        session = sessions.get(lesson.path[: -LessonPage.steplen])
        if session is not None:
            results.append({"lesson": lesson, "session": session, "open": is_open[session.pk]})
    return results
