"""Wagtail admin views of the charter: derive from the template, publish, signature status."""

import django_filters

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from .forms import CreateFromTemplateForm, PublishForm
from .models import Charter, CharterSignature
from .selectors import (
    NOT_SIGNED,
    RESIGN_REQUIRED,
    SIGNED,
    WITHDRAWN,
    charter_statuses_for,
    charters_visible_to,
    sees_every_organisation,
)
from .services import charter_create_from_template, charter_version_publish

AMBASSADOR_GROUP = "Ambassadors"
STATE_LABELS = {
    NOT_SIGNED: _("Not signed"),
    SIGNED: _("Signed"),
    RESIGN_REQUIRED: _("Re-signature required"),
    WITHDRAWN: _("Withdrawn"),
}
Organisation = Charter._meta.get_field("organisation").remote_field.model


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Rows that are evidence or history: viewable with the view permission, never edited."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and self.user_has_permission(user, "view")


class NoDeletePermissionPolicy(ModelPermissionPolicy):
    """A charter with published versions is kept: they are what people signed."""

    def user_has_permission(self, user, action):
        return action != "delete" and super().user_has_permission(user, action)


def organisations_visible_to(*, viewer):
    if sees_every_organisation(viewer):
        return Organisation.objects.all()
    if viewer.has_role("hr") and viewer.organisation_id:
        return Organisation.objects.filter(pk=viewer.organisation_id)
    return Organisation.objects.none()


def people_in_scope(*, viewer):
    """Ambassadors whose charter status the viewer may see."""
    return (
        get_user_model()
        .objects.filter(
            organisation__in=organisations_visible_to(viewer=viewer),
            groups__name=AMBASSADOR_GROUP,
        )
        .select_related("organisation")
        .distinct()
    )


class CharterFormView(WagtailAdminTemplateMixin, FormView):
    """A small form page in the admin's look; only editors who may change charters use it."""

    template_name = "wagtailadmin/generic/form.html"
    header_icon = "doc-full"
    submit_button_label = _("Continue")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("charter.change_charter"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = self.request.get_full_path()
        context["submit_button_label"] = self.submit_button_label
        return context


class CreateFromTemplateView(CharterFormView):
    page_title = _("New charter from the default template")
    submit_button_label = _("Create the charter")
    form_class = CreateFromTemplateForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["organisations"] = organisations_visible_to(viewer=self.request.user)
        return kwargs

    def form_valid(self, form):
        for language in form.cleaned_data["languages"]:
            charter = charter_create_from_template(
                organisation=form.cleaned_data["organisation"], language=language
            )
        messages.success(
            self.request, _("The charter is ready to adapt. Publish it when it is final.")
        )
        return redirect("charter_charters:edit", charter.pk)


class PublishView(CharterFormView):
    page_title = _("Publish a new version")
    submit_button_label = _("Publish")
    form_class = PublishForm

    @cached_property
    def charter(self):
        return get_object_or_404(
            charters_visible_to(viewer=self.request.user), pk=self.kwargs["pk"]
        )

    def get_page_subtitle(self):
        return str(self.charter.organisation)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        current = self.charter.current_version
        context["page_subtitle"] = _("%(organisation)s, next version: %(number)s") % {
            "organisation": self.charter.organisation,
            "number": current.number + 1 if current else 1,
        }
        return context

    def form_valid(self, form):
        try:
            version = charter_version_publish(
                charter=self.charter,
                is_material=form.cleaned_data["is_material"],
                change_note=form.cleaned_data["change_note"],
                published_by=self.request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request, _("Version %(number)s is published.") % {"number": version.number}
        )
        return redirect("charter_charters:index")


def _state_choices():
    return list(STATE_LABELS.items())


class CharterStatusFilterSet(WagtailFilterSet):
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"),
        queryset=lambda request: organisations_visible_to(viewer=request.user),
    )
    state = django_filters.ChoiceFilter(
        label=_("Charter state"), choices=_state_choices, method="filter_state"
    )
    signed_version = django_filters.NumberFilter(
        label=_("Version signed"), method="filter_signed_version"
    )

    class Meta:
        model = get_user_model()
        fields = ["organisation"]

    def filter_state(self, queryset, name, value):
        statuses = charter_statuses_for(users=queryset.only("pk", "organisation_id"))
        return queryset.filter(pk__in=[pk for pk, s in statuses.items() if s.state == value])

    def filter_signed_version(self, queryset, name, value):
        statuses = charter_statuses_for(users=queryset.only("pk", "organisation_id"))
        return queryset.filter(
            pk__in=[pk for pk, s in statuses.items() if s.signed_version == value]
        )


class SignatureFilterSet(WagtailFilterSet):
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"),
        queryset=lambda request: organisations_visible_to(viewer=request.user),
    )
    version = django_filters.NumberFilter(label=_("Version"), field_name="version__number")

    class Meta:
        model = CharterSignature
        fields = ["organisation", "version", "language"]


class CharterStatusReportView(ReportView):
    """Every ambassador in scope with where they stand; filterable and exportable."""

    page_title = _("Charter signatures")
    header_icon = "doc-full"
    index_url_name = "charter_status"
    index_results_url_name = "charter_status_results"
    filterset_class = CharterStatusFilterSet
    model = CharterSignature
    permission_required = "view"
    list_export = [
        "get_full_name",
        "email",
        "organisation.name",
        "charter_state_label",
        "charter_status.signed_version",
        "charter_status.current_version",
        "charter_status.signed_at",
    ]
    export_headings = {
        "get_full_name": _("Name"),
        "email": _("Email"),
        "organisation.name": _("Organisation"),
        "charter_state_label": _("Charter state"),
        "charter_status.signed_version": _("Version signed"),
        "charter_status.current_version": _("Version in force"),
        "charter_status.signed_at": _("Signed at"),
    }

    @cached_property
    def columns(self):
        return [
            Column("name", label=_("Name"), accessor="get_full_name"),
            Column("email", label=_("Email")),
            Column("organisation", label=_("Organisation")),
            Column("state", label=_("Charter state"), accessor="charter_state_label"),
            Column("signed", label=_("Version signed"), accessor="charter_status.signed_version"),
            Column(
                "current", label=_("Version in force"), accessor="charter_status.current_version"
            ),
            DateColumn("signed_at", label=_("Signed at"), accessor="charter_status.signed_at"),
        ]

    def get_queryset(self):
        return people_in_scope(viewer=self.request.user).order_by("last_name", "first_name")

    def decorate_paginated_queryset(self, object_list):
        """Attach each person's status to the (cached) rows the table and export iterate."""
        statuses = charter_statuses_for(users=object_list)
        for person in object_list:
            person.charter_status = statuses[person.pk]
            person.charter_state_label = STATE_LABELS[person.charter_status.state]
        return object_list

    def get_filename(self):
        return f"charter-signatures-{timezone.localdate():%Y-%m-%d}"

    def get_index_url(self):
        return reverse(self.index_url_name)
