"""Reads for coaching. Coach-only reads are marked; none of the others touch private notes."""

from functools import cache

from django.contrib.auth import get_user_model
from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce, Now
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .checks import draft_checks
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
    LineState,
    Network,
    OrganisationEditorialLine,
)

# Fields of the personal line, in the order they are shown, compared and printed.
LINE_FIELDS = {
    "positioning": _("Positioning statement"),
    "target_audiences": _("Target audiences"),
    "pillars": _("Personal pillars"),
    "content_mix": _("Content mix (others' content / reshares / own promotion)"),
    "formats": _("Formats"),
    "networks": _("Networks"),
    "rhythm": _("Posting rhythm"),
    "tone": _("Tone of voice"),
    "excluded_topics": _("Topics I will not cover"),
}


def ambassadors_coached_by(*, coach) -> QuerySet:
    """The ambassadors assigned to `coach`, with their line state and drafts counts."""
    return (
        get_user_model()
        .objects.filter(coach_assignment__coach=coach)
        .select_related("organisation", "editorial_line")
        .annotate(
            drafts_to_review=Count(
                "draft_posts", filter=Q(draft_posts__state=DraftState.DRAFT), distinct=True
            )
        )
        .order_by("last_name", "first_name")
    )


def coached_ambassador_get(*, coach, ambassador_id: int):
    """The ambassador if assigned to `coach`, else 404 (even if they exist)."""
    try:
        return ambassadors_coached_by(coach=coach).get(pk=ambassador_id)
    except get_user_model().DoesNotExist as error:
        raise Http404 from error


def coach_of(*, ambassador):
    assignment = CoachAssignment.objects.select_related("coach").filter(ambassador=ambassador)
    assignment = assignment.first()
    return assignment.coach if assignment else None


def is_coach_of(*, coach, ambassador) -> bool:
    return CoachAssignment.objects.filter(coach=coach, ambassador=ambassador).exists()


def organisation_line_for(*, organisation_id) -> OrganisationEditorialLine | None:
    if organisation_id is None:
        return None
    return (
        OrganisationEditorialLine.objects.select_related("organisation")
        .prefetch_related("pillars")
        .filter(organisation_id=organisation_id)
        .first()
    )


def editorial_line_for(*, user) -> EditorialLine | None:
    return (
        EditorialLine.objects.prefetch_related("pillars__organisation_pillar")
        .filter(ambassador=user)
        .first()
    )


def editorial_line_validated(*, user) -> bool:
    return EditorialLine.objects.filter(ambassador=user, state=LineState.VALIDATED).exists()


def editorial_lines_validated(*, users) -> dict[int, bool]:
    """Batch variant for the certification pipeline: one query for any number of users."""
    ids = [getattr(user, "pk", user) for user in users]
    validated = set(
        EditorialLine.objects.filter(ambassador_id__in=ids, state=LineState.VALIDATED).values_list(
            "ambassador_id", flat=True
        )
    )
    return {pk: pk in validated for pk in ids}


def ready_draft_count(*, user) -> int:
    return DraftPost.objects.filter(author=user, state=DraftState.READY).count()


def ready_draft_counts(*, users) -> dict[int, int]:
    """Batch variant: ready drafts per user id, in one query."""
    ids = [getattr(user, "pk", user) for user in users]
    rows = (
        DraftPost.objects.filter(author_id__in=ids, state=DraftState.READY)
        .values("author_id")
        .annotate(count=Count("pk"))
    )
    counts = {row["author_id"]: row["count"] for row in rows}
    return {pk: counts.get(pk, 0) for pk in ids}


def line_snapshot(*, line: EditorialLine) -> dict:
    """The content of a line as plain data: what a version stores and the diff compares."""
    pillars = [
        {
            "name": pillar.name,
            "organisation_pillar": str(pillar.organisation_pillar or ""),
        }
        for pillar in line.pillars.all()
        if pillar.name
    ]
    return {
        "positioning": line.positioning,
        "target_audiences": line.target_audiences,
        "pillars": pillars,
        "content_mix": [line.mix_others, line.mix_reshare, line.mix_own],
        "formats": line.formats,
        "networks": list(line.networks),
        "rhythm": line.rhythm,
        "tone": line.tone,
        "excluded_topics": line.excluded_topics,
    }


def _display(name: str, value) -> str:
    if name == "pillars":
        return "\n".join(
            f"{p['name']} ({p['organisation_pillar']})" if p["organisation_pillar"] else p["name"]
            for p in value
        )
    if name == "content_mix":
        return "-".join("?" if n is None else str(n) for n in value)
    if name == "networks":
        return ", ".join(Network(v).label if v in Network.values else v for v in value)
    return value or ""


def line_versions(*, line: EditorialLine) -> QuerySet[EditorialLineVersion]:
    return line.versions.select_related("decided_by").order_by("-number")


def version_diff(*, version: EditorialLineVersion) -> list[dict]:
    """Field-by-field comparison of a version with the previous one (empty before v1)."""
    previous = (
        EditorialLineVersion.objects.filter(line=version.line, number__lt=version.number)
        .order_by("-number")
        .first()
    )
    before = previous.snapshot if previous else {}
    rows = []
    for name, label in LINE_FIELDS.items():
        old = _display(name, before[name]) if name in before else ""
        new = _display(name, version.snapshot.get(name, ""))
        rows.append(
            {"field": name, "label": label, "before": old, "after": new, "changed": old != new}
        )
    return rows


def line_rows(*, snapshot: dict) -> list[dict]:
    """The personal line as labelled, printable rows."""
    return [
        {"field": name, "label": label, "value": _display(name, snapshot.get(name, ""))}
        for name, label in LINE_FIELDS.items()
    ]


def sessions_for_ambassador(*, ambassador) -> QuerySet[CoachingSession]:
    """Sessions as the ambassador sees them: shared notes and action items, nothing private."""
    return (
        CoachingSession.objects.filter(ambassador=ambassador)
        .select_related("coach")
        .prefetch_related("action_items")
    )


def private_notes_for_coach(*, coach, sessions) -> dict[int, str]:
    """Coach-only: the private notes of the sessions `coach` gave. Never call from other views."""
    notes = CoachPrivateNote.objects.filter(
        session__in=[s.pk for s in sessions], session__coach=coach
    )
    return {note.session_id: note.text for note in notes}


def open_action_items(*, ambassador) -> QuerySet[ActionItem]:
    return ActionItem.objects.filter(session__ambassador=ambassador, done=False).order_by(
        "due_date", "pk"
    )


def next_session(*, ambassador) -> CoachingSession | None:
    return (
        CoachingSession.objects.filter(ambassador=ambassador, starts_at__gte=timezone.now())
        .order_by("starts_at")
        .first()
    )


def _count(queryset, *, per: str) -> Coalesce:
    """The rows of `queryset`, filtered on `per` = OuterRef, counted in a subquery."""
    rows = queryset.order_by().values(per).annotate(count=Count("pk")).values("count")
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


@cache
def coaching_summary_columns() -> dict:
    """What `coaching_summary_from` needs about an ambassador, as expressions on their user
    row: how many drafts and how many ready, their editorial line's state, their next coaching
    session's date and format. Built once: they hold nothing of a person or of a moment."""
    drafts = DraftPost.objects.filter(author=OuterRef("pk"))
    upcoming = CoachingSession.objects.filter(
        ambassador=OuterRef("pk"), starts_at__gte=Now()
    ).order_by("starts_at")
    line = EditorialLine.objects.filter(ambassador=OuterRef("pk"))
    return {
        "coaching_drafts": _count(drafts, per="author"),
        "coaching_ready": _count(drafts.filter(state=DraftState.READY), per="author"),
        "coaching_line_id": Subquery(line.values("pk")[:1]),
        "coaching_line_state": Subquery(line.values("state")[:1]),
        "coaching_session_id": Subquery(upcoming.values("pk")[:1]),
        "coaching_session_starts_at": Subquery(upcoming.values("starts_at")[:1]),
        "coaching_session_format": Subquery(upcoming.values("format")[:1]),
    }


def coaching_summary_from(row: dict) -> dict:
    """The summary from the values of `coaching_summary_columns` (no queries): the line and
    the session carry only what the dashboard shows of them."""
    line = session = None
    if row["coaching_line_id"]:
        line = EditorialLine(pk=row["coaching_line_id"], state=row["coaching_line_state"])
    if row["coaching_session_id"]:
        session = CoachingSession(
            pk=row["coaching_session_id"],
            starts_at=row["coaching_session_starts_at"],
            format=row["coaching_session_format"],
        )
    return {
        "draft_count": row["coaching_drafts"],
        "ready_count": row["coaching_ready"],
        "line": line,
        "next_session": session,
    }


def coaching_summary_for(*, ambassador) -> dict:
    """The ambassador's coaching at a glance, for the personal dashboard, in one query."""
    columns = coaching_summary_columns()
    row = get_user_model().objects.filter(pk=ambassador.pk).values(**columns).get()
    return coaching_summary_from(row)


@cache
def coach_summary_columns() -> dict:
    """What the coach's panel shows, as expressions on the coach's user row: how many
    ambassadors they coach (one coach per ambassador) and their drafts waiting for review, as
    `ambassadors_coached_by` counts them."""
    assignments = CoachAssignment.objects.filter(coach=OuterRef("pk"))
    drafts = DraftPost.objects.filter(
        author__coach_assignment__coach=OuterRef("pk"), state=DraftState.DRAFT
    )
    return {
        "coach_ambassadors": _count(assignments, per="coach"),
        "coach_to_review": _count(drafts, per="author__coach_assignment__coach"),
    }


def coach_summary_for(*, coach) -> dict:
    """The coach's panel in one query."""
    columns = coach_summary_columns()
    row = get_user_model().objects.filter(pk=coach.pk).values(**columns).get()
    return coach_summary_from(row)


def coach_summary_from(row: dict) -> dict:
    return {"ambassador_count": row["coach_ambassadors"], "to_review": row["coach_to_review"]}


def drafts_for(*, author) -> QuerySet[DraftPost]:
    return DraftPost.objects.filter(author=author).select_related("pillar")


def draft_for_viewer(*, viewer, draft_id: int) -> DraftPost:
    """The draft if the viewer wrote it or coaches its author; 404 otherwise."""
    draft = (
        DraftPost.objects.select_related("author", "pillar__organisation_pillar")
        .filter(pk=draft_id)
        .filter(Q(author=viewer) | Q(author__coach_assignment__coach=viewer))
        .first()
    )
    if draft is None:
        raise Http404
    return draft


def draft_review(*, draft: DraftPost) -> dict:
    """The checks and the comment thread of a draft."""
    line = organisation_line_for(organisation_id=draft.author.organisation_id)
    comments = list(
        DraftComment.objects.filter(draft=draft).select_related("author").order_by("created_at")
    )
    by_parent: dict = {}
    for comment in comments:
        by_parent.setdefault(comment.parent_id, []).append(comment)
    for comment in comments:
        comment.thread_replies = by_parent.get(comment.pk, [])
    return {
        "checks": draft_checks(text=draft.text, network=draft.network, organisation_line=line),
        "comments": by_parent.get(None, []),
    }


def _sees_every_organisation(viewer) -> bool:
    return viewer.is_superuser or viewer.has_role("editor")


def assignments_visible_to(*, viewer) -> QuerySet[CoachAssignment]:
    """Admin list of assignments: editors all, HR their organisation, coaches their own."""
    queryset = CoachAssignment.objects.select_related(
        "coach", "ambassador__organisation", "ambassador__editorial_line"
    )
    if _sees_every_organisation(viewer):
        return queryset
    if viewer.has_role("hr") and viewer.organisation_id:
        return queryset.filter(ambassador__organisation_id=viewer.organisation_id)
    if viewer.has_role("coach"):
        return queryset.filter(coach=viewer)
    return queryset.none()


def organisation_lines_visible_to(*, viewer) -> QuerySet[OrganisationEditorialLine]:
    queryset = OrganisationEditorialLine.objects.select_related("organisation")
    if _sees_every_organisation(viewer):
        return queryset
    if viewer.organisation_id:
        return queryset.filter(organisation_id=viewer.organisation_id)
    return queryset.none()
