import pytest

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from lms.context_processors import navigation
from lms.models import User

pytestmark = pytest.mark.django_db


def _nav(user):
    request = RequestFactory().get("/")
    request.user = User.objects.get(pk=user.pk)
    with CaptureQueriesContext(connection) as queries:
        nav = navigation(request)["nav"]
    return nav, len(queries)


@pytest.mark.parametrize("role", ["hr", "trainer", "coach", "editor"])
def test_staff_roles_get_the_administration_link(request, role):
    nav, _queries = _nav(request.getfixturevalue(role))
    assert nav["admin"] is True


def test_an_ambassador_gets_no_administration_link_for_one_query(ambassador):
    nav, queries = _nav(ambassador)
    assert nav == {"authenticated": True, "admin": False, "ambassador": True}
    assert queries == 1  # the user's groups, which the page reads anyway


def test_the_header_links_to_the_administration_for_staff_only(client, ambassador, hr):
    client.force_login(hr)
    assert 'href="/admin/"' in client.get("/dashboard/").text
    client.force_login(ambassador)
    assert 'href="/admin/"' not in client.get("/dashboard/").text
