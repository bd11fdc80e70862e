"""The JSON API: token authentication and scoping, the contract of each endpoint, JSON errors."""

import pytest

from lms.audit.models import AuditEntry
from lms.hr.models import ApiToken
from lms.hr.services import api_token_create, api_token_revoke

# The world is built once for the module (see conftest.world_once).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("world_once")]


@pytest.fixture
def token(world, organisation, hr):
    _token, raw = api_token_create(organisation=organisation, name="SIRH", created_by=hr)
    return raw


@pytest.fixture
def other_token(world, other_organisation, other_hr):
    _token, raw = api_token_create(
        organisation=other_organisation, name="SIRH", created_by=other_hr
    )
    return raw


def get(client, url, raw=None, **params):
    headers = {"Authorization": f"Bearer {raw}"} if raw else {}
    return client.get(url, params, headers=headers)


def test_the_token_is_stored_as_a_hash_only(token):
    stored = ApiToken.objects.get()
    assert token not in (stored.token_hash, stored.prefix)
    assert token.startswith(stored.prefix)
    assert len(stored.token_hash) == 64


def test_ambassadors_list_the_pipeline_of_the_tokens_organisation(client, token, world):
    response = get(client, "/api/v1/ambassadors", token)
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 9
    by_email = {item["email"]: item for item in body["items"]}
    assert "outsider@globex.example" not in by_email
    posting = by_email["posting@acme.example"]
    assert posting["step"] == "posting"
    assert posting["posting_state"] == "enrolled"
    assert posting["certificate_status"] == "valid"
    assert by_email["withdrawn@acme.example"]["withdrawn"] is True
    assert by_email["invited@acme.example"]["step"] == "invited"
    assert by_email["invited@acme.example"]["cohort"] is None


def test_ambassadors_are_paginated_and_filtered(client, token, world):
    first = get(client, "/api/v1/ambassadors", token, page_size=4).json()
    second = get(client, "/api/v1/ambassadors", token, page_size=4, page=3).json()
    assert (first["count"], len(first["items"]), len(second["items"])) == (9, 4, 1)
    certified = get(client, "/api/v1/ambassadors", token, step="certified").json()
    assert [item["email"] for item in certified["items"]] == ["certified@acme.example"]
    department = world.departments["communication"].pk
    assert get(client, "/api/v1/ambassadors", token, department_id=department).json()["count"] == 3


def test_a_token_never_reads_another_organisation(client, other_token, world):
    acme_person = world.people["posting"]
    assert get(client, f"/api/v1/ambassadors/{acme_person.pk}", other_token).status_code == 404
    emails = [i["email"] for i in get(client, "/api/v1/ambassadors", other_token).json()["items"]]
    assert emails == ["outsider@globex.example"]
    certificates = get(client, "/api/v1/certificates", other_token).json()["items"]
    assert {c["ambassador_id"] for c in certificates} == {world.people["outsider"].pk}
    cohorts = get(client, "/api/v1/cohorts", other_token).json()["items"]
    assert [c["name"] for c in cohorts] == ["Promotion Globex"]
    posting = get(client, "/api/v1/posting-enrolments", other_token).json()["items"]
    assert [p["ambassador_id"] for p in posting] == [world.people["outsider"].pk]


def test_one_ambassador(client, token, world):
    person = world.people["line"]
    body = get(client, f"/api/v1/ambassadors/{person.pk}", token).json()
    assert (body["id"], body["step"], body["department"]) == (person.pk, "line", "Ingénierie")


def test_cohorts_certificates_and_posting(client, token, world):
    cohort = get(client, "/api/v1/cohorts", token).json()["items"][0]
    assert (cohort["name"], cohort["seated"]) == ("Promotion Lumière", 8)
    certificates = get(client, "/api/v1/certificates", token).json()
    assert certificates["count"] == 2
    assert {c["status"] for c in certificates["items"]} == {"valid"}
    posting = get(client, "/api/v1/posting-enrolments", token).json()
    assert posting["items"][0]["state"] == "enrolled"


def test_funnel_figures(client, token, world):
    body = get(client, "/api/v1/funnel", token).json()
    assert [step["count"] for step in body["steps"]] == [9, 8, 6, 5, 4, 3, 2, 1]
    assert body["withdrawn"] == 1


@pytest.mark.parametrize("header", [None, "Bearer aa_wrong", "Token abc", "Bearer "])
def test_no_or_bad_token_is_401_in_json(client, world, header):
    headers = {"Authorization": header} if header else {}
    response = client.get("/api/v1/ambassadors", headers=headers)
    assert response.status_code == 401
    assert response["Content-Type"].startswith("application/json")
    assert "Authorization: Bearer" in response.json()["detail"]
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_a_session_is_not_a_token(client, world, hr):
    client.force_login(hr)
    assert client.get("/api/v1/ambassadors").status_code == 401


def test_a_revoked_token_stops_working_at_once(client, world, organisation, hr):
    stored, raw = api_token_create(organisation=organisation, name="SIRH", created_by=hr)
    assert get(client, "/api/v1/cohorts", raw).status_code == 200
    api_token_revoke(token=stored, revoked_by=hr)
    assert get(client, "/api/v1/cohorts", raw).status_code == 401


def test_creation_revocation_and_use_are_audited_use_once_an_hour(client, world, organisation, hr):
    stored, raw = api_token_create(organisation=organisation, name="SIRH", created_by=hr)
    for _ in range(3):
        get(client, "/api/v1/cohorts", raw)
    api_token_revoke(token=stored, revoked_by=hr)
    actions = list(
        AuditEntry.objects.filter(target_type="hr.apitoken").values_list("action", flat=True)
    )
    assert sorted(actions) == ["api_token.create", "api_token.revoke", "api_token.use"]
    stored.refresh_from_db()
    assert stored.last_used_at is not None


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"page": 0}, "page"),
        ({"page": 10**12}, "page"),
        ({"page_size": 500}, "page_size"),
        ({"step": "astronaut"}, "step"),
        ({"department_id": "abc"}, "department_id"),
        ({"invited_from": "2024-13-45"}, "invited_from"),
    ],
)
def test_invalid_parameters_are_422_with_the_field(client, token, params, field):
    response = get(client, "/api/v1/ambassadors", token, **params)
    assert response.status_code == 422
    body = response.json()
    assert body["detail"]
    assert any(field in error["loc"] for error in body["errors"])


def test_unknown_things_are_404_in_json(client, token):
    for url in ("/api/v1/ambassadors/999999", "/api/v1/nothing-here", "/api/v1/"):
        response = get(client, url, token)
        assert response.status_code == 404, url
        assert response.json()["detail"]


def test_a_wrong_method_is_405_in_json(client, token):
    response = client.post("/api/v1/ambassadors", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 405
    assert "GET" in response.json()["detail"]


def test_schema_and_docs_need_no_cdn(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert {"/api/v1/ambassadors", "/api/v1/cohorts", "/api/v1/certificates"} <= set(
        schema["paths"]
    )
    docs = client.get("/api/v1/docs").content.decode()
    assert "cdn" not in docs.lower()
    assert "/static/ninja/swagger-ui-bundle.js" in docs


@pytest.mark.parametrize("role", ["ambassador", "trainer", "coach", "hr", "other_hr", "editor"])
def test_every_session_gets_401(client, world, role, request):
    from django.urls import reverse

    from .permission_routes import API_ENDPOINTS

    client.force_login(request.getfixturevalue(role))
    ids = {"ambassador_id": world.people["posting"].pk}
    for name, kwargs in API_ENDPOINTS.items():
        url = reverse(name, kwargs={key: ids[value] for key, value in kwargs.items()})
        assert client.get(url).status_code == 401, url
