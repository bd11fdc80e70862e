"""Business rules of coaching: assignments, sessions, the editorial-line workflow, drafts."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.mail import email_queue

from .models import (
    MAX_PILLARS,
    MIN_PILLARS,
    ActionItem,
    CoachAssignment,
    CoachingSession,
    CoachPrivateNote,
    DraftComment,
    DraftPost,
    DraftState,
    EditorialLine,
    EditorialLineVersion,
    LineState,
    Network,
    OrganisationPillar,
    PersonalPillar,
)
from .selectors import coach_of, is_coach_of, line_snapshot


class TransitionNotAllowed(ValidationError):
    """An editorial-line state change that the workflow does not allow."""


# state -> states it may move to
LINE_TRANSITIONS = {
    LineState.DRAFT: {LineState.SUBMITTED},
    LineState.SUBMITTED: {LineState.CHANGES_REQUESTED, LineState.VALIDATED},
    LineState.CHANGES_REQUESTED: {LineState.SUBMITTED},
    LineState.VALIDATED: set(),
}

LINE_EDITABLE_FIELDS = (
    "positioning",
    "target_audiences",
    "mix_others",
    "mix_reshare",
    "mix_own",
    "formats",
    "networks",
    "rhythm",
    "tone",
    "excluded_topics",
)


def pillar_count_error(count: int) -> str | None:
    """The message for a wrong number of pillars, or None when the count is allowed."""
    if MIN_PILLARS <= count <= MAX_PILLARS:
        return None
    return _("An editorial line needs three to five content pillars: you entered %(count)d.") % {
        "count": count
    }


def _notify(*, user, template: str, context: dict) -> None:
    email_queue(to=[user.email], template=template, context=context, language=user.language)


def _require_coach(*, coach, ambassador) -> None:
    if not is_coach_of(coach=coach, ambassador=ambassador):
        raise PermissionDenied("This coach is not assigned to this ambassador.")


def _move(*, line: EditorialLine, to: str) -> None:
    if to not in LINE_TRANSITIONS[LineState(line.state)]:
        raise TransitionNotAllowed(
            _("An editorial line cannot go from “%(from)s” to “%(to)s”.")
            % {"from": LineState(line.state).label, "to": LineState(to).label},
            code="transition",
        )
    line.state = to


@transaction.atomic
def coach_assign(*, coach, ambassador) -> CoachAssignment:
    if not coach.has_role("coach"):
        raise ValidationError(_("Only a user with the coach role can coach."))
    assignment, _created = CoachAssignment.objects.update_or_create(
        ambassador=ambassador, defaults={"coach": coach}
    )
    return assignment


@transaction.atomic
def coaching_session_save(
    *,
    coach,
    ambassador,
    starts_at: datetime.datetime,
    format: str,
    agenda: str = "",
    shared_notes: str = "",
    private_notes: str = "",
    session: CoachingSession | None = None,
) -> CoachingSession:
    """Create or update a session; the private note is stored apart from it."""
    _require_coach(coach=coach, ambassador=ambassador)
    session = session or CoachingSession(coach=coach, ambassador=ambassador)
    session.starts_at, session.format = starts_at, format
    session.agenda, session.shared_notes = agenda, shared_notes
    session.save()
    CoachPrivateNote.objects.update_or_create(
        session=session, defaults={"author": coach, "text": private_notes}
    )
    return session


@transaction.atomic
def action_item_add(
    *, coach, session: CoachingSession, title: str, due_date: datetime.date | None = None
) -> ActionItem:
    _require_coach(coach=coach, ambassador=session.ambassador)
    return ActionItem.objects.create(session=session, title=title, due_date=due_date)


@transaction.atomic
def action_item_set_done(*, item: ActionItem, user, done: bool) -> ActionItem:
    """The ambassador or their coach ticks (or unticks) an action item."""
    ambassador = item.session.ambassador
    if user.pk != ambassador.pk and not is_coach_of(coach=user, ambassador=ambassador):
        raise PermissionDenied("Only the ambassador or their coach can tick this item.")
    item.done = done
    item.done_at = timezone.now() if done else None
    item.done_by = user if done else None
    item.save(update_fields=["done", "done_at", "done_by"])
    return item


def editorial_line_get_or_create(*, ambassador) -> EditorialLine:
    line, _created = EditorialLine.objects.get_or_create(
        ambassador=ambassador, defaults={"organisation_id": ambassador.organisation_id}
    )
    return line


@transaction.atomic
def editorial_line_save_draft(
    *, line: EditorialLine, data: dict, pillars: list[tuple[str, int | None]]
) -> EditorialLine:
    """Save what the ambassador typed so far, complete or not. `pillars`: (name, org pillar id)."""
    line = EditorialLine.objects.select_for_update().get(pk=line.pk)
    if not line.is_editable:
        raise TransitionNotAllowed(
            _("This editorial line is %(state)s and can no longer be edited.")
            % {"state": LineState(line.state).label},
            code="locked",
        )
    for name in LINE_EDITABLE_FIELDS:
        if name in data:
            setattr(line, name, data[name])
    line.save()
    allowed = set(
        OrganisationPillar.objects.filter(line__organisation_id=line.organisation_id).values_list(
            "pk", flat=True
        )
    )
    for position, (name, organisation_pillar_id) in enumerate(pillars[:MAX_PILLARS], start=1):
        PersonalPillar.objects.update_or_create(
            line=line,
            position=position,
            defaults={
                "name": (name or "").strip(),
                "organisation_pillar_id": organisation_pillar_id
                if organisation_pillar_id in allowed
                else None,
            },
        )
    return line


def editorial_line_problems(*, line: EditorialLine) -> dict[str, str]:
    """What is missing before the line can be submitted, keyed by field name."""
    problems = {}
    required = ("positioning", "target_audiences", "formats", "rhythm", "tone")
    for name in required:
        if not str(getattr(line, name) or "").strip():
            problems[name] = _("This field is required to submit your line.")
    if not line.networks:
        problems["networks"] = _("Choose at least one network.")
    if None in (line.mix_others, line.mix_reshare, line.mix_own):
        problems["content_mix"] = _("Give the three numbers of your content mix, e.g. 4-1-1.")
    elif line.mix_others + line.mix_reshare + line.mix_own == 0:
        problems["content_mix"] = _("Your content mix cannot be 0-0-0.")
    pillars = [p for p in line.pillars.all() if p.name]
    message = pillar_count_error(len(pillars))
    if message:
        problems["pillars"] = message
    elif any(p.organisation_pillar_id is None for p in pillars):
        problems["pillars"] = _("Link each personal pillar to one of the organisation's pillars.")
    return problems


@transaction.atomic
def editorial_line_submit(*, line: EditorialLine, user) -> EditorialLineVersion:
    """Submit the line to the coach and keep an immutable snapshot of what was submitted."""
    line = EditorialLine.objects.select_for_update().get(pk=line.pk)
    if user.pk != line.ambassador_id:
        raise PermissionDenied("Only the ambassador submits their line.")
    _move(line=line, to=LineState.SUBMITTED)
    problems = editorial_line_problems(line=line)
    if problems:
        raise ValidationError(problems)
    line.coach_comment = ""
    line.save(update_fields=["state", "coach_comment", "updated_at"])
    number = (line.versions.aggregate(n=Max("number"))["n"] or 0) + 1
    version = EditorialLineVersion.objects.create(
        line=line, number=number, snapshot=line_snapshot(line=line)
    )
    coach = coach_of(ambassador=line.ambassador)
    if coach is not None:
        path = reverse("coaching:coach_ambassador", args=[line.ambassador_id])
        context = {"coach": coach, "ambassador": line.ambassador, "version": version, "path": path}
        _notify(user=coach, template="coaching/line_submitted", context=context)
    return version


def _decide(*, line: EditorialLine, coach, to: str, comment: str) -> EditorialLine:
    line = EditorialLine.objects.select_for_update().get(pk=line.pk)
    _require_coach(coach=coach, ambassador=line.ambassador)
    _move(line=line, to=to)
    now = timezone.now()
    line.coach_comment = comment
    if to == LineState.VALIDATED:
        line.validated_at, line.validated_by = now, coach
    line.save()
    EditorialLineVersion.objects.filter(line=line, decision="").update(
        decision=to, decision_comment=comment, decided_at=now, decided_by=coach
    )
    context = {
        "ambassador": line.ambassador,
        "coach": coach,
        "validated": to == LineState.VALIDATED,
        "comment": comment,
        "path": reverse("coaching:editorial_line"),
    }
    _notify(user=line.ambassador, template="coaching/line_decided", context=context)
    return line


@transaction.atomic
def editorial_line_request_changes(*, line: EditorialLine, coach, comment: str) -> EditorialLine:
    if not comment.strip():
        raise ValidationError({"comment": _("Tell the ambassador what to change.")})
    return _decide(line=line, coach=coach, to=LineState.CHANGES_REQUESTED, comment=comment)


@transaction.atomic
def editorial_line_validate(*, line: EditorialLine, coach, comment: str = "") -> EditorialLine:
    return _decide(line=line, coach=coach, to=LineState.VALIDATED, comment=comment)


@transaction.atomic
def draft_post_save(
    *,
    author,
    text: str,
    network: str,
    pillar: PersonalPillar | None,
    draft: DraftPost | None = None,
) -> DraftPost:
    """Create or edit a draft; editing a draft that was ready sends it back to review."""
    if network not in Network.values:
        raise ValidationError({"network": _("Choose LinkedIn or TikTok.")})
    if pillar is not None and pillar.line.ambassador_id != author.pk:
        raise PermissionDenied("This pillar belongs to another ambassador.")
    if draft is not None and draft.author_id != author.pk:
        raise PermissionDenied("Only the author edits a draft.")
    draft = draft or DraftPost(author=author)
    draft.text, draft.network, draft.pillar = text, network, pillar
    draft.state, draft.ready_at, draft.ready_by = DraftState.DRAFT, None, None
    draft.save()
    return draft


@transaction.atomic
def draft_post_comment(
    *, draft: DraftPost, author, text: str, parent: DraftComment | None = None
) -> DraftComment:
    if author.pk != draft.author_id:
        _require_coach(coach=author, ambassador=draft.author)
    if not text.strip():
        raise ValidationError({"text": _("Write a comment first.")})
    if parent is not None and parent.draft_id != draft.pk:
        raise ValidationError(_("This reply belongs to another draft."))
    return DraftComment.objects.create(draft=draft, author=author, text=text, parent=parent)


@transaction.atomic
def draft_post_mark_ready(*, draft: DraftPost, coach, ready: bool = True) -> DraftPost:
    _require_coach(coach=coach, ambassador=draft.author)
    draft.state = DraftState.READY if ready else DraftState.DRAFT
    draft.ready_at = timezone.now() if ready else None
    draft.ready_by = coach if ready else None
    draft.save(update_fields=["state", "ready_at", "ready_by", "updated_at"])
    return draft
