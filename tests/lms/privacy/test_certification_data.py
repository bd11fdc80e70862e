"""Certificates and posting state in the personal-data file and in the erasure."""

import json

import pytest

from django.urls import reverse

from courses.models import ProgrammePage
from lms.certification.models import (
    Certificate,
    PostingEnrolment,
    PostingState,
    PostingWebhook,
    WebhookDelivery,
)
from lms.privacy.services import personal_data_erase

pytestmark = pytest.mark.django_db


@pytest.fixture
def certified(person, full_record):
    certificate = Certificate.objects.create(
        user=person,
        programme=ProgrammePage.objects.first(),
        organisation=person.organisation,
        recipient_name="Ada Lovelace",
        certification_name="Ambassadrice certifiée",
        show_name_publicly=True,
        linkedin_sharing=True,
    )
    PostingEnrolment.objects.create(
        user=person, organisation=person.organisation, state=PostingState.ENROLLED
    )
    return certificate


def test_the_file_holds_certificates_and_posting_state(client, person, certified):
    client.force_login(person)
    data = json.loads(client.post(reverse("privacy:export")).content)["certification"]
    assert data["certificates"][0]["code"] == certified.code
    assert data["certificates"][0]["name_on_certificate"] == "Ada Lovelace"
    assert data["posting"]["state"] == PostingState.ENROLLED


def test_erasure_removes_the_name_from_certificates_and_keeps_the_record(hr, person, certified):
    erasure = personal_data_erase(person=person, erased_by=hr)
    certified.refresh_from_db()
    assert certified.recipient_name == "" and not certified.show_name_publicly
    assert not certified.linkedin_sharing and certified.code
    assert erasure.counts["certificates_anonymised"] == 1


def test_erasure_withdraws_from_posting_and_the_platform_learns_it_by_id_only(
    hr, person, certified
):
    PostingWebhook.objects.create(
        organisation=person.organisation, url="http://127.0.0.1:9/hook", secret="s3cret"
    )
    enrolment = PostingEnrolment.objects.get(user=person)
    WebhookDelivery.objects.create(
        enrolment=enrolment,
        webhook=PostingWebhook.objects.get(),
        event="posting.enrolled",
        sequence=enrolment.sequence,
        payload={"ambassador": {"id": person.pk, "email": person.email, "last_name": "Lovelace"}},
    )
    personal_data_erase(person=person, erased_by=hr)
    enrolment.refresh_from_db()
    assert enrolment.state == PostingState.WITHDRAWN
    payloads = [d.payload["ambassador"] for d in WebhookDelivery.objects.order_by("pk")]
    assert len(payloads) == 2
    assert all(p["id"] == person.pk for p in payloads)
    assert "Lovelace" not in str(payloads) and "acme" not in str(payloads).lower()
