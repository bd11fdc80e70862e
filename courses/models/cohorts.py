"""Cohorts of 4 to 8 ambassadors who follow the four sessions together, with their trainers.

A cohort schedules one `CohortSession` per session page of its programme (the original-language
pages: translations share their translation key). Attendance, reminders and feedback hang off
those scheduled sessions. Learner progress is per user, never per cohort.
"""

import datetime
import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

__all__ = [
    "ATTENDED",
    "MAX_CAPACITY",
    "MIN_CAPACITY",
    "Attendance",
    "AttendanceStatus",
    "Cohort",
    "CohortSession",
    "CohortStatus",
    "Enrolment",
    "EnrolmentState",
    "ReminderKind",
    "SessionFeedback",
    "SessionMode",
    "SessionReminder",
]

MIN_CAPACITY = 4
MAX_CAPACITY = 8


class CohortStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    RUNNING = "running", _("Running")
    FINISHED = "finished", _("Finished")
    CANCELLED = "cancelled", _("Cancelled")


class Cohort(models.Model):
    organisation = models.ForeignKey(
        "lms.Organisation",
        on_delete=models.PROTECT,
        related_name="cohorts",
        verbose_name=_("organisation"),
    )
    programme = models.ForeignKey(
        "courses.ProgrammePage",
        on_delete=models.PROTECT,
        related_name="cohorts",
        verbose_name=_("programme"),
        help_text=_("The programme in its original language."),
    )
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="cohorts_trained",
        blank=True,
        verbose_name=_("trainers"),
    )
    name = models.CharField(_("name"), max_length=200)
    capacity = models.PositiveSmallIntegerField(
        _("capacity"),
        default=MAX_CAPACITY,
        validators=[MinValueValidator(MIN_CAPACITY), MaxValueValidator(MAX_CAPACITY)],
        help_text=_("Between 4 and 8 people."),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=CohortStatus.choices, default=CohortStatus.PLANNED
    )
    created_at = models.DateTimeField(
        pgettext_lazy("cohort", "created at"), default=timezone.now, editable=False
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(capacity__gte=MIN_CAPACITY, capacity__lte=MAX_CAPACITY),
                name="cohort_capacity_between_4_and_8",
            )
        ]

    def __str__(self):
        return self.name


class EnrolmentState(models.TextChoices):
    INVITED = "invited", _("Invited")
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    WITHDRAWN = "withdrawn", pgettext_lazy("cohort enrolment", "Withdrawn")
    COMPLETED = "completed", _("Completed")


class Enrolment(models.Model):
    cohort = models.ForeignKey(
        Cohort, on_delete=models.CASCADE, related_name="enrolments", verbose_name=_("cohort")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="cohort_enrolments",
        verbose_name=_("ambassador"),
    )
    state = models.CharField(
        _("state"), max_length=16, choices=EnrolmentState.choices, default=EnrolmentState.INVITED
    )
    created_at = models.DateTimeField(_("invited at"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(
        pgettext_lazy("cohort enrolment", "updated at"), default=timezone.now
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    waitlisted_at = models.DateTimeField(_("waitlisted at"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        ordering = ["cohort", "user__last_name", "user__first_name"]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["cohort", "user"], name="one_enrolment_per_cohort")
        ]

    def __str__(self):
        return f"{self.user} · {self.cohort}"


class SessionMode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    REMOTE = "remote", _("Remote")


class CohortSession(models.Model):
    """When and where a cohort meets for one of the four sessions."""

    cohort = models.ForeignKey(
        Cohort, on_delete=models.CASCADE, related_name="sessions", verbose_name=_("cohort")
    )
    session = models.ForeignKey(
        "courses.SessionPage",
        on_delete=models.PROTECT,
        related_name="cohort_sessions",
        verbose_name=_("session"),
    )
    number = models.PositiveSmallIntegerField(_("number"), editable=False)
    date = models.DateField(_("date"))
    starts_at = models.TimeField(_("start time"))
    ends_at = models.TimeField(_("end time"))
    mode = models.CharField(
        _("format"), max_length=16, choices=SessionMode.choices, default=SessionMode.IN_PERSON
    )
    place = models.CharField(_("place"), max_length=300, blank=True)
    video_link = models.URLField(_("video link"), blank=True)
    # Calendar identity: the UID never changes, SEQUENCE grows with every change sent out.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(_("calendar revision"), default=0, editable=False)
    # The trainer may open the session's lessons to the cohort before the day it meets.
    lessons_opened_at = models.DateTimeField(
        _("lessons opened on"), null=True, blank=True, editable=False
    )

    class Meta:
        ordering = ["cohort", "number"]
        verbose_name = _("scheduled session")
        verbose_name_plural = _("scheduled sessions")
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "session"], name="one_schedule_per_cohort_session"
            ),
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="cohort_session_ends_after_start",
            ),
        ]

    def __str__(self):
        return f"{self.cohort} · {self.number} · {self.date:%Y-%m-%d}"

    def lessons_open_on(self, today: datetime.date) -> bool:
        return self.lessons_opened_at is not None or self.date <= today

    @property
    def start(self) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(self.date, self.starts_at))

    @property
    def end(self) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(self.date, self.ends_at))

    @property
    def location(self) -> str:
        return self.place if self.mode == SessionMode.IN_PERSON else self.video_link


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("Present")
    LATE = "late", _("Late")
    EXCUSED = "excused", _("Excused")
    ABSENT = "absent", _("Absent")


ATTENDED = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)


class Attendance(models.Model):
    """Whether a person attended a scheduled session; `makeup` when it is not their cohort's."""

    cohort_session = models.ForeignKey(
        CohortSession,
        on_delete=models.CASCADE,
        related_name="attendances",
        verbose_name=_("scheduled session"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="cohort_attendances",
        verbose_name=_("ambassador"),
    )
    status = models.CharField(_("attendance"), max_length=16, choices=AttendanceStatus.choices)
    makeup = models.BooleanField(_("make-up in another cohort"), default=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)

    class Meta:
        ordering = ["cohort_session", "user__last_name"]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["cohort_session", "user"], name="one_attendance_per_session"
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.cohort_session} · {self.status}"


class ReminderKind(models.TextChoices):
    WEEK_BEFORE = "7d", _("7 days before")
    DAY_BEFORE = "1d", _("1 day before")


class SessionReminder(models.Model):
    """A reminder that was sent: the unique constraint makes each one go out once."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="reminders")
    cohort_session = models.ForeignKey(
        CohortSession, on_delete=models.CASCADE, related_name="reminders"
    )
    kind = models.CharField(max_length=4, choices=ReminderKind.choices)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("session reminder")
        verbose_name_plural = _("session reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "cohort_session", "kind"], name="one_reminder_per_kind"
            )
        ]

    def __str__(self):
        return f"{self.enrolment_id} · {self.cohort_session_id} · {self.kind}"


class SessionFeedback(models.Model):
    """An ambassador's rating of a session they attended: one per session, editable."""

    cohort_session = models.ForeignKey(
        CohortSession,
        on_delete=models.CASCADE,
        related_name="feedback",
        verbose_name=_("scheduled session"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="session_feedback",
        verbose_name=_("ambassador"),
    )
    rating = models.PositiveSmallIntegerField(
        _("rating"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now)

    class Meta:
        ordering = ["cohort_session", "-updated_at"]
        verbose_name = _("session feedback")
        verbose_name_plural = _("session feedback")
        constraints = [
            models.UniqueConstraint(
                fields=["cohort_session", "user"], name="one_feedback_per_session"
            ),
            models.CheckConstraint(
                condition=models.Q(rating__gte=1, rating__lte=5), name="feedback_rating_1_to_5"
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.cohort_session} · {self.rating}"
