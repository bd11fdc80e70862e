import pytest

from django.core.exceptions import ValidationError

from courses.factories import SessionPageFactory
from courses.models import LessonPage, ProgrammePage, SessionPage
from lms.models import HomePage

pytestmark = pytest.mark.django_db


def test_a_fifth_session_is_refused_by_the_page_rules(programme):
    assert not SessionPage.can_create_at(programme)
    with pytest.raises(ValidationError):
        SessionPageFactory(parent=programme, number=4, slug="session-5")
    assert programme.get_children().count() == 4


def test_a_duplicate_session_number_is_refused(site):
    programme = ProgrammePage(title="P", slug="p")
    site.add_child(instance=programme)
    SessionPageFactory(parent=programme, number=1)
    assert SessionPage.can_create_at(programme)
    with pytest.raises(ValidationError) as error:
        SessionPageFactory(parent=programme, number=1, slug="again")
    assert "number" in error.value.message_dict


def test_page_types_only_fit_in_their_place(site, programme, session1):
    assert ProgrammePage.can_create_at(site)
    assert not SessionPage.can_create_at(site)
    assert not LessonPage.can_create_at(site)
    assert not LessonPage.can_create_at(programme)
    assert LessonPage.can_create_at(session1)
    assert not ProgrammePage.can_create_at(session1)
    assert not HomePage.can_create_at(programme)
    assert LessonPage.allowed_subpage_models() == []
