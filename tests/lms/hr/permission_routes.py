"""This part's entries of the permission matrix (tests/test_permission_matrix.py).

ROUTES: url name -> (method, {url kwarg: world id key}, expected outcome per role).
world_ids(): the objects those URLs need, built in the matrix's world (ids merged into it).

The HR pages live in the Wagtail admin (tests/lms/hr/test_dashboard.py, test_exports.py). The
JSON API takes a token, never a session: every role's session is refused (401, see
test_api.py::test_every_session_gets_401), while its schema and docs are public.
"""

ROLES = (
    "anonymous",
    "ambassador",
    "other_ambassador",
    "trainer",
    "coach",
    "other_coach",
    "hr",
    "other_hr",
    "editor",
)


def _all(outcome):
    return dict.fromkeys(ROLES, outcome)


API_ENDPOINTS = {
    "hr:api:ambassadors": {},
    "hr:api:ambassador": {"ambassador_id": "ambassador_id"},
    "hr:api:funnel": {},
    "hr:api:cohorts": {},
    "hr:api:certificates": {},
    "hr:api:posting_enrolments": {},
}

ROUTES: dict = {
    "hr:api:openapi-json": ("get", {}, _all("ok")),
    "hr:api:openapi-view": ("get", {}, _all("ok")),
    "hr:api:api-root": ("get", {}, _all("deny")),
    "hr:api_not_found": ("get", {"rest": "api_missing_path"}, _all("deny")),
    **{name: ("get", kwargs, _all("deny")) for name, kwargs in API_ENDPOINTS.items()},
}


def world_ids(*, people, organisation, other_organisation, ids) -> dict:
    return {"api_missing_path": "nothing-here"}
