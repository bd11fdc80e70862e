"""Ambassador and coach pages. Views validate, call a service and render; nothing more."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import selectors, services
from .forms import (
    ActionItemForm,
    CoachingSessionForm,
    CommentForm,
    DraftPostForm,
    EditorialLineForm,
    RequestChangesForm,
)
from .models import ActionItem, CoachingSession, DraftComment, EditorialLine, EditorialLineVersion
from .pdf import editorial_guide_pdf


def role_required(role):
    def decorator(view):
        @wraps(view)
        @login_required
        def wrapper(request, *args, **kwargs):
            if not request.user.has_role(role):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


ambassador_required = role_required("ambassador")
coach_required = role_required("coach")


def _errors(error: ValidationError) -> list[str]:
    if hasattr(error, "error_dict"):
        return [message for field in error.message_dict.values() for message in field]
    return error.messages


# The ambassador's side ------------------------------------------------------------------------


@ambassador_required
def home(request):
    user = request.user
    context = {
        "sessions": selectors.sessions_for_ambassador(ambassador=user),
        "line": selectors.editorial_line_for(user=user),
        "drafts": selectors.drafts_for(author=user)[:5],
        "coach": selectors.coach_of(ambassador=user),
    }
    return render(request, "coaching/home.html", context)


@ambassador_required
def editorial_line(request):
    user = request.user
    line = services.editorial_line_get_or_create(ambassador=user)
    organisation_line = selectors.organisation_line_for(organisation_id=user.organisation_id)
    pillars = list(organisation_line.pillars.all()) if organisation_line else []
    form = EditorialLineForm(
        request.POST or None,
        initial=EditorialLineForm.initial_for(line),
        organisation_pillars=pillars,
    )
    if request.method == "POST" and form.is_valid():
        try:
            line = services.editorial_line_save_draft(
                line=line, data=form.line_data(), pillars=form.pillars()
            )
            if request.POST.get("action") == "submit":
                services.editorial_line_submit(line=line, user=user)
                messages.success(request, _("Your editorial line was sent to your coach."))
            else:
                messages.success(request, _("Draft saved."))
            return redirect("coaching:editorial_line")
        except services.TransitionNotAllowed as error:
            messages.error(request, " ".join(error.messages))
            return redirect("coaching:editorial_line")
        except ValidationError as error:
            form.add_problems(error.message_dict)
    line = selectors.editorial_line_for(user=user)
    context = {
        "form": form,
        "line": line,
        "organisation_line": organisation_line,
        "rows": selectors.line_rows(snapshot=selectors.line_snapshot(line=line)),
        "pillar_rows": [(form[f"pillar_{n}"], form[f"pillar_{n}_org"]) for n in range(1, 6)],
    }
    return render(request, "coaching/editorial_line.html", context)


def _pdf_response(*, ambassador) -> HttpResponse:
    response = HttpResponse(
        editorial_guide_pdf(ambassador=ambassador), content_type="application/pdf"
    )
    response["Content-Disposition"] = 'inline; filename="editorial-line-guide.pdf"'
    return response


@ambassador_required
def guide_pdf(request):
    return _pdf_response(ambassador=request.user)


@ambassador_required
def drafts(request):
    form = DraftPostForm(request.POST or None, author=request.user)
    if request.method == "POST" and form.is_valid():
        draft = services.draft_post_save(
            author=request.user,
            text=form.cleaned_data["text"],
            network=form.cleaned_data["network"],
            pillar=form.cleaned_data["pillar"],
        )
        messages.success(request, _("Draft saved. Here is what the checks found."))
        return redirect("coaching:draft", draft_id=draft.pk)
    context = {"form": form, "drafts": selectors.drafts_for(author=request.user)}
    return render(request, "coaching/drafts.html", context)


@login_required
def draft(request, draft_id):
    """The author edits the draft here; their coach reads it, comments and marks it ready."""
    draft = selectors.draft_for_viewer(viewer=request.user, draft_id=draft_id)
    is_author = draft.author_id == request.user.pk
    initial = {"network": draft.network, "pillar": draft.pillar_id, "text": draft.text}
    form = DraftPostForm(request.POST or None, initial=initial, author=draft.author)
    if request.method == "POST":
        if not is_author:
            raise PermissionDenied
        if form.is_valid():
            services.draft_post_save(
                author=request.user,
                draft=draft,
                text=form.cleaned_data["text"],
                network=form.cleaned_data["network"],
                pillar=form.cleaned_data["pillar"],
            )
            messages.success(request, _("Draft saved."))
            return redirect("coaching:draft", draft_id=draft.pk)
    context = {
        "draft": draft,
        "form": form,
        "is_author": is_author,
        "comment_form": CommentForm(),
        **selectors.draft_review(draft=draft),
    }
    return render(request, "coaching/draft.html", context)


@require_POST
@login_required
def draft_comment(request, draft_id):
    draft = selectors.draft_for_viewer(viewer=request.user, draft_id=draft_id)
    form = CommentForm(request.POST)
    if form.is_valid():
        parent = None
        if form.cleaned_data["parent"]:
            parent = get_object_or_404(DraftComment, pk=form.cleaned_data["parent"], draft=draft)
        services.draft_post_comment(
            draft=draft, author=request.user, text=form.cleaned_data["text"], parent=parent
        )
        messages.success(request, _("Comment added."))
    else:
        messages.error(request, _("Write a comment first."))
    return redirect("coaching:draft", draft_id=draft.pk)


@require_POST
@login_required
def action_item_done(request, item_id):
    item = get_object_or_404(ActionItem.objects.select_related("session__ambassador"), pk=item_id)
    ambassador = item.session.ambassador
    if request.user != ambassador and not selectors.is_coach_of(
        coach=request.user, ambassador=ambassador
    ):
        raise Http404
    services.action_item_set_done(
        item=item, user=request.user, done=request.POST.get("done") == "1"
    )
    if request.user == ambassador:
        return redirect("coaching:home")
    return redirect("coaching:coach_ambassador", ambassador_id=ambassador.pk)


# The coach's side -----------------------------------------------------------------------------


@coach_required
def coach_home(request):
    ambassadors = selectors.ambassadors_coached_by(coach=request.user)
    return render(request, "coaching/coach/home.html", {"ambassadors": ambassadors})


@coach_required
def coach_ambassador(request, ambassador_id):
    coach = request.user
    ambassador = selectors.coached_ambassador_get(coach=coach, ambassador_id=ambassador_id)
    sessions = list(selectors.sessions_for_ambassador(ambassador=ambassador))
    line = selectors.editorial_line_for(user=ambassador)
    versions = list(selectors.line_versions(line=line)) if line else []
    drafts = [
        {"draft": draft, **selectors.draft_review(draft=draft)}
        for draft in selectors.drafts_for(author=ambassador)
    ]
    context = {
        "ambassador": ambassador,
        "sessions": sessions,
        "private_notes": selectors.private_notes_for_coach(coach=coach, sessions=sessions),
        "line": line,
        "rows": selectors.line_rows(snapshot=selectors.line_snapshot(line=line)) if line else [],
        "versions": versions,
        "diff": selectors.version_diff(version=versions[0]) if versions else [],
        "drafts": drafts,
        "changes_form": RequestChangesForm(),
        "action_item_form": ActionItemForm(),
    }
    return render(request, "coaching/coach/ambassador.html", context)


@require_POST
@coach_required
def coach_line_decide(request, ambassador_id):
    ambassador = selectors.coached_ambassador_get(coach=request.user, ambassador_id=ambassador_id)
    line = get_object_or_404(EditorialLine, ambassador=ambassador)
    try:
        if request.POST.get("action") == "validate":
            services.editorial_line_validate(line=line, coach=request.user)
            messages.success(request, _("Editorial line validated."))
        else:
            services.editorial_line_request_changes(
                line=line, coach=request.user, comment=request.POST.get("comment", "")
            )
            messages.success(request, _("Changes requested."))
    except ValidationError as error:
        for message in _errors(error):
            messages.error(request, message)
    return redirect("coaching:coach_ambassador", ambassador_id=ambassador.pk)


@coach_required
def coach_version(request, ambassador_id, number):
    ambassador = selectors.coached_ambassador_get(coach=request.user, ambassador_id=ambassador_id)
    version = get_object_or_404(EditorialLineVersion, line__ambassador=ambassador, number=number)
    context = {
        "ambassador": ambassador,
        "version": version,
        "diff": selectors.version_diff(version=version),
    }
    return render(request, "coaching/coach/version.html", context)


@coach_required
def coach_session_new(request, ambassador_id):
    ambassador = selectors.coached_ambassador_get(coach=request.user, ambassador_id=ambassador_id)
    form = CoachingSessionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.coaching_session_save(
            coach=request.user, ambassador=ambassador, **form.cleaned_data
        )
        messages.success(request, _("Coaching session saved."))
        return redirect("coaching:coach_ambassador", ambassador_id=ambassador.pk)
    context = {"ambassador": ambassador, "form": form}
    return render(request, "coaching/coach/session_form.html", context)


@require_POST
@coach_required
def coach_action_item_add(request, session_id):
    session = get_object_or_404(
        CoachingSession, pk=session_id, ambassador__coach_assignment__coach=request.user
    )
    form = ActionItemForm(request.POST)
    if form.is_valid():
        services.action_item_add(coach=request.user, session=session, **form.cleaned_data)
        messages.success(request, _("Action item added."))
    else:
        messages.error(request, _("Give the action a title (and a valid date, if any)."))
    return redirect("coaching:coach_ambassador", ambassador_id=session.ambassador_id)


@require_POST
@coach_required
def coach_draft_ready(request, draft_id):
    draft = selectors.draft_for_viewer(viewer=request.user, draft_id=draft_id)
    if draft.author_id == request.user.pk:
        raise PermissionDenied
    services.draft_post_mark_ready(
        draft=draft, coach=request.user, ready=request.POST.get("ready") == "1"
    )
    messages.success(request, _("Draft updated."))
    return redirect("coaching:draft", draft_id=draft.pk)


@coach_required
def coach_guide_pdf(request, ambassador_id):
    ambassador = selectors.coached_ambassador_get(coach=request.user, ambassador_id=ambassador_id)
    return _pdf_response(ambassador=ambassador)
