"""How the programme's pages are served: Wagtail's rules, read with fewer queries."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import Page, PageViewRestriction

from courses.models import LessonPage

pytestmark = pytest.mark.django_db


def _restrict_to_a_group(page) -> PageViewRestriction:
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get_or_create(name="Happy few")[0])
    return restriction


def test_view_restrictions_are_wagtails_own_for_the_page_and_its_ancestors(programme, lessons1):
    lesson = lessons1[0]
    on_programme = _restrict_to_a_group(programme)
    on_lesson = _restrict_to_a_group(lesson)
    _restrict_to_a_group(lessons1[1])  # a sibling's restriction does not apply
    assert set(lesson.get_view_restrictions()) == {on_programme, on_lesson}
    assert set(lesson.get_view_restrictions()) == set(Page.get_view_restrictions(lesson))


def test_an_alias_takes_its_source_pages_restrictions_and_not_its_own(programme, lessons1):
    lesson = lessons1[0]
    on_source = _restrict_to_a_group(lesson)
    other_session = programme.sessions.get(number=3)
    alias = lesson.create_alias(parent=other_session, update_slug="alias-lecon")
    alias = LessonPage.objects.get(pk=alias.pk)
    _restrict_to_a_group(alias)  # ignored, as Wagtail ignores it
    assert set(alias.get_view_restrictions()) == {on_source}
    assert set(alias.get_view_restrictions()) == set(Page.get_view_restrictions(alias))


def test_a_learner_outside_the_restricted_group_is_not_served_the_lesson(client, learner, lessons1):
    lesson = lessons1[0]
    client.force_login(learner)
    assert client.get(lesson.url).status_code == 200
    _restrict_to_a_group(lesson.get_parent())
    assert client.get(lesson.url).status_code == 302  # Wagtail asks for another login
