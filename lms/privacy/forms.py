import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _


def _normalised(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


class ErasureConfirmForm(forms.Form):
    """Typing the person's name is the confirmation: it cannot be done by a stray click."""

    full_name = forms.CharField(
        label=_("Type the person's full name to confirm"),
        max_length=300,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    request_received = forms.BooleanField(
        label=_("The person asked for the erasure of their data (or it is otherwise required)."),
    )

    def __init__(self, *args, person, **kwargs):
        super().__init__(*args, **kwargs)
        self.person = person

    def clean_full_name(self):
        typed = self.cleaned_data["full_name"]
        expected = self.person.get_full_name() or self.person.email
        if _normalised(typed) != _normalised(expected):
            raise forms.ValidationError(
                _("The name typed is not %(name)s. Check you are erasing the right person."),
                params={"name": expected},
            )
        return typed
