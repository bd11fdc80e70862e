"""The operations page of the Wagtail admin: queued, retried and failed work, queued again by
hand. Superusers and editors (operations.view_outboundemail; re-queue needs change_)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import selectors
from .models import OutboundEmail
from .services import outbound_email_requeue

VIEW, CHANGE = "operations.view_outboundemail", "operations.change_outboundemail"


def operations_view(request):
    if not request.user.has_perm(VIEW):
        raise PermissionDenied
    certificates_count, certificates = selectors.certificates_without_pdf()
    deliveries_count, deliveries = selectors.deliveries_needing_attention()
    context = {
        "header_title": _("Background work"),
        "counts": selectors.outbox_counts(),
        "emails": selectors.emails_needing_attention(),
        "certificates": certificates,
        "certificates_count": certificates_count,
        "deliveries": deliveries,
        "deliveries_count": deliveries_count,
        "heartbeats": selectors.heartbeats(),
        "can_requeue": request.user.has_perm(CHANGE),
    }
    return render(request, "operations/admin/overview.html", context)


@require_POST
def requeue_view(request, kind: str, pk: int):
    """Queue one item again: a failed email, a certificate without PDF, a failed delivery."""
    if not request.user.has_perm(CHANGE):
        raise PermissionDenied
    if kind == "email":
        email = get_object_or_404(OutboundEmail, pk=pk)
        done = outbound_email_requeue(email=email)
    elif kind == "certificate":
        from lms.certification.models import Certificate
        from lms.certification.tasks import certificate_render_pdf

        certificate = get_object_or_404(Certificate, pk=pk, revoked_at__isnull=True)
        certificate_render_pdf.delay_on_commit(certificate.pk)
        done = True
    elif kind == "delivery":
        from lms.certification.models import WebhookDelivery
        from lms.certification.services import webhook_delivery_resend

        delivery = get_object_or_404(WebhookDelivery, pk=pk)
        webhook_delivery_resend(delivery=delivery, actor=request.user, request=request)
        done = True
    else:
        raise PermissionDenied
    if done:
        messages.success(request, _("Queued again."))
    else:
        messages.warning(request, _("Nothing to queue again: it is not failed any more."))
    return redirect("operations_overview")


@hooks.register("register_admin_urls")
def register_operations_urls():
    return [
        path("operations/", operations_view, name="operations_overview"),
        path(
            "operations/<str:kind>/<int:pk>/requeue/",
            requeue_view,
            name="operations_requeue",
        ),
    ]


class OperationsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW)


@hooks.register("register_admin_menu_item")
def register_operations_menu_item():
    return OperationsMenuItem(
        gettext_lazy("Background work"),
        reverse("operations_overview"),
        icon_name="cogs",
        order=900,
    )
