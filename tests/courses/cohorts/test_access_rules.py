import datetime

import pytest

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from courses.cohorts.factories import CohortFactory
from courses.cohorts.selectors import cohort_session_open_for, cohort_sessions_open_for
from courses.cohorts.services import enrolment_invite
from courses.models import EnrolmentState
from lms.factories import AmbassadorFactory, UserFactory
from lms.models import Role

from .conftest import members


def test_session_opens_for_a_member_on_the_day_their_cohort_meets(cohort, schedule, sessions):
    (enrolment,) = members(cohort, 1)
    schedule[1].date = timezone.localdate()
    schedule[1].save()

    assert cohort_session_open_for(user=enrolment.user, session=sessions[1]) is True
    assert cohort_session_open_for(user=enrolment.user, session=sessions[2]) is False


def test_session_opening_is_none_outside_any_cohort(ambassador, sessions, cohort, schedule):
    members(cohort, 1, state=EnrolmentState.INVITED)
    assert cohort_session_open_for(user=ambassador, session=sessions[1]) is None


def test_nobody_from_another_organisation_can_be_invited(cohort, other_organisation):
    stranger = AmbassadorFactory(organisation=other_organisation)
    with pytest.raises(ValidationError):
        enrolment_invite(cohort=cohort, user=stranger)


def test_import_page_reports_row_errors_and_imports_nothing(client, trainer, cohort):
    client.force_login(trainer)
    upload = SimpleUploadedFile(
        "people.csv",
        b"email;first_name;last_name;department;language\nbad;A;B;;fr\n",
        content_type="text/csv",
    )

    response = client.post(reverse("courses:cohorts:import", args=[cohort.pk]), {"file": upload})

    assert response.status_code == 200
    assert "Line 2" in response.content.decode() or "Ligne 2" in response.content.decode()
    assert not cohort.enrolments.exists()


def test_import_page_refuses_a_file_that_is_not_csv(client, trainer, cohort):
    client.force_login(trainer)
    upload = SimpleUploadedFile("people.xlsx", b"PK\x03\x04", content_type="application/zip")
    response = client.post(reverse("courses:cohorts:import", args=[cohort.pk]), {"file": upload})
    assert response.status_code == 200
    assert response.context["form"].errors["file"]


def test_import_page_is_404_for_another_trainer(client, cohort):
    client.force_login(UserFactory(organisation=None, roles=[Role.TRAINER]))
    assert client.get(reverse("courses:cohorts:import", args=[cohort.pk])).status_code == 404


def test_trainer_list_shows_only_their_cohorts(client, trainer, cohort, programme, organisation):
    CohortFactory(organisation=organisation, programme=programme, name="Promotion B")
    client.force_login(trainer)
    html = client.get(reverse("courses:cohorts:trainer_cohorts")).content.decode()
    assert "Promotion A" in html and "Promotion B" not in html


def test_ambassador_cannot_open_the_trainer_list(client, ambassador):
    client.force_login(ambassador)
    assert client.get(reverse("courses:cohorts:trainer_cohorts")).status_code == 403


def test_ambassador_cannot_confirm_someone_elses_enrolment(client, cohort, ambassador):
    (enrolment,) = members(cohort, 1, state=EnrolmentState.INVITED)
    client.force_login(ambassador)
    assert client.post(reverse("courses:cohorts:confirm", args=[enrolment.pk])).status_code == 404


def test_withdrawal_page_asks_before_leaving(client, cohort, schedule):
    (enrolment,) = members(cohort, 1)
    client.force_login(enrolment.user)
    url = reverse("courses:cohorts:withdraw", args=[enrolment.pk])
    assert client.get(url).status_code == 200
    enrolment.refresh_from_db()
    assert enrolment.state == EnrolmentState.CONFIRMED
    client.post(url)
    enrolment.refresh_from_db()
    assert enrolment.state == EnrolmentState.WITHDRAWN


def test_batch_opening_answers_for_every_session_in_two_queries(
    cohort, schedule, sessions, django_assert_num_queries
):
    (enrolment,) = members(cohort, 1)
    schedule[1].date = timezone.localdate() - datetime.timedelta(days=1)
    schedule[1].save()
    with django_assert_num_queries(2):
        opened = cohort_sessions_open_for(user=enrolment.user, sessions=list(sessions.values()))
    assert opened == {sessions[n].pk: n == 1 for n in (1, 2, 3, 4)}
