"""Reads for HR: the onboarding pipeline of an organisation's ambassadors, counted in SQL.

Every step is a condition `pk IN (subquery)` whose subquery does not depend on the outer row,
so the database computes it once per query (a hashed subplan), whatever the number of
ambassadors. Counts, charts and the table are a constant number of queries.
HR reads facts only: never private coaching notes, quiz answers or the text of drafts.
"""

import datetime
import statistics
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    IntegerField,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Greatest, TruncMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from charter.models import CharterSignature, CharterVersion, ParticipationChange
from coaching.models import DraftPost, EditorialLine, LineState
from courses.cohorts.selectors import SEATED_STATES
from courses.models import (
    ATTENDED,
    Attendance,
    Cohort,
    CohortSession,
    CohortStatus,
    Enrolment,
    LessonCompletion,
    ProgrammePage,
    QuizAttempt,
)
from courses.models.pages import SESSIONS_PER_PROGRAMME
from courses.models.quizzes import Quiz
from lms.certification.models import Certificate, PostingEnrolment, PostingState
from lms.models import ROLE_GROUPS, Department, Organisation, Role, User

DEFAULT_STALLED_DAYS = 21


def stalled_days_default() -> int:
    return int(getattr(settings, "HR_STALLED_DAYS", DEFAULT_STALLED_DAYS))


# The pipeline, in order. The index of a step is the value of `step` in the table.
STEPS = (
    ("invited", pgettext_lazy("onboarding step", "Invited")),
    ("enrolled", pgettext_lazy("onboarding step", "Enrolled in a cohort")),
    ("attended", pgettext_lazy("onboarding step", "Sessions attended")),
    ("quizzes", pgettext_lazy("onboarding step", "Quizzes passed")),
    ("charter", pgettext_lazy("onboarding step", "Charter signed")),
    ("line", pgettext_lazy("onboarding step", "Editorial line validated")),
    ("certified", pgettext_lazy("onboarding step", "Certified")),
    ("posting", pgettext_lazy("onboarding step", "Enrolled in posting")),
)
STEP_KEYS = [key for key, _label in STEPS]
STEP_LABELS = dict(STEPS)
STEP_INDEX = {key: index for index, key in enumerate(STEP_KEYS)}


# Who sees what -----------------------------------------------------------------------------


def sees_every_organisation(viewer) -> bool:
    return viewer.is_superuser or viewer.has_role(Role.EDITOR)


def can_view_hr(viewer) -> bool:
    """HR of an organisation, editors and superusers (who see every organisation)."""
    if not viewer.is_authenticated:
        return False
    if sees_every_organisation(viewer):
        return True
    return viewer.has_role(Role.HR) and viewer.organisation_id is not None


def organisations_for(*, viewer) -> QuerySet[Organisation]:
    if sees_every_organisation(viewer):
        return Organisation.objects.order_by("name")
    if viewer.has_role(Role.HR) and viewer.organisation_id:
        return Organisation.objects.filter(pk=viewer.organisation_id)
    return Organisation.objects.none()


def ambassadors_of(*, organisation_id: int | None) -> QuerySet[User]:
    """People in the ambassador role, of one organisation (None: every organisation)."""
    queryset = User.objects.filter(
        groups__name=ROLE_GROUPS[Role.AMBASSADOR], organisation__isnull=False
    )
    if organisation_id is not None:
        queryset = queryset.filter(organisation_id=organisation_id)
    return queryset


# Filters -----------------------------------------------------------------------------------


@dataclass
class PipelineFilters:
    """What the dashboard, the table, the exports and the API narrow the ambassadors to.
    `organisation_id` None means every organisation (editors only); dates are inclusive and
    apply to when the person was invited (their account created)."""

    organisation_id: int | None = None
    department_id: int | None = None
    cohort_id: int | None = None
    programme_id: int | None = None
    invited_from: datetime.date | None = None
    invited_to: datetime.date | None = None
    step: str | None = None
    # With a step: also the people who went further (the funnel counts them at every step).
    step_or_beyond: bool = False
    stalled_days: int = field(default_factory=stalled_days_default)
    stalled_only: bool = False

    def as_json(self) -> dict:
        return {
            "organisation_id": self.organisation_id,
            "department_id": self.department_id,
            "cohort_id": self.cohort_id,
            "programme_id": self.programme_id,
            "invited_from": self.invited_from.isoformat() if self.invited_from else None,
            "invited_to": self.invited_to.isoformat() if self.invited_to else None,
            "step": self.step,
            "step_or_beyond": self.step_or_beyond,
            "stalled_days": self.stalled_days,
            "stalled_only": self.stalled_only,
        }

    @classmethod
    def from_json(cls, data: dict) -> "PipelineFilters":
        values = dict(data)
        for name in ("invited_from", "invited_to"):
            if values.get(name):
                values[name] = datetime.date.fromisoformat(values[name])
        return cls(**values)


def _day_start(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def ambassadors_filtered(
    *, filters: PipelineFilters, conditions: dict[str, Q] | None = None
) -> QuerySet[User]:
    """The ambassadors the filters select (organisation, department, cohort, programme,
    period, step, stalled). `conditions`: step_conditions() when the caller has them."""
    queryset = ambassadors_of(organisation_id=filters.organisation_id)
    if filters.department_id:
        queryset = queryset.filter(department_id=filters.department_id)
    if filters.cohort_id:
        queryset = queryset.filter(
            pk__in=Enrolment.objects.filter(cohort_id=filters.cohort_id).values("user_id")
        )
    if filters.programme_id:
        queryset = queryset.filter(
            pk__in=Enrolment.objects.filter(cohort__programme_id=filters.programme_id).values(
                "user_id"
            )
        )
    if filters.invited_from:
        queryset = queryset.filter(date_joined__gte=_day_start(filters.invited_from))
    if filters.invited_to:
        end = _day_start(filters.invited_to + datetime.timedelta(days=1))
        queryset = queryset.filter(date_joined__lt=end)
    if filters.step in STEP_INDEX:
        conditions = step_conditions() if conditions is None else conditions
        index = STEP_INDEX[filters.step]
        queryset = queryset.filter(conditions[filters.step])
        if index + 1 < len(STEP_KEYS) and not filters.step_or_beyond:
            queryset = queryset.exclude(conditions[STEP_KEYS[index + 1]])
    if filters.stalled_only:
        queryset = queryset.filter(stalled_condition(days=filters.stalled_days))
    return queryset


# Steps as conditions -----------------------------------------------------------------------


def _enrolled() -> Q:
    seated = Enrolment.objects.filter(state__in=SEATED_STATES).exclude(
        cohort__status=CohortStatus.CANCELLED
    )
    return Q(pk__in=seated.values("user_id"))


def _attended() -> Q:
    every_session = (
        Attendance.objects.filter(status__in=ATTENDED)
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


def _quizzes_passed(quizzes: dict[int, list[int]]) -> Q:
    """Passed every quiz of the programme of one of their cohorts."""
    condition = Q(pk__in=[])
    for programme_id, quiz_ids in quizzes.items():
        in_programme = Q(
            pk__in=Enrolment.objects.filter(
                cohort__programme_id=programme_id, state__in=SEATED_STATES
            ).values("user_id")
        )
        if quiz_ids:
            passed_all = (
                QuizAttempt.objects.filter(quiz_id__in=quiz_ids, passed=True)
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
    """Signed a version at least as recent as the last material change of their organisation's
    charter, with no withdrawal or re-joining since (as charter.selectors.charter_statuses_for)."""
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
        CharterSignature.objects.annotate(last_material=Coalesce(Subquery(last_material), 0))
        .filter(version__number__gte=F("last_material"))
        .exclude(Exists(change_since))
    )
    return Q(pk__in=valid.values("user_id"))


def _line_validated() -> Q:
    return Q(pk__in=EditorialLine.objects.filter(state=LineState.VALIDATED).values("ambassador_id"))


def _valid_certificates():
    return Certificate.objects.filter(revoked_at__isnull=True).filter(
        Q(expires_at__isnull=True) | Q(expires_at__gt=timezone.now())
    )


def _certified() -> Q:
    return Q(pk__in=_valid_certificates().values("user_id"))


def _posting() -> Q:
    return Q(pk__in=PostingEnrolment.objects.filter(state=PostingState.ENROLLED).values("user_id"))


def withdrawn_condition() -> Q:
    """Withdrawn from the programme (their last participation change) or from posting."""
    later = ParticipationChange.objects.filter(
        user_id=OuterRef("user_id"),
        organisation_id=OuterRef("organisation_id"),
        created_at__gt=OuterRef("created_at"),
    )
    last_is_withdrawal = ParticipationChange.objects.filter(
        kind=ParticipationChange.Kind.WITHDRAWN
    ).exclude(Exists(later))
    return Q(pk__in=last_is_withdrawal.values("user_id")) | Q(
        pk__in=PostingEnrolment.objects.filter(state=PostingState.WITHDRAWN).values("user_id")
    )


def step_conditions(quizzes: dict[int, list[int]] | None = None) -> dict[str, Q]:
    """The condition of reaching each step: every earlier step done (certified and enrolled in
    posting count on their own: they imply the rest)."""
    quizzes = programme_quizzes() if quizzes is None else quizzes
    posting = _posting()
    certified = _certified() | posting
    done = [
        _enrolled(),
        _attended(),
        _quizzes_passed(quizzes),
        _charter_signed(),
        _line_validated(),
    ]
    conditions = {"invited": Q()}
    so_far = Q()
    for key, condition in zip(STEP_KEYS[1:6], done, strict=True):
        so_far &= condition
        conditions[key] = so_far | certified
    conditions["certified"] = certified
    conditions["posting"] = posting
    return conditions


def step_annotation(conditions: dict[str, Q]) -> Case:
    """The index of the furthest step reached, as a column."""
    return Case(
        *[When(conditions[key], then=Value(STEP_INDEX[key])) for key in reversed(STEP_KEYS[1:])],
        default=Value(0),
        output_field=IntegerField(),
    )


def _active_since(cutoff: datetime.datetime) -> list[Q]:
    """One condition per kind of progress made since `cutoff`."""
    return [
        Q(pk__in=LessonCompletion.objects.filter(completed_at__gte=cutoff).values("user_id")),
        Q(pk__in=QuizAttempt.objects.filter(started_at__gte=cutoff).values("user_id")),
        Q(
            pk__in=Attendance.objects.filter(recorded_at__gte=cutoff, status__in=ATTENDED).values(
                "user_id"
            )
        ),
        Q(pk__in=Enrolment.objects.filter(updated_at__gte=cutoff).values("user_id")),
        Q(pk__in=CharterSignature.objects.filter(signed_at__gte=cutoff).values("user_id")),
        Q(pk__in=EditorialLine.objects.filter(updated_at__gte=cutoff).values("ambassador_id")),
        Q(pk__in=DraftPost.objects.filter(updated_at__gte=cutoff).values("author_id")),
        Q(pk__in=Certificate.objects.filter(issued_at__gte=cutoff).values("user_id")),
    ]


def stalled_condition(*, days: int) -> Q:
    """Not certified, not withdrawn, invited more than `days` ago and no progress since."""
    cutoff = timezone.now() - datetime.timedelta(days=days)
    condition = Q(date_joined__lt=cutoff) & ~_certified() & ~_posting() & ~withdrawn_condition()
    for active in _active_since(cutoff):
        condition &= ~active
    return condition


# Dashboard figures -------------------------------------------------------------------------


@dataclass
class FunnelStep:
    key: str
    label: str
    count: int
    of_previous: int | None  # percentage of the previous step
    of_invited: int | None


@dataclass
class Funnel:
    steps: list[FunnelStep]
    withdrawn: int
    stalled: int

    @property
    def invited(self) -> int:
        return self.steps[0].count if self.steps else 0


def _percent(part: int, whole: int) -> int | None:
    return round(100 * part / whole) if whole else None


def _facts(*, quizzes: dict[int, list[int]], stalled_days: int) -> dict[str, Q]:
    """Each fact the funnel counts, once: the steps done on their own, withdrawn, stalled."""
    return {
        "enrolled": _enrolled(),
        "attended": _attended(),
        "quizzes": _quizzes_passed(quizzes),
        "charter": _charter_signed(),
        "line": _line_validated(),
        "certified": _certified(),
        "posting": _posting(),
        "withdrawn": withdrawn_condition(),
        "stalled": stalled_condition(days=stalled_days),
    }


def _steps_reached(facts: dict[str, bool]) -> list[str]:
    """The steps a person with these facts has reached (as step_conditions says)."""
    certified = bool(facts["certified"] or facts["posting"])
    reached, so_far = ["invited"], True
    for key in STEP_KEYS[1:6]:
        so_far = so_far and bool(facts[key])
        if so_far or certified:
            reached.append(key)
    if certified:
        reached.append("certified")
    if facts["posting"]:
        reached.append("posting")
    return reached


def funnel(*, filters: PipelineFilters) -> Funnel:
    """How many people reached each step, withdrew, or stalled: three queries in all.

    Each fact is one column computed once per person, and people are grouped by their facts
    (at most a few hundred groups); the cumulative steps are counted from the groups. Counting
    each step in SQL repeated every earlier fact in every later step.
    """
    quizzes = programme_quizzes()
    people = ambassadors_filtered(filters=filters, conditions=step_conditions(quizzes))
    facts = _facts(quizzes=quizzes, stalled_days=filters.stalled_days)
    columns = {f"fact_{key}": ExpressionWrapper(q, BooleanField()) for key, q in facts.items()}
    groups = people.order_by().annotate(**columns).values(*columns).annotate(people=Count("pk"))
    counts = dict.fromkeys([*STEP_KEYS, "withdrawn", "stalled"], 0)
    for group in groups:
        values = {key: group[f"fact_{key}"] for key in facts}
        for key in [*_steps_reached(values), *[k for k in ("withdrawn", "stalled") if values[k]]]:
            counts[key] += group["people"]
    steps, previous = [], None
    for key in STEP_KEYS:
        count = counts[key]
        steps.append(
            FunnelStep(
                key=key,
                label=str(STEP_LABELS[key]),
                count=count,
                of_previous=_percent(count, previous) if previous is not None else None,
                of_invited=_percent(count, counts["invited"]),
            )
        )
        previous = count
    return Funnel(steps=steps, withdrawn=counts["withdrawn"], stalled=counts["stalled"])


def _month_start(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


def _months_back(day: datetime.date, months: int) -> datetime.date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return datetime.date(year, month + 1, 1)


def chart_months(*, filters: PipelineFilters, today: datetime.date | None = None):
    """The months the time charts cover: the period filtered, or the last twelve months."""
    today = today or timezone.localdate()
    last = _month_start(filters.invited_to or today)
    first = _month_start(filters.invited_from) if filters.invited_from else None
    if first is None or first > last:
        first = _months_back(last, 11)
    months = []
    current = first
    while current <= last and len(months) < 36:
        months.append(current)
        current = _months_back(current, -1)
    return months


def _certificates_in_scope(filters: PipelineFilters):
    """First certificates (not re-issues) of the filtered ambassadors."""
    people = ambassadors_filtered(filters=filters).values("pk")
    return Certificate.objects.filter(user_id__in=people, replaces__isnull=True)


def certifications_per_month(*, filters: PipelineFilters) -> list[tuple[datetime.date, int]]:
    months = chart_months(filters=filters)
    start = _day_start(months[0])
    rows = (
        _certificates_in_scope(filters)
        .filter(issued_at__gte=start)
        .annotate(month=TruncMonth("issued_at"))
        .order_by()
        .values("month")
        .annotate(count=Count("pk"))
        .values_list("month", "count")
    )
    counts = {}
    for month, count in rows:
        month = month.date() if isinstance(month, datetime.datetime) else month
        counts[month] = counts.get(month, 0) + count
    return [(month, counts.get(month, 0)) for month in months]


def _enrolment_date(user_ref: str = "user_id"):
    """When the person took their seat in their first cohort (correlated on `user_ref`)."""
    seats = (
        Enrolment.objects.filter(user_id=OuterRef(user_ref), state__in=SEATED_STATES)
        .annotate(seated_at=Coalesce("confirmed_at", "created_at"))
        .order_by("seated_at")
        .values("seated_at")[:1]
    )
    return Subquery(seats)


@dataclass
class CertificationDelay:
    median_days: float | None
    count: int
    per_month: list[tuple[datetime.date, float | None]]


def certification_delay(*, filters: PipelineFilters) -> CertificationDelay:
    """Median days from taking a seat in a cohort to the certificate, overall and per month of
    certification, over the months the charts cover. One query."""
    months = chart_months(filters=filters)
    rows = (
        _certificates_in_scope(filters)
        .filter(issued_at__gte=_day_start(months[0]))
        .annotate(seated_at=_enrolment_date())
        .filter(seated_at__isnull=False)
        .values_list("issued_at", "seated_at")
    )
    by_month: dict[datetime.date, list[float]] = {}
    every = []
    for issued_at, seated_at in rows:
        days = max(0.0, (issued_at - seated_at).total_seconds() / 86400)
        every.append(days)
        month = _month_start(timezone.localtime(issued_at).date())
        by_month.setdefault(month, []).append(days)
    return CertificationDelay(
        median_days=round(statistics.median(every), 1) if every else None,
        count=len(every),
        per_month=[
            (month, round(statistics.median(by_month[month]), 1) if month in by_month else None)
            for month in months
        ],
    )


@dataclass
class DepartmentShare:
    name: str
    is_communication: bool
    count: int
    percent: int


@dataclass
class DepartmentShares:
    rows: list[DepartmentShare]
    total: int
    outside_communication: int

    @property
    def outside_percent(self) -> int | None:
        return _percent(self.outside_communication, self.total)


def department_shares(*, filters: PipelineFilters) -> DepartmentShares:
    """Ambassadors per department, largest first; people without a department count as
    outside communication. One query."""
    rows = (
        ambassadors_filtered(filters=filters)
        .order_by()
        .values("department__name", "department__is_communication")
        .annotate(count=Count("pk"))
    )
    total = sum(row["count"] for row in rows)
    shares = [
        DepartmentShare(
            name=row["department__name"] or str(_("No department")),
            is_communication=bool(row["department__is_communication"]),
            count=row["count"],
            percent=_percent(row["count"], total) or 0,
        )
        for row in rows
    ]
    shares.sort(key=lambda share: (-share.count, share.name))
    outside = sum(share.count for share in shares if not share.is_communication)
    return DepartmentShares(rows=shares, total=total, outside_communication=outside)


# The table ---------------------------------------------------------------------------------

SORTS = {
    "name": ("last_name", "first_name", "pk"),
    "department": ("department__name", "last_name", "pk"),
    "cohort": ("cohort_name", "last_name", "pk"),
    "step": ("step", "last_name", "pk"),
    "invited": ("date_joined", "pk"),
    "enrolled": ("enrolled_at", "pk"),
    "certified": ("certified_at", "pk"),
    "posting": ("posting_state", "last_name", "pk"),
    "activity": ("last_activity", "pk"),
}


def _current_seat():
    return (
        Enrolment.objects.filter(user_id=OuterRef("pk"), state__in=SEATED_STATES)
        .exclude(cohort__status=CohortStatus.CANCELLED)
        .order_by(F("confirmed_at").desc(nulls_last=True), "-pk")
    )


def _latest(queryset, field_name: str):
    """The latest value of `field_name` in `queryset` (one row, or NULL when there is none)."""
    return Subquery(queryset.order_by(F(field_name).desc(nulls_last=True)).values(field_name)[:1])


def _last_activity():
    """The latest date of any progress (or the invitation when there is none)."""
    joined = F("date_joined")
    sources = [
        _latest(LessonCompletion.objects.filter(user_id=OuterRef("pk")), "completed_at"),
        _latest(QuizAttempt.objects.filter(user_id=OuterRef("pk")), "started_at"),
        _latest(
            Attendance.objects.filter(user_id=OuterRef("pk"), status__in=ATTENDED), "recorded_at"
        ),
        _latest(Enrolment.objects.filter(user_id=OuterRef("pk")), "updated_at"),
        _latest(CharterSignature.objects.filter(user_id=OuterRef("pk")), "signed_at"),
        _latest(EditorialLine.objects.filter(ambassador_id=OuterRef("pk")), "updated_at"),
        _latest(DraftPost.objects.filter(author_id=OuterRef("pk")), "updated_at"),
        _latest(Certificate.objects.filter(user_id=OuterRef("pk")), "issued_at"),
    ]
    return Greatest(joined, *[Coalesce(source, joined) for source in sources])


def pipeline_rows(*, filters: PipelineFilters, sort: str = "name", descending: bool = False):
    """The filtered ambassadors with, per person: department, current cohort, step reached,
    dates, current certificate and posting state. A single query; columns that need other
    tables are subqueries, computed only for the rows fetched unless sorted on."""
    conditions = step_conditions()
    seat = _current_seat()
    certificate = Certificate.objects.filter(
        user_id=OuterRef("pk"), revoked_at__isnull=True
    ).order_by("-issued_at", "-pk")
    queryset = (
        ambassadors_filtered(filters=filters, conditions=conditions)
        .select_related("department", "organisation")
        .annotate(
            cohort_id_current=Subquery(seat.values("cohort_id")[:1]),
            cohort_name=Subquery(seat.values("cohort__name")[:1]),
            enrolled_at=Subquery(
                seat.annotate(seated_at=Coalesce("confirmed_at", "created_at")).values("seated_at")[
                    :1
                ]
            ),
            certified_at=Subquery(certificate.values("issued_at")[:1]),
            certificate_expires_at=Subquery(certificate.values("expires_at")[:1]),
            certificate_code=Subquery(certificate.values("code")[:1]),
            posting_state=F("posting_enrolment__state"),
            posting_changed_at=F("posting_enrolment__changed_at"),
            step=step_annotation(conditions),
            withdrawn=Case(
                When(withdrawn_condition(), then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            ),
            last_activity=_last_activity(),
        )
    )
    order = SORTS.get(sort, SORTS["name"])
    if descending:
        order = tuple(F(name).desc(nulls_last=True) for name in order)
    else:
        order = tuple(F(name).asc(nulls_last=True) for name in order)
    return queryset.order_by(*order)


@dataclass
class PipelineRow:
    """One line of the table, the exports and the API, with labels in the active language."""

    id: int
    name: str
    email: str
    organisation: str
    department: str
    cohort_id: int | None
    cohort: str
    step: str
    step_label: str
    invited_at: datetime.datetime
    enrolled_at: datetime.datetime | None
    certified_at: datetime.datetime | None
    certificate_status: str
    certificate_status_label: str
    posting_state: str
    posting_state_label: str
    posting_changed_at: datetime.datetime | None
    withdrawn: bool
    last_activity: datetime.datetime | None


def pipeline_row(person) -> PipelineRow:
    from lms.certification.models import CertificateStatus

    if person.certified_at is None:
        status, status_label = "", ""
    elif person.certificate_expires_at and person.certificate_expires_at <= timezone.now():
        status, status_label = CertificateStatus.EXPIRED, CertificateStatus.EXPIRED.label
    else:
        status, status_label = CertificateStatus.VALID, CertificateStatus.VALID.label
    posting = person.posting_state or ""
    return PipelineRow(
        id=person.pk,
        name=person.get_full_name() or person.email,
        email=person.email,
        organisation=person.organisation.name if person.organisation_id else "",
        department=person.department.name if person.department_id else "",
        cohort_id=person.cohort_id_current,
        cohort=person.cohort_name or "",
        step=STEP_KEYS[person.step],
        step_label=str(STEP_LABELS[STEP_KEYS[person.step]]),
        invited_at=person.date_joined,
        enrolled_at=person.enrolled_at,
        certified_at=person.certified_at,
        certificate_status=str(status),
        certificate_status_label=str(status_label),
        posting_state=posting,
        posting_state_label=str(PostingState(posting).label) if posting else "",
        posting_changed_at=person.posting_changed_at,
        withdrawn=person.withdrawn,
        last_activity=person.last_activity,
    )


def stalled_ambassadors(*, filters: PipelineFilters, limit: int = 50) -> list[PipelineRow]:
    """The people stalled longest first (the oldest last activity first). One query."""
    rows = pipeline_rows(filters=filters, sort="activity").filter(
        stalled_condition(days=filters.stalled_days)
    )
    return [pipeline_row(person) for person in rows[:limit]]


def stalled_ambassador_get(*, viewer, ambassador_id: int) -> User | None:
    """An ambassador `viewer` may remind: in their organisation (any for editors)."""
    organisation_id = None if sees_every_organisation(viewer) else viewer.organisation_id
    if organisation_id is None and not sees_every_organisation(viewer):
        return None
    return ambassadors_of(organisation_id=organisation_id).filter(pk=ambassador_id).first()


# Filter choices ----------------------------------------------------------------------------


def departments_for(*, organisation_id: int | None) -> QuerySet[Department]:
    queryset = Department.objects.select_related("organisation").order_by(
        "organisation__name", "name"
    )
    return queryset.filter(organisation_id=organisation_id) if organisation_id else queryset


def cohorts_for(*, organisation_id: int | None) -> QuerySet[Cohort]:
    queryset = Cohort.objects.select_related("organisation").order_by("-created_at")
    return queryset.filter(organisation_id=organisation_id) if organisation_id else queryset


def programmes_for() -> QuerySet[ProgrammePage]:
    return ProgrammePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by(
        "title"
    )


# The API's other lists ---------------------------------------------------------------------


def api_cohorts(*, organisation_id: int) -> QuerySet[Cohort]:
    return (
        Cohort.objects.filter(organisation_id=organisation_id)
        .select_related("programme")
        .annotate(
            seated=Count("enrolments", filter=Q(enrolments__state__in=SEATED_STATES)),
            first_session=Subquery(
                CohortSession.objects.filter(cohort_id=OuterRef("pk"))
                .order_by("date")
                .values("date")[:1]
            ),
        )
        .order_by("-created_at", "-pk")
    )


def api_certificates(*, organisation_id: int) -> QuerySet[Certificate]:
    return (
        Certificate.objects.filter(organisation_id=organisation_id)
        .select_related("user", "cohort")
        .order_by("-issued_at", "-pk")
    )


def api_posting_enrolments(*, organisation_id: int) -> QuerySet[PostingEnrolment]:
    return (
        PostingEnrolment.objects.filter(organisation_id=organisation_id)
        .select_related("user")
        .order_by("-changed_at", "-pk")
    )
