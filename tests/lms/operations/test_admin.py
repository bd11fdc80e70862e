"""The operations page of the admin: what waits or failed, and queueing it again."""

import pytest

from django.urls import reverse

from courses.factories import ProgrammePageFactory
from lms.certification.models import (
    Certificate,
    DeliveryState,
    PostingEnrolment,
    PostingState,
    PostingWebhook,
    WebhookDelivery,
)
from lms.operations.models import EmailState, OutboundEmail
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def waiting_work(site, ambassador):
    programme = ProgrammePageFactory(parent=site)
    certificate = Certificate.objects.create(
        user=ambassador,
        programme=programme,
        organisation=ambassador.organisation,
        recipient_name="Léa Garnier",
        certification_name="Ambassador",
    )
    enrolment = PostingEnrolment.objects.create(
        user=ambassador, organisation=ambassador.organisation, state=PostingState.ENROLLED
    )
    webhook = PostingWebhook.objects.create(
        organisation=ambassador.organisation, url="http://127.0.0.1:9/hook"
    )
    delivery = WebhookDelivery.objects.create(
        webhook=webhook,
        enrolment=enrolment,
        event="posting.enrolled",
        payload={},
        sequence=1,
        state=DeliveryState.FAILED,
        attempts=8,
        last_response_code=503,
    )
    email = OutboundEmail.objects.create(
        to=["lea@acme.example"],
        subject="Your certificate",
        text="t",
        state=EmailState.FAILED,
        attempts=8,
        last_error="ConnectionRefusedError: mail server down",
    )
    retrying = OutboundEmail.objects.create(
        to=["paul@acme.example"], subject="A reminder", text="t", attempts=2
    )
    return {"certificate": certificate, "delivery": delivery, "email": email, "retrying": retrying}


def test_editors_see_failed_and_retrying_work(client, editor, waiting_work):
    client.login(email=editor.email, password=PASSWORD)
    response = client.get(reverse("operations_overview"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Your certificate" in html and "mail server down" in html
    assert "A reminder" in html
    assert "Léa Garnier" in html
    assert "posting.enrolled #1" in html
    assert response.context["counts"] == {"queued": 1, "retried": 1, "failed": 1}
    requeue = reverse("operations_requeue", args=["email", waiting_work["email"].pk])
    assert requeue in html
    not_failed = reverse("operations_requeue", args=["email", waiting_work["retrying"].pk])
    assert not_failed not in html


@pytest.mark.parametrize("role", ["trainer", "hr", "coach"])
def test_other_admin_users_do_not_see_it(client, request, role):
    user = request.getfixturevalue(role)
    client.login(email=user.email, password=PASSWORD)
    assert client.get(reverse("operations_overview")).status_code in (302, 403)


def test_an_editor_queues_a_failed_email_again_and_it_is_sent(
    client, editor, waiting_work, mailoutbox, django_capture_on_commit_callbacks
):
    client.login(email=editor.email, password=PASSWORD)
    url = reverse("operations_requeue", args=["email", waiting_work["email"].pk])
    assert client.get(url).status_code == 405
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302
    waiting_work["email"].refresh_from_db()
    assert waiting_work["email"].state == EmailState.SENT
    assert [m.subject for m in mailoutbox] == ["Your certificate"]


def test_an_editor_queues_a_failed_delivery_again(client, editor, waiting_work):
    client.login(email=editor.email, password=PASSWORD)
    delivery = waiting_work["delivery"]
    url = reverse("operations_requeue", args=["delivery", delivery.pk])
    assert client.post(url).status_code == 302
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts) == (DeliveryState.PENDING, 0)


def test_a_trainer_cannot_queue_anything_again(client, trainer, waiting_work):
    client.login(email=trainer.email, password=PASSWORD)
    url = reverse("operations_requeue", args=["email", waiting_work["email"].pk])
    assert client.post(url).status_code in (302, 403)
    waiting_work["email"].refresh_from_db()
    assert waiting_work["email"].state == EmailState.FAILED
