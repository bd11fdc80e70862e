from django import forms
from django.utils.translation import gettext_lazy as _

from lms.models import Organisation

from .models import ApiToken
from .selectors import (
    STEPS,
    PipelineFilters,
    cohorts_for,
    departments_for,
    programmes_for,
    sees_every_organisation,
    stalled_days_default,
)

COHORTS_OFFERED = 100


class PipelineFilterForm(forms.Form):
    """The dashboard's and the table's filters (GET). A value outside the viewer's scope is not
    a valid choice, so it can only narrow what they already see."""

    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organisation.objects.none(), required=False
    )
    department = forms.ModelChoiceField(
        label=_("Department"), queryset=None, required=False, empty_label=_("All departments")
    )
    cohort = forms.ModelChoiceField(
        label=_("Cohort"), queryset=None, required=False, empty_label=_("All cohorts")
    )
    programme = forms.ModelChoiceField(
        label=_("Programme"), queryset=None, required=False, empty_label=_("All programmes")
    )
    invited_from = forms.DateField(
        label=_("Invited from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    invited_to = forms.DateField(
        label=_("Invited until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    step = forms.ChoiceField(
        label=_("Step reached"),
        required=False,
        choices=[("", _("Every step")), *STEPS],
    )
    step_or_beyond = forms.BooleanField(
        label=_("Include the people who went further"), required=False
    )
    stalled_days = forms.IntegerField(
        label=_("Stalled after (days without progress)"),
        required=False,
        min_value=1,
        max_value=365,
    )
    stalled_only = forms.BooleanField(label=_("Stalled people only"), required=False)

    def __init__(self, *args, viewer, with_step=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.viewer = viewer
        self.fields["stalled_days"].widget.attrs["placeholder"] = stalled_days_default()
        if sees_every_organisation(viewer):
            self.fields["organisation"].queryset = Organisation.objects.order_by("name")
            self.fields["organisation"].empty_label = _("All organisations")
            organisation_id = self._chosen_organisation()
        else:
            del self.fields["organisation"]
            organisation_id = viewer.organisation_id
        self.fields["department"].queryset = departments_for(organisation_id=organisation_id)
        self._cohorts_offer(cohorts_for(organisation_id=organisation_id))
        self.fields["programme"].queryset = programmes_for()
        if not with_step:
            del self.fields["step"]
            del self.fields["step_or_beyond"]
            del self.fields["stalled_only"]

    def _cohorts_offer(self, cohorts) -> None:
        """Any cohort of the organisation is a valid choice (links name older ones), but the
        list offers the most recent ones and the chosen one: an organisation of 100,000
        people has thousands of cohorts, no list can show them all."""
        field = self.fields["cohort"]
        field.queryset = cohorts
        field.help_text = _("The %(count)s most recent cohorts.") % {"count": COHORTS_OFFERED}
        offered = list(cohorts[:COHORTS_OFFERED])
        chosen = str((self.data or {}).get("cohort", ""))
        if chosen.isdigit() and all(str(cohort.pk) != chosen for cohort in offered):
            offered += list(cohorts.filter(pk=int(chosen)))
        field.widget.choices = [("", field.empty_label)] + [
            (cohort.pk, field.label_from_instance(cohort)) for cohort in offered
        ]

    def _chosen_organisation(self) -> int | None:
        value = (self.data or {}).get("organisation", "")
        return int(value) if str(value).isdigit() else None

    def filters(self) -> PipelineFilters:
        """What to show: the valid filters, inside the viewer's organisation."""
        data = self.cleaned_data if self.is_valid() else {}
        if "organisation" in self.fields:
            organisation = data.get("organisation")
            organisation_id = organisation.pk if organisation else None
        else:
            organisation_id = self.viewer.organisation_id
        return PipelineFilters(
            organisation_id=organisation_id,
            department_id=_pk(data.get("department")),
            cohort_id=_pk(data.get("cohort")),
            programme_id=_pk(data.get("programme")),
            invited_from=data.get("invited_from"),
            invited_to=data.get("invited_to"),
            step=data.get("step") or None,
            step_or_beyond=bool(data.get("step_or_beyond")),
            stalled_days=data.get("stalled_days") or stalled_days_default(),
            stalled_only=bool(data.get("stalled_only")),
        )


def _pk(instance):
    return instance.pk if instance is not None else None


class ApiTokenForm(forms.ModelForm):
    class Meta:
        model = ApiToken
        fields = ["organisation", "name"]

    def __init__(self, *args, viewer, **kwargs):
        super().__init__(*args, **kwargs)
        if sees_every_organisation(viewer):
            self.fields["organisation"].queryset = Organisation.objects.order_by("name")
        else:
            del self.fields["organisation"]


class ConfirmForm(forms.Form):
    """A confirmation step; `request_key` makes a double submission act once."""

    request_key = forms.UUIDField(widget=forms.HiddenInput)
