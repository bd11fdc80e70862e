"""Reads for HR: the onboarding pipeline of an organisation's ambassadors.

Figures read `PipelineState`, one stored row per ambassador (computed in `lms.hr.pipeline`
from the apps' records, refreshed when they change), so the dashboard, the table and the API
are a constant number of queries on one table, whatever the number of ambassadors. What moves
with the clock (a certificate expiring, someone stalling) is judged here, at read time.
HR reads facts only: never private coaching notes, quiz answers or the text of drafts.
"""

import datetime
import statistics
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection
from django.db.models import (
    Aggregate,
    BooleanField,
    Case,
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    FloatField,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from courses.cohorts.selectors import SEATED_STATES
from courses.models import (
    Cohort,
    CohortSession,
    Enrolment,
    ProgrammePage,
)
from lms.certification.models import Certificate, PostingEnrolment, PostingState
from lms.models import ROLE_GROUPS, Department, Organisation, Role, User

from .models import PipelineState
from .pipeline import READ_REFRESH_BUDGET, pipeline_refresh

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
    # Set once the stale rows these filters read were recomputed (not part of the filters).
    fresh: bool = field(default=False, compare=False, repr=False)
    # Figures several parts of a page read, computed once per filters object.
    computed: dict = field(default_factory=dict, compare=False, repr=False)

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


def _fresh(filters: PipelineFilters) -> None:
    """Recompute the stale rows the filters read, once per filters object (a page asks
    several figures of the same filters). More than a read's budget: a worker does the rest."""
    if filters.fresh:
        return
    done = pipeline_refresh(organisation_id=filters.organisation_id, budget=READ_REFRESH_BUDGET)
    if done >= READ_REFRESH_BUDGET:
        from .tasks import pipeline_refresh_task

        pipeline_refresh_task.delay_on_commit()
    filters.fresh = True


# Judged at read time ---------------------------------------------------------------------


def certified_condition() -> Q:
    """Holds a certificate that is not revoked and has not expired."""
    return Q(has_certificate=True) & (
        Q(certified_until__isnull=True) | Q(certified_until__gt=timezone.now())
    )


def not_certified_condition() -> Q:
    return Q(has_certificate=False) | Q(certified_until__lte=timezone.now())


def step_expression() -> Case:
    """The index of the furthest step reached: enrolled in posting and certified count on
    their own (they imply the rest), otherwise the steps done in order."""
    return Case(
        When(posting=True, then=Value(STEP_INDEX["posting"])),
        When(certified_condition(), then=Value(STEP_INDEX["certified"])),
        default=F("steps_done"),
        output_field=IntegerField(),
    )


def stalled_condition(*, days: int) -> Q:
    """Not certified, not withdrawn, invited more than `days` ago and no progress since."""
    cutoff = timezone.now() - datetime.timedelta(days=days)
    return (
        Q(invited_at__lt=cutoff, last_activity__lt=cutoff, posting=False, withdrawn=False)
        & not_certified_condition()
    )


def ambassadors_filtered(*, filters: PipelineFilters) -> QuerySet[PipelineState]:
    """The stored states of the ambassadors the filters select (organisation, department,
    cohort, programme, period, step, stalled), with `step` annotated."""
    _fresh(filters)
    queryset = PipelineState.objects.filter(organisation__isnull=False)
    if filters.organisation_id is not None:
        queryset = queryset.filter(organisation_id=filters.organisation_id)
    if filters.department_id:
        queryset = queryset.filter(department_id=filters.department_id)
    if filters.cohort_id:
        queryset = queryset.filter(
            user_id__in=Enrolment.objects.filter(cohort_id=filters.cohort_id).values("user_id")
        )
    if filters.programme_id:
        queryset = queryset.filter(
            user_id__in=Enrolment.objects.filter(cohort__programme_id=filters.programme_id).values(
                "user_id"
            )
        )
    if filters.invited_from:
        queryset = queryset.filter(invited_at__gte=_day_start(filters.invited_from))
    if filters.invited_to:
        end = _day_start(filters.invited_to + datetime.timedelta(days=1))
        queryset = queryset.filter(invited_at__lt=end)
    queryset = queryset.annotate(step=step_expression())
    if filters.step in STEP_INDEX:
        index = STEP_INDEX[filters.step]
        queryset = (
            queryset.filter(step__gte=index)
            if filters.step_or_beyond
            else queryset.filter(step=index)
        )
    if filters.stalled_only:
        queryset = queryset.filter(stalled_condition(days=filters.stalled_days))
    return queryset


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


def _groups(filters: PipelineFilters) -> list[dict]:
    """People counted by step, withdrawal, stalling and department: the funnel and the shares
    of departments read the same groups (at most a few hundred), one query for both."""
    if "groups" not in filters.computed:
        stalled = ExpressionWrapper(stalled_condition(days=filters.stalled_days), BooleanField())
        filters.computed["groups"] = list(
            ambassadors_filtered(filters=filters)
            .order_by()
            .annotate(is_stalled=stalled)
            .values(
                "step",
                "withdrawn",
                "is_stalled",
                "department__name",
                "department__is_communication",
            )
            .annotate(people=Count("pk"))
        )
    return filters.computed["groups"]


def funnel(*, filters: PipelineFilters) -> Funnel:
    """How many people reached each step, withdrew, or stalled. Each step counts everyone who
    reached it or went further."""
    counts = dict.fromkeys([*STEP_KEYS, "withdrawn", "stalled"], 0)
    for group in _groups(filters):
        for key in STEP_KEYS[: group["step"] + 1]:
            counts[key] += group["people"]
        counts["withdrawn"] += group["people"] if group["withdrawn"] else 0
        counts["stalled"] += group["people"] if group["is_stalled"] else 0
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


class MedianDays(Aggregate):
    """The median of a duration, in days, negative durations counted as none (PostgreSQL)."""

    template = (
        "percentile_cont(0.5) WITHIN GROUP "
        "(ORDER BY GREATEST(0, EXTRACT(EPOCH FROM %(expressions)s)) / 86400.0)"
    )
    output_field = FloatField()


def _certified_since_start(filters: PipelineFilters):
    """The filtered people first certified (re-issues do not count again) in the months the
    charts cover, on an index."""
    months = chart_months(filters=filters)
    return (
        ambassadors_filtered(filters=filters)
        .filter(first_certified_at__gte=_day_start(months[0]))
        .order_by()
    )


def _as_month(value) -> datetime.date:
    return value.date() if isinstance(value, datetime.datetime) else value


def _certification_months(filters: PipelineFilters) -> dict:
    """Per month: people first certified, and the median delay from their first seat (and
    the same over every month, under None). PostgreSQL computes it in two queries whatever
    the number of people; other databases get the rows."""
    if "certified" in filters.computed:
        return filters.computed["certified"]
    people = _certified_since_start(filters)
    delay = ExpressionWrapper(
        F("first_certified_at") - F("first_seated_at"), output_field=DurationField()
    )
    result = {}
    if connection.vendor == "postgresql":
        rows = (
            people.annotate(month=TruncMonth("first_certified_at"))
            .values("month")
            .annotate(count=Count("pk"), delays=Count("first_seated_at"), median=MedianDays(delay))
        )
        for row in rows:
            result[_as_month(row["month"])] = (row["count"], row["delays"], row["median"])
        overall = people.aggregate(delays=Count("first_seated_at"), median=MedianDays(delay))
        result[None] = (
            sum(c for c, _d, _m in result.values()),
            overall["delays"],
            overall["median"],
        )
    else:
        by_month: dict = {}
        for certified_at, seated_at in people.values_list("first_certified_at", "first_seated_at"):
            month = _month_start(timezone.localtime(certified_at).date())
            days = None
            if seated_at is not None:
                days = max(0.0, (certified_at - seated_at).total_seconds() / 86400)
            for key in (month, None):
                by_month.setdefault(key, []).append(days)
        for key, values in by_month.items():
            delays = [days for days in values if days is not None]
            median = statistics.median(delays) if delays else None
            result[key] = (len(values), len(delays), median)
    filters.computed["certified"] = result
    return result


def certifications_per_month(*, filters: PipelineFilters) -> list[tuple[datetime.date, int]]:
    """People certified for the first time, per month the charts cover."""
    months = _certification_months(filters)
    return [(month, months.get(month, (0,))[0]) for month in chart_months(filters=filters)]


@dataclass
class CertificationDelay:
    median_days: float | None
    count: int
    per_month: list[tuple[datetime.date, float | None]]


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def certification_delay(*, filters: PipelineFilters) -> CertificationDelay:
    """Median days from taking a seat in a cohort to the first certificate, overall and per
    month of certification, over the months the charts cover."""
    months = _certification_months(filters)
    _count, delays, median = months.get(None, (0, 0, None))
    return CertificationDelay(
        median_days=_rounded(median) if delays else None,
        count=delays,
        per_month=[
            (month, _rounded(months[month][2]) if month in months else None)
            for month in chart_months(filters=filters)
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
    outside communication. From the funnel's groups."""
    counts: dict[tuple, int] = {}
    for group in _groups(filters):
        key = (group["department__name"], group["department__is_communication"])
        counts[key] = counts.get(key, 0) + group["people"]
    rows = [
        {"department__name": name, "department__is_communication": communication, "count": count}
        for (name, communication), count in counts.items()
    ]
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
    "cohort": ("cohort__name", "last_name", "pk"),
    "step": ("step", "last_name", "pk"),
    "invited": ("invited_at", "pk"),
    "enrolled": ("enrolled_at", "pk"),
    "certified": ("certificate__issued_at", "pk"),
    "posting": ("posting_state", "last_name", "pk"),
    "activity": ("last_activity", "pk"),
}


def pipeline_rows(*, filters: PipelineFilters, sort: str = "name", descending: bool = False):
    """The filtered ambassadors with, per person: department, current cohort, step reached,
    dates, current certificate and posting state. A single query on the stored states."""
    queryset = (
        ambassadors_filtered(filters=filters)
        .select_related("user", "department", "organisation", "cohort", "certificate")
        .annotate(
            posting_state=F("user__posting_enrolment__state"),
            posting_changed_at=F("user__posting_enrolment__changed_at"),
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


def pipeline_row(state: PipelineState) -> PipelineRow:
    """The row of one stored state read by `pipeline_rows`."""
    from lms.certification.models import CertificateStatus

    person, certificate = state.user, state.certificate
    if certificate is None:
        status, status_label = "", ""
    elif certificate.expires_at and certificate.expires_at <= timezone.now():
        status, status_label = CertificateStatus.EXPIRED, CertificateStatus.EXPIRED.label
    else:
        status, status_label = CertificateStatus.VALID, CertificateStatus.VALID.label
    posting = state.posting_state or ""
    step = STEP_KEYS[state.step]
    return PipelineRow(
        id=person.pk,
        name=person.get_full_name() or person.email,
        email=person.email,
        organisation=state.organisation.name if state.organisation_id else "",
        department=state.department.name if state.department_id else "",
        cohort_id=state.cohort_id,
        cohort=state.cohort.name if state.cohort_id else "",
        step=step,
        step_label=str(STEP_LABELS[step]),
        invited_at=state.invited_at,
        enrolled_at=state.enrolled_at,
        certified_at=certificate.issued_at if certificate else None,
        certificate_status=str(status),
        certificate_status_label=str(status_label),
        posting_state=posting,
        posting_state_label=str(PostingState(posting).label) if posting else "",
        posting_changed_at=state.posting_changed_at,
        withdrawn=state.withdrawn,
        last_activity=state.last_activity,
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
