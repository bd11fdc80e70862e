import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .forms import ErasureConfirmForm
from .selectors import erasable_people_for, erasures_for
from .services import personal_data_erase, personal_data_export


@login_required
def home(request):
    """What the site keeps about the person, and how to get or erase it."""
    return render(request, "privacy/home.html")


@login_required
@require_POST
def export(request):
    data = personal_data_export(user=request.user, request=request)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    filename = f"ambassador-academy-my-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


def _hr_only(request):
    if not request.user.has_role("hr"):
        raise PermissionDenied


@login_required
def erase_choose(request):
    """HR: the ambassadors of their organisation whose data can be erased on request."""
    _hr_only(request)
    people = erasable_people_for(viewer=request.user).order_by("last_name", "first_name")
    query = request.GET.get("q", "").strip()[:100]
    if query:
        people = people.filter(last_name__icontains=query) | people.filter(email__icontains=query)
    page = Paginator(people, 25).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "query": query,
        "erasures": erasures_for(viewer=request.user)[:20],
    }
    return render(request, "privacy/erase_choose.html", context)


@login_required
def erase(request, user_id: int):
    """HR: confirm with the person's name typed, then erase."""
    _hr_only(request)
    person = get_object_or_404(erasable_people_for(viewer=request.user), pk=user_id)
    form = ErasureConfirmForm(request.POST or None, person=person)
    if request.method == "POST" and form.is_valid():
        name = person.get_full_name() or person.email
        personal_data_erase(person=person, erased_by=request.user, request=request)
        messages.success(
            request, _("The personal data of %(name)s has been erased.") % {"name": name}
        )
        return redirect("privacy:erase_choose")
    return render(request, "privacy/erase_confirm.html", {"person": person, "form": form})
