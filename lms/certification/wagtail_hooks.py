"""Administration of certification: what each programme requires, certificates (revoke and
re-issue through their confirmation pages), posting enrolments, webhooks and their deliveries
(sent again by hand). Every list is scoped to what its viewer may see."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from lms.admin_scoping import scoped, scoped_views

from .models import (
    Certificate,
    PostingEnrolment,
    PostingWebhook,
    ProgrammeCertification,
    WebhookDelivery,
)
from .selectors import (
    certificates_visible_to,
    deliveries_visible_to,
    posting_enrolments_visible_to,
    sees_every_organisation,
    webhooks_visible_to,
)
from .services import (
    programme_requirements_get,
    programme_requirements_set,
    webhook_delivery_resend,
)

# What each programme requires -----------------------------------------------------------------


class ProgrammeCertificationForm(WagtailAdminModelForm):
    requirement_kinds = forms.MultipleChoiceField(
        label=_("Requirements"),
        choices=(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    ready_drafts = forms.IntegerField(
        label=_("Drafts marked ready by the coach (at least)"), min_value=0, initial=1
    )

    def __init__(self, *args, **kwargs):
        from .services import REQUIREMENT_KINDS

        super().__init__(*args, **kwargs)
        self.fields["requirement_kinds"].choices = [
            (key, model._meta.verbose_name.capitalize()) for key, model in REQUIREMENT_KINDS.items()
        ]
        if self.instance.pk:
            kinds, minimum = programme_requirements_get(programme=self.instance.programme)
            self.initial["requirement_kinds"] = kinds
            self.initial["ready_drafts"] = minimum
        else:
            self.initial["requirement_kinds"] = list(REQUIREMENT_KINDS)

    def save(self, commit=True):
        instance = super().save(commit=commit)
        if commit:
            programme_requirements_set(
                programme=instance.programme,
                kinds=self.cleaned_data["requirement_kinds"],
                ready_drafts=self.cleaned_data["ready_drafts"],
            )
        return instance


class ProgrammeCertificationViewSet(ModelViewSet):
    model = ProgrammeCertification
    icon = "tick-inverse"
    menu_label = _("Certification rules")
    url_prefix = "certification/programmes"
    edit_handler = ObjectList(
        [
            FieldPanel("programme"),
            FieldPanel("certification_name"),
            FieldPanel("description"),
            FieldPanel("requirement_kinds"),
            FieldPanel("ready_drafts"),
            FieldPanel("validity_months"),
            FieldPanel("reminder_days"),
            FieldPanel("auto_issue"),
        ],
        base_form_class=ProgrammeCertificationForm,
    )
    list_display = ["__str__", "programme", "validity_months", "auto_issue"]
    copy_view_enabled = False
    inspect_view_enabled = False


# Certificates ---------------------------------------------------------------------------------


def _certificate_actions(certificate) -> str:
    if certificate.revoked_at is not None:
        return "—"
    return format_html(
        '<a href="{}">{}</a> · <a href="{}">{}</a>',
        reverse("certification:person_issue", args=[certificate.user_id]),
        _("Re-issue"),
        reverse("certification:revoke", args=[certificate.pk]),
        _("Revoke"),
    )


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "doc-full-inverse"
    menu_label = _("Certificates")
    url_prefix = "certification/certificates"
    list_display = [
        "recipient_name",
        "certification_name",
        "organisation",
        Column("status", label=_("Status"), accessor="get_status_display"),
        "issued_at",
        "expires_at",
        Column("actions", label=_("Actions"), accessor=_certificate_actions),
    ]
    list_filter = ["organisation", "programme"]
    search_fields = ["recipient_name", "user__email", "code"]
    list_export = [
        "recipient_name",
        "user.email",
        "certification_name",
        "organisation.name",
        "code",
        "issued_at",
        "expires_at",
        "revoked_at",
        "revoke_reason",
    ]
    inspect_view_enabled = True
    inspect_view_fields = [
        "recipient_name",
        "certification_name",
        "organisation",
        "cohort",
        "trainer_name",
        "code",
        "issued_at",
        "issued_by",
        "expires_at",
        "revoked_at",
        "revoke_reason",
        "replaced_by",
        "show_name_publicly",
        "linkedin_sharing",
        "email_sent_at",
    ]
    copy_view_enabled = False
    form_fields = ["revoke_reason"]  # never edited here: revoke and re-issue have their pages
    locals().update(scoped_views(certificates_visible_to))


# Posting --------------------------------------------------------------------------------------


class PostingEnrolmentViewSet(ModelViewSet):
    model = PostingEnrolment
    icon = "user"
    menu_label = _("Posting enrolments")
    url_prefix = "certification/posting"
    list_display = ["user", "organisation", "state", "reason", "changed_at"]
    list_filter = ["state", "reason", "organisation"]
    search_fields = ["user__first_name", "user__last_name", "user__email"]
    list_export = ["user.email", "user", "organisation.name", "state", "reason", "changed_at"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["reason"]  # states change only through the rules, never by hand
    locals().update(scoped_views(posting_enrolments_visible_to))


class PostingWebhookForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is not None and not sees_every_organisation(user):
            field = self.fields["organisation"]
            field.queryset = field.queryset.filter(pk=user.organisation_id)


class PostingWebhookViewSet(ModelViewSet):
    model = PostingWebhook
    icon = "link-external"
    menu_label = _("Posting webhooks")
    url_prefix = "certification/webhooks"
    edit_handler = ObjectList(
        [FieldPanel("organisation"), FieldPanel("url"), FieldPanel("secret"), FieldPanel("active")],
        base_form_class=PostingWebhookForm,
    )
    list_display = ["url", "organisation", "active", "created_at"]
    list_filter = ["active", "organisation"]
    copy_view_enabled = False
    locals().update(scoped_views(webhooks_visible_to))
    add_view_class = generic.CreateView


def _log(delivery) -> str:
    return ", ".join(
        str(entry.get("status") or entry.get("error") or "?") for entry in delivery.log
    )


def _resend_link(delivery) -> str:
    return format_html(
        '<a href="{}">{}</a>',
        reverse("certification_deliveries:resend", args=[delivery.pk]),
        _("Send again"),
    )


def delivery_resend(request, pk):
    """Confirm, then send a delivery again (a new series of tries)."""
    if not request.user.has_perm("certification.view_webhookdelivery"):
        raise PermissionDenied
    delivery = get_object_or_404(deliveries_visible_to(viewer=request.user), pk=pk)
    if request.method == "POST":
        webhook_delivery_resend(delivery=delivery, actor=request.user, request=request)
        messages.success(request, _("The event is being sent again."))
        return redirect("certification_deliveries:inspect", pk)
    return TemplateResponse(
        request,
        "certification/admin/delivery_resend.html",
        {"delivery": delivery, "page_title": _("Send again")},
    )


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    icon = "history"
    menu_label = _("Webhook deliveries")
    url_prefix = "certification/deliveries"
    list_display = [
        "event",
        "enrolment",
        "sequence",
        "state",
        "attempts",
        "last_response_code",
        Column("log", label=_("Responses"), accessor=_log),
        "created_at",
        Column("resend", label=_("Action"), accessor=_resend_link),
    ]
    list_filter = ["state", "event", "webhook__organisation"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "webhook",
        "enrolment",
        "event",
        "sequence",
        "state",
        "attempts",
        "last_response_code",
        "next_attempt_at",
        "delivered_at",
        "payload",
        "log",
    ]
    copy_view_enabled = False
    form_fields = ["state"]
    locals().update(scoped_views(deliveries_visible_to))
    index_view_class = scoped(generic.IndexView, deliveries_visible_to)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/resend/", delivery_resend, name="resend"),
        ]


class CertificationGroup(ViewSetGroup):
    menu_label = _("Certification")
    menu_icon = "tick-inverse"
    menu_order = 350
    items = (
        ProgrammeCertificationViewSet("certification_programmes"),
        CertificateViewSet("certification_certificates"),
        PostingEnrolmentViewSet("certification_posting"),
        PostingWebhookViewSet("certification_webhooks"),
        WebhookDeliveryViewSet("certification_deliveries"),
    )


@hooks.register("register_admin_viewset")
def register_certification():
    return CertificationGroup()
