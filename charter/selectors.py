"""Reads: where a person stands with their organisation's charter, and what a viewer may see."""

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from django.contrib.auth import get_user_model
from django.db.models import F, OuterRef, QuerySet, Subquery

from .models import Charter, CharterSignature, CharterVersion, ParticipationChange

NOT_SIGNED = "not_signed"
SIGNED = "signed"
RESIGN_REQUIRED = "resign_required"
WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class CharterStatus:
    """Where one person stands. `current_version` and `signed_version` are version numbers."""

    state: str
    current_version: int | None = None
    signed_version: int | None = None
    signed_at: datetime | None = None
    signature_id: int | None = None

    @property
    def is_signed(self) -> bool:
        return self.state == SIGNED


@dataclass(frozen=True)
class _VersionFacts:
    current: int | None
    last_material: int | None


def _status(*, versions: _VersionFacts, signature: dict | None, change: dict | None):
    """Combine the facts about one person into their state (no queries)."""
    if change and change["kind"] == ParticipationChange.Kind.WITHDRAWN:
        state = WITHDRAWN
    elif signature is None:
        state = NOT_SIGNED
    elif change and signature["signed_at"] < change["created_at"]:
        state = RESIGN_REQUIRED  # re-joined after signing: the current version is signed again
    elif versions.last_material and signature["number"] < versions.last_material:
        state = RESIGN_REQUIRED
    else:
        state = SIGNED
    if signature is None:
        return CharterStatus(state=state, current_version=versions.current)
    return CharterStatus(
        state=state,
        current_version=versions.current,
        signed_version=signature["number"],
        signed_at=signature["signed_at"],
        signature_id=signature["id"],
    )


def _version_facts(organisation_ids) -> dict[int, _VersionFacts]:
    facts: dict[int, dict] = {}
    rows = CharterVersion.objects.filter(charter__organisation_id__in=organisation_ids).values_list(
        "charter__organisation_id", "number", "is_material"
    )
    for organisation_id, number, is_material in rows:
        entry = facts.setdefault(organisation_id, {"current": None, "last_material": None})
        entry["current"] = max(entry["current"] or 0, number)
        if is_material:
            entry["last_material"] = max(entry["last_material"] or 0, number)
    return {key: _VersionFacts(**value) for key, value in facts.items()}


def charter_statuses_for(*, users) -> dict[int, CharterStatus]:
    """Status of many people at once, keyed by user id, in three queries whatever their number."""
    users = list(users)
    user_ids = [user.pk for user in users]
    organisation_ids = {user.organisation_id for user in users if user.organisation_id}
    versions = _version_facts(organisation_ids)
    signatures: dict[tuple[int, int], dict] = {}
    for row in (
        CharterSignature.objects.filter(user_id__in=user_ids)
        .order_by("signed_at", "pk")
        .values("id", "user_id", "organisation_id", "signed_at", number=F("version__number"))
    ):
        signatures[(row["user_id"], row["organisation_id"])] = row  # the latest wins
    changes: dict[tuple[int, int], dict] = {}
    for row in (
        ParticipationChange.objects.filter(user_id__in=user_ids)
        .order_by("created_at", "pk")
        .values("user_id", "organisation_id", "kind", "created_at")
    ):
        changes[(row["user_id"], row["organisation_id"])] = row
    empty = _VersionFacts(current=None, last_material=None)
    return {
        user.pk: _status(
            versions=versions.get(user.organisation_id, empty),
            signature=signatures.get((user.pk, user.organisation_id)),
            change=changes.get((user.pk, user.organisation_id)),
        )
        for user in users
    }


def charter_status_for(*, user) -> CharterStatus:
    return charter_statuses_for(users=[user])[user.pk]


@cache
def charter_status_columns() -> dict:
    """What `charter_status_from` needs about a person, as expressions on their user row
    (built once: they hold nothing of a person)."""
    versions = CharterVersion.objects.filter(
        charter__organisation_id=OuterRef("organisation_id")
    ).order_by("-number")
    signatures = CharterSignature.objects.filter(
        user=OuterRef("pk"), organisation_id=OuterRef("organisation_id")
    ).order_by("-signed_at", "-pk")
    changes = ParticipationChange.objects.filter(
        user=OuterRef("pk"), organisation_id=OuterRef("organisation_id")
    ).order_by("-created_at", "-pk")
    return {
        "charter_current": Subquery(versions.values("number")[:1]),
        "charter_last_material": Subquery(versions.filter(is_material=True).values("number")[:1]),
        "charter_signature_id": Subquery(signatures.values("pk")[:1]),
        "charter_signed_version": Subquery(signatures.values("version__number")[:1]),
        "charter_signed_at": Subquery(signatures.values("signed_at")[:1]),
        "charter_change_kind": Subquery(changes.values("kind")[:1]),
        "charter_changed_at": Subquery(changes.values("created_at")[:1]),
    }


def charter_status_from(row: dict) -> CharterStatus:
    """The status from the values of `charter_status_columns` (no queries)."""
    signature = {
        "id": row["charter_signature_id"],
        "number": row["charter_signed_version"],
        "signed_at": row["charter_signed_at"],
    }
    change = {"kind": row["charter_change_kind"], "created_at": row["charter_changed_at"]}
    return _status(
        versions=_VersionFacts(
            current=row["charter_current"], last_material=row["charter_last_material"]
        ),
        signature=signature if row["charter_signature_id"] else None,
        change=change if row["charter_change_kind"] else None,
    )


def charter_status_read(*, user) -> CharterStatus:
    """As `charter_status_for`, in one query: for one person, where three are not needed."""
    columns = charter_status_columns()
    return charter_status_from(get_user_model().objects.filter(pk=user.pk).values(**columns).get())


def charter_for(*, organisation_id) -> Charter | None:
    return Charter.objects.filter(organisation_id=organisation_id).first()


def charter_current_version(*, organisation_id) -> CharterVersion | None:
    return (
        CharterVersion.objects.filter(charter__organisation_id=organisation_id)
        .order_by("-number")
        .first()
    )


def charter_versions(*, organisation_id) -> QuerySet[CharterVersion]:
    return CharterVersion.objects.filter(charter__organisation_id=organisation_id).order_by(
        "-number"
    )


def signature_for(*, user, signature_id) -> CharterSignature | None:
    """One of `user`'s own signatures (nobody downloads someone else's)."""
    return (
        CharterSignature.objects.select_related("version", "user", "organisation")
        .filter(user=user, pk=signature_id)
        .first()
    )


def sees_every_organisation(user) -> bool:
    """Trainers and editors work across organisations (no cohorts yet to narrow trainers)."""
    return user.is_superuser or user.has_role("editor", "trainer")


def signatures_visible_to(*, viewer) -> QuerySet[CharterSignature]:
    queryset = CharterSignature.objects.select_related("version", "user", "organisation")
    if sees_every_organisation(viewer):
        return queryset
    if viewer.has_role("hr") and viewer.organisation_id:
        return queryset.filter(organisation_id=viewer.organisation_id)
    return queryset.none()


def charters_visible_to(*, viewer) -> QuerySet[Charter]:
    queryset = Charter.objects.select_related("organisation")
    if sees_every_organisation(viewer):
        return queryset
    if viewer.has_role("hr") and viewer.organisation_id:
        return queryset.filter(organisation_id=viewer.organisation_id)
    return queryset.none()


def organisation_guide_allowed(*, viewer, organisation_id) -> bool:
    return viewer.organisation_id == organisation_id or sees_every_organisation(viewer)
