"""The programme as Wagtail pages: one programme, its four half-day sessions, their lessons."""

from functools import cached_property

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from ..blocks import RICH_TEXT_FEATURES, LessonBodyBlock
from ..caching import CONTENT_TOKEN, cached_read

SESSIONS_PER_PROGRAMME = 4


class ViewRestrictionsInOneQuery:
    """Wagtail's view restrictions of a page and its ancestors in one query rather than two
    (ancestors, then restrictions), for the pages served on every learner's request, and from
    the cache when nothing changed since.

    As in Wagtail, an alias (the page or an ancestor) takes its source page's restrictions and
    has none of its own; sources are followed two aliases deep.
    """

    def get_view_restrictions(self):
        """The restrictions, kept in the cache while no page and no restriction changes: a
        queryset already evaluated, which Wagtail's admin can still order or filter."""
        found = cached_read(
            f"courses:view-restrictions:{self.pk}",
            tokens=[CONTENT_TOKEN],
            read=lambda: (list(self.view_restrictions_read()), None),
        )
        restrictions = PageViewRestriction.objects.filter(pk__in=[each.pk for each in found])
        restrictions._result_cache = found
        return restrictions

    def view_restrictions_read(self):
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        on_path = Page.objects.filter(path__in=paths)
        sources = Page.objects.filter(pk__in=on_path.values("alias_of"))
        sources_of_sources = Page.objects.filter(pk__in=sources.values("alias_of"))
        return PageViewRestriction.objects.filter(
            Q(page__in=on_path.filter(alias_of__isnull=True))
            | Q(page__in=sources.filter(alias_of__isnull=True))
            | Q(page__in=sources_of_sources.filter(alias_of__isnull=True))
        )


class ProgrammePage(ViewRestrictionsInOneQuery, Page):
    """The programme's front page: a public presentation, and the learners' map of progress."""

    lead = models.TextField(_("lead"), blank=True)
    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("intro")]
    parent_page_types = ["lms.HomePage"]
    subpage_types = ["courses.SessionPage"]

    class Meta:
        verbose_name = _("programme")

    @property
    def sessions(self):
        return SessionPage.objects.live().child_of(self).order_by("number")

    def get_template(self, request, *args, **kwargs):
        from ..views import programme_template

        return programme_template(request, programme=self)

    def get_context(self, request, *args, **kwargs):
        from ..views import programme_context

        context = super().get_context(request, *args, **kwargs)
        context.update(programme_context(request, programme=self))
        return context


class SessionFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    REMOTE = "remote", _("Remote")


def session_number_errors(*, parent: Page, number: int | None, exclude_pk: int | None) -> dict:
    """Why a session numbered `number` cannot live under `parent` ({} when it can)."""
    siblings = SessionPage.objects.child_of(parent)
    if exclude_pk:
        siblings = siblings.exclude(pk=exclude_pk)
    numbers = set(siblings.values_list("number", flat=True))
    if len(numbers) >= SESSIONS_PER_PROGRAMME:
        return {
            "__all__": _("A programme has exactly %(count)s sessions: this one already has them.")
            % {"count": SESSIONS_PER_PROGRAMME}
        }
    if number in numbers:
        return {
            "number": _("This programme already has a session %(number)s.") % {"number": number}
        }
    return {}


class SessionPageForm(WagtailAdminPageForm):
    """Refuses a fifth session or a duplicate number before the page reaches the tree."""

    def clean(self):
        cleaned_data = super().clean()
        if not self.instance._state.adding:
            return cleaned_data  # SessionPage.clean checks pages already in the tree
        errors = session_number_errors(
            parent=self.parent_page, number=cleaned_data.get("number"), exclude_pk=None
        )
        for field, message in errors.items():
            self.add_error(None if field == "__all__" else field, message)
        return cleaned_data


class SessionPage(ViewRestrictionsInOneQuery, Page):
    number = models.PositiveSmallIntegerField(
        _("number"), choices=[(n, n) for n in range(1, SESSIONS_PER_PROGRAMME + 1)]
    )
    duration_hours = models.DecimalField(
        _("duration (hours)"), max_digits=3, decimal_places=1, default=3.5
    )
    format = models.CharField(
        _("format"), max_length=16, choices=SessionFormat.choices, default=SessionFormat.IN_PERSON
    )
    objectives = RichTextField(_("objectives"), features=RICH_TEXT_FEATURES)
    agenda = RichTextField(
        pgettext_lazy("programme session", "agenda"), blank=True, features=RICH_TEXT_FEATURES
    )
    preparation = RichTextField(_("what to prepare"), blank=True, features=RICH_TEXT_FEATURES)
    open_to_learners = models.BooleanField(
        _("open to learners"),
        default=False,
        help_text=_(
            "Learners can open the lessons. Set on the French page: its translations follow it."
        ),
    )
    opens_at = models.DateTimeField(
        _("opens on"),
        null=True,
        blank=True,
        help_text=_("Or open the lessons automatically from this date."),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("number"), FieldPanel("duration_hours"), FieldPanel("format")]),
        FieldPanel("objectives"),
        FieldPanel("agenda"),
        FieldPanel("preparation"),
        MultiFieldPanel(
            [FieldPanel("open_to_learners"), FieldPanel("opens_at")], heading=_("Opening")
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("objectives")]
    base_form_class = SessionPageForm
    parent_page_types = ["courses.ProgrammePage"]
    subpage_types = ["courses.LessonPage"]
    max_count_per_parent = SESSIONS_PER_PROGRAMME

    class Meta:
        verbose_name = _("half-day session")
        verbose_name_plural = _("half-day sessions")

    def clean(self):
        super().clean()
        if self.path:  # in the tree (or being added to it): check against the siblings
            errors = session_number_errors(
                parent=self.get_parent(), number=self.number, exclude_pk=self.pk
            )
            if errors:
                raise ValidationError(errors)

    def is_open_at(self, moment) -> bool:
        """The editor's opening setting alone; use selectors.session_is_open for a learner."""
        return self.open_to_learners or bool(self.opens_at and self.opens_at <= moment)

    @property
    def lessons(self):
        return LessonPage.objects.live().child_of(self)

    @cached_property
    def programme(self):
        return ProgrammePage.objects.parent_of(self).first()

    def serve(self, request, *args, **kwargs):
        from ..views import learner_refusal

        refusal = learner_refusal(request, programme=self.programme)
        return refusal or super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from ..views import session_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(session_page_context(request, session=self))
        return context


class LessonPage(ViewRestrictionsInOneQuery, Page):
    summary = models.TextField(_("summary"), blank=True)
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"), default=20)
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary", widget=forms.Textarea(attrs={"rows": 3})),
        FieldPanel("duration_minutes"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["courses.SessionPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")

    @cached_property
    def session(self):
        return SessionPage.objects.parent_of(self).first()

    def reflection_block_ids(self) -> set[str]:
        return {block.id for block in self.body if block.block_type == "reflection"}

    def serve(self, request, *args, **kwargs):
        from ..views import learner_refusal, lesson_post, lesson_session

        refusal = learner_refusal(request, session=lesson_session(request, lesson=self))
        if refusal:
            return refusal
        if request.method == "POST":
            return lesson_post(request, lesson=self)
        return self.serve_learner(request)

    def serve_learner(self, request, *, forms=None):
        """The lesson for the current learner; `forms` are bound reflection forms to show again."""
        context = self.get_context(request, forms=forms)
        return TemplateResponse(request, self.get_template(request), context)

    def get_context(self, request, *args, forms=None, **kwargs):
        from ..views import lesson_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(request, lesson=self, forms=forms or {}))
        return context
