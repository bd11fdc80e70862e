from django import forms
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils.translation import gettext_lazy as _

from .mail import email_queue


class EmailAuthenticationForm(AuthenticationForm):
    username = forms.EmailField(
        label=_("Email address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    error_messages = {
        "invalid_login": _(
            "This email address and password do not match an account. "
            "Check both (the password is case-sensitive) or reset your password."
        ),
        "inactive": _("This account is inactive. Ask your trainer or HR contact to reactivate it."),
    }


class QueuedPasswordResetForm(PasswordResetForm):
    """Django's reset form, with the email rendered in the user's language and sent by Celery."""

    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        user = context["user"]
        email_queue(
            to=[to_email],
            template="password_reset",
            context={
                "user": user,
                "reset_path": f"/accounts/reset/{context['uid']}/{context['token']}/",
            },
            language=user.language,
        )
