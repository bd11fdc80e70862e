"""Changes to cohorts: enrolments under a hard capacity, scheduling, attendance, feedback."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.mail import email_queue

from ..models import (
    MIN_CAPACITY,
    Attendance,
    AttendanceStatus,
    Cohort,
    CohortSession,
    CohortStatus,
    Enrolment,
    EnrolmentState,
    ReminderKind,
    SessionFeedback,
    SessionMode,
    SessionPage,
    SessionReminder,
)
from .ics import CANCEL, REQUEST, calendar_attachment

ACTIVE_STATES = (EnrolmentState.INVITED, EnrolmentState.CONFIRMED, EnrolmentState.WAITLISTED)
# Who receives calendar invitations, updates and cancellations.
CALENDAR_STATES = (EnrolmentState.INVITED, EnrolmentState.CONFIRMED)
CLOSED_STATUSES = (CohortStatus.FINISHED, CohortStatus.CANCELLED)
SESSION_HOURS = (Decimal("2.5"), Decimal("4.5"))
REMINDER_DELAYS = {
    ReminderKind.WEEK_BEFORE: datetime.timedelta(days=7),
    ReminderKind.DAY_BEFORE: datetime.timedelta(days=1),
}


def _lock(cohort: Cohort) -> Cohort:
    """The cohort row, locked until the end of the transaction (PostgreSQL)."""
    return Cohort.objects.select_for_update().get(pk=cohort.pk)


def _scheduled_sessions(cohort: Cohort) -> list[CohortSession]:
    return list(
        cohort.sessions.select_related("session", "cohort").prefetch_related("cohort__trainers")
    )


def _send(*, enrolment: Enrolment, template: str, context: dict, attachments=None) -> None:
    user = enrolment.user
    email_queue(
        to=[user.email],
        template=f"cohorts/{template}",
        context={"name": user.get_short_name(), "cohort": enrolment.cohort.name, **context},
        language=user.language,
        attachments=attachments,
    )


def _send_calendar(*, enrolment: Enrolment, template: str, sessions, method=REQUEST, **context):
    if not sessions:
        return _send(enrolment=enrolment, template=template, context=context)
    attachment = calendar_attachment(
        cohort_sessions=sessions, attendee_email=enrolment.user.email, method=method
    )
    context["sessions"] = [
        {"number": s.number, "start": s.start, "end": s.end, "location": s.location}
        for s in sessions
    ]
    _send(enrolment=enrolment, template=template, context=context, attachments=[attachment])


# Enrolments -------------------------------------------------------------------------------------


@transaction.atomic
def enrolment_invite(*, cohort: Cohort, user) -> Enrolment:
    """Invite `user` to `cohort` and send the invitation with the calendar of its sessions."""
    cohort = _lock(cohort)
    if cohort.status in CLOSED_STATUSES:
        raise ValidationError(_("This cohort is closed: nobody can be invited to it."))
    if user.organisation_id != cohort.organisation_id:
        raise ValidationError(_("Only people of the cohort's organisation can be invited."))
    enrolment, created = Enrolment.objects.get_or_create(cohort=cohort, user=user)
    if not created and enrolment.state in (EnrolmentState.CONFIRMED, EnrolmentState.COMPLETED):
        return enrolment
    enrolment.state = EnrolmentState.INVITED
    enrolment.updated_at = timezone.now()
    enrolment.save()
    _send_calendar(enrolment=enrolment, template="invitation", sessions=_scheduled_sessions(cohort))
    return enrolment


def _confirm_locked(*, cohort: Cohort, enrolment: Enrolment) -> Enrolment:
    """Confirm, or waitlist when full. Should be called while holding the cohort's row lock."""
    now = timezone.now()
    confirmed = cohort.enrolments.filter(state=EnrolmentState.CONFIRMED).count()
    if confirmed < cohort.capacity:
        enrolment.state = EnrolmentState.CONFIRMED
        enrolment.confirmed_at = now
    else:
        enrolment.state = EnrolmentState.WAITLISTED
        enrolment.waitlisted_at = now
    enrolment.updated_at = now
    enrolment.save()
    return enrolment


@transaction.atomic
def enrolment_confirm(*, enrolment: Enrolment) -> Enrolment:
    """Take a seat, or a place on the waiting list when the last seat is gone.

    Concurrent confirmations queue on the cohort's row lock, so the count of confirmed members
    read here is the real one and the capacity holds.
    """
    cohort = _lock(enrolment.cohort)
    enrolment = Enrolment.objects.select_related("user").get(pk=enrolment.pk)
    if enrolment.state in (EnrolmentState.CONFIRMED, EnrolmentState.WAITLISTED):
        return enrolment
    if cohort.status in CLOSED_STATUSES or enrolment.state == EnrolmentState.COMPLETED:
        raise ValidationError(_("This cohort is closed: the enrolment cannot be confirmed."))
    return _confirm_locked(cohort=cohort, enrolment=enrolment)


def _promote_first_waitlisted(cohort: Cohort) -> Enrolment | None:
    """Give a freed seat to the longest waiting person. Call with the cohort locked."""
    if cohort.status in CLOSED_STATUSES:
        return None
    confirmed = cohort.enrolments.filter(state=EnrolmentState.CONFIRMED).count()
    if confirmed >= cohort.capacity:
        return None
    waiting = (
        cohort.enrolments.filter(state=EnrolmentState.WAITLISTED)
        .select_related("user", "cohort")
        .order_by("waitlisted_at", "pk")
        .first()
    )
    if waiting is None:
        return None
    _confirm_locked(cohort=cohort, enrolment=waiting)
    _send_calendar(enrolment=waiting, template="promoted", sessions=_scheduled_sessions(cohort))
    return waiting


@transaction.atomic
def enrolment_withdraw(*, enrolment: Enrolment) -> Enrolment:
    """Leave the cohort; a freed seat goes to the first person on the waiting list."""
    cohort = _lock(enrolment.cohort)
    enrolment = Enrolment.objects.select_related("user").get(pk=enrolment.pk)
    if enrolment.state == EnrolmentState.WITHDRAWN:
        return enrolment
    was_confirmed = enrolment.state == EnrolmentState.CONFIRMED
    enrolment.state = EnrolmentState.WITHDRAWN
    enrolment.withdrawn_at = enrolment.updated_at = timezone.now()
    enrolment.save()
    if was_confirmed:
        _promote_first_waitlisted(cohort)
    return enrolment


@transaction.atomic
def enrolment_withdraw_on_behalf(*, enrolment: Enrolment, by) -> Enrolment:
    """A trainer or an editor withdraws someone (`enrolment_withdraw`): the person is told who
    did it, and the sessions they were invited to are taken out of their calendar."""
    _lock(enrolment.cohort)  # as enrolment_withdraw does: one email, not two
    before = Enrolment.objects.get(pk=enrolment.pk).state
    withdrawn = enrolment_withdraw(enrolment=enrolment)
    if before == EnrolmentState.WITHDRAWN:
        return withdrawn
    sessions = _scheduled_sessions(withdrawn.cohort) if before in CALENDAR_STATES else []
    _send_calendar(
        enrolment=withdrawn,
        template="withdrawn",
        sessions=sessions,
        method=CANCEL,
        by=by.get_full_name() or by.email,
    )
    return withdrawn


@transaction.atomic
def enrolment_move(*, enrolment: Enrolment, to_cohort: Cohort) -> Enrolment:
    """Move a person to another cohort. Their progress and attendance stay: they are per user."""
    if to_cohort.pk == enrolment.cohort_id:
        return enrolment
    first, second = sorted([enrolment.cohort, to_cohort], key=lambda cohort: cohort.pk)
    locked = {cohort.pk: cohort for cohort in (_lock(first), _lock(second))}
    source, target = locked[enrolment.cohort_id], locked[to_cohort.pk]
    if target.status in CLOSED_STATUSES:
        raise ValidationError(_("This cohort is closed: nobody can join it."))
    if target.organisation_id != source.organisation_id:
        raise ValidationError(_("A person can only move to a cohort of their organisation."))
    enrolment = Enrolment.objects.select_related("user").get(pk=enrolment.pk)
    was_confirmed = enrolment.state == EnrolmentState.CONFIRMED
    enrolment.state = EnrolmentState.WITHDRAWN
    enrolment.withdrawn_at = enrolment.updated_at = timezone.now()
    enrolment.save()
    moved, _created = Enrolment.objects.get_or_create(cohort=target, user=enrolment.user)
    moved = _confirm_locked(cohort=target, enrolment=moved)
    if was_confirmed:
        _promote_first_waitlisted(source)
    return moved


# Cohort lifecycle -------------------------------------------------------------------------------


@transaction.atomic
def cohort_start(*, cohort: Cohort) -> Cohort:
    """Start a planned cohort; it needs at least MIN_CAPACITY confirmed members."""
    cohort = _lock(cohort)
    if cohort.status == CohortStatus.RUNNING:
        return cohort
    if cohort.status in CLOSED_STATUSES:
        raise ValidationError(_("This cohort is closed: it cannot start again."))
    confirmed = cohort.enrolments.filter(state=EnrolmentState.CONFIRMED).count()
    if confirmed < MIN_CAPACITY:
        raise ValidationError(
            _(
                "A cohort starts with at least %(minimum)s confirmed members; this one has "
                "%(count)s. Invite more people or wait for their confirmation."
            )
            % {"minimum": MIN_CAPACITY, "count": confirmed}
        )
    cohort.status = CohortStatus.RUNNING
    cohort.save(update_fields=["status"])
    return cohort


@transaction.atomic
def cohort_finish(*, cohort: Cohort) -> Cohort:
    """Close a running cohort once its scheduled sessions have all taken place: its confirmed
    members complete it. They keep their seat, hence the lessons, as completed members."""
    cohort = _lock(cohort)
    if cohort.status == CohortStatus.FINISHED:
        return cohort
    if cohort.status != CohortStatus.RUNNING:
        raise ValidationError(_("Only a running cohort can finish."))
    now = timezone.now()
    upcoming = next((s for s in cohort.sessions.order_by("number") if s.end > now), None)
    if upcoming is not None:
        raise ValidationError(
            _("Session %(number)s has not taken place yet (%(date)s): finish the cohort after it.")
            % {"number": upcoming.number, "date": f"{upcoming.date:%d/%m/%Y}"}
        )
    cohort.status = CohortStatus.FINISHED
    cohort.save(update_fields=["status"])
    cohort.enrolments.filter(state=EnrolmentState.CONFIRMED).update(
        state=EnrolmentState.COMPLETED, updated_at=now
    )
    return cohort


@transaction.atomic
def cohort_cancel(*, cohort: Cohort) -> Cohort:
    """Cancel the cohort and withdraw its sessions from everyone's calendar."""
    cohort = _lock(cohort)
    if cohort.status == CohortStatus.CANCELLED:
        return cohort
    cohort.status = CohortStatus.CANCELLED
    cohort.save(update_fields=["status"])
    sessions = _scheduled_sessions(cohort)
    for cohort_session in sessions:
        cohort_session.sequence += 1
        cohort_session.save(update_fields=["sequence"])
    enrolments = cohort.enrolments.filter(state__in=CALENDAR_STATES).select_related("user")
    for enrolment in enrolments:
        _send_calendar(
            enrolment=enrolment, template="cancellation", sessions=sessions, method=CANCEL
        )
    return cohort


# Scheduling -------------------------------------------------------------------------------------


@dataclass
class ScheduleCheck:
    errors: dict[str, list[str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def error(self, name: str, message: str) -> None:
        self.errors.setdefault(name, []).append(message)


def schedule_check(
    *,
    cohort: Cohort,
    number: int,
    date: datetime.date,
    starts_at: datetime.time,
    ends_at: datetime.time,
    mode: str,
    exclude_pk: int | None = None,
) -> ScheduleCheck:
    """Errors that refuse a schedule, and warnings that only draw attention."""
    check = ScheduleCheck()
    if ends_at <= starts_at:
        check.error("ends_at", _("The session must end after it starts."))
        return check
    start = datetime.datetime.combine(date, starts_at)
    end = datetime.datetime.combine(date, ends_at)
    hours = Decimal((end - start).total_seconds()) / 3600
    if not SESSION_HOURS[0] <= hours <= SESSION_HOURS[1]:
        check.warnings.append(
            _("Session %(number)s lasts %(hours)s h; a half-day usually lasts 2.5 to 4.5 h.")
            % {"number": number, "hours": f"{hours:.1f}"}
        )
    if number == 1 and mode != SessionMode.IN_PERSON:
        check.warnings.append(
            _("Session 1 is best held in person: the group meets and builds trust there.")
        )
    others = cohort.sessions.exclude(pk=exclude_pk) if exclude_pk else cohort.sessions.all()
    for other in others:
        if other.number < number and other.end > timezone.make_aware(start):
            check.error(
                "date",
                _("Session %(number)s must come after session %(other)s (%(date)s).")
                % {"number": number, "other": other.number, "date": f"{other.date:%d/%m/%Y}"},
            )
        if other.number > number and other.start < timezone.make_aware(end):
            check.error(
                "date",
                _("Session %(number)s must come before session %(other)s (%(date)s).")
                % {"number": number, "other": other.number, "date": f"{other.date:%d/%m/%Y}"},
            )
    return check


CALENDAR_FIELDS = ("date", "starts_at", "ends_at", "mode", "place", "video_link")


@transaction.atomic
def cohort_session_schedule(
    *,
    cohort: Cohort,
    session: SessionPage,
    date: datetime.date,
    starts_at: datetime.time,
    ends_at: datetime.time,
    mode: str = SessionMode.IN_PERSON,
    place: str = "",
    video_link: str = "",
) -> tuple[CohortSession, list[str]]:
    """Schedule (or reschedule) one session; members get the new or updated calendar event.

    Returns the scheduled session and the warnings to show. Raises ValidationError on errors.
    """
    cohort = _lock(cohort)
    if session.get_parent().pk != cohort.programme_id:
        raise ValidationError({"session": _("This session belongs to another programme.")})
    existing = CohortSession.objects.filter(cohort=cohort, session=session).first()
    check = schedule_check(
        cohort=cohort,
        number=session.number,
        date=date,
        starts_at=starts_at,
        ends_at=ends_at,
        mode=mode,
        exclude_pk=existing.pk if existing else None,
    )
    if check.errors:
        raise ValidationError(check.errors)
    values = {
        "date": date,
        "starts_at": starts_at,
        "ends_at": ends_at,
        "mode": mode,
        "place": place,
        "video_link": video_link,
    }
    cohort_session = existing or CohortSession(cohort=cohort, session=session)
    changed = existing is None or any(
        getattr(existing, name) != value for name, value in values.items()
    )
    for name, value in values.items():
        setattr(cohort_session, name, value)
    cohort_session.number = session.number
    if existing and changed:
        cohort_session.sequence += 1
    cohort_session.save()
    if changed and cohort.status not in CLOSED_STATUSES:
        cohort_session.cohort = cohort
        for enrolment in cohort.enrolments.filter(state__in=CALENDAR_STATES).select_related("user"):
            _send_calendar(
                enrolment=enrolment,
                template="schedule_update",
                sessions=[cohort_session],
                rescheduled=existing is not None,
            )
    return cohort_session, check.warnings


# Reminders --------------------------------------------------------------------------------------


def _due_reminders(now: datetime.datetime):
    """(enrolment, cohort session, kind) triples whose reminder time has come."""
    horizon = now + REMINDER_DELAYS[ReminderKind.WEEK_BEFORE]
    sessions = (
        CohortSession.objects.filter(
            cohort__status__in=(CohortStatus.PLANNED, CohortStatus.RUNNING),
            date__gte=timezone.localdate(now),
            date__lte=timezone.localdate(horizon),
        )
        .select_related("cohort", "session")
        .prefetch_related("cohort__trainers")
    )
    for cohort_session in sessions:
        until = cohort_session.start - now
        if until <= datetime.timedelta(0):
            continue
        if until <= REMINDER_DELAYS[ReminderKind.DAY_BEFORE]:
            kind = ReminderKind.DAY_BEFORE
        elif until <= REMINDER_DELAYS[ReminderKind.WEEK_BEFORE]:
            kind = ReminderKind.WEEK_BEFORE
        else:
            continue
        enrolments = cohort_session.cohort.enrolments.filter(
            state=EnrolmentState.CONFIRMED
        ).select_related("user", "cohort")
        for enrolment in enrolments:
            yield enrolment, cohort_session, kind


def cohort_reminders_send(*, now: datetime.datetime | None = None) -> int:
    """Send the reminders due 7 days and 1 day before each session; each one goes out once.

    The reminder row is written in the same transaction that queues the email (sent after
    commit); its unique constraint stops a second run, or a concurrent worker, from sending
    it again.
    """
    now = now or timezone.now()
    sent = 0
    for enrolment, cohort_session, kind in _due_reminders(now):
        with transaction.atomic():
            _reminder, created = SessionReminder.objects.get_or_create(
                enrolment=enrolment, cohort_session=cohort_session, kind=kind
            )
            if not created:
                continue
            _send(
                enrolment=enrolment,
                template="reminder",
                context={
                    "number": cohort_session.number,
                    "title": cohort_session.session.title,
                    "start": cohort_session.start,
                    "end": cohort_session.end,
                    "location": cohort_session.location,
                    "tomorrow": kind == ReminderKind.DAY_BEFORE,
                },
            )
            sent += 1
    return sent


# Attendance and feedback ------------------------------------------------------------------------


@transaction.atomic
def cohort_session_lessons_open(*, cohort_session: CohortSession) -> CohortSession:
    """Open the session's lessons to the cohort now, before the day it meets (idempotent)."""
    cohort_session = CohortSession.objects.select_for_update().get(pk=cohort_session.pk)
    if cohort_session.lessons_opened_at is None:
        cohort_session.lessons_opened_at = timezone.now()
        cohort_session.save(update_fields=["lessons_opened_at"])
    return cohort_session


@transaction.atomic
def attendance_record(
    *, cohort_session: CohortSession, user, status: str, recorded_by
) -> Attendance:
    """Record whether `user` attended; a person of another cohort is recorded as a make-up."""
    if status not in AttendanceStatus.values:
        raise ValidationError(_("Unknown attendance status."))
    member = cohort_session.cohort.enrolments.filter(
        user=user, state__in=(EnrolmentState.CONFIRMED, EnrolmentState.COMPLETED)
    ).exists()
    attendance, _created = Attendance.objects.update_or_create(
        cohort_session=cohort_session,
        user=user,
        defaults={
            "status": status,
            "makeup": not member,
            "recorded_by": recorded_by,
            "recorded_at": timezone.now(),
        },
    )
    return attendance


@transaction.atomic
def session_feedback_save(
    *, cohort_session: CohortSession, user, rating: int, comment: str = ""
) -> SessionFeedback:
    """The ambassador's rating of a session that has taken place; saving again edits it."""
    if not 1 <= int(rating) <= 5:
        raise ValidationError({"rating": _("Choose a rating from 1 to 5.")})
    if cohort_session.start > timezone.now():
        raise ValidationError(_("You can rate a session once it has started."))
    now = timezone.now()
    feedback, _created = SessionFeedback.objects.update_or_create(
        cohort_session=cohort_session,
        user=user,
        defaults={"rating": int(rating), "comment": comment.strip(), "updated_at": now},
    )
    return feedback
