"""Certification in the Wagtail admin, scoped per organisation."""

import pytest

from lms.certification.models import (
    Certificate,
    PostingWebhook,
    ProgrammeCertification,
    ReadyDraftsRequirement,
    Requirement,
    WebhookDelivery,
)
from lms.certification.services import programme_requirements_get, programme_requirements_set

from .conftest import meet_everything

pytestmark = pytest.mark.django_db


@pytest.fixture
def certified(cohort, learner):
    meet_everything(learner, cohort)
    return Certificate.objects.get()


def test_hr_lists_the_certificates_of_their_organisation_only(client, hr, other_hr, certified):
    client.force_login(hr)
    html = client.get("/admin/certification/certificates/").content.decode()
    assert "Léa Garnier" in html
    client.force_login(other_hr)
    html = client.get("/admin/certification/certificates/").content.decode()
    assert "Léa Garnier" not in html
    inspect = f"/admin/certification/certificates/inspect/{certified.pk}/"
    assert client.get(inspect).status_code == 404


def test_hr_sees_enrolments_and_a_delivery_is_sent_again_from_the_admin(
    client, hr, other_hr, organisation, cohort, learner
):
    PostingWebhook.objects.create(organisation=organisation, url="http://127.0.0.1:9/hook")
    from lms.celery import app

    propagates = app.conf.task_eager_propagates
    app.conf.task_eager_propagates = False  # the refused connection is retried, not raised
    try:
        meet_everything(learner, cohort)
        delivery = WebhookDelivery.objects.get()
        assert delivery.state == "failed"
        client.force_login(hr)
        assert "Léa Garnier" in client.get("/admin/certification/posting/").content.decode()
        url = f"/admin/certification/deliveries/{delivery.pk}/resend/"
        assert client.get(url).status_code == 200
        client.force_login(other_hr)
        assert client.get(url).status_code == 404
        client.force_login(hr)
        assert client.post(url).status_code == 302
    finally:
        app.conf.task_eager_propagates = propagates
    delivery.refresh_from_db()
    assert len(delivery.log) > 8  # a second series of tries


def test_an_editor_sets_what_a_programme_requires(client, editor, programme):
    ProgrammeCertification.objects.all().delete()
    Requirement.objects.all().delete()
    client.force_login(editor)
    response = client.post(
        "/admin/certification/programmes/new/",
        {
            "programme": programme.pk,
            "certification_name": "Ambassadeur",
            "description": "",
            "requirement_kinds": ["charter", "ready_drafts"],
            "ready_drafts": 3,
            "validity_months": 24,
            "reminder_days": 30,
            "auto_issue": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    kinds, minimum = programme_requirements_get(programme=programme)
    assert kinds == ["charter", "ready_drafts"]
    assert minimum == 3
    programme_requirements_set(programme=programme, kinds=["ready_drafts"], ready_drafts=0)
    assert list(Requirement.objects.all()) == [ReadyDraftsRequirement.objects.get(minimum=0)]
