from django import forms
from django.utils.translation import gettext_lazy as _

from .services import REFLECTION_MAX_LENGTH


class ReflectionForm(forms.Form):
    """One reflection exercise; prefixed with the block id so that a lesson can hold several."""

    answer = forms.CharField(
        label=_("Your answer"),
        max_length=REFLECTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Write your answer before saving it.")},
    )
