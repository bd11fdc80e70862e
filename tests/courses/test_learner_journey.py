import re

import pytest

from django.urls import reverse

from courses.models import LessonCompletion
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def _progress_values(html: str) -> list[int]:
    return [int(value) for value in re.findall(r'aria-valuenow="(\d+)"', html)]


def _continue_href(html: str) -> str:
    match = re.search(r'<a class="button" href="([^"]+)" data-continue>', html)
    assert match, "no continue link"
    return match.group(1)


def test_ambassador_completes_lessons_and_continues_after_logging_in_again(
    client, learner, programme, lessons1
):
    response = client.post(reverse("login"), {"username": learner.email, "password": PASSWORD})
    assert response.status_code == 302

    session = client.get("/fr/programme/session-1/")
    assert session.status_code == 200
    assert _progress_values(session.content.decode()) == [0]
    first = client.get(lessons1[0].url)
    assert first.status_code == 200
    assert lessons1[0].title in first.content.decode()

    response = client.post(lessons1[0].url, {"action": "complete"})
    assert response.status_code == 302
    assert response["Location"] == lessons1[1].url
    client.post(lessons1[1].url, {"action": "complete"})

    session_html = client.get("/fr/programme/session-1/").content.decode()
    assert _progress_values(session_html) == [67]
    programme_html = client.get("/fr/programme/").content.decode()
    # The programme bar counts the lessons of all four sessions: 2 of 12.
    assert _progress_values(programme_html)[0] == 17

    client.post(reverse("logout"))
    client.post(reverse("login"), {"username": learner.email, "password": PASSWORD})
    dashboard = client.get(reverse("dashboard")).content.decode()
    assert _continue_href(dashboard) == lessons1[2].url
    assert _continue_href(client.get("/fr/programme/").content.decode()) == lessons1[2].url
    assert "Continuer là où je me suis arrêté" in dashboard  # French UI


def test_completing_twice_records_once(client, learner, lessons1):
    client.force_login(learner)
    client.post(lessons1[0].url, {"action": "complete"})
    first_time = LessonCompletion.objects.get().completed_at
    client.post(lessons1[0].url, {"action": "complete"})
    assert LessonCompletion.objects.count() == 1
    assert LessonCompletion.objects.get().completed_at == first_time
