"""Certificate pages: public verification and badges, the ambassador's own certificate, the
readiness checklists for trainers and HR, manual issue and revocation, the posting export."""

import csv
from functools import wraps
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from courses.models import ProgrammePage

from . import badges, selectors, services
from .forms import ConsentForm, IssueForm, RevokeForm
from .models import Certificate

STAFF_ROLES = ("trainer", "hr", "editor")
ACTING_ROLES = ("trainer", "editor")


def staff_required(view):
    @wraps(view)
    @login_required
    def wrapper(request, *args, **kwargs):
        if not (request.user.is_superuser or request.user.has_role(*STAFF_ROLES)):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def _errors(error: ValidationError) -> list[str]:
    return error.messages


# Public -----------------------------------------------------------------------------------------


@require_GET
def certificate_verify(request, code):
    certificate = selectors.certificate_by_code(code=code)
    if certificate is None:
        return render(request, "certification/verify_unknown.html", status=404)
    return render(
        request,
        "certification/verify.html",
        {
            "certificate": certificate,
            "replacement": selectors.current_replacement(certificate),
            "show_name": certificate.show_name_publicly,
        },
    )


def _jsonld(data: dict, status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/ld+json"
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def badge_issuer(request):
    return _jsonld(badges.issuer_json())


@require_GET
def badge_class(request, programme_id):
    programme = get_object_or_404(ProgrammePage, pk=programme_id)
    return _jsonld(
        badges.badge_class_json(
            programme=programme,
            config=selectors.certification_settings_for(programme=programme),
            requirements=selectors.requirements_for(programme=programme),
        )
    )


@require_GET
def badge_image(request, programme_id):
    programme = get_object_or_404(ProgrammePage, pk=programme_id)
    svg = badges.BADGE_SVG.format(label=programme.title.replace('"', ""))
    return HttpResponse(svg, content_type="image/svg+xml")


@require_GET
def badge_assertion(request, code):
    certificate = selectors.certificate_by_code(code=code)
    if certificate is None:
        raise Http404
    # A revoked hosted assertion answers 410 Gone with `revoked: true` (Open Badges 2.0).
    return _jsonld(
        badges.assertion_json(certificate), status=410 if certificate.revoked_at else 200
    )


# The ambassador -------------------------------------------------------------------------------


def linkedin_add_url(certificate: Certificate) -> str:
    """LinkedIn's "Add to profile" link for a certification."""
    params = {
        "startTask": "CERTIFICATION_NAME",
        "name": certificate.certification_name,
        "organizationName": certificate.organisation.name,
        "issueYear": certificate.issued_at.year,
        "issueMonth": certificate.issued_at.month,
        "certUrl": services.verification_url(certificate),
        "certId": certificate.code,
    }
    if certificate.expires_at:
        params["expirationYear"] = certificate.expires_at.year
        params["expirationMonth"] = certificate.expires_at.month
    return "https://www.linkedin.com/profile/add?" + urlencode(params)


@login_required
def certificate_mine(request):
    user = request.user
    if not user.has_role("ambassador"):
        raise PermissionDenied
    certificate = selectors.certificate_for(user=user)
    form = None
    if certificate is not None:
        initial = {
            "show_name_publicly": certificate.show_name_publicly,
            "linkedin_sharing": certificate.linkedin_sharing,
        }
        form = ConsentForm(request.POST or None, initial=initial)
        if request.method == "POST" and form.is_valid():
            services.certificate_consent_set(certificate=certificate, **form.cleaned_data)
            messages.success(request, _("Your choices are saved."))
            return redirect("certification:mine")
    elif request.method == "POST":
        raise Http404
    return render(
        request,
        "certification/mine.html",
        {
            "certificate": certificate,
            "form": form,
            "readiness": selectors.readiness_for(user=user),
            "posting": selectors.posting_state_for(user=user),
            "history": [
                c
                for c in selectors.certificate_history(user=user)
                if certificate is None or c.pk != certificate.pk
            ],
            "verification_url": services.verification_url(certificate) if certificate else "",
            "assertion_url": badges.assertion_url(certificate) if certificate else "",
            "linkedin_url": linkedin_add_url(certificate)
            if certificate and certificate.linkedin_sharing and certificate.is_valid
            else "",
        },
    )


@login_required
def certificate_pdf(request, pk):
    certificate = get_object_or_404(Certificate, pk=pk, user=request.user)
    if not certificate.pdf:
        raise Http404
    response = HttpResponse(certificate.pdf.read(), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="certificate-{certificate.code[:8]}.pdf"'
    return response


# Trainers, HR, editors ------------------------------------------------------------------------


@staff_required
def people(request):
    queryset = selectors.people_visible_to(viewer=request.user).order_by(
        "last_name", "first_name", "pk"
    )
    page = Paginator(queryset.select_related("organisation"), 50).get_page(request.GET.get("page"))
    people_on_page = list(page.object_list)
    programme = selectors.programme_of(user=request.user) if people_on_page else None
    readiness = selectors.readiness_for_many(users=people_on_page, programme=programme)
    ids = [p.pk for p in people_on_page]
    certificates = selectors.certificates_for(user_ids=ids)
    postings = selectors.posting_states_for(user_ids=ids)
    rows = [
        {
            "person": person,
            "readiness": readiness[person.pk],
            "certificate": certificates.get(person.pk),
            "posting": postings.get(person.pk),
            "met": sum(item.met for item in readiness[person.pk]),
            "total": len(readiness[person.pk]),
        }
        for person in people_on_page
    ]
    may_export = request.user.has_role("hr") and bool(request.user.organisation_id)
    return render(
        request,
        "certification/people.html",
        {"rows": rows, "page": page, "may_export": may_export},
    )


def _person(request, user_id):
    return get_object_or_404(selectors.people_visible_to(viewer=request.user), pk=user_id)


def _may_act(user) -> bool:
    return user.is_superuser or user.has_role(*ACTING_ROLES)


@staff_required
def person(request, user_id):
    ambassador = _person(request, user_id)
    certificate = selectors.certificate_for(user=ambassador)
    return render(
        request,
        "certification/person.html",
        {
            "ambassador": ambassador,
            "readiness": selectors.readiness_for(user=ambassador),
            "certificate": certificate,
            "posting": selectors.posting_state_for(user=ambassador),
            "history": selectors.certificate_history(user=ambassador),
            "may_act": _may_act(request.user),
        },
    )


@staff_required
def person_issue(request, user_id):
    if not _may_act(request.user):
        raise PermissionDenied
    ambassador = _person(request, user_id)
    current = selectors.certificate_for(user=ambassador)
    form = IssueForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.certificate_issue(
                user=ambassador,
                actor=request.user,
                reason=form.cleaned_data["reason"],
                request=request,
            )
        except ValidationError as error:
            for message in _errors(error):
                form.add_error("reason", message)
        else:
            messages.success(request, _("The certificate is issued; its PDF follows by email."))
            return redirect("certification:person", user_id=ambassador.pk)
    return render(
        request,
        "certification/issue.html",
        {
            "ambassador": ambassador,
            "current": current,
            "form": form,
            "readiness": selectors.readiness_for(user=ambassador),
        },
    )


@staff_required
def certificate_revoke(request, pk):
    if not _may_act(request.user):
        raise PermissionDenied
    certificate = get_object_or_404(
        selectors.certificates_visible_to(viewer=request.user), pk=pk, revoked_at__isnull=True
    )
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.certificate_revoke(
                certificate=certificate,
                actor=request.user,
                reason=form.cleaned_data["reason"],
                request=request,
            )
        except ValidationError as error:
            for message in _errors(error):
                form.add_error("reason", message)
        else:
            messages.success(request, _("The certificate is revoked; posting is suspended."))
            return redirect("certification:person", user_id=certificate.user_id)
    return render(request, "certification/revoke.html", {"certificate": certificate, "form": form})


CSV_COLUMNS = ("email", "first_name", "last_name", "department", "language", "networks", "pillars")


@login_required
def posting_export(request):
    """HR: the ambassadors of their organisation enrolled in posting, as CSV."""
    user = request.user
    if not (user.has_role("hr") and user.organisation_id):
        raise PermissionDenied
    rows = selectors.posting_export_rows(organisation_id=user.organisation_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="posting-enrolled.csv"'
    response.write("\ufeff")  # spreadsheets then read the accents right
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([_csv_safe(row[column]) for column in CSV_COLUMNS])
    return response


def _csv_safe(value) -> str:
    """Neutralise spreadsheet formulas in free text."""
    if isinstance(value, list):
        value = "; ".join(value)
    value = str(value or "")
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
