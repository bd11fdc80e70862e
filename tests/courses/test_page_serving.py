"""How the programme's pages are served: Wagtail's rules, read with fewer queries."""

import uuid
from unittest import mock

import pytest

from django.contrib.auth.models import Group
from django.utils import translation

from wagtail.blocks import StreamValue
from wagtail.models import Page, PageViewRestriction

from courses.factories import reflection_block
from courses.models import LessonPage
from courses.views import _lesson_body_parts

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


def test_restrictions_kept_in_the_cache_follow_their_changes(client, learner, lessons1):
    lesson = lessons1[0]
    client.force_login(learner)
    restriction = _restrict_to_a_group(lesson.get_parent())
    assert client.get(lesson.url).status_code == 302
    served = LessonPage.objects.get(pk=lesson.pk).get_view_restrictions()
    assert list(served.order_by("-page__depth")) == [restriction]  # as Wagtail's admin reads them
    restriction.delete()
    assert client.get(lesson.url).status_code == 200


def _callout(text: str) -> dict:
    return {
        "type": "callout",
        "value": {"kind": "tip", "title": "", "body": f"<p>{text}</p>"},
        "id": str(uuid.uuid4()),
    }


def test_the_lesson_body_is_rendered_once_then_read_from_the_cache(client, learner, lessons1):
    lesson = lessons1[0]
    client.force_login(learner)
    assert b"Un paragraphe." in client.get(lesson.url).content
    with mock.patch.object(StreamValue.StreamChild, "render") as render:
        again = client.get(lesson.url).content.decode()
    render.assert_not_called()
    assert "Un paragraphe." in again
    assert "Qu&#x27;allez-vous changer ?" in again  # the exercise, with its form


def test_a_published_change_to_the_body_is_shown_at_once(client, learner, lessons1):
    lesson = lessons1[0]
    client.force_login(learner)
    assert b"Un paragraphe." in client.get(lesson.url).content
    lesson.body = [_callout("Relisez avant de publier."), reflection_block()]
    lesson.save_revision().publish()
    content = client.get(lesson.url).content
    assert b"Relisez avant de publier." in content
    assert b"Un paragraphe." not in content


def test_the_cached_body_is_kept_per_language(lessons1):
    lesson = lessons1[0]
    lesson.body = [_callout("Relisez avant de publier.")]
    with translation.override("fr"):
        french = _lesson_body_parts(lesson)
    with translation.override("en"):
        english = _lesson_body_parts(lesson)
    assert "Conseil" in french[0] and "Tip" not in french[0]
    assert "Tip" in english[0]


def test_the_reflection_exercises_keep_the_learners_own_answer(client, learner, lessons1):
    lesson = lessons1[0]
    block_id = next(iter(lesson.reflection_block_ids()))
    client.force_login(learner)
    client.get(lesson.url)  # the body is now in the cache
    client.post(
        lesson.url, {"action": "reflection", "block_id": block_id, f"{block_id}-answer": "Oui."}
    )
    assert "Oui." in client.get(lesson.url).content.decode()
