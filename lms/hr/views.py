"""The HR pages of the Wagtail admin: dashboard, table and exports, reminders, API tokens."""

import uuid

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import charts
from .forms import ApiTokenForm, ConfirmForm, PipelineFilterForm
from .models import ApiToken, Export, ExportFormat, ExportState
from .selectors import (
    SORTS,
    can_view_hr,
    certification_delay,
    certifications_per_month,
    department_shares,
    funnel,
    pipeline_row,
    pipeline_rows,
    sees_every_organisation,
    stalled_ambassador_get,
    stalled_ambassadors,
)
from .services import (
    api_token_create,
    api_token_revoke,
    export_async_threshold,
    export_direct,
    export_queue,
    stalled_reminder_send,
)

PER_PAGE = 25
CONTENT_TYPES = {
    ExportFormat.CSV: "text/csv; charset=utf-8",
    ExportFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def hr_allowed(user) -> bool:
    return can_view_hr(user) and user.has_perm("hr.view_hr_dashboard")


def _require_hr(request):
    if not hr_allowed(request.user):
        raise PermissionDenied


def _filters(request, *, with_step=True):
    form = PipelineFilterForm(request.GET or None, viewer=request.user, with_step=with_step)
    return form, form.filters()


def dashboard_view(request):
    _require_hr(request)
    form, filters = _filters(request, with_step=False)
    result = funnel(filters=filters)
    delay = certification_delay(filters=filters)
    shares = department_shares(filters=filters)
    context = {
        "header_title": _("HR onboarding"),
        "form": form,
        "filters": filters,
        "funnel": result,
        "funnel_chart": charts.funnel_chart(result),
        "certifications_chart": charts.certifications_chart(
            certifications_per_month(filters=filters)
        ),
        "delay": delay,
        "delay_chart": charts.delay_chart(delay),
        "shares": shares,
        "departments_chart": charts.departments_chart(shares),
        "stalled": stalled_ambassadors(filters=filters, limit=20),
        "query": request.GET.urlencode(),
    }
    return render(request, "hr/dashboard.html", context)


def _sort(request) -> tuple[str, bool]:
    sort = request.GET.get("sort", "name")
    sort = sort if sort in SORTS else "name"
    return sort, request.GET.get("dir") == "desc"


def ambassadors_view(request):
    _require_hr(request)
    form, filters = _filters(request)
    sort, descending = _sort(request)
    paginator = Paginator(
        pipeline_rows(filters=filters, sort=sort, descending=descending), PER_PAGE
    )
    page = paginator.get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    sort_query = query.copy()
    sort_query.pop("sort", None)
    sort_query.pop("dir", None)
    context = {
        "header_title": _("Ambassadors"),
        "form": form,
        "page": page,
        "rows": [pipeline_row(person) for person in page.object_list],
        "sort": sort,
        "descending": descending,
        "columns": _columns(sort, descending, sort_query.urlencode()),
        "query": query.urlencode(),
        "threshold": export_async_threshold(),
        "every_organisation": filters.organisation_id is None,
    }
    return render(request, "hr/ambassadors.html", context)


def _columns(sort: str, descending: bool, base: str) -> list[dict]:
    labels = {
        "name": _("Name"),
        "department": _("Department"),
        "cohort": _("Cohort"),
        "step": _("Step reached"),
        "invited": _("Invited on"),
        "enrolled": _("Enrolled on"),
        "certified": _("Certificate"),
        "posting": _("Posting"),
        "activity": _("Last activity"),
    }
    columns = []
    for key, label in labels.items():
        active = key == sort
        direction = "asc" if active and descending else ("desc" if active else "asc")
        prefix = f"{base}&" if base else ""
        columns.append(
            {
                "key": key,
                "label": label,
                "url": f"?{prefix}sort={key}&dir={direction}",
                "aria_sort": ("descending" if descending else "ascending") if active else None,
            }
        )
    return columns


@require_POST
def export_view(request):
    """Export the filtered table (filters in the query string, format in the form)."""
    _require_hr(request)
    format = request.POST.get("format")
    if format not in ExportFormat.values:
        return HttpResponse(status=400)
    _form, filters = _filters(request)
    sort, descending = _sort(request)
    order = {"sort": sort, "descending": descending}
    count = pipeline_rows(filters=filters).count()
    if count > export_async_threshold():
        export_queue(user=request.user, filters=filters, format=format, request=request, **order)
        messages.success(
            request,
            _("The export of %(count)s rows is being prepared; it will be listed here when ready.")
            % {"count": count},
        )
        return redirect("hr_exports")
    content, _rows = export_direct(
        user=request.user, filters=filters, format=format, request=request, **order
    )
    response = HttpResponse(content, content_type=CONTENT_TYPES[format])
    filename = f"ambassadors-{timezone.localdate():%Y-%m-%d}.{format}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def exports_view(request):
    _require_hr(request)
    exports = Export.objects.filter(requested_by=request.user).select_related("organisation")
    page = Paginator(exports, PER_PAGE).get_page(request.GET.get("p"))
    context = {"header_title": _("My exports"), "page": page, "ready": ExportState.READY}
    return render(request, "hr/exports.html", context)


def export_download(request, pk: int):
    _require_hr(request)
    export = get_object_or_404(Export, pk=pk, requested_by=request.user, state=ExportState.READY)
    return FileResponse(
        export.file.open("rb"),
        as_attachment=True,
        filename=export.filename,
        content_type=CONTENT_TYPES[export.format],
    )


def remind_view(request, ambassador_id: int):
    """Confirm, then send one reminder email to a stalled ambassador."""
    _require_hr(request)
    ambassador = stalled_ambassador_get(viewer=request.user, ambassador_id=ambassador_id)
    if ambassador is None:
        raise Http404
    if request.method == "POST":
        form = ConfirmForm(request.POST)
        if form.is_valid():
            sent = stalled_reminder_send(
                ambassador=ambassador,
                sent_by=request.user,
                request_key=form.cleaned_data["request_key"],
                request=request,
            )
            if sent:
                messages.success(request, _("Reminder sent to %(name)s.") % {"name": ambassador})
            else:
                messages.info(request, _("This reminder was already sent."))
            return redirect("hr_dashboard")
    else:
        form = ConfirmForm(initial={"request_key": uuid.uuid4()})
    context = {"header_title": _("Send a reminder"), "ambassador": ambassador, "form": form}
    return render(request, "hr/remind_confirm.html", context)


# API tokens --------------------------------------------------------------------------------


def _tokens_for(viewer):
    tokens = ApiToken.objects.select_related("organisation", "created_by")
    if sees_every_organisation(viewer):
        return tokens
    return tokens.filter(organisation_id=viewer.organisation_id)


def _require_token_admin(request, action: str):
    _require_hr(request)
    if not request.user.has_perm(f"hr.{action}_apitoken"):
        raise PermissionDenied


def tokens_view(request):
    _require_token_admin(request, "view")
    page = Paginator(_tokens_for(request.user), PER_PAGE).get_page(request.GET.get("p"))
    context = {
        "header_title": _("API tokens"),
        "page": page,
        "can_add": request.user.has_perm("hr.add_apitoken"),
        "can_revoke": request.user.has_perm("hr.change_apitoken"),
        "docs_url": reverse("hr:api:openapi-view"),
    }
    return render(request, "hr/tokens.html", context)


def token_create_view(request):
    _require_token_admin(request, "add")
    form = ApiTokenForm(request.POST or None, viewer=request.user)
    if request.method == "POST" and form.is_valid():
        organisation = form.cleaned_data.get("organisation") or request.user.organisation
        token, raw = api_token_create(
            organisation=organisation,
            name=form.cleaned_data["name"],
            created_by=request.user,
            request=request,
        )
        # Shown in this response only: the token is not stored and is never shown again.
        context = {"header_title": _("API token created"), "token": token, "raw": raw}
        response = render(request, "hr/token_created.html", context)
        response["Cache-Control"] = "no-store"
        return response
    return render(request, "hr/token_form.html", {"header_title": _("New API token"), "form": form})


def token_revoke_view(request, pk: int):
    _require_token_admin(request, "change")
    token = get_object_or_404(_tokens_for(request.user), pk=pk)
    if request.method == "POST":
        api_token_revoke(token=token, revoked_by=request.user, request=request)
        messages.success(request, _("The token “%(name)s” is revoked.") % {"name": token.name})
        return redirect("hr_tokens")
    return render(
        request, "hr/token_revoke.html", {"header_title": _("Revoke an API token"), "token": token}
    )
