"""API tokens in the admin: created for HR's own organisation and shown once, listed by their
prefix only, revoked after a confirmation; another organisation's tokens are out of reach."""

import pytest

from django.urls import reverse

from lms.audit.models import AuditEntry
from lms.hr.models import ApiToken
from lms.hr.services import api_token_create

pytestmark = pytest.mark.django_db


def test_hr_creates_a_token_for_their_organisation_and_sees_it_once(client, hr, organisation):
    client.force_login(hr)
    response = client.post(reverse("hr_token_create"), {"name": "SIRH Workday"})
    assert response.status_code == 200
    raw = response.context["raw"]
    token = ApiToken.objects.get()
    assert (token.organisation, token.created_by, token.name) == (organisation, hr, "SIRH Workday")
    assert raw in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    listing = client.get(reverse("hr_tokens")).content.decode()
    assert raw not in listing
    assert token.prefix in listing
    assert (
        client.get("/api/v1/cohorts", headers={"Authorization": f"Bearer {raw}"}).status_code == 200
    )
    assert AuditEntry.objects.filter(action="api_token.create", actor=hr).exists()


def test_hr_cannot_pick_another_organisation(client, hr, other_organisation):
    client.force_login(hr)
    client.post(reverse("hr_token_create"), {"name": "SIRH", "organisation": other_organisation.pk})
    assert ApiToken.objects.get().organisation == hr.organisation


def test_editors_choose_the_organisation(client, editor, other_organisation):
    client.force_login(editor)
    client.post(reverse("hr_token_create"), {"name": "SIRH", "organisation": other_organisation.pk})
    assert ApiToken.objects.get().organisation == other_organisation


def test_a_name_is_required(client, hr):
    client.force_login(hr)
    response = client.post(reverse("hr_token_create"), {"name": ""})
    assert response.status_code == 200
    assert response.context["form"].errors["name"]
    assert not ApiToken.objects.exists()


def test_revoking_asks_first_then_revokes(client, hr, organisation):
    token, raw = api_token_create(organisation=organisation, name="SIRH", created_by=hr)
    client.force_login(hr)
    url = reverse("hr_token_revoke", args=[token.pk])
    assert client.get(url).status_code == 200
    token.refresh_from_db()
    assert token.revoked_at is None
    assert client.post(url).status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert (
        client.get("/api/v1/cohorts", headers={"Authorization": f"Bearer {raw}"}).status_code == 401
    )


def test_another_organisations_tokens_are_out_of_reach(client, hr, other_hr, other_organisation):
    token, _raw = api_token_create(
        organisation=other_organisation, name="Globex", created_by=other_hr
    )
    client.force_login(hr)
    assert "Globex" not in client.get(reverse("hr_tokens")).content.decode()
    assert client.post(reverse("hr_token_revoke", args=[token.pk])).status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None
