from django import forms
from django.utils.translation import gettext_lazy as _


class CharterSignForm(forms.Form):
    """One checkbox per section of the version shown, then the signer's full name.

    Only the shape is checked here; whether the signature is acceptable is charter_sign's call.
    """

    version = forms.IntegerField(widget=forms.HiddenInput)
    full_name = forms.CharField(
        label=_("Your full name"),
        max_length=300,
        required=False,
        help_text=_("Type your first and last name as they appear on your account."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    def __init__(self, *args, sections: list[dict], **kwargs):
        super().__init__(*args, **kwargs)
        self.sections = sections
        for section in sections:
            self.fields[self.section_field(section["key"])] = forms.BooleanField(
                label=_("I have read and understood: %(heading)s")
                % {"heading": section["heading"]},
                required=False,
            )

    @staticmethod
    def section_field(key: str) -> str:
        return f"section_{key}"

    def section_rows(self):
        """(section, its checkbox) pairs, in charter order, for the template."""
        return [(s, self[self.section_field(s["key"])]) for s in self.sections]

    def acknowledged_sections(self) -> list[str]:
        return [
            s["key"] for s in self.sections if self.cleaned_data.get(self.section_field(s["key"]))
        ]


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_("Anything you would like to tell us? (optional)"),
        help_text=_("You do not have to give a reason."),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class PublishForm(forms.Form):
    is_material = forms.TypedChoiceField(
        label=_("Kind of change"),
        choices=[
            ("1", _("Material: every signer must sign this version again")),
            ("0", _("Minor (wording, typos): existing signatures stay valid")),
        ],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
    )
    change_note = forms.CharField(
        label=_("What changed"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class CreateFromTemplateForm(forms.Form):
    organisation = forms.ModelChoiceField(label=_("Organisation"), queryset=None)
    languages = forms.MultipleChoiceField(
        label=_("Languages"),
        choices=[("fr", _("French")), ("en", _("English"))],
        initial=["fr", "en"],
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
