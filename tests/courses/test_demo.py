import io

import pytest

from wagtail.models import Page

from courses.content import en, fr
from courses.demo import demo_seed
from courses.models import LessonPage, ProgrammePage, ReflectionAnswer, SessionPage
from tests.courses.conftest import seat_give

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(site, organisation):
    demo_seed(organisation=organisation, people={}, stdout=io.StringIO())


@pytest.fixture
def learner(seeded, ambassador):
    """`ambassador` with a seat in a cohort of the seeded (French) programme."""
    return seat_give(ambassador, ProgrammePage.objects.get(locale__language_code="fr"))


def test_demo_seed_twice_creates_no_duplicates(seeded, organisation):
    counts = (Page.objects.count(), LessonPage.objects.count(), SessionPage.objects.count())
    demo_seed(organisation=organisation, people={}, stdout=io.StringIO())
    assert (Page.objects.count(), LessonPage.objects.count(), SessionPage.objects.count()) == counts
    assert ProgrammePage.objects.count() == 2
    assert SessionPage.objects.count() == 8
    assert LessonPage.objects.filter(locale__language_code="fr").count() >= 12
    assert LessonPage.objects.filter(locale__language_code="en").count() == (
        LessonPage.objects.filter(locale__language_code="fr").count()
    )
    for lesson in LessonPage.objects.all():
        types = {block.block_type for block in lesson.body}
        assert "reflection" in types, lesson.title
        assert types & {"example_post", "callout", "checklist"}, lesson.title
    for session in SessionPage.objects.all():
        assert session.lessons.count() >= 3


def test_seeded_programme_answers_in_both_languages_with_sessions_1_and_2_open(client, learner):
    client.force_login(learner)
    for language in ("fr", "en"):
        for number in (1, 2, 3, 4):
            assert client.get(f"/{language}/programme/session-{number}/").status_code == 200
        first = LessonPage.objects.get(
            locale__language_code=language, url_path__contains="/session-1/", path__endswith="0001"
        )
        response = client.get(first.url)
        assert response.status_code == 200
        assert "example-post" in response.content.decode()
        for number, status in ((2, 200), (3, 403), (4, 403)):
            session = SessionPage.objects.get(locale__language_code=language, number=number)
            assert client.get(session.lessons.first().url).status_code == status


def test_french_and_english_lessons_have_the_same_blocks():
    for session_fr, session_en in zip(
        fr.PROGRAMME["sessions"], en.PROGRAMME["sessions"], strict=True
    ):
        for lesson_fr, lesson_en in zip(session_fr["lessons"], session_en["lessons"], strict=True):
            assert lesson_fr["key"] == lesson_en["key"]
            assert [b[0] for b in lesson_fr["body"]] == [b[0] for b in lesson_en["body"]]


def test_a_reflection_written_in_french_is_found_in_english(client, learner):
    french = LessonPage.objects.filter(locale__language_code="fr").first()
    english = LessonPage.objects.get(
        translation_key=french.translation_key, locale__language_code="en"
    )
    block_id = next(iter(french.reflection_block_ids()))
    assert block_id in english.reflection_block_ids()
    client.force_login(learner)
    client.post(
        french.url,
        {"action": "reflection", "block_id": block_id, f"{block_id}-answer": "Mon idée à moi"},
    )
    assert ReflectionAnswer.objects.get().answer == "Mon idée à moi"
    assert "Mon idée à moi" in client.get(english.url).content.decode()
