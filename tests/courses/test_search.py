import pytest

from django.urls import reverse

from courses.factories import LessonPageFactory, page_translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def lessons(programme, session1):
    french = LessonPageFactory(
        parent=session1, slug="hashtags", title="Bien choisir ses hashtags", summary="Trois règles."
    )
    english = page_translate(programme, language="en")
    english_session = page_translate(session1, language="en")
    english_lesson = page_translate(french, language="en", title="Choosing your hashtags")
    return french, english_lesson, english, english_session


def test_search_finds_lessons_in_the_current_language_only(client, ambassador, lessons):
    french, english, *_ = lessons
    client.force_login(ambassador)
    html = client.get(reverse("courses:search"), {"q": "hashtags"}).content.decode()
    assert french.title in html and english.title not in html
    html = client.get(
        reverse("courses:search"), {"q": "hashtags"}, HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert english.title in html and french.title not in html


def test_search_is_for_logged_in_learners(client, hr, lessons):
    assert client.get(reverse("courses:search"), {"q": "hashtags"}).status_code == 302
    client.force_login(hr)
    assert client.get(reverse("courses:search"), {"q": "hashtags"}).status_code == 403
