import pytest

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.factories import SessionPageFactory
from courses.models import ProgrammePage, SessionPage
from lms.roles import roles_install

pytestmark = pytest.mark.django_db


def _session_form(number, **extra):
    return nested_form_data(
        {
            "title": f"Séance {number}",
            "slug": f"seance-{number}",
            "number": number,
            "duration_hours": "3.5",
            "format": "remote",
            "objectives": rich_text("<p>Des objectifs</p>"),
            "agenda": rich_text(""),
            "preparation": rich_text(""),
            "comments": inline_formset([]),
            **extra,
        }
    )


def test_the_admin_refuses_a_fifth_session(client, editor, programme):
    client.force_login(editor)
    url = f"/admin/pages/add/courses/sessionpage/{programme.pk}/"
    response = client.post(url, _session_form(4))
    assert response.status_code in (302, 403)
    assert SessionPage.objects.child_of(programme).count() == 4


def test_the_admin_refuses_a_duplicate_session_number(client, editor, site):
    programme = ProgrammePage(title="P", slug="p")
    site.add_child(instance=programme)
    SessionPageFactory(parent=programme, number=1)
    client.force_login(editor)
    url = f"/admin/pages/add/courses/sessionpage/{programme.pk}/"
    response = client.post(url, _session_form(1))
    assert response.status_code == 200
    assert "Ce programme a déjà une séance 1." in response.content.decode()
    response = client.post(url, _session_form(2))
    assert response.status_code == 302
    assert SessionPage.objects.child_of(programme).count() == 2


def test_an_editor_previews_a_lesson(client, editor, lessons1):
    lesson = lessons1[0]
    client.force_login(editor)
    data = nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "summary": "Résumé",
            "duration_minutes": 15,
            "body": streamfield([("text", rich_text("<p>Texte en cours de relecture</p>"))]),
            "comments": inline_formset([]),
        }
    )
    url = f"/admin/pages/{lesson.pk}/edit/preview/"
    assert client.post(url, data).json()["is_valid"]
    response = client.get(url)
    assert response.status_code == 200
    assert "Texte en cours de relecture" in response.content.decode()


def test_the_editors_group_may_publish_pages(client, editor, lessons1):
    roles_install()  # already run after migrate; running it again adds nothing
    root = Page.get_first_root_node()
    assert lessons1[0].permissions_for_user(editor).can_publish()
    editors = root.group_permissions.filter(
        group__name="Editors", permission__codename="publish_page"
    )
    assert editors.count() == 1


def test_an_editor_previews_a_new_lesson_before_saving_it(client, editor, session1):
    client.force_login(editor)
    data = nested_form_data(
        {
            "title": "Nouvelle leçon",
            "slug": "nouvelle-lecon",
            "summary": "",
            "duration_minutes": 10,
            "body": streamfield([("text", rich_text("<p>Brouillon de leçon</p>"))]),
            "comments": inline_formset([]),
        }
    )
    url = f"/admin/pages/add/courses/lessonpage/{session1.pk}/preview/"
    assert client.post(url, data).json()["is_valid"]
    response = client.get(url)
    assert response.status_code == 200
    assert "Brouillon de leçon" in response.content.decode()
