"""The JSON API at /api/v1/ (the HR pages live in the Wagtail admin, see wagtail_hooks.py)."""

from functools import wraps

from django.http import Http404, JsonResponse
from django.urls import URLPattern, URLResolver, path, re_path
from django.utils.translation import gettext as _

from .api import api

app_name = "hr"


def json_errors(view):
    """Ninja answers an unsupported method in plain text and its root page with Django's 404
    page: answer them in JSON like the rest."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            response = view(request, *args, **kwargs)
        except Http404:
            return api_not_found(request)
        if response.status_code == 405 and not response.get("Content-Type", "").startswith(
            "application/json"
        ):
            allowed = response.get("Allow", "")
            response = JsonResponse(
                {"detail": _("Method not allowed. Allowed: %(allowed)s.") % {"allowed": allowed}},
                status=405,
            )
            response["Allow"] = allowed
        return response

    return wrapped


def _wrap(patterns):
    result = []
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            pattern.url_patterns[:] = _wrap(pattern.url_patterns)
            result.append(pattern)
        else:
            result.append(
                URLPattern(
                    pattern.pattern,
                    json_errors(pattern.callback),
                    pattern.default_args,
                    pattern.name,
                )
            )
    return result


def api_not_found(request, rest=""):
    return JsonResponse({"detail": _("Not found.")}, status=404)


api_patterns, api_app_name, api_namespace = api.urls

urlpatterns = [
    path("api/v1/", (_wrap(api_patterns), api_app_name, api_namespace)),
    re_path(r"^api/v1/(?P<rest>.*)$", api_not_found, name="api_not_found"),
]
