import pytest

from django.contrib.auth import get_user_model
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext

from courses.dashboard import dashboard_panels
from courses.models import Cohort
from tests.courses.conftest import programme_build, seat_give

User = get_user_model()

pytestmark = pytest.mark.django_db

# At most, with nothing cached (courses.caching; tests/courses/test_caching.py counts the warm
# pages): Wagtail: site, locale, the home page, the path in one query and the page, view
# restrictions (1); session, user and roles; the learner's seats (with the lesson's programme);
# the programme's sessions with their opening (the lesson's session among them), its lessons,
# the completions, and the reflection answers.
# A programme of 3 lessons and one of 30, spread over the sessions.
LESSON_COUNTS = {3: (1, 1, 1, 0), 30: (9, 7, 7, 7)}
LESSON_PAGE_MAX_QUERIES = 13
# The same without the reflection answers.
PROGRAMME_PAGE_MAX_QUERIES = 12
# The programme panel alone, nothing cached yet: the user's roles, their seats in cohorts, the
# programme, its sessions with their opening (the cohort's schedule), their lessons, the
# user's completions (read apart: after a completion, only they are read again).
DASHBOARD_PANEL_MAX_QUERIES = 7


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def _warm_up(client, ambassador, programme):
    """Seat the learner in a cohort, log in and complete a lesson, so the counts include the
    progress reads."""
    seat_give(ambassador, programme)
    client.force_login(ambassador)
    lesson = programme.sessions.get(number=1).lessons.first()
    client.post(lesson.url, {"action": "complete"})
    client.get("/dashboard/")  # first request of a session
    return programme.sessions.get(number=2).lessons.first()


@pytest.mark.parametrize("lessons", [3, 30])
def test_lesson_page_queries_do_not_grow_with_lessons(
    client, ambassador, site, lessons, django_assert_max_num_queries
):
    programme = programme_build(site, lesson_counts=LESSON_COUNTS[lessons])
    lesson = _warm_up(client, ambassador, programme)
    with django_assert_max_num_queries(LESSON_PAGE_MAX_QUERIES):
        assert client.get(lesson.url).status_code == 200


def test_programme_page_queries(client, ambassador, site, django_assert_max_num_queries):
    programme = programme_build(site, lesson_counts=LESSON_COUNTS[30])
    _warm_up(client, ambassador, programme)
    with django_assert_max_num_queries(PROGRAMME_PAGE_MAX_QUERIES):
        assert client.get(programme.url).status_code == 200


@pytest.mark.parametrize("page", ["lesson", "session", "programme", "dashboard"])
def test_the_same_number_of_queries_for_3_and_30_lessons(client, ambassador, site, page):
    counts = []
    for lessons in (3, 30):
        programme = programme_build(site, lesson_counts=LESSON_COUNTS[lessons])
        lesson = _warm_up(client, ambassador, programme)
        url = {
            "lesson": lesson.url,
            "session": programme.sessions.get(number=2).url,
            "programme": programme.url,
            "dashboard": "/dashboard/",
        }[page]
        counts.append(_queries(client, url))
        Cohort.objects.filter(programme=programme).delete()
        programme.delete()
    assert counts[0] == counts[1]


@pytest.mark.parametrize("lessons", [3, 30])
def test_dashboard_panel_queries_do_not_grow_with_lessons(
    rf, ambassador, site, lessons, django_assert_max_num_queries
):
    seat_give(ambassador, programme_build(site, lesson_counts=LESSON_COUNTS[lessons]))
    request = rf.get("/dashboard/")
    request.user = User.objects.get(pk=ambassador.pk)  # roles not cached yet
    with django_assert_max_num_queries(DASHBOARD_PANEL_MAX_QUERIES):
        (panel,) = dashboard_panels(user=request.user)
    html = render_to_string(panel["template"], {"panel": panel["context"]}, request)
    assert html.count('class="badge') == 4
