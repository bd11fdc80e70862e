from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.forms import WagtailAdminModelForm

from .models import MAX_PILLARS, Network, PersonalPillar, SessionFormat
from .services import pillar_count_error

TEXTAREA = {"rows": 3}


class EditorialLineForm(forms.Form):
    """Every field optional: a draft may be partial. The service says what a submission lacks."""

    positioning = forms.CharField(
        label=_("Positioning statement"),
        help_text=_("The expertise you speak from, in one or two sentences."),
        widget=forms.Textarea(attrs=TEXTAREA),
        required=False,
    )
    target_audiences = forms.CharField(
        label=_("Target audiences"),
        help_text=_("Who you write for: one audience per line."),
        widget=forms.Textarea(attrs=TEXTAREA),
        required=False,
    )
    mix_others = forms.IntegerField(
        label=_("Others' content"), min_value=0, max_value=20, required=False
    )
    mix_reshare = forms.IntegerField(label=_("Reshares"), min_value=0, max_value=20, required=False)
    mix_own = forms.IntegerField(
        label=_("Own promotion"), min_value=0, max_value=20, required=False
    )
    formats = forms.CharField(
        label=_("Formats"),
        help_text=_("For example: text with a photo, carousel, short video, article."),
        widget=forms.Textarea(attrs=TEXTAREA),
        required=False,
    )
    networks = forms.MultipleChoiceField(
        label=_("Networks"),
        choices=Network.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    rhythm = forms.CharField(
        label=_("Posting rhythm"),
        help_text=_("For example: one post a week, two comments a day."),
        max_length=200,
        required=False,
    )
    tone = forms.CharField(
        label=_("Tone of voice"), widget=forms.Textarea(attrs=TEXTAREA), required=False
    )
    excluded_topics = forms.CharField(
        label=_("Topics I will not cover"),
        widget=forms.Textarea(attrs=TEXTAREA),
        required=False,
    )

    def __init__(self, *args, organisation_pillars=(), **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _("— choose —"))] + [(str(p.pk), p.name) for p in organisation_pillars]
        for n in range(1, MAX_PILLARS + 1):
            self.fields[f"pillar_{n}"] = forms.CharField(
                label=_("Personal pillar %(n)d") % {"n": n}, max_length=120, required=False
            )
            self.fields[f"pillar_{n}_org"] = forms.ChoiceField(
                label=_("Organisation pillar it belongs to (pillar %(n)d)") % {"n": n},
                choices=choices,
                required=False,
            )

    @staticmethod
    def initial_for(line) -> dict:
        initial = {name: getattr(line, name) for name in EditorialLineForm.base_fields}
        for pillar in line.pillars.all():
            initial[f"pillar_{pillar.position}"] = pillar.name
            initial[f"pillar_{pillar.position}_org"] = pillar.organisation_pillar_id or ""
        return initial

    def line_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.base_fields}

    def pillars(self) -> list[tuple[str, int | None]]:
        rows = []
        for n in range(1, MAX_PILLARS + 1):
            organisation_pillar = self.cleaned_data.get(f"pillar_{n}_org")
            rows.append(
                (
                    self.cleaned_data.get(f"pillar_{n}", ""),
                    int(organisation_pillar) if organisation_pillar else None,
                )
            )
        return rows

    def add_problems(self, problems: dict) -> None:
        """Show the service's submission problems next to the fields they concern."""
        where = {"content_mix": "mix_others", "pillars": "pillar_1"}
        for name, message in problems.items():
            self.add_error(
                where.get(name, name) if where.get(name, name) in self.fields else None, message
            )


class DraftPostForm(forms.Form):
    network = forms.ChoiceField(
        label=_("Network"),
        choices=Network.choices,
        widget=forms.RadioSelect,
        initial=Network.LINKEDIN,
    )
    pillar = forms.ModelChoiceField(
        label=_("Pillar"),
        queryset=PersonalPillar.objects.none(),
        required=False,
        empty_label=_("— no pillar yet —"),
    )
    text = forms.CharField(
        label=_("Your post"),
        widget=forms.Textarea(attrs={"rows": 12}),
        max_length=10000,
        help_text=_("Write it as you would publish it. The first line is your hook."),
    )

    def __init__(self, *args, author, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pillar"].queryset = PersonalPillar.objects.filter(
            line__ambassador=author
        ).exclude(name="")


class CommentForm(forms.Form):
    text = forms.CharField(
        label=_("Comment"), widget=forms.Textarea(attrs=TEXTAREA), max_length=5000
    )
    parent = forms.IntegerField(widget=forms.HiddenInput, required=False)


class RequestChangesForm(forms.Form):
    comment = forms.CharField(
        label=_("What should the ambassador change?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
    )


class CoachingSessionForm(forms.Form):
    starts_at = forms.DateTimeField(
        label=_("Date and time"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    format = forms.ChoiceField(label=_("Format"), choices=SessionFormat.choices)
    agenda = forms.CharField(
        label=pgettext_lazy("coaching session", "Agenda"),
        widget=forms.Textarea(attrs=TEXTAREA),
        required=False,
    )
    shared_notes = forms.CharField(
        label=_("Notes shared with the ambassador"),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
    )
    private_notes = forms.CharField(
        label=_("Private notes"),
        help_text=_("Only you see these notes: never the ambassador, HR, exports or the guide."),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
    )


class ActionItemForm(forms.Form):
    title = forms.CharField(label=_("Action"), max_length=300)
    due_date = forms.DateField(
        label=_("Due date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


class OrganisationLineAdminForm(WagtailAdminModelForm):
    """Refuses fewer than three or more than five content pillars, with a clear message."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("pillars")
        if formset is not None and formset.is_valid():
            kept = [
                form
                for form in formset.forms
                if form.has_changed() and not formset._should_delete_form(form)
            ]
            kept += [
                form
                for form in formset.initial_forms
                if not form.has_changed() and not formset._should_delete_form(form)
            ]
            message = pillar_count_error(len(kept))
            if message:
                self.add_error(None, message)
        return cleaned_data
