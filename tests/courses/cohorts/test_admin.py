"""Cohorts in the Wagtail admin: scoped per trainer and organisation, saved through the services."""

import datetime

import pytest

from django.contrib.auth.models import Group, Permission
from django.core import mail

from courses.cohorts.factories import CohortFactory
from courses.models import CohortSession, CohortStatus

from .conftest import members

# What each role needs (to be installed by courses/roles.py); granted here for the tests.
PERMISSIONS = {
    "Trainers": [
        f"{action}_{model}"
        for model in ("cohort", "enrolment", "cohortsession", "attendance")
        for action in ("add", "change", "view")
    ]
    + ["view_sessionfeedback"],
    "HR": ["view_cohort", "view_enrolment", "view_cohortsession", "view_attendance"],
    "Editors": [
        f"{action}_{model}"
        for model in (
            "cohort",
            "enrolment",
            "cohortsession",
            "attendance",
            "sessionfeedback",
        )
        for action in ("add", "change", "delete", "view")
    ],
}


@pytest.fixture(autouse=True)
def cohort_permissions(db):
    for group_name, codenames in PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="courses", codename__in=codenames)
        )


@pytest.fixture
def foreign_cohort(other_organisation, programme):
    return CohortFactory(organisation=other_organisation, programme=programme, name="Globex 1")


def test_trainer_lists_only_the_cohorts_they_run(client, trainer, cohort, foreign_cohort):
    client.force_login(trainer)
    html = client.get("/admin/cohorts/").content.decode()
    assert "Promotion A" in html and "Globex 1" not in html
    assert client.get(f"/admin/cohorts/edit/{foreign_cohort.pk}/").status_code == 404


def test_hr_reads_their_organisations_cohorts_without_editing(client, hr, cohort, foreign_cohort):
    client.force_login(hr)
    html = client.get("/admin/cohorts/").content.decode()
    assert "Promotion A" in html and "Globex 1" not in html
    assert client.get(f"/admin/cohorts/inspect/{cohort.pk}/").status_code == 200
    assert client.get(f"/admin/cohorts/edit/{cohort.pk}/").status_code in (302, 403)


def test_editor_sees_every_cohort(client, editor, cohort, foreign_cohort):
    client.force_login(editor)
    html = client.get("/admin/cohorts/").content.decode()
    assert "Promotion A" in html and "Globex 1" in html


def test_starting_a_cohort_below_four_members_shows_an_error(client, trainer, cohort):
    members(cohort, 2)
    client.force_login(trainer)
    response = client.post(
        f"/admin/cohorts/edit/{cohort.pk}/",
        {
            "name": cohort.name,
            "organisation": cohort.organisation_id,
            "programme": cohort.programme_id,
            "trainers": [trainer.pk],
            "capacity": 8,
            "status": "running",
        },
    )
    assert response.status_code == 200
    assert "au moins 4 membres confirmés" in response.content.decode()
    cohort.refresh_from_db()
    assert cohort.status == CohortStatus.PLANNED


def test_scheduling_in_the_admin_warns_and_sends_the_calendar(
    client, trainer, cohort, sessions, django_capture_on_commit_callbacks
):
    members(cohort, 2)
    client.force_login(trainer)
    data = {
        "cohort": cohort.pk,
        "session": sessions[1].pk,
        "date": "2030-03-04",
        "starts_at": "09:00",
        "ends_at": "17:00",
        "mode": "remote",
        "place": "",
        "video_link": "https://visio.example.org/s1",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/cohort_sessions/new/", data, follow=True)

    assert response.status_code == 200
    scheduled = CohortSession.objects.get()
    assert scheduled.date == datetime.date(2030, 3, 4)
    texts = [str(m) for m in response.context["messages"]]
    assert any("2,5 à 4,5 h" in t for t in texts) and any("présentiel" in t for t in texts)
    assert len(mail.outbox) == 2


def test_trainer_cannot_schedule_for_a_cohort_they_do_not_run(
    client, trainer, foreign_cohort, sessions
):
    client.force_login(trainer)
    response = client.post(
        "/admin/cohort_sessions/new/",
        {
            "cohort": foreign_cohort.pk,
            "session": sessions[1].pk,
            "date": "2030-03-04",
            "starts_at": "09:00",
            "ends_at": "12:30",
            "mode": "in_person",
        },
    )
    assert response.status_code == 200
    assert not CohortSession.objects.exists()
