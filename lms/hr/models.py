"""HR onboarding: exports of the ambassadors table, API tokens, reminders sent to stalled people."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ExportFormat(models.TextChoices):
    CSV = "csv", "CSV"
    XLSX = "xlsx", "XLSX"


class ExportState(models.TextChoices):
    PENDING = "pending", _("Waiting")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


def export_upload_to(instance, filename):
    return f"hr-exports/{uuid.uuid4().hex}/{filename}"


class Export(models.Model):
    """A large export of the ambassadors table, built by a worker and downloaded when ready."""

    organisation = models.ForeignKey(
        "lms.Organisation",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organisation"),
        help_text=_("Empty when the export covers every organisation."),
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="hr_exports",
        verbose_name=_("requested by"),
    )
    format = models.CharField(_("format"), max_length=8, choices=ExportFormat.choices)
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    state = models.CharField(
        _("state"), max_length=16, choices=ExportState.choices, default=ExportState.PENDING
    )
    row_count = models.PositiveIntegerField(_("rows"), null=True, blank=True)
    file = models.FileField(_("file"), upload_to=export_upload_to, blank=True)
    created_at = models.DateTimeField(_("requested at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("export")
        verbose_name_plural = _("exports")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["requested_by", "-created_at"])]
        permissions = [("view_hr_dashboard", _("Can see the HR onboarding dashboard"))]

    def __str__(self):
        return f"{self.get_format_display()} · {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def filename(self) -> str:
        return f"ambassadors-{self.created_at:%Y-%m-%d}-{self.pk}.{self.format}"


class ApiToken(models.Model):
    """A key an organisation's information system uses to read the API. Only a hash is kept:
    the token itself is shown once, when it is created."""

    organisation = models.ForeignKey(
        "lms.Organisation",
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("organisation"),
    )
    name = models.CharField(
        _("name"), max_length=100, help_text=_("What uses it, e.g. “HR information system”.")
    )
    prefix = models.CharField(_("prefix"), max_length=16, editable=False)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    # Recorded to the hour: a token read a thousand times an hour writes once.
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class StalledReminder(models.Model):
    """A reminder HR sent to an ambassador who stopped progressing. `request_key` comes from the
    confirmation form: the same click posted twice sends one email."""

    ambassador = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="hr_reminders",
        verbose_name=_("ambassador"),
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("sent by"),
    )
    sent_at = models.DateTimeField(
        pgettext_lazy("stalled reminder", "sent at"), default=timezone.now
    )
    request_key = models.UUIDField(unique=True)

    class Meta:
        verbose_name = _("reminder to a stalled ambassador")
        verbose_name_plural = _("reminders to stalled ambassadors")
        ordering = ["-sent_at"]
        indexes = [models.Index(fields=["ambassador", "-sent_at"])]

    def __str__(self):
        return f"{self.ambassador} · {self.sent_at:%Y-%m-%d}"


class PipelineState(models.Model):
    """Where one ambassador stands on the way to posting, kept so that HR figures read a
    single table whatever the size of the organisation.

    `lms.hr.pipeline` computes it from the apps' own records (the one definition of each
    step); a change to any of those records marks the row stale and the next read refreshes
    it. What moves with the clock alone (a certificate expiring, someone stalling) is kept as
    dates and judged when read."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="pipeline_state",
        verbose_name=_("ambassador"),
    )
    organisation = models.ForeignKey(
        "lms.Organisation", on_delete=models.CASCADE, null=True, related_name="+"
    )
    department = models.ForeignKey(
        "lms.Department", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # The person's name, copied to sort the table without reading every person.
    last_name = models.CharField(max_length=150, blank=True)
    first_name = models.CharField(max_length=150, blank=True)
    invited_at = models.DateTimeField()
    # The steps before certification done in order (0: invited only … 5: editorial line).
    steps_done = models.PositiveSmallIntegerField(default=0)
    has_certificate = models.BooleanField(default=False)
    # When the last valid certificate expires; NULL with a certificate: it never does.
    certified_until = models.DateTimeField(null=True)
    posting = models.BooleanField(default=False)
    withdrawn = models.BooleanField(default=False)
    cohort = models.ForeignKey(
        "courses.Cohort", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    enrolled_at = models.DateTimeField(null=True)
    first_seated_at = models.DateTimeField(null=True)
    certificate = models.ForeignKey(
        "certification.Certificate", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # Their first certificate (not a re-issue), for the charts of certifications.
    first_certified_at = models.DateTimeField(null=True)
    last_activity = models.DateTimeField()
    stale = models.BooleanField(default=True)
    refreshed_at = models.DateTimeField(null=True)

    class Meta:
        verbose_name = _("onboarding state")
        verbose_name_plural = _("onboarding states")
        indexes = [
            models.Index(fields=["organisation", "last_activity"]),
            models.Index(fields=["organisation", "invited_at"]),
            models.Index(fields=["organisation", "first_certified_at"]),
            models.Index(fields=["organisation", "last_name", "first_name", "user"]),
            models.Index(
                fields=["organisation"], condition=models.Q(stale=True), name="hr_pipeline_stale"
            ),
        ]

    def __str__(self):
        return f"{self.user_id} · {self.steps_done}"
