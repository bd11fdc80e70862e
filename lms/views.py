from axes.utils import reset as axes_reset

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import check_for_language, get_language
from django.views.decorators.http import require_POST
from django.views.i18n import set_language

from .dashboard import dashboard_panels_for
from .forms import EmailAuthenticationForm, QueuedPasswordResetForm
from .services import user_set_language


def _set_language_cookie(response, language):
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


class LoginView(auth_views.LoginView):
    form_class = EmailAuthenticationForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        return _set_language_cookie(response, form.get_user().language)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Choosing a new password through the emailed link also lifts a login lock-out."""

    def form_valid(self, form):
        response = super().form_valid(form)
        axes_reset(username=form.user.email)
        return response


class PasswordResetView(auth_views.PasswordResetView):
    form_class = QueuedPasswordResetForm
    success_url = reverse_lazy("password_reset_done")


@require_POST
def language_switch(request):
    """Django's set_language, which also remembers the choice on the user's profile."""
    language = request.POST.get("language", "")
    next_url = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
        request.POST = request.POST.copy()
        request.POST["next"] = "/"
    if request.user.is_authenticated and check_for_language(language):
        user_set_language(user=request.user, language=language)
    return set_language(request)


@login_required
def dashboard(request):
    context = {
        "panels": dashboard_panels_for(user=request.user),
        "language": get_language(),
    }
    return render(request, "lms/dashboard.html", context)
