from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .forms import CharterSignForm, WithdrawForm
from .pdf import pdf_render, pdf_response
from .selectors import (
    SIGNED,
    WITHDRAWN,
    charter_current_version,
    charter_status_for,
    charter_versions,
    organisation_guide_allowed,
    signature_for,
)
from .services import SignatureRefused, charter_sign, participation_rejoin, participation_withdraw


def _organisation_id(request) -> int:
    if not request.user.organisation_id:
        raise Http404("Only members of an organisation have a charter.")
    return request.user.organisation_id


def _refusal_to_form(form: CharterSignForm, error: SignatureRefused) -> None:
    messages_by_field = error.message_dict
    if "full_name" in messages_by_field:
        form.add_error("full_name", messages_by_field["full_name"])
    for key in error.missing_sections:
        form.add_error(form.section_field(key), _("Tick this box to confirm you read it."))
    if "sections" in messages_by_field and not error.missing_sections:
        form.add_error(None, messages_by_field["sections"])


@login_required
def sign(request):
    """Read the charter in force and sign it; shows the signature once it is done."""
    version = charter_current_version(organisation_id=_organisation_id(request))
    status = charter_status_for(user=request.user)
    if version is None:
        return render(request, "charter/no_charter.html", {"status": status})
    language = version.language_for(get_language())
    text = version.text(language)
    signed_this_one = status.state == SIGNED and status.signed_version == version.number
    can_sign = status.state != WITHDRAWN and not signed_this_one
    form = CharterSignForm(
        request.POST if request.method == "POST" else None,
        sections=text["sections"],
        initial={"version": version.number},
    )
    if request.method == "POST" and can_sign and form.is_valid():
        if form.cleaned_data["version"] != version.number:
            form.add_error(None, _("A newer version of the charter was published; please read it."))
        else:
            try:
                charter_sign(
                    user=request.user,
                    version=version,
                    full_name=form.cleaned_data["full_name"],
                    acknowledged_sections=form.acknowledged_sections(),
                    language=language,
                    ip_address=request.META.get("REMOTE_ADDR"),
                    user_agent=request.META.get("HTTP_USER_AGENT", ""),
                )
            except SignatureRefused as error:
                _refusal_to_form(form, error)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Thank you: you signed the charter."))
                return redirect("charter:sign")
    context = {
        "version": version,
        "text": text,
        "language": language,
        "status": status,
        "form": form,
        "can_sign": can_sign,
    }
    return render(request, "charter/sign.html", context, status=400 if form.errors else 200)


@login_required
def versions(request):
    organisation_id = _organisation_id(request)
    context = {
        "versions": charter_versions(organisation_id=organisation_id),
        "status": charter_status_for(user=request.user),
    }
    return render(request, "charter/versions.html", context)


@login_required
def version_detail(request, number: int):
    organisation_id = _organisation_id(request)
    version = get_object_or_404(charter_versions(organisation_id=organisation_id), number=number)
    language = version.language_for(get_language())
    context = {"version": version, "text": version.text(language), "language": language}
    return render(request, "charter/version.html", context)


@login_required
def guide_pdf(request, organisation_id: int | None = None):
    """The organisation's charter as a printable guide: current version, or ?version=N."""
    if organisation_id is None:
        organisation_id = _organisation_id(request)
    if not organisation_guide_allowed(viewer=request.user, organisation_id=organisation_id):
        raise Http404
    queryset = charter_versions(organisation_id=organisation_id).select_related(
        "charter__organisation"
    )
    number = request.GET.get("version", "")
    version = queryset.filter(number=number).first() if number.isdigit() else queryset.first()
    if version is None:
        raise Http404
    language = version.language_for(get_language())
    context = {
        "version": version,
        "text": version.text(language),
        "language": language,
        "organisation": version.charter.organisation,
        "printed_at": timezone.now(),
    }
    content = pdf_render(template="charter/pdf/guide.html", context=context)
    return pdf_response(content=content, filename=f"charter-v{version.number}-{language}.pdf")


@login_required
def signature_pdf(request, pk: int):
    """What the person signed, with version, hash, date and name; only their own."""
    signature = signature_for(user=request.user, signature_id=pk)
    if signature is None:
        raise Http404
    context = {
        "signature": signature,
        "version": signature.version,
        "text": signature.version.content[signature.language],
        "language": signature.language,
        "organisation": signature.organisation,
    }
    content = pdf_render(template="charter/pdf/signature.html", context=context)
    return pdf_response(content=content, filename=f"charter-signature-{signature.pk}.pdf")


@login_required
def withdraw(request):
    _organisation_id(request)
    status = charter_status_for(user=request.user)
    if status.state == WITHDRAWN:
        return redirect("charter:rejoin")
    form = WithdrawForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        participation_withdraw(user=request.user, reason=form.cleaned_data["reason"])
        messages.success(request, _("You have withdrawn from the programme."))
        return redirect("dashboard")
    return render(request, "charter/withdraw.html", {"form": form})


@login_required
def rejoin(request):
    _organisation_id(request)
    status = charter_status_for(user=request.user)
    if status.state != WITHDRAWN:
        return redirect("charter:sign")
    if request.method == "POST":
        participation_rejoin(user=request.user)
        messages.success(
            request, _("Welcome back. Please read and sign the charter in force to continue.")
        )
        return redirect("charter:sign")
    return render(request, "charter/rejoin.html", {"status": status})
