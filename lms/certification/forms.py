from django import forms
from django.utils.translation import gettext_lazy as _


class ConsentForm(forms.Form):
    show_name_publicly = forms.BooleanField(
        label=_("Show my name on the public verification page"),
        help_text=_(
            "Without it, the page only says the certificate is valid, for which programme and when."
        ),
        required=False,
    )
    linkedin_sharing = forms.BooleanField(
        label=_("Offer me the link to add the certificate to my LinkedIn profile"),
        help_text=_("The certificate on LinkedIn links to its public verification page."),
        required=False,
    )


class IssueForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        help_text=_("Required to replace a certificate (for example: name corrected)."),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for the revocation"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
