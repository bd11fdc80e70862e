"""Cohorts in the Wagtail admin: scoped per trainer and organisation, saved through the services."""

import datetime

import pytest

from django.contrib.auth.models import Group, Permission
from django.core import mail

from courses.cohorts.factories import CohortFactory
from courses.models import CohortSession, CohortStatus, EnrolmentState
from lms.audit.models import AuditEntry

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


# Actions behind a confirmation page ------------------------------------------------------------


def test_trainer_starts_their_cohort_after_confirming(client, trainer, cohort):
    members(cohort, 4)
    client.force_login(trainer)
    assert f"/admin/cohorts/start/{cohort.pk}/" in client.get("/admin/cohorts/").content.decode()
    page = client.get(f"/admin/cohorts/start/{cohort.pk}/")
    assert page.status_code == 200 and "Oui, la démarrer" in page.content.decode()
    cohort.refresh_from_db()
    assert cohort.status == CohortStatus.PLANNED  # asking changes nothing
    response = client.post(f"/admin/cohorts/start/{cohort.pk}/", follow=True)
    cohort.refresh_from_db()
    assert cohort.status == CohortStatus.RUNNING
    assert f"/admin/cohorts/finish/{cohort.pk}/" in response.content.decode()


def test_start_below_four_members_is_refused_with_the_reason(client, trainer, cohort):
    members(cohort, 3)
    client.force_login(trainer)
    response = client.post(f"/admin/cohorts/start/{cohort.pk}/", follow=True)
    assert "au moins 4 membres confirmés" in response.content.decode()
    cohort.refresh_from_db()
    assert cohort.status == CohortStatus.PLANNED


def test_trainer_finishes_their_cohort_and_members_complete_it(client, trainer, cohort, schedule):
    members(cohort, 4)
    for number, cohort_session in schedule.items():
        cohort_session.date = datetime.date.today() - datetime.timedelta(days=40 - 7 * number)
        cohort_session.save()
    cohort.status = CohortStatus.RUNNING
    cohort.save()
    client.force_login(trainer)
    assert client.get(f"/admin/cohorts/finish/{cohort.pk}/").status_code == 200
    client.post(f"/admin/cohorts/finish/{cohort.pk}/")
    cohort.refresh_from_db()
    assert cohort.status == CohortStatus.FINISHED
    assert set(cohort.enrolments.values_list("state", flat=True)) == {EnrolmentState.COMPLETED}


def test_only_the_cohorts_trainers_and_editors_reach_its_actions(
    client, trainer, hr, editor, cohort, foreign_cohort
):
    members(foreign_cohort, 4)
    client.force_login(trainer)
    assert client.get(f"/admin/cohorts/start/{foreign_cohort.pk}/").status_code == 404
    assert client.post(f"/admin/cohorts/start/{foreign_cohort.pk}/").status_code == 404
    client.force_login(hr)
    assert client.get(f"/admin/cohorts/start/{cohort.pk}/").status_code == 404
    assert "/admin/cohorts/start/" not in client.get("/admin/cohorts/").content.decode()
    client.force_login(editor)
    client.post(f"/admin/cohorts/start/{foreign_cohort.pk}/")
    foreign_cohort.refresh_from_db()
    assert foreign_cohort.status == CohortStatus.RUNNING


def test_trainer_confirms_an_invitation_on_someones_behalf_within_capacity(client, trainer, cohort):
    members(cohort, 7)
    first, second = members(cohort, 2, state=EnrolmentState.INVITED, confirmed_at=None)
    client.force_login(trainer)
    html = client.get("/admin/cohort_enrolments/").content.decode()
    assert f"/admin/cohort_enrolments/confirm/{first.pk}/" in html
    assert client.get(f"/admin/cohort_enrolments/confirm/{first.pk}/").status_code == 200
    client.post(f"/admin/cohort_enrolments/confirm/{first.pk}/")
    response = client.post(f"/admin/cohort_enrolments/confirm/{second.pk}/", follow=True)
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.state == EnrolmentState.CONFIRMED
    assert second.state == EnrolmentState.WAITLISTED  # the eighth seat was the last one
    assert "liste d’attente" in response.content.decode()
    assert AuditEntry.objects.filter(action="enrolment.confirm", actor=trainer).count() == 2
    # A confirmed seat cannot be confirmed again through the action.
    assert client.get(f"/admin/cohort_enrolments/confirm/{first.pk}/").status_code == 404


def test_withdrawing_on_someones_behalf_promotes_the_first_waitlisted(
    client, trainer, cohort, django_capture_on_commit_callbacks
):
    seated = members(cohort, 8)
    (waiting,) = members(cohort, 1, state=EnrolmentState.WAITLISTED, confirmed_at=None)
    client.force_login(trainer)
    assert client.get(f"/admin/cohort_enrolments/withdraw/{seated[0].pk}/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/cohort_enrolments/withdraw/{seated[0].pk}/")
    seated[0].refresh_from_db()
    waiting.refresh_from_db()
    assert seated[0].state == EnrolmentState.WITHDRAWN
    assert waiting.state == EnrolmentState.CONFIRMED
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [waiting.user.email, seated[0].user.email]
    )
    (told,) = [m for m in mail.outbox if m.to == [seated[0].user.email]]
    assert trainer.get_full_name() in told.body and cohort.name in told.subject
    assert "de l’équipe de formation, vous a retiré·e" in told.body  # in their language
    entry = AuditEntry.objects.get(action="enrolment.withdraw")
    assert (entry.actor, entry.subject, entry.organisation) == (
        trainer,
        seated[0].user,
        cohort.organisation,
    )


def test_a_withdrawal_on_someones_behalf_takes_the_sessions_out_of_their_calendar(
    client, trainer, cohort, schedule, django_capture_on_commit_callbacks
):
    from .test_calendar import calendar_of, events

    (seated,) = members(cohort, 1)
    client.force_login(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/cohort_enrolments/withdraw/{seated.pk}/")
    (told,) = mail.outbox
    calendar = calendar_of(told)
    assert calendar["METHOD"] == "CANCEL"
    assert len(events(calendar)) == cohort.sessions.count() > 0


def test_another_trainer_cannot_act_on_an_enrolment(client, trainer, foreign_cohort):
    (enrolment,) = members(foreign_cohort, 1, state=EnrolmentState.INVITED, confirmed_at=None)
    client.force_login(trainer)
    for action in ("confirm", "withdraw"):
        url = f"/admin/cohort_enrolments/{action}/{enrolment.pk}/"
        assert client.get(url).status_code == 404
        assert client.post(url).status_code == 404
    enrolment.refresh_from_db()
    assert enrolment.state == EnrolmentState.INVITED
