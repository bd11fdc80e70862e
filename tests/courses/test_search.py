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


def test_search_finds_lessons_in_the_current_language_only(client, learner, lessons):
    french, english, *_ = lessons
    client.force_login(learner)
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


def test_search_lists_lessons_of_a_locked_session_without_their_content(client, learner, programme):
    session3 = programme.sessions.get(number=3)  # closed: only sessions 1 and 2 are open
    locked = LessonPageFactory(
        parent=session3, slug="tiktok", title="Les codes de TikTok", summary="Résumé caché."
    )
    client.force_login(learner)
    html = client.get(reverse("courses:search"), {"q": "TikTok"}).content.decode()
    assert locked.title in html and "data-locked" in html
    assert locked.url not in html and "Résumé caché." not in html

    session3.open_to_learners = True
    session3.save_revision().publish()
    html = client.get(reverse("courses:search"), {"q": "TikTok"}).content.decode()
    assert locked.url in html and "Résumé caché." in html and "data-locked" not in html


def test_search_tells_an_ambassador_without_a_cohort_how_to_join_one(client, ambassador, lessons):
    response = client.get(reverse("courses:search"), {"q": "hashtags"})
    assert response.status_code == 302
    client.force_login(ambassador)
    response = client.get(reverse("courses:search"), {"q": "hashtags"})
    html = response.content.decode()
    assert response.status_code == 403
    assert "Rejoindre une promotion pour suivre le programme" in html
    assert lessons[0].title not in html
