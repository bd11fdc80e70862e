"""This part's entries of the permission matrix (tests/test_permission_matrix.py).

ROUTES: url name -> (method, {url kwarg: world id key}, expected outcome per role).
world_ids(): the objects those URLs need, built in the matrix's world (ids merged into it).
"""

ROLES = (
    "anonymous",
    "ambassador",
    "other_ambassador",
    "trainer",
    "other_trainer",  # runs another cohort of the same organisation
    "coach",
    "other_coach",
    "hr",
    "other_hr",
    "editor",
)


def _all(outcome):
    return dict.fromkeys(ROLES, outcome)


def _only(*roles, otherwise="deny"):
    return {**_all(otherwise), "anonymous": "login", **dict.fromkeys(roles, "ok")}


ROUTES: dict = {
    "certification:verify": ("get", {"code": "certificate_code"}, _all("ok")),
    "certification:badge_issuer": ("get", {}, _all("ok")),
    "certification:badge_class": ("get", {"programme_id": "programme_id"}, _all("ok")),
    "certification:badge_image": ("get", {"programme_id": "programme_id"}, _all("ok")),
    "certification:badge_assertion": ("get", {"code": "certificate_code"}, _all("ok")),
    "certification:mine": ("get", {}, _only("ambassador", "other_ambassador")),
    "certification:pdf": ("get", {"pk": "certificate_id"}, _only("ambassador")),
    # Trainers see the people of their cohorts, HR their organisation, editors everyone.
    "certification:people": (
        "get",
        {},
        _only("trainer", "other_trainer", "hr", "other_hr", "editor"),
    ),
    "certification:person": ("get", {"user_id": "ambassador_id"}, _only("trainer", "hr", "editor")),
    # Issuing and revoking: the person's trainers and editors; HR follows without acting.
    "certification:person_issue": ("get", {"user_id": "ambassador_id"}, _only("trainer", "editor")),
    "certification:revoke": ("get", {"pk": "certificate_id"}, _only("trainer", "editor")),
    "certification:posting_export": ("get", {}, _only("hr", "other_hr")),
}


def world_ids(*, people, organisation, other_organisation, ids) -> dict:
    """A certificate of `ambassador` (in `trainer`'s cohort), issued by hand, with its PDF."""
    from courses.models import Cohort
    from lms.certification.services import certificate_issue, certificate_pdf_store

    programme_id = Cohort.objects.get(pk=ids["cohort_id"]).programme_id
    certificate = certificate_issue(user=people["ambassador"], actor=people["trainer"])
    certificate_pdf_store(certificate=certificate)
    return {
        "certificate_id": certificate.pk,
        "certificate_code": certificate.code,
        "programme_id": programme_id,
    }
