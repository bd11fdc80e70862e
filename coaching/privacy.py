"""A person's coaching data: export (GDPR access and portability) and erasure.

The export holds what the ambassador can already read on their pages: sessions with the notes
shared with them, action items, their editorial line and its versions, their drafts and the
comments on them. A coach's private notes are never part of it: this module does not read
CoachPrivateNote except to delete it on erasure.
"""

import datetime

from django.db import transaction
from django.db.models import Q

from .models import (
    ActionItem,
    CoachAssignment,
    CoachingSession,
    CoachPrivateNote,
    DraftComment,
    DraftPost,
    DraftState,
    EditorialLine,
    EditorialLineVersion,
)

LINE_FIELDS = (
    "state",
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
    "coach_comment",
)
LINE_TEXT_FIELDS = (
    "positioning",
    "target_audiences",
    "formats",
    "rhythm",
    "tone",
    "excluded_topics",
    "coach_comment",
)


def _iso(value):
    return value.isoformat() if value else None


def _who(author_id, user) -> str:
    return "me" if author_id == user.pk else "coach"


def _sessions(user) -> list[dict]:
    sessions = CoachingSession.objects.filter(ambassador=user).prefetch_related("action_items")
    return [
        {
            "starts_at": _iso(session.starts_at),
            "format": session.format,
            "agenda": session.agenda,
            "shared_notes": session.shared_notes,
            "action_items": [
                {
                    "title": item.title,
                    "due_date": _iso(item.due_date),
                    "done": item.done,
                    "done_at": _iso(item.done_at),
                }
                for item in session.action_items.all()
            ],
        }
        for session in sessions.order_by("starts_at")
    ]


def _line(user) -> dict | None:
    line = EditorialLine.objects.filter(ambassador=user).prefetch_related("pillars").first()
    if line is None:
        return None
    data = {field: getattr(line, field) for field in LINE_FIELDS}
    data["validated_at"] = _iso(line.validated_at)
    data["pillars"] = [
        {"position": pillar.position, "name": pillar.name} for pillar in line.pillars.all()
    ]
    data["versions"] = [
        {
            "number": version.number,
            "submitted_at": _iso(version.submitted_at),
            "snapshot": version.snapshot,
            "decision": version.decision,
            "decision_comment": version.decision_comment,
            "decided_at": _iso(version.decided_at),
        }
        for version in EditorialLineVersion.objects.filter(line=line).order_by("number")
    ]
    return data


def _drafts(user) -> list[dict]:
    drafts = DraftPost.objects.filter(author=user).prefetch_related("comments")
    return [
        {
            "network": draft.network,
            "text": draft.text,
            "state": draft.state,
            "created_at": _iso(draft.created_at),
            "updated_at": _iso(draft.updated_at),
            "ready_at": _iso(draft.ready_at),
            "comments": [
                {
                    "by": _who(comment.author_id, user),
                    "text": comment.text,
                    "at": _iso(comment.created_at),
                }
                for comment in draft.comments.all()
            ],
        }
        for draft in drafts.order_by("created_at")
    ]


def personal_data_export(*, user) -> dict:
    assignment = CoachAssignment.objects.filter(ambassador=user).select_related("coach").first()
    return {
        "coach": str(assignment.coach) if assignment else None,
        "coaching_sessions": _sessions(user),
        "editorial_line": _line(user),
        "drafts": _drafts(user),
    }


@transaction.atomic
def personal_data_erase(*, user) -> dict[str, int]:
    """Delete drafts, comments, action items, private notes and line versions; blank the texts
    of the line and of the sessions. The line's state and the sessions' dates stay (counted
    in aggregate figures)."""
    sessions = CoachingSession.objects.filter(ambassador=user)
    private_notes, _ = CoachPrivateNote.objects.filter(session__in=sessions).delete()
    action_items, _ = ActionItem.objects.filter(session__in=sessions).delete()
    sessions_blanked = sessions.update(agenda="", shared_notes="")
    comments, _ = DraftComment.objects.filter(Q(author=user) | Q(draft__author=user)).delete()
    drafts = DraftPost.objects.filter(author=user).delete()[1].get(DraftPost._meta.label, 0)
    lines = EditorialLine.objects.filter(ambassador=user)
    versions, _ = EditorialLineVersion.objects.filter(line__in=lines).delete()
    lines.update(networks=[], **dict.fromkeys(LINE_TEXT_FIELDS, ""))
    for line in lines:
        line.pillars.update(name="")
    return {
        "drafts_deleted": drafts,
        "draft_comments_deleted": comments,
        "private_notes_deleted": private_notes,
        "action_items_deleted": action_items,
        "coaching_sessions_blanked": sessions_blanked,
        "line_versions_deleted": versions,
    }


@transaction.atomic
def drafts_purge(*, older_than: datetime.datetime) -> int:
    """Delete drafts not marked ready and untouched since `older_than` (with their comments).
    Drafts marked ready stay: they count towards certification."""
    stale = DraftPost.objects.filter(updated_at__lt=older_than).exclude(state=DraftState.READY)
    _, deleted = stale.delete()
    return deleted.get(DraftPost._meta.label, 0)
