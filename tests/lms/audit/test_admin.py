"""The audit log in the Wagtail admin: scoped per organisation, filterable, exported with a
trace, and impossible to change from the site for every role."""

import datetime

import pytest

from django.utils import timezone

from lms.audit.models import AuditEntry
from lms.audit.services import audit_record
from lms.factories import AmbassadorFactory, UserFactory
from lms.models import Role

pytestmark = pytest.mark.django_db

INDEX = "/admin/audit/"


@pytest.fixture
def entries(ambassador, other_organisation):
    globex_person = AmbassadorFactory(organisation=other_organisation, last_name="Globexienne")
    return {
        "acme": audit_record(action="certificate.issue", subject=ambassador, target=ambassador),
        "globex": audit_record(
            action="certificate.revoke", subject=globex_person, target=globex_person
        ),
    }


def listing(client, user, query="", path=INDEX):
    client.force_login(user)
    response = client.get(path + query)
    assert response.status_code == 200
    return response.content.decode()


def results(client, user, query=""):
    """The table alone (without the filter form, which lists people and actions)."""
    return listing(client, user, query, path=INDEX + "results/")


def test_editors_see_every_organisations_entries(client, editor, entries, ambassador):
    html = listing(client, editor)
    assert ambassador.last_name in html and "Globexienne" in html


def test_hr_see_their_organisation_only_and_get_404_elsewhere(
    client, hr, other_hr, entries, ambassador
):
    html = listing(client, hr)
    assert ambassador.last_name in html and "Globexienne" not in html
    assert "Certificat révoqué" not in html  # not even among the actions to filter on
    assert client.get(f"{INDEX}inspect/{entries['acme'].pk}/").status_code == 200
    assert client.get(f"{INDEX}inspect/{entries['globex'].pk}/").status_code == 404
    html = listing(client, other_hr, f"?organisation={entries['acme'].organisation_id}")
    assert ambassador.last_name not in html


@pytest.mark.parametrize("role", [Role.AMBASSADOR, Role.TRAINER, Role.COACH])
def test_other_roles_cannot_open_the_log(client, entries, role):
    client.force_login(UserFactory(roles=[role]))
    response = client.get(INDEX)
    assert response.status_code in (302, 403)
    assert response.status_code != 302 or not response["Location"].startswith(INDEX)


def test_nobody_adds_changes_or_deletes_an_entry_not_even_a_superuser(client, editor, hr, entries):
    superuser = UserFactory(organisation=None, is_superuser=True, is_staff=True)
    entry = entries["acme"]
    for user in (superuser, editor, hr):
        client.force_login(user)
        assert client.get(INDEX).status_code == 200
        for url in (f"{INDEX}new/", f"{INDEX}edit/{entry.pk}/", f"{INDEX}delete/{entry.pk}/"):
            response = client.post(url, {"action": "forged"})
            assert response.status_code in (302, 403), url
            assert response.status_code == 403 or response["Location"] == "/admin/"
    entry.refresh_from_db()
    assert entry.action == "certificate.issue"
    assert AuditEntry.objects.filter(action="forged").count() == 0


def test_the_log_filters_by_action_person_and_dates(client, editor, entries, ambassador):
    html = results(client, editor, "?action=certificate.revoke")
    assert "Globexienne" in html and ambassador.last_name not in html
    html = results(client, editor, f"?subject={ambassador.pk}")
    assert ambassador.last_name in html and "Globexienne" not in html
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert ambassador.last_name not in results(client, editor, f"?at_from={tomorrow}")
    assert ambassador.last_name in results(client, editor, f"?at_to={tomorrow}")


def test_the_log_can_be_searched(client, editor, entries, ambassador):
    html = results(client, editor, f"?q={ambassador.email}")
    assert ambassador.last_name in html and "Globexienne" not in html


def test_exporting_the_log_is_itself_recorded_and_scoped(client, hr, entries):
    client.force_login(hr)
    response = client.get(INDEX + "?export=csv&action=certificate.issue")
    body = b"".join(response.streaming_content).decode()
    assert "certificate.issue" in body and "certificate.revoke" not in body
    export = AuditEntry.objects.get(action="audit.export")
    assert export.actor == hr and export.organisation == hr.organisation
    assert export.data == {"format": "csv", "filters": {"action": "certificate.issue"}}


def test_history_and_usage_of_another_organisations_entry_reveal_nothing(
    client, other_hr, entries, ambassador
):
    client.force_login(other_hr)
    for view in ("history", "usage"):
        response = client.get(f"{INDEX}{view}/{entries['acme'].pk}/")
        assert response.status_code in (302, 403, 404), view
        assert ambassador.last_name not in response.content.decode()
