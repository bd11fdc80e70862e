"""This part's entries of the permission matrix (tests/test_permission_matrix.py).

ROUTES: url name -> (method, {url kwarg: world id key}, expected outcome per role).
world_ids(): the objects those URLs need, built in the matrix's world (ids merged into it).
"""

ROLES = (
    "anonymous",
    "ambassador",
    "other_ambassador",
    "trainer",
    "other_trainer",
    "coach",
    "other_coach",
    "hr",
    "other_hr",
    "editor",
)


def _all(outcome):
    return dict.fromkeys(ROLES, outcome)


ROUTES: dict = {
    # Everyone who logs in has personal data to read and download.
    "privacy:home": ("get", {}, {**_all("ok"), "anonymous": "login"}),
    "privacy:export": ("post", {}, {**_all("ok"), "anonymous": "login"}),
    # HR of any organisation has the page, listing their own people only.
    "privacy:erase_choose": (
        "get",
        {},
        {**_all("deny"), "anonymous": "login", "hr": "ok", "other_hr": "ok"},
    ),
    "privacy:erase": (
        "get",
        {"user_id": "ambassador_id"},
        {**_all("deny"), "anonymous": "login", "hr": "ok"},
    ),
}


def world_ids(*, people, organisation, other_organisation, ids) -> dict:
    return {}
