"""Coaching: coach assignments, 1:1 sessions, editorial lines and the draft-post workshop.

Private coach notes live in their own model (CoachPrivateNote) so that no ambassador- or
HR-facing selector, view, export or PDF can reach them by accident through a session.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

MIN_PILLARS = 3
MAX_PILLARS = 5


class Network(models.TextChoices):
    LINKEDIN = "linkedin", "LinkedIn"
    TIKTOK = "tiktok", "TikTok"


class CoachAssignment(models.Model):
    """One coach per ambassador; a coach sees only the ambassadors assigned to them."""

    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="coachees",
        verbose_name=_("coach"),
    )
    ambassador = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="coach_assignment",
        verbose_name=_("ambassador"),
    )
    created_at = models.DateTimeField(_("assigned on"), default=timezone.now, editable=False)

    class Meta:
        ordering = ["ambassador__last_name", "ambassador__first_name"]
        verbose_name = _("coach assignment")
        verbose_name_plural = _("coach assignments")

    def __str__(self):
        return f"{self.coach} → {self.ambassador}"


class SessionFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    VIDEO = "video", _("Video call")
    PHONE = "phone", _("Phone")


class CoachingSession(models.Model):
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="coaching_sessions_given",
        verbose_name=_("coach"),
    )
    ambassador = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="coaching_sessions",
        verbose_name=_("ambassador"),
    )
    starts_at = models.DateTimeField(_("date and time"))
    format = models.CharField(
        _("format"), max_length=16, choices=SessionFormat.choices, default=SessionFormat.VIDEO
    )
    agenda = models.TextField(pgettext_lazy("coaching session", "agenda"), blank=True)
    shared_notes = models.TextField(
        _("notes shared with the ambassador"),
        blank=True,
        help_text=_("The ambassador reads these notes."),
    )

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("coaching session")
        verbose_name_plural = _("coaching sessions")

    def __str__(self):
        return f"{self.ambassador} · {self.starts_at:%Y-%m-%d}"


class CoachPrivateNote(models.Model):
    """Read only by coach-facing selectors. Never shown to the ambassador, HR, APIs or exports."""

    session = models.OneToOneField(
        CoachingSession,
        on_delete=models.CASCADE,
        related_name="+",  # no reverse accessor: a session never leads to its private note
        verbose_name=pgettext_lazy("coaching session", "session"),
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField(_("private notes"), blank=True)
    updated_at = models.DateTimeField(pgettext_lazy("coach note", "updated at"), auto_now=True)

    class Meta:
        verbose_name = _("private coach note")
        verbose_name_plural = _("private coach notes")

    def __str__(self):
        return f"#{self.pk}"  # never the text: a __str__ ends up in logs and admin lists


class ActionItem(models.Model):
    session = models.ForeignKey(
        CoachingSession,
        on_delete=models.CASCADE,
        related_name="action_items",
        verbose_name=pgettext_lazy("coaching session", "session"),
    )
    title = models.CharField(_("action"), max_length=300)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    done = models.BooleanField(_("done"), default=False)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["done", "due_date", "pk"]
        verbose_name = _("action item")
        verbose_name_plural = _("action items")

    def __str__(self):
        return self.title


class OrganisationEditorialLine(ClusterableModel):
    """The organisation's editorial line, edited by an editor, read by the draft checks."""

    organisation = models.OneToOneField(
        "lms.Organisation",
        on_delete=models.CASCADE,
        related_name="editorial_line",
        verbose_name=_("organisation"),
    )
    objectives = models.TextField(_("objectives"), blank=True)
    key_messages = models.TextField(_("key messages"), blank=True)
    internal_sources = models.TextField(_("internal content sources"), blank=True)
    external_sources = models.TextField(_("external content sources"), blank=True)
    networks = models.TextField(_("networks"), blank=True)
    common_to_all_audiences = models.TextField(_("common to all audiences"), blank=True)
    audience_specifics = models.TextField(_("specific to each audience"), blank=True)
    confidential_terms = models.TextField(
        _("confidential terms"),
        blank=True,
        help_text=_("One term per line. Draft posts that contain one are flagged."),
    )
    offer_keywords = models.TextField(
        _("offer keywords"),
        blank=True,
        help_text=_(
            "One per line: products and services of the organisation. A draft that mentions "
            "one must disclose that its author works here."
        ),
    )
    disclosure_phrases = models.TextField(
        _("extra disclosure phrases"),
        blank=True,
        help_text=_(
            "One per line, in addition to the usual ones (“je travaille chez”, "
            "“I work at”, #employee…)."
        ),
    )
    updated_at = models.DateTimeField(pgettext_lazy("editorial line", "updated at"), auto_now=True)

    class Meta:
        verbose_name = _("organisation editorial line")
        verbose_name_plural = _("organisation editorial lines")

    def __str__(self):
        return str(self.organisation)

    @staticmethod
    def _lines(text: str) -> list[str]:
        return [line.strip() for line in text.splitlines() if line.strip()]

    def rules(self):
        """What the draft checks need, as plain data (see coaching.checks.LineRules)."""
        from .checks import LineRules

        return LineRules(
            organisation_name=self.organisation.name,
            confidential_terms=tuple(self._lines(self.confidential_terms)),
            offer_keywords=tuple(self._lines(self.offer_keywords)),
            disclosure_phrases=tuple(self._lines(self.disclosure_phrases)),
        )


class OrganisationPillar(Orderable):
    line = ParentalKey(OrganisationEditorialLine, on_delete=models.CASCADE, related_name="pillars")
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("content pillar")
        verbose_name_plural = _("content pillars")

    def __str__(self):
        return self.name


class LineState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted to the coach")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    VALIDATED = "validated", _("Validated")


class EditorialLine(models.Model):
    """An ambassador's personal editorial line. State changes go through coaching.services."""

    ambassador = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="editorial_line",
        verbose_name=_("ambassador"),
    )
    organisation = models.ForeignKey(
        "lms.Organisation", on_delete=models.CASCADE, related_name="+", null=True
    )
    state = models.CharField(
        _("state"), max_length=20, choices=LineState.choices, default=LineState.DRAFT
    )
    positioning = models.TextField(
        _("positioning statement"),
        blank=True,
        help_text=_("The expertise you speak from, in one or two sentences."),
    )
    target_audiences = models.TextField(_("target audiences"), blank=True)
    mix_others = models.PositiveSmallIntegerField(_("others' content"), null=True, blank=True)
    mix_reshare = models.PositiveSmallIntegerField(_("reshares"), null=True, blank=True)
    mix_own = models.PositiveSmallIntegerField(_("own promotion"), null=True, blank=True)
    formats = models.TextField(_("formats"), blank=True)
    networks = models.JSONField(_("networks"), default=list, blank=True)
    rhythm = models.CharField(_("posting rhythm"), max_length=200, blank=True)
    tone = models.TextField(_("tone of voice"), blank=True)
    excluded_topics = models.TextField(_("topics I will not cover"), blank=True)
    coach_comment = models.TextField(_("coach's comments"), blank=True)
    updated_at = models.DateTimeField(pgettext_lazy("editorial line", "updated at"), auto_now=True)
    validated_at = models.DateTimeField(_("validated at"), null=True, blank=True)
    validated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("personal editorial line")
        verbose_name_plural = _("personal editorial lines")

    def __str__(self):
        return str(self.ambassador)

    @property
    def is_editable(self) -> bool:
        return self.state in (LineState.DRAFT, LineState.CHANGES_REQUESTED)


class PersonalPillar(models.Model):
    """A numbered slot (1..5) of the ambassador's line, so drafts keep pointing at it."""

    line = models.ForeignKey(EditorialLine, on_delete=models.CASCADE, related_name="pillars")
    position = models.PositiveSmallIntegerField()
    name = models.CharField(_("personal pillar"), max_length=120, blank=True)
    organisation_pillar = models.ForeignKey(
        OrganisationPillar,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organisation pillar"),
    )

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["line", "position"], name="unique_pillar_slot")
        ]

    def __str__(self):
        return self.name


class EditorialLineVersion(models.Model):
    """An immutable snapshot of a submitted line; only the coach's decision is added later."""

    line = models.ForeignKey(EditorialLine, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    snapshot = models.JSONField()
    submitted_at = models.DateTimeField(default=timezone.now)
    decision = models.CharField(max_length=20, choices=LineState.choices, blank=True)
    decision_comment = models.TextField(blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["line", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["line", "number"], name="unique_line_version_number")
        ]

    def __str__(self):
        return f"{self.line} v{self.number}"


class DraftState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    READY = "ready", _("Ready to publish")


class DraftPost(models.Model):
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="draft_posts",
        verbose_name=_("author"),
    )
    network = models.CharField(
        _("network"), max_length=16, choices=Network.choices, default=Network.LINKEDIN
    )
    pillar = models.ForeignKey(
        PersonalPillar,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="drafts",
        verbose_name=_("pillar"),
    )
    text = models.TextField(_("text"))
    state = models.CharField(max_length=10, choices=DraftState.choices, default=DraftState.DRAFT)
    ready_at = models.DateTimeField(null=True, blank=True)
    ready_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("draft post")
        verbose_name_plural = _("draft posts")

    def __str__(self):
        return self.text[:60]


class DraftComment(models.Model):
    draft = models.ForeignKey(DraftPost, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="replies"
    )
    text = models.TextField(_("comment"))
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.text[:60]
