"""Certification and posting: what a programme requires, the certificates it issues, the
ambassador's enrolment in posting and its hand-over to the organisation's advocacy platform.

Requirements are polymorphic: each type answers, for many people at once and in a constant
number of queries, whether it is met and why not (`evaluate`). `is_met` and `why_not` are the
one-person forms.
"""

import secrets
from dataclasses import dataclass

from polymorphic.models import PolymorphicModel

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from .webhook_addresses import WebhookAddressRefused, webhook_address_resolve


def certificate_code() -> str:
    """160 random bits, URL-safe (27 characters)."""
    return secrets.token_urlsafe(20)


def random_secret() -> str:
    return secrets.token_hex(32)


def badge_salt() -> str:
    return secrets.token_hex(16)


@dataclass(frozen=True)
class Check:
    """One requirement for one person: met, and if not, why (in the active language)."""

    met: bool
    why_not: str = ""


class ProgrammeCertification(models.Model):
    """How a programme certifies: name on the certificate, optional validity and reminder."""

    programme = models.OneToOneField(
        "courses.ProgrammePage",
        on_delete=models.CASCADE,
        related_name="certification_settings",
        verbose_name=_("programme"),
        help_text=_("The programme in its original language."),
    )
    certification_name = models.CharField(
        _("certification name"),
        max_length=200,
        blank=True,
        help_text=_(
            "Shown on the certificate, the badge and LinkedIn. Default: the programme title."
        ),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("What the certificate attests, for the badge and the verification page."),
    )
    validity_months = models.PositiveSmallIntegerField(
        _("validity (months)"),
        null=True,
        blank=True,
        help_text=_("Leave empty for a certificate that does not expire."),
    )
    reminder_days = models.PositiveSmallIntegerField(_("reminder (days before expiry)"), default=30)
    auto_issue = models.BooleanField(
        _("issue automatically"),
        default=True,
        help_text=_("Issue the certificate as soon as the last requirement is met."),
    )

    class Meta:
        verbose_name = _("programme certification")
        verbose_name_plural = _("programme certifications")

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        return self.certification_name or self.programme.title


class Requirement(PolymorphicModel):
    """One condition of a programme's certificate. Subclasses implement `evaluate`."""

    programme = models.ForeignKey(
        "courses.ProgrammePage",
        on_delete=models.CASCADE,
        related_name="certification_requirements",
        verbose_name=_("programme"),
        help_text=_("The programme in its original language."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("readiness requirement")
        verbose_name_plural = _("readiness requirements")
        ordering = ["programme_id", "position", "pk"]

    def __str__(self):
        return str(self.label)

    @property
    def label(self) -> str:
        return str(self._meta.verbose_name)

    def evaluate(self, users) -> dict[int, Check]:
        """Whether each user meets the requirement, keyed by user id (constant queries)."""
        raise NotImplementedError

    def is_met(self, user) -> bool:
        return self.evaluate([user])[user.pk].met

    def why_not(self, user) -> str:
        return self.evaluate([user])[user.pk].why_not


class SessionsAttendedRequirement(Requirement):
    class Meta:
        verbose_name = _("every session attended")
        verbose_name_plural = _("every session attended")

    @property
    def label(self) -> str:
        return gettext("Attended the four sessions (make-ups count)")

    def evaluate(self, users) -> dict[int, Check]:
        from courses.cohorts.selectors import attendance_complete_for

        complete = attendance_complete_for(users=users)
        missing = gettext("Not every session is recorded as attended yet.")
        return {u.pk: Check(True) if complete.get(u.pk) else Check(False, missing) for u in users}


class SessionQuizzesPassedRequirement(Requirement):
    class Meta:
        verbose_name = _("each session quiz passed")
        verbose_name_plural = _("each session quiz passed")

    @property
    def label(self) -> str:
        return gettext("Passed the quiz of each session")

    def evaluate(self, users) -> dict[int, Check]:
        from courses.quizzes.selectors import quizzes_for_programme, quizzes_passed_for

        quizzes = [q for q in quizzes_for_programme(programme=self.programme) if q.session_id]
        passed = quizzes_passed_for(users=users, quizzes=quizzes) if quizzes else {}
        result = {}
        for user in users:
            missing = [q for q in quizzes if not passed.get((user.pk, q.pk))]
            if not missing:
                result[user.pk] = Check(True)
                continue
            numbers = ", ".join(str(q.session.number) for q in missing)
            result[user.pk] = Check(
                False,
                ngettext(
                    "Quiz of session %(numbers)s not passed yet.",
                    "Quizzes of sessions %(numbers)s not passed yet.",
                    len(missing),
                )
                % {"numbers": numbers},
            )
        return result


class FinalQuizPassedRequirement(Requirement):
    class Meta:
        verbose_name = _("final quiz passed")
        verbose_name_plural = _("final quiz passed")

    @property
    def label(self) -> str:
        return gettext("Passed the final quiz")

    def evaluate(self, users) -> dict[int, Check]:
        from courses.quizzes.selectors import final_quiz_for_programme, quizzes_passed_for

        quiz = final_quiz_for_programme(programme=self.programme)
        if quiz is None:
            return {u.pk: Check(False, gettext("The final quiz is not set up yet.")) for u in users}
        passed = quizzes_passed_for(users=users, quizzes=[quiz])
        missing = gettext("The final quiz is not passed yet.")
        return {
            u.pk: Check(True) if passed.get((u.pk, quiz.pk)) else Check(False, missing)
            for u in users
        }


class CharterSignedRequirement(Requirement):
    class Meta:
        verbose_name = _("current charter signed")
        verbose_name_plural = _("current charter signed")

    @property
    def label(self) -> str:
        return gettext("Signed the current version of the charter")

    def evaluate(self, users) -> dict[int, Check]:
        from charter.selectors import NOT_SIGNED, RESIGN_REQUIRED, WITHDRAWN, charter_statuses_for

        reasons = {
            NOT_SIGNED: gettext("The charter is not signed yet."),
            RESIGN_REQUIRED: gettext("A new version of the charter is waiting for a signature."),
            WITHDRAWN: gettext("Withdrawn from the programme."),
        }
        statuses = charter_statuses_for(users=users)
        result = {}
        for user in users:
            status = statuses[user.pk]
            if status.is_signed:
                result[user.pk] = Check(True)
            else:
                result[user.pk] = Check(False, reasons.get(status.state, reasons[NOT_SIGNED]))
        return result


class EditorialLineValidatedRequirement(Requirement):
    class Meta:
        verbose_name = _("editorial line validated")
        verbose_name_plural = _("editorial line validated")

    @property
    def label(self) -> str:
        return gettext("Editorial line validated by the coach")

    def evaluate(self, users) -> dict[int, Check]:
        from coaching.selectors import editorial_lines_validated

        validated = editorial_lines_validated(users=users)
        missing = gettext("The editorial line is not validated by the coach yet.")
        return {u.pk: Check(True) if validated.get(u.pk) else Check(False, missing) for u in users}


class ReadyDraftsRequirement(Requirement):
    minimum = models.PositiveSmallIntegerField(
        _("drafts marked ready"),
        default=1,
        help_text=_("How many drafts the coach must have marked ready (0 for none)."),
    )

    class Meta:
        verbose_name = _("drafts marked ready")
        verbose_name_plural = _("drafts marked ready")

    @property
    def label(self) -> str:
        return ngettext(
            "At least %(count)s draft marked ready by the coach",
            "At least %(count)s drafts marked ready by the coach",
            self.minimum,
        ) % {"count": self.minimum}

    def evaluate(self, users) -> dict[int, Check]:
        if self.minimum == 0:
            return {u.pk: Check(True) for u in users}
        from coaching.selectors import ready_draft_counts

        counts = ready_draft_counts(users=users)
        result = {}
        for user in users:
            count = counts.get(user.pk, 0)
            if count >= self.minimum:
                result[user.pk] = Check(True)
            else:
                result[user.pk] = Check(
                    False,
                    gettext("%(count)s of %(minimum)s drafts marked ready.")
                    % {"count": count, "minimum": self.minimum},
                )
        return result


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("valid")
    EXPIRED = "expired", _("expired")
    REVOKED = "revoked", _("revoked")


class Certificate(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="certificates",
        verbose_name=_("ambassador"),
    )
    programme = models.ForeignKey(
        "courses.ProgrammePage",
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("programme"),
    )
    organisation = models.ForeignKey(
        "lms.Organisation",
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("organisation"),
    )
    cohort = models.ForeignKey(
        "courses.Cohort",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates",
        verbose_name=_("cohort"),
    )
    code = models.CharField(
        _("verification code"), max_length=64, unique=True, default=certificate_code, editable=False
    )
    recipient_name = models.CharField(_("name on the certificate"), max_length=300)
    certification_name = models.CharField(_("certification name"), max_length=200)
    trainer_name = models.CharField(_("trainer"), max_length=300, blank=True)
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("issued by"),
        help_text=_("Empty when issued automatically."),
    )
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoke_reason = models.TextField(_("reason for revocation"), blank=True)
    replaced_by = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replaces",
        verbose_name=_("replaced by"),
    )
    pdf = models.FileField(_("PDF"), upload_to="certificates/%Y/%m/", blank=True)
    email_sent_at = models.DateTimeField(_("email sent"), null=True, blank=True)
    expiry_reminder_sent_at = models.DateTimeField(_("expiry reminder sent"), null=True, blank=True)
    # Opt-in choices of the ambassador: their name on the public page, the LinkedIn link.
    show_name_publicly = models.BooleanField(_("name shown on the public page"), default=False)
    linkedin_sharing = models.BooleanField(_("LinkedIn sharing"), default=False)
    badge_salt = models.CharField(max_length=32, default=badge_salt, editable=False)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "programme"],
                condition=Q(revoked_at__isnull=True),
                name="certificate_one_current_per_person",
            )
        ]

    def __str__(self):
        return f"{self.certification_name} – {self.recipient_name}"

    @property
    def status(self) -> str:
        if self.revoked_at is not None:
            return CertificateStatus.REVOKED
        if self.expires_at is not None and self.expires_at <= timezone.now():
            return CertificateStatus.EXPIRED
        return CertificateStatus.VALID

    def get_status_display(self) -> str:
        return CertificateStatus(self.status).label

    @property
    def is_valid(self) -> bool:
        return self.status == CertificateStatus.VALID


class PostingState(models.TextChoices):
    ENROLLED = "enrolled", _("enrolled")
    SUSPENDED = "suspended", _("suspended")
    WITHDRAWN = "withdrawn", _("withdrawn")


class PostingReason(models.TextChoices):
    CHARTER_RESIGN = "charter_resign", _("the new version of the charter is not signed yet")
    CERTIFICATE_REVOKED = "certificate_revoked", _("the certificate was revoked")
    CERTIFICATE_EXPIRED = "certificate_expired", _("the certificate has expired")
    WITHDRAWN = "withdrawn", _("withdrawn from the programme")


class PostingEnrolment(models.Model):
    """Whether an ambassador may post for the organisation, as told to its advocacy platform."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="posting_enrolment",
        verbose_name=_("ambassador"),
    )
    organisation = models.ForeignKey(
        "lms.Organisation",
        on_delete=models.CASCADE,
        related_name="posting_enrolments",
        verbose_name=_("organisation"),
    )
    state = models.CharField(_("state"), max_length=16, choices=PostingState.choices)
    reason = models.CharField(_("reason"), max_length=32, choices=PostingReason.choices, blank=True)
    enrolled_at = models.DateTimeField(_("enrolled"), default=timezone.now)
    changed_at = models.DateTimeField(
        pgettext_lazy("posting enrolment", "changed"), default=timezone.now
    )
    # Last event number told to the platform: lets it ignore events arriving out of order.
    sequence = models.PositiveIntegerField(_("last event number"), default=0)

    class Meta:
        verbose_name = _("posting enrolment")
        verbose_name_plural = _("posting enrolments")
        ordering = ["-changed_at", "-pk"]

    def __str__(self):
        return f"{self.user} – {self.get_state_display()}"


class PostingWebhook(models.Model):
    """Where the organisation's advocacy platform wants to hear about posting changes."""

    organisation = models.ForeignKey(
        "lms.Organisation",
        on_delete=models.CASCADE,
        related_name="posting_webhooks",
        verbose_name=_("organisation"),
    )
    url = models.URLField(
        _("URL"),
        max_length=500,
        validators=[URLValidator(schemes=["http", "https"])],
        help_text=_("An http:// or https:// address of the advocacy platform."),
    )
    secret = models.CharField(
        _("signing secret"),
        max_length=128,
        default=random_secret,
        help_text=_("The platform checks the X-Signature header with it (HMAC-SHA256)."),
    )
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("posting webhook")
        verbose_name_plural = _("posting webhooks")
        ordering = ["organisation_id", "pk"]

    def __str__(self):
        return self.url

    def clean(self):
        """Refuse an address our workers must not reach (see webhook_addresses); a scheme that
        is not http(s) is left to the field's own validator."""
        super().clean()
        try:
            webhook_address_resolve(url=self.url)
        except WebhookAddressRefused as refused:
            message = WEBHOOK_ADDRESS_ERRORS.get(refused.code)
            if message is not None:
                error = ValidationError(message, code=refused.code)
                raise ValidationError({"url": error}) from refused


WEBHOOK_ADDRESS_ERRORS = {
    "internal": _(
        "This address is on an internal network: the platform must be reachable on the internet."
    ),
    "unknown_host": _("This host name cannot be found."),
}


class DeliveryState(models.TextChoices):
    PENDING = "pending", _("pending")
    DELIVERED = "delivered", _("delivered")
    FAILED = "failed", _("failed")


class WebhookDelivery(models.Model):
    """One event sent (or to be sent) to one webhook, with the log of every try."""

    webhook = models.ForeignKey(
        PostingWebhook,
        on_delete=models.CASCADE,
        related_name="deliveries",
        verbose_name=_("webhook"),
    )
    enrolment = models.ForeignKey(
        PostingEnrolment,
        on_delete=models.CASCADE,
        related_name="deliveries",
        verbose_name=_("posting enrolment"),
    )
    event = models.CharField(_("event"), max_length=64)
    payload = models.JSONField(_("payload"))
    sequence = models.PositiveIntegerField(_("event number"))
    state = models.CharField(
        _("state"), max_length=16, choices=DeliveryState.choices, default=DeliveryState.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_response_code = models.PositiveSmallIntegerField(
        _("last response code"), null=True, blank=True
    )
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    log = models.JSONField(_("log of tries"), default=list, blank=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["webhook", "enrolment", "sequence"], name="webhook_delivery_once"
            )
        ]
        indexes = [models.Index(fields=["state", "next_attempt_at"])]

    def __str__(self):
        return f"{self.event} #{self.sequence} → {self.webhook}"
