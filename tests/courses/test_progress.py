import pytest

from wagtail.models import Locale

from courses.factories import page_translate
from courses.models import LessonCompletion
from courses.selectors import programme_progress, session_is_open

pytestmark = pytest.mark.django_db


def test_progress_survives_editing_and_republishing_a_lesson(client, learner, programme, lessons1):
    client.force_login(learner)
    client.post(lessons1[0].url, {"action": "complete"})
    lesson = lessons1[0]
    lesson.title = "Un nouveau titre"
    lesson.body = [{"type": "text", "value": "<p>Réécrit</p>"}]
    lesson.save_revision().publish()
    progress = programme_progress(user=learner, programme=programme)
    assert progress.sessions[0].lessons[0].done
    assert progress.sessions[0].lessons[0].lesson.title == "Un nouveau titre"
    assert progress.done == 1


def _translate_programme(programme):
    english = {}
    english_programme = page_translate(programme, language="en", title="Programme EN")
    for session in programme.sessions:
        english[session.pk] = page_translate(session, language="en")
        for lesson in session.lessons:
            english[lesson.pk] = page_translate(lesson, language="en", title=f"EN {lesson.title}")
    return english_programme, english


def test_completing_in_english_counts_for_the_french_lesson(client, learner, programme, lessons1):
    english_programme, english = _translate_programme(programme)
    english_lesson = english[lessons1[0].pk]
    assert english_lesson.url == "/en/programme/session-1/lecon-1/"
    client.force_login(learner)
    assert client.get(english_lesson.url).status_code == 200
    client.post(english_lesson.url, {"action": "complete"})
    assert LessonCompletion.objects.count() == 1
    french = programme_progress(user=learner, programme=programme)
    assert french.sessions[0].lessons[0].done
    assert french.next_lesson.pk == lessons1[1].pk
    assert programme_progress(user=learner, programme=english_programme).done == 1
    assert "EN" not in french.sessions[0].lessons[0].lesson.title


def test_a_translation_follows_the_opening_of_the_french_session(learner, programme):
    english_programme, english = _translate_programme(programme)
    session3 = programme.sessions.get(number=3)
    english3 = english[session3.pk]
    assert english3.locale == Locale.objects.get(language_code="en")
    assert not session_is_open(user=learner, session=english3)
    session3.open_to_learners = True
    session3.save_revision().publish()
    assert session_is_open(user=learner, session=english3)


def test_session_states_on_the_dashboard(client, learner, programme, lessons1):
    client.force_login(learner)
    for lesson in lessons1:
        client.post(lesson.url, {"action": "complete"})
    session2 = programme.sessions.get(number=2)
    client.post(session2.lessons.first().url, {"action": "complete"})
    progress = programme_progress(user=learner, programme=programme)
    assert [s.state for s in progress.sessions] == ["done", "in_progress", "locked", "locked"]
    html = client.get("/dashboard/").content.decode()
    for session in programme.sessions:
        assert session.title in html


def test_continue_points_at_the_first_lesson_before_any_completion(learner, lessons1, programme):
    progress = programme_progress(user=learner, programme=programme)
    assert progress.next_lesson.pk == lessons1[0].pk
    assert not progress.started
