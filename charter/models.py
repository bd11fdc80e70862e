"""The good-conduct charter of an organisation, its published versions and who signed them.

One `Charter` per organisation holds both languages side by side (title, introduction and each
section in French and English). Versions, signatures and re-signature obligations belong to the
organisation's rules, not to a translation: a material change is made in both languages at
once and everyone signs again, whatever language they read it in.
"""

import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

LANGUAGES = ("fr", "en")


class ImmutableRecordError(Exception):
    """Raised when code tries to change or delete a record that is evidence (a signature...)."""


class ImmutableModel(models.Model):
    """A row written once: the application never updates nor deletes it."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ImmutableRecordError(f"{type(self).__name__} rows cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ImmutableRecordError(f"{type(self).__name__} rows cannot be deleted.")


class CharterAdminForm(WagtailAdminModelForm):
    """Refuses two sections with the same key: quizzes and draft checks rely on the keys."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("sections")
        if formset is None or not formset.is_valid():  # validates the inline forms first
            return cleaned_data
        seen = set()
        for form in formset.forms:
            if not hasattr(form, "cleaned_data") or form.cleaned_data.get("DELETE"):
                continue
            key = form.cleaned_data.get("key")
            if key in seen:
                form.add_error("key", _("Another section already uses this key."))
            seen.add(key)
        return cleaned_data


class Charter(ClusterableModel):
    """The editable text of an organisation's charter; publishing snapshots it as a version."""

    organisation = models.OneToOneField(
        "lms.Organisation",
        on_delete=models.CASCADE,
        related_name="charter",
        verbose_name=_("organisation"),
    )
    title_fr = models.CharField(_("title (French)"), max_length=200, blank=True)
    introduction_fr = models.TextField(_("introduction (French)"), blank=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    introduction_en = models.TextField(_("introduction (English)"), blank=True)
    updated_at = models.DateTimeField(pgettext_lazy("charter", "updated at"), auto_now=True)

    base_form_class = CharterAdminForm
    panels = [
        FieldPanel("organisation"),
        MultiFieldPanel([FieldPanel("title_fr"), FieldPanel("introduction_fr")], _("French")),
        MultiFieldPanel([FieldPanel("title_en"), FieldPanel("introduction_en")], _("English")),
        InlinePanel("sections", heading=_("Sections"), label=_("Section")),
    ]

    class Meta:
        ordering = ["organisation__name"]
        verbose_name = _("charter")
        verbose_name_plural = _("charters")

    def __str__(self):
        return self.title_fr or self.title_en or str(self.organisation)

    def text(self, language: str) -> dict:
        """The current (unpublished) text in `language`, in the shape a version stores."""
        return {
            "title": getattr(self, f"title_{language}"),
            "introduction": getattr(self, f"introduction_{language}"),
            "sections": [
                {
                    "key": section.key,
                    "heading": getattr(section, f"heading_{language}"),
                    "body": getattr(section, f"body_{language}"),
                }
                for section in self.sections.all()
            ],
        }

    @property
    def current_version(self):
        return self.versions.order_by("-number").first()


class CharterSection(Orderable):
    """One theme of the charter. `key` is stable so that quizzes and draft checks can cite it."""

    charter = ParentalKey(Charter, on_delete=models.CASCADE, related_name="sections")
    key = models.SlugField(
        _("key"),
        max_length=50,
        help_text=_(
            "A stable identifier of the theme (for example 'voluntary' or 'disclosure'); "
            "quizzes and draft checks refer to it. Keep it when you reword the section."
        ),
    )
    heading_fr = models.CharField(_("heading (French)"), max_length=200, blank=True)
    body_fr = models.TextField(
        _("text (French)"),
        blank=True,
        help_text=_("Paragraphs separated by a blank line; lines starting with '- ' are a list."),
    )
    heading_en = models.CharField(_("heading (English)"), max_length=200, blank=True)
    body_en = models.TextField(_("text (English)"), blank=True)

    panels = [
        FieldPanel("key"),
        FieldRowPanel([FieldPanel("heading_fr"), FieldPanel("heading_en")]),
        FieldRowPanel([FieldPanel("body_fr"), FieldPanel("body_en")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("charter section")
        verbose_name_plural = _("charter sections")

    def __str__(self):
        return self.heading_fr or self.heading_en or self.key


def canonical_text(*, number: int, text: dict) -> str:
    """The exact text a signature's hash covers: version number, title, introduction, sections.

    Lines are joined with '\\n', sections start with '## ' and their stable key in brackets.
    Kept deliberately simple so that anyone can recompute a hash from a stored version.
    """
    parts = [f"# {text['title']}", f"Version {number}", text["introduction"].strip()]
    for section in text["sections"]:
        parts.append(f"## [{section['key']}] {section['heading']}")
        parts.append(section["body"].strip())
    return "\n\n".join(parts) + "\n"


class CharterVersion(ImmutableModel):
    """A published, numbered, immutable snapshot of the whole charter in every language."""

    charter = models.ForeignKey(
        Charter, on_delete=models.PROTECT, related_name="versions", verbose_name=_("charter")
    )
    number = models.PositiveIntegerField(_("version"))
    is_material = models.BooleanField(
        _("material change"),
        help_text=_("A material change asks everyone who signed an earlier version to sign again."),
    )
    change_note = models.TextField(_("what changed"), blank=True)
    content = models.JSONField(
        _("text"), help_text=_("The full text of every section in each language, as published.")
    )
    published_at = models.DateTimeField(_("published at"), default=timezone.now)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("published by"),
    )

    class Meta:
        ordering = ["charter", "-number"]
        verbose_name = _("charter version")
        verbose_name_plural = _("charter versions")
        constraints = [
            models.UniqueConstraint(fields=["charter", "number"], name="unique_charter_version")
        ]

    def __str__(self):
        return _("Version %(number)s") % {"number": self.number}

    @property
    def languages(self) -> list[str]:
        return [language for language in LANGUAGES if language in self.content]

    def language_for(self, preferred: str) -> str:
        """The language to show: `preferred` when this version has it, else the first one."""
        return preferred if preferred in self.content else self.languages[0]

    def text(self, language: str) -> dict:
        return self.content[self.language_for(language)]

    @property
    def section_keys(self) -> list[str]:
        return [section["key"] for section in self.text(self.languages[0])["sections"]]

    def canonical_text(self, language: str) -> str:
        return canonical_text(number=self.number, text=self.content[language])

    def sha256(self, language: str) -> str:
        return hashlib.sha256(self.canonical_text(language).encode("utf-8")).hexdigest()


class CharterSignature(ImmutableModel):
    """Evidence that a person signed one exact text. A later signature supersedes it."""

    version = models.ForeignKey(
        CharterVersion,
        on_delete=models.PROTECT,
        related_name="signatures",
        verbose_name=_("version"),
    )
    organisation = models.ForeignKey(
        "lms.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("organisation"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="charter_signatures",
        verbose_name=_("signed by"),
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    full_name = models.CharField(_("name typed"), max_length=300)
    text_sha256 = models.CharField(_("SHA-256 of the text signed"), max_length=64)
    acknowledged_sections = models.JSONField(_("sections acknowledged"), default=list)
    signed_at = models.DateTimeField(_("signed at"), default=timezone.now)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    user_agent = models.TextField(_("browser"), blank=True)

    class Meta:
        ordering = ["-signed_at", "-pk"]
        verbose_name = _("charter signature")
        verbose_name_plural = _("charter signatures")
        indexes = [models.Index(fields=["user", "signed_at"])]

    def __str__(self):
        return f"{self.full_name} · {self.version}"

    @property
    def version_number(self) -> int:
        return self.version.number


class ParticipationChange(ImmutableModel):
    """An ambassador withdrew from the programme, or came back. The latest one is in force."""

    class Kind(models.TextChoices):
        WITHDRAWN = "withdrawn", _("Withdrew")
        REJOINED = "rejoined", _("Re-joined")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="participation_changes",
        verbose_name=_("person"),
    )
    organisation = models.ForeignKey(
        "lms.Organisation",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("organisation"),
    )
    kind = models.CharField(_("change"), max_length=16, choices=Kind.choices)
    reason = models.TextField(_("reason (optional)"), blank=True)
    created_at = models.DateTimeField(
        pgettext_lazy("participation change", "at"), default=timezone.now
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("participation change")
        verbose_name_plural = _("participation changes")

    def __str__(self):
        return f"{self.get_kind_display()} · {self.created_at:%Y-%m-%d}"


class CharterResignNotice(models.Model):
    """One email per person and material version: the row makes the notification idempotent."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    version = models.ForeignKey(CharterVersion, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "version"], name="unique_resign_notice")
        ]

    def __str__(self):
        return f"{self.user_id} · {self.version_id}"
