import pytest

from django.urls import reverse

from courses.models import LessonCompletion
from lms.factories import UserFactory
from lms.models import Role

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


def test_lessons_of_a_locked_session_are_refused(client, ambassador, programme):
    session3 = programme.sessions.get(number=3)
    lesson = session3.lessons.first()
    client.force_login(ambassador)
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


def test_a_session_opens_on_its_opening_date(client, ambassador, programme):
    from datetime import timedelta

    from django.utils import timezone

    session3 = programme.sessions.get(number=3)
    session3.opens_at = timezone.now() - timedelta(minutes=1)
    session3.save()
    client.force_login(ambassador)
    assert client.get(session3.lessons.first().url).status_code == 200
