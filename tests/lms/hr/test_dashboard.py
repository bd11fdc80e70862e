"""The HR dashboard in the Wagtail admin: who may open it, what it shows, its filters, charts and
the reminders to stalled ambassadors."""

import datetime

import pytest

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from lms.audit.models import AuditEntry
from lms.hr.models import StalledReminder
from lms.models import User

# The world is built once for the module (see conftest.world_once).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("world_once")]


def test_hr_sees_the_funnel_of_their_organisation(client, world, hr):
    client.force_login(hr)
    response = client.get(reverse("hr_dashboard"))
    assert response.status_code == 200
    funnel = response.context["funnel"]
    assert funnel.invited == 9
    assert [step.count for step in funnel.steps] == [9, 8, 6, 5, 4, 3, 2, 1]
    assert "outsider@globex.example" not in response.content.decode()


def test_the_filters_narrow_the_figures(client, world, hr):
    client.force_login(hr)
    department = world.departments["communication"].pk
    response = client.get(reverse("hr_dashboard"), {"department": department})
    assert response.context["funnel"].invited == 3


def test_a_department_of_another_organisation_is_not_a_choice(client, world, hr, other_hr):
    from lms.factories import DepartmentFactory

    foreign = DepartmentFactory(organisation=other_hr.organisation)
    client.force_login(hr)
    response = client.get(reverse("hr_dashboard"), {"department": foreign.pk})
    assert response.context["funnel"].invited == 9  # ignored, still their own organisation
    assert response.context["form"].errors


def test_editors_see_every_organisation_and_may_choose_one(client, world, editor, other_hr):
    client.force_login(editor)
    assert client.get(reverse("hr_dashboard")).context["funnel"].invited == 10
    only = client.get(reverse("hr_dashboard"), {"organisation": other_hr.organisation_id})
    assert only.context["funnel"].invited == 1


@pytest.mark.parametrize("role", ["ambassador", "trainer", "coach"])
def test_other_roles_may_not_open_it(client, world, role, request):
    client.force_login(request.getfixturevalue(role))
    for name in ("hr_dashboard", "hr_ambassadors", "hr_exports", "hr_tokens"):
        response = client.get(reverse(name))
        # Wagtail sends admin users it refuses back to the admin home with a message.
        assert response.status_code in (302, 403), name
        if response.status_code == 302:
            assert response["Location"] in ("/admin/", "/accounts/login/?next=" + reverse(name))


def test_charts_are_svg_with_a_title_and_a_table(client, world, hr):
    client.force_login(hr)
    html = client.get(reverse("hr_dashboard")).content.decode()
    assert html.count('<svg xmlns="http://www.w3.org/2000/svg" role="img"') == 4
    assert html.count('<title id="hr-chart-') == 4
    assert "Show the figures as a table" in html or "Afficher les chiffres" in html
    assert "cdn" not in html.lower()


def test_charts_are_translated(client, world, hr):
    hr.language = "en"
    hr.save()
    client.force_login(hr)
    html = client.get(reverse("hr_dashboard"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    client.cookies["aa_language"] = "fr"
    french = client.get(reverse("hr_dashboard"), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Onboarding funnel" in html
    assert "Entonnoir" in french


def test_the_home_panel_shows_the_funnel(client, world, hr):
    client.force_login(hr)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="hr-funnel' in html


def _stall_everyone(organisation):
    User.objects.filter(organisation=organisation).update(
        date_joined=timezone.now() - datetime.timedelta(days=60)
    )


def test_stalled_people_are_listed_with_a_reminder(client, world, hr, organisation):
    _stall_everyone(organisation)
    client.force_login(hr)
    response = client.get(reverse("hr_dashboard"), {"stalled_days": 14})
    assert [row.email for row in response.context["stalled"]] == ["invited@acme.example"]
    assert reverse("hr_remind", args=[world.people["invited"].pk]) in response.content.decode()


def test_a_reminder_is_confirmed_then_sent_once_per_click(
    client, world, hr, django_capture_on_commit_callbacks
):
    person = world.people["invited"]
    client.force_login(hr)
    url = reverse("hr_remind", args=[person.pk])
    page = client.get(url)
    assert page.status_code == 200
    key = page.context["form"]["request_key"].value()
    with_key = {"request_key": key}
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, with_key).status_code == 302
        assert client.post(url, with_key).status_code == 302  # the same click, posted twice
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [person.email]
    assert StalledReminder.objects.filter(ambassador=person).count() == 1
    assert AuditEntry.objects.filter(action="reminder.send", subject=person).count() == 1


def test_nobody_reminds_someone_of_another_organisation(client, world, other_hr):
    client.force_login(other_hr)
    url = reverse("hr_remind", args=[world.people["invited"].pk])
    assert client.get(url).status_code == 404
    assert (
        client.post(url, {"request_key": "5b0c4a55-0b5e-4d7e-9a3c-1d1bb9a1e0a1"}).status_code == 404
    )


def test_the_personal_dashboard_of_hr_shows_the_funnel(client, world, hr, ambassador):
    client.force_login(hr)
    html = client.get(reverse("dashboard")).content.decode()
    assert 'id="hr-panel-title"' in html
    assert reverse("hr_dashboard") in html
    client.force_login(ambassador)
    assert 'id="hr-panel-title"' not in client.get(reverse("dashboard")).content.decode()


def test_the_admin_menu_offers_hr_onboarding_to_hr_only(client, world, hr, trainer):
    client.force_login(hr)
    assert reverse("hr_ambassadors") in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(trainer)
    assert (
        reverse("hr_ambassadors") not in client.get(reverse("wagtailadmin_home")).content.decode()
    )
