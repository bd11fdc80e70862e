"""Panels this part of lms adds to the personal dashboard (collected by lms.dashboard)."""

from django.urls import reverse


def dashboard_panels(*, user) -> list[dict]:
    """HR people (and editors) get the funnel of their organisation and a way to the admin."""
    from .forms import PipelineFilterForm
    from .selectors import funnel
    from .views import hr_allowed

    if not hr_allowed(user):
        return []
    filters = PipelineFilterForm(viewer=user, with_step=False).filters()
    context = {"funnel": funnel(filters=filters), "dashboard_url": reverse("hr_dashboard")}
    return [{"template": "hr/dashboard_panel.html", "context": context, "order": 20}]
