"""This part's entries of the permission matrix (tests/test_permission_matrix.py).

ROUTES: url name -> (method, {url kwarg: world id key}, expected outcome per role).
world_ids(): the objects those URLs need, built in the matrix's world (ids merged into it).
"""

ROUTES: dict = {}


def world_ids(*, people, organisation, other_organisation, ids) -> dict:
    return {}
