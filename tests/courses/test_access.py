import pytest

from django.urls import reverse

from courses.cohorts.factories import CohortFactory, EnrolmentFactory
from courses.factories import ProgrammePageFactory
from courses.models import CohortStatus, EnrolmentState, LessonCompletion
from courses.selectors import can_follow_programme
from lms.factories import UserFactory
from lms.models import Role
from tests.courses.conftest import seat_give

pytestmark = pytest.mark.django_db


def test_anonymous_sees_only_the_presentation(client, programme, session1, lessons1):
    response = client.get("/fr/programme/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Objectifs de la session 1" in html and "Objectifs de la session 4" in html
    assert f'href="{reverse("login")}?next=/fr/programme/"' in html
    assert session1.url not in html
    assert lessons1[0].title not in html
    assert "aria-valuenow" not in html


def test_anonymous_is_sent_to_login_for_sessions_and_lessons(client, session1, lessons1):
    for url in (session1.url, lessons1[0].url):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == f"{reverse('login')}?next={url}"


def test_a_user_without_a_programme_role_is_refused(client, hr, programme, lessons1):
    client.force_login(hr)
    assert client.get(lessons1[0].url).status_code == 403
    assert "aria-valuenow" not in client.get("/fr/programme/").content.decode()


def test_lessons_of_a_locked_session_are_refused(client, learner, programme):
    session3 = programme.sessions.get(number=3)
    lesson = session3.lessons.first()
    client.force_login(learner)
    assert client.get(lesson.url).status_code == 403
    response = client.post(lesson.url, {"action": "complete"})
    assert response.status_code == 403
    assert not LessonCompletion.objects.exists()
    session_html = client.get(session3.url).content.decode()
    assert lesson.title in session_html and lesson.url not in session_html


@pytest.mark.parametrize("role", [Role.TRAINER, Role.COACH, Role.EDITOR])
def test_staff_open_every_session(client, programme, role):
    client.force_login(UserFactory(organisation=None, roles=[role]))
    lesson = programme.sessions.get(number=4).lessons.first()
    assert client.get(lesson.url).status_code == 200


def test_a_session_opens_on_its_opening_date(client, learner, programme):
    from datetime import timedelta

    from django.utils import timezone

    session3 = programme.sessions.get(number=3)
    session3.opens_at = timezone.now() - timedelta(minutes=1)
    session3.save()
    client.force_login(learner)
    assert client.get(session3.lessons.first().url).status_code == 200


def test_an_ambassador_without_a_cohort_is_told_how_to_join_one(
    client, ambassador, programme, session1, lessons1
):
    client.force_login(ambassador)
    for url in (session1.url, lessons1[0].url):
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 403
        assert "Rejoindre une promotion pour suivre le programme" in html
        assert "Demandez à votre contact RH ou à votre formateur" in html
        assert lessons1[0].title not in html
    response = client.post(lessons1[0].url, {"action": "complete"})
    assert response.status_code == 403 and not LessonCompletion.objects.exists()
    html = client.get(programme.url).content.decode()
    assert "aria-valuenow" not in html and session1.url not in html
    assert "Rejoindre une promotion pour suivre le programme" in html
    dashboard = client.get(reverse("dashboard")).content.decode()
    assert "Rejoindre une promotion pour suivre le programme" in dashboard


def test_an_invited_ambassador_is_asked_to_confirm_their_seat(
    client, ambassador, programme, lessons1
):
    """An invitation is not a seat yet: the capacity counts confirmed members only, so the
    lessons open when the ambassador confirms."""
    seat_give(ambassador, programme, state=EnrolmentState.INVITED, confirmed_at=None)
    client.force_login(ambassador)
    response = client.get(lessons1[0].url)
    assert response.status_code == 403
    html = response.content.decode()
    assert "Confirmer ma place" in html and reverse("courses:cohorts:mine") in html


def test_a_waitlisted_ambassador_is_told_to_wait_for_a_seat(
    client, ambassador, programme, lessons1
):
    seat_give(ambassador, programme, state=EnrolmentState.WAITLISTED, confirmed_at=None)
    client.force_login(ambassador)
    response = client.get(lessons1[0].url)
    assert response.status_code == 403
    assert "liste d’attente" in response.content.decode()


@pytest.mark.parametrize(
    ("state", "cohort_status", "follows"),
    [
        (EnrolmentState.CONFIRMED, CohortStatus.PLANNED, True),
        (EnrolmentState.CONFIRMED, CohortStatus.RUNNING, True),
        (EnrolmentState.COMPLETED, CohortStatus.FINISHED, True),
        (EnrolmentState.INVITED, CohortStatus.RUNNING, False),
        (EnrolmentState.WAITLISTED, CohortStatus.RUNNING, False),
        (EnrolmentState.WITHDRAWN, CohortStatus.RUNNING, False),
        (EnrolmentState.CONFIRMED, CohortStatus.CANCELLED, False),
    ],
)
def test_who_follows_the_programme_depends_on_their_seat(
    ambassador, programme, state, cohort_status, follows
):
    cohort = CohortFactory(
        organisation=ambassador.organisation, programme=programme, status=cohort_status
    )
    EnrolmentFactory(cohort=cohort, user=ambassador, state=state)
    assert can_follow_programme(ambassador, programme=programme) is follows


def test_a_seat_in_another_programme_does_not_open_this_one(client, ambassador, site, programme):
    other = ProgrammePageFactory(parent=site, slug="autre-programme")
    seat_give(ambassador, other)
    assert not can_follow_programme(ambassador, programme=programme)
    client.force_login(ambassador)
    lesson = programme.sessions.get(number=1).lessons.first()
    assert client.get(lesson.url).status_code == 403


def test_a_learner_follows_the_programme_in_every_language(client, learner, programme):
    from courses.factories import page_translate

    page_translate(programme, language="en")
    english = page_translate(programme.sessions.get(number=1), language="en")
    client.force_login(learner)
    assert client.get(english.url).status_code == 200
