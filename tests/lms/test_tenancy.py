"""The tenant boundary: an HR user never reads another organisation's data."""

import pytest

from lms.factories import AmbassadorFactory, DepartmentFactory
from lms.models import Role
from lms.selectors import people_visible_to

pytestmark = pytest.mark.django_db


@pytest.fixture
def globex_ambassador(other_organisation):
    return AmbassadorFactory(organisation=other_organisation, email="amb@globex.example")


def test_hr_lists_only_people_of_their_organisation(client, hr, ambassador, globex_ambassador):
    client.force_login(hr)
    response = client.get("/admin/people/")
    assert response.status_code == 200
    html = response.content.decode()
    assert ambassador.email in html
    assert globex_ambassador.email not in html


def test_hr_gets_404_for_a_person_of_another_organisation(client, hr, globex_ambassador):
    client.force_login(hr)
    for url in (
        f"/admin/people/inspect/{globex_ambassador.pk}/",
        f"/admin/people/edit/{globex_ambassador.pk}/",
        f"/admin/people/delete/{globex_ambassador.pk}/",
    ):
        response = client.get(url)
        # 404 when the row is out of scope; Wagtail's permission redirect when the action is.
        assert response.status_code in (302, 403, 404), url
        assert response.status_code != 302 or response["Location"] == "/admin/"
        assert globex_ambassador.email not in response.content.decode()


def test_hr_gets_404_for_a_department_of_another_organisation(client, hr, other_organisation):
    department = DepartmentFactory(organisation=other_organisation, name="Secret lab")
    client.force_login(hr)
    assert client.get(f"/admin/departments/edit/{department.pk}/").status_code == 404
    assert "Secret lab" not in client.get("/admin/departments/").content.decode()


def test_hr_sees_only_their_own_organisation(client, hr, other_organisation):
    client.force_login(hr)
    html = client.get("/admin/organisations/").content.decode()
    assert "Acme" in html
    assert "Globex" not in html
    url = f"/admin/organisations/inspect/{other_organisation.pk}/"
    assert client.get(url).status_code in (403, 404)


def test_ambassador_cannot_open_the_admin(client, ambassador):
    client.force_login(ambassador)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_people_visible_to_is_deny_by_default(trainer, ambassador):
    assert not people_visible_to(viewer=trainer).exists()


def test_editor_sees_everyone(editor, ambassador, globex_ambassador):
    assert set(people_visible_to(viewer=editor)) >= {ambassador, globex_ambassador}


def test_roles_come_from_groups(hr):
    assert hr.has_role(Role.HR)
    assert not hr.has_role(Role.TRAINER)
