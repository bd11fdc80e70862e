from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import AttendanceStatus

RATINGS = [(n, str(n)) for n in range(1, 6)]


class AttendanceForm(forms.Form):
    user = forms.IntegerField(widget=forms.HiddenInput)
    status = forms.ChoiceField(choices=AttendanceStatus.choices)


class MakeupForm(forms.Form):
    """Someone of another cohort who makes up this session."""

    user = forms.ModelChoiceField(label=_("Person from another cohort"), queryset=None)
    status = forms.ChoiceField(
        label=_("Attendance"), choices=AttendanceStatus.choices, initial=AttendanceStatus.PRESENT
    )

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = candidates


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How useful was this session? (1 = not at all, 5 = very)"),
        choices=RATINGS,
        coerce=int,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comment (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class ParticipantsImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "Columns: email, first_name, last_name, department, language (fr or en). "
            "Separated by ; or , and saved as UTF-8. At most 1 MB."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )
