"""The onboarding pipeline of each ambassador, computed from the apps' records and stored.

The steps are defined once, here, as SQL conditions on people. They are evaluated for the
people whose records changed (rows marked stale by `lms.hr.signals`) and stored in
`PipelineState`; HR figures then read that one table, which keeps them fast at 100,000
ambassadors. Every condition takes a `scope` (the user ids it is evaluated for) and filters
each subquery on it, so refreshing a few people reads a few people's records.

Records written without signals (bulk imports, `QuerySet.update`) are caught by the nightly
`pipeline_rebuild`, which recomputes everyone.
"""

import datetime

from django.db import transaction
from django.db.models import (
    BooleanField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    Max,
    OuterRef,
    Q,
    Subquery,
)
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from charter.models import CharterSignature, CharterVersion, ParticipationChange
from coaching.models import DraftPost, EditorialLine, LineState
from courses.cohorts.selectors import SEATED_STATES
from courses.models import (
    ATTENDED,
    Attendance,
    CohortStatus,
    Enrolment,
    LessonCompletion,
    ProgrammePage,
    QuizAttempt,
)
from courses.models.pages import SESSIONS_PER_PROGRAMME
from courses.models.quizzes import Quiz
from lms.certification.models import Certificate, PostingEnrolment, PostingState
from lms.models import ROLE_GROUPS, Role, User

from .models import PipelineState

# The steps done in order before certification; `steps_done` counts the leading ones.
SEQUENTIAL = ("enrolled", "attended", "quizzes", "charter", "line")
# Stale rows refreshed together: each is one query per table, whatever the number.
REFRESH_CHUNK = 500
# A read refreshes at most this many rows; a worker refreshes the rest.
READ_REFRESH_BUDGET = 2000


def _scoped(queryset, field: str, scope):
    return queryset if scope is None else queryset.filter(**{f"{field}__in": scope})


# Steps as conditions -----------------------------------------------------------------------


def _enrolled(scope) -> Q:
    seated = Enrolment.objects.filter(state__in=SEATED_STATES).exclude(
        cohort__status=CohortStatus.CANCELLED
    )
    return Q(pk__in=_scoped(seated, "user_id", scope).values("user_id"))


def _attended(scope) -> Q:
    every_session = (
        _scoped(Attendance.objects.filter(status__in=ATTENDED), "user_id", scope)
        .order_by()
        .values("user_id")
        .annotate(sessions=Count("cohort_session__number", distinct=True))
        .filter(sessions__gte=SESSIONS_PER_PROGRAMME)
        .values("user_id")
    )
    return Q(pk__in=every_session)


def programme_quizzes() -> dict[int, list[int]]:
    """Quiz ids of each programme (its four session quizzes and its final quiz), by programme
    page id. Two queries: quizzes point to pages of the programme's original language."""
    programmes = dict(ProgrammePage.objects.values_list("path", "pk"))
    result: dict[int, list[int]] = {pk: [] for pk in programmes.values()}
    rows = Quiz.objects.filter(Q(session__isnull=False) | Q(programme__isnull=False)).values_list(
        "pk", "programme_id", "session__path"
    )
    for quiz_id, programme_id, session_path in rows:
        if programme_id is None and session_path:
            programme_id = programmes.get(session_path[: -ProgrammePage.steplen])
        if programme_id in result:
            result[programme_id].append(quiz_id)
    return result


def _quizzes_passed(quizzes: dict[int, list[int]], scope) -> Q:
    """Passed every quiz of the programme of one of their cohorts."""
    condition = Q(pk__in=[])
    for programme_id, quiz_ids in quizzes.items():
        seats = Enrolment.objects.filter(cohort__programme_id=programme_id, state__in=SEATED_STATES)
        in_programme = Q(pk__in=_scoped(seats, "user_id", scope).values("user_id"))
        if quiz_ids:
            passed_all = (
                _scoped(
                    QuizAttempt.objects.filter(quiz_id__in=quiz_ids, passed=True), "user_id", scope
                )
                .order_by()
                .values("user_id")
                .annotate(quizzes=Count("quiz_id", distinct=True))
                .filter(quizzes__gte=len(quiz_ids))
                .values("user_id")
            )
            in_programme &= Q(pk__in=passed_all)
        condition |= in_programme
    return condition


def _charter_signed() -> Q:
    """Signed, for the organisation they belong to now, a version at least as recent as the
    last material change of its charter, with no withdrawal or re-joining since (as
    charter.selectors.charter_statuses_for)."""
    last_material = (
        CharterVersion.objects.filter(
            charter__organisation_id=OuterRef("organisation_id"), is_material=True
        )
        .order_by()
        .values("charter__organisation_id")
        .annotate(number=Max("number"))
        .values("number")
    )
    change_since = ParticipationChange.objects.filter(
        user_id=OuterRef("user_id"),
        organisation_id=OuterRef("organisation_id"),
        created_at__gt=OuterRef("signed_at"),
    )
    valid = (
        CharterSignature.objects.filter(
            user_id=OuterRef("pk"), organisation_id=OuterRef("organisation_id")
        )
        .annotate(last_material=Coalesce(Subquery(last_material), 0))
        .filter(version__number__gte=F("last_material"))
        .exclude(Exists(change_since))
    )
    return Q(Exists(valid))


def _line_validated(scope) -> Q:
    lines = EditorialLine.objects.filter(state=LineState.VALIDATED)
    return Q(pk__in=_scoped(lines, "ambassador_id", scope).values("ambassador_id"))


def _posting(scope) -> Q:
    enrolled = PostingEnrolment.objects.filter(state=PostingState.ENROLLED)
    return Q(pk__in=_scoped(enrolled, "user_id", scope).values("user_id"))


def _withdrawn(scope) -> Q:
    """Withdrawn from the programme (their last participation change) or from posting."""
    later = ParticipationChange.objects.filter(
        user_id=OuterRef("user_id"),
        organisation_id=OuterRef("organisation_id"),
        created_at__gt=OuterRef("created_at"),
    )
    last_is_withdrawal = _scoped(
        ParticipationChange.objects.filter(kind=ParticipationChange.Kind.WITHDRAWN),
        "user_id",
        scope,
    ).exclude(Exists(later))
    posting_withdrawn = PostingEnrolment.objects.filter(state=PostingState.WITHDRAWN)
    return Q(pk__in=last_is_withdrawal.values("user_id")) | Q(
        pk__in=_scoped(posting_withdrawn, "user_id", scope).values("user_id")
    )


# Per-person columns (correlated on the person) -----------------------------------------------


def _seats():
    return (
        Enrolment.objects.filter(user_id=OuterRef("pk"), state__in=SEATED_STATES)
        .exclude(cohort__status=CohortStatus.CANCELLED)
        .annotate(seated_at=Coalesce("confirmed_at", "created_at"))
    )


def _current_seat():
    return _seats().order_by(F("confirmed_at").desc(nulls_last=True), "-pk")


def _first_seated_at():
    """When the person took their seat in their first cohort."""
    seats = (
        Enrolment.objects.filter(user_id=OuterRef("pk"), state__in=SEATED_STATES)
        .annotate(seated_at=Coalesce("confirmed_at", "created_at"))
        .order_by("seated_at")
        .values("seated_at")[:1]
    )
    return Subquery(seats)


def _unrevoked_certificates():
    return Certificate.objects.filter(user_id=OuterRef("pk"), revoked_at__isnull=True)


def _latest(queryset, field_name: str):
    """The latest value of `field_name` in `queryset` (one row, or NULL when there is none)."""
    return Subquery(queryset.order_by(F(field_name).desc(nulls_last=True)).values(field_name)[:1])


def _last_activity():
    """The latest date of any progress (or the invitation when there is none)."""
    joined = F("date_joined")
    person = OuterRef("pk")
    sources = [
        _latest(LessonCompletion.objects.filter(user_id=person), "completed_at"),
        _latest(QuizAttempt.objects.filter(user_id=person), "started_at"),
        _latest(Attendance.objects.filter(user_id=person, status__in=ATTENDED), "recorded_at"),
        _latest(Enrolment.objects.filter(user_id=person), "updated_at"),
        _latest(CharterSignature.objects.filter(user_id=person), "signed_at"),
        _latest(EditorialLine.objects.filter(ambassador_id=person), "updated_at"),
        _latest(DraftPost.objects.filter(author_id=person), "updated_at"),
        _latest(Certificate.objects.filter(user_id=person), "issued_at"),
    ]
    return Greatest(joined, *[Coalesce(source, joined) for source in sources])


# Computing and storing -----------------------------------------------------------------------


def ambassadors():
    """Everyone in the ambassador role (with or without an organisation)."""
    return User.objects.filter(groups__name=ROLE_GROUPS[Role.AMBASSADOR])


def _computed(*, scope, quizzes: dict[int, list[int]]):
    """The stored columns of the ambassadors in `scope` (None: every ambassador). One query."""
    facts = {
        "enrolled": _enrolled(scope),
        "attended": _attended(scope),
        "quizzes": _quizzes_passed(quizzes, scope),
        "charter": _charter_signed(),
        "line": _line_validated(scope),
        "posting": _posting(scope),
        "withdrawn": _withdrawn(scope),
    }
    seat = _current_seat()
    certificates = _unrevoked_certificates()
    people = ambassadors() if scope is None else ambassadors().filter(pk__in=scope)
    return people.order_by().values(
        "pk",
        "organisation_id",
        "department_id",
        "date_joined",
        "last_name",
        "first_name",
        **{f"fact_{key}": ExpressionWrapper(q, BooleanField()) for key, q in facts.items()},
        has_certificate=Exists(certificates),
        never_expires=Exists(certificates.filter(expires_at__isnull=True)),
        valid_until=_latest(certificates, "expires_at"),
        certificate_id=Subquery(certificates.order_by("-issued_at", "-pk").values("pk")[:1]),
        cohort_id=Subquery(seat.values("cohort_id")[:1]),
        enrolled_at=Subquery(seat.values("seated_at")[:1]),
        first_seated_at=_first_seated_at(),
        first_certified_at=Subquery(
            Certificate.objects.filter(user_id=OuterRef("pk"), replaces__isnull=True)
            .order_by("issued_at")
            .values("issued_at")[:1]
        ),
        last_activity=_last_activity(),
    )


def _state(row: dict, *, now: datetime.datetime) -> PipelineState:
    steps_done = 0
    for key in SEQUENTIAL:
        if not row[f"fact_{key}"]:
            break
        steps_done += 1
    return PipelineState(
        user_id=row["pk"],
        organisation_id=row["organisation_id"],
        department_id=row["department_id"],
        last_name=row["last_name"],
        first_name=row["first_name"],
        invited_at=row["date_joined"],
        steps_done=steps_done,
        has_certificate=bool(row["has_certificate"]),
        certified_until=None if row["never_expires"] else row["valid_until"],
        posting=bool(row["fact_posting"]),
        withdrawn=bool(row["fact_withdrawn"]),
        cohort_id=row["cohort_id"],
        enrolled_at=row["enrolled_at"],
        first_seated_at=row["first_seated_at"],
        certificate_id=row["certificate_id"],
        first_certified_at=row["first_certified_at"],
        last_activity=row["last_activity"],
        stale=False,
        refreshed_at=now,
    )


# `stale` is written false with the rest: the rows are locked from the moment they were read
# as stale, so a record written since waits to mark its row again until this commits.
STORED_FIELDS = [
    field.name for field in PipelineState._meta.concrete_fields if field.name != "user"
]


def _store(user_ids: list[int], quizzes: dict[int, list[int]]) -> None:
    """Compute and write the rows of `user_ids`; people no longer ambassadors lose theirs."""
    now = timezone.now()
    states = [_state(row, now=now) for row in _computed(scope=user_ids, quizzes=quizzes)]
    gone = set(user_ids) - {state.user_id for state in states}
    if gone:
        PipelineState.objects.filter(user_id__in=gone).delete()
    if states:
        PipelineState.objects.bulk_create(
            states, update_conflicts=True, unique_fields=["user"], update_fields=STORED_FIELDS
        )


def _stale(organisation_id: int | None):
    rows = PipelineState.objects.filter(stale=True)
    return rows if organisation_id is None else rows.filter(organisation_id=organisation_id)


def pipeline_refresh(
    *, organisation_id: int | None = None, budget: int | None = None, chunk: int | None = None
) -> int:
    """Recompute the stale rows (of one organisation, or all), at most `budget` of them;
    returns how many. Nothing stale costs one query.

    Rows are locked while recomputed, and rows a writer holds are skipped (they stay stale):
    a record written while its person is computed marks the row again once the refresh has
    committed, a record committed before is seen by the computation, and a reader never
    waits for a writer."""
    if not _stale(organisation_id).exists():
        return 0
    quizzes = programme_quizzes()
    chunk = chunk or REFRESH_CHUNK
    done = 0
    while budget is None or done < budget:
        size = chunk if budget is None else min(chunk, budget - done)
        with transaction.atomic():
            user_ids = list(
                _stale(organisation_id)
                .select_for_update(skip_locked=True)
                .order_by()
                .values_list("user_id", flat=True)[:size]
            )
            if not user_ids:
                break
            _store(user_ids, quizzes)
        done += len(user_ids)
        if len(user_ids) < size:
            break
    return done


def pipeline_track(user_ids) -> None:
    """Give a (stale) row to those of `user_ids` who are ambassadors, and take it from those
    who no longer are. Called when people's roles change."""
    user_ids = list(user_ids)
    if not user_ids:
        return
    people = list(
        ambassadors()
        .filter(pk__in=user_ids)
        .values_list(
            "pk", "organisation_id", "department_id", "date_joined", "last_name", "first_name"
        )
    )
    PipelineState.objects.filter(user_id__in=user_ids).exclude(
        user_id__in=[pk for pk, *_rest in people]
    ).delete()
    PipelineState.objects.bulk_create(
        [
            PipelineState(
                user_id=pk,
                organisation_id=organisation_id,
                department_id=department_id,
                invited_at=joined,
                last_activity=joined,
                last_name=last_name,
                first_name=first_name,
                stale=True,
            )
            for pk, organisation_id, department_id, joined, last_name, first_name in people
        ],
        ignore_conflicts=True,
    )
    pipeline_mark_stale(user_ids=[pk for pk, *_rest in people])


def pipeline_mark_stale(*, user_ids=None, organisation_id=None, everyone=False) -> None:
    """Mark rows to be recomputed: of some people, of an organisation, or of everyone."""
    # Every marked row is written, stale or not: the row lock orders this writer with a
    # refresh that is computing the same person (see pipeline_refresh).
    rows = PipelineState.objects.all()
    if everyone:
        pass
    elif organisation_id is not None:
        rows = rows.filter(organisation_id=organisation_id)
    elif user_ids is not None:
        rows = rows.filter(user_id__in=user_ids)
    else:
        return
    rows.update(stale=True)


def pipeline_rebuild(*, organisation_id: int | None = None, chunk: int = 2000) -> int:
    """Recompute every row (of one organisation, or all) from scratch: rows for ambassadors
    who have none, none for people who are no longer ambassadors. What the nightly run does,
    and what follows a bulk import. Returns the number of rows recomputed."""
    people = ambassadors()
    if organisation_id is not None:
        people = people.filter(organisation_id=organisation_id)
    missing = people.filter(pipeline_state__isnull=True).values_list("pk", flat=True)
    while True:
        batch = list(missing[:chunk])
        if not batch:
            break
        pipeline_track(batch)
    former = PipelineState.objects.exclude(user_id__in=ambassadors().values("pk"))
    if organisation_id is not None:
        former = former.filter(organisation_id=organisation_id)
    former.delete()
    rows = PipelineState.objects.all()
    if organisation_id is not None:
        rows = rows.filter(organisation_id=organisation_id)
    rows.update(stale=True)
    return pipeline_refresh(organisation_id=organisation_id, chunk=chunk)
