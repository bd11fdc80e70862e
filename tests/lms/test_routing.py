import pytest

from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

from courses.models import LessonPage
from lms.models import HomePage
from tests.courses.conftest import programme_build

pytestmark = pytest.mark.django_db


def _route(home, path):
    request = RequestFactory().get(path)
    return home.route(request, [part for part in path.split("/") if part])


def test_a_lesson_is_found_in_two_queries_whatever_its_depth(site):
    programme = programme_build(site)
    lesson = programme.sessions.get(number=2).lessons.first()
    path = lesson.url_path[len(site.url_path) :]
    with CaptureQueriesContext(connection) as queries:
        page, args, kwargs = _route(site, path)
    assert (type(page), page.pk) == (LessonPage, lesson.pk)
    assert len(queries) == 2


def test_a_missing_slug_at_any_level_is_not_found(site):
    programme = programme_build(site)
    with pytest.raises(Http404):
        _route(site, f"{programme.slug}/session-9/lecon-1/")
    with pytest.raises(Http404):
        _route(site, f"{programme.slug}/session-1/nowhere/")
    with pytest.raises(Http404):
        _route(site, "nowhere/")


def test_a_page_of_another_branch_with_the_same_slug_is_not_taken(site):
    programme = programme_build(site)
    session1, session2 = programme.sessions.get(number=1), programme.sessions.get(number=2)
    only_in_1 = session1.add_child(instance=LessonPage(title="Seule", slug="seule"))
    with pytest.raises(Http404):
        _route(site, f"{programme.slug}/{session2.slug}/seule/")
    page, _args, _kwargs = _route(site, f"{programme.slug}/{session1.slug}/seule/")
    assert page.pk == only_in_1.pk


def test_an_unpublished_page_is_not_found_but_its_live_children_are(site):
    programme = programme_build(site)
    session = programme.sessions.get(number=1)
    lesson = session.lessons.first()
    Page.objects.filter(pk=session.pk).update(live=False)
    with pytest.raises(Http404):
        _route(site, f"{programme.slug}/{session.slug}/")
    page, _args, _kwargs = _route(site, f"{programme.slug}/{session.slug}/{lesson.slug}/")
    assert page.pk == lesson.pk


def test_pages_below_a_nested_home_page_route_the_same_way(site):
    nested = site.add_child(instance=HomePage(title="Imbriquée", slug="imbriquee"))
    leaf = nested.add_child(instance=HomePage(title="Feuille", slug="feuille"))
    page, _args, _kwargs = _route(site, "imbriquee/feuille/")
    assert (type(page), page.pk) == (HomePage, leaf.pk)


def test_the_served_page_answers_over_http(client, site):
    programme = programme_build(site)
    assert client.get(programme.url).status_code == 200
    assert client.get(programme.url + "nowhere/").status_code == 404
