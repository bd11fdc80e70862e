import pytest

from django.urls import reverse

from courses.models.quizzes import ScenarioQuestion, SingleChoiceQuestion
from lms.factories import UserFactory

from .conftest import bank_build

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(is_superuser=True, is_staff=True, organisation=None))
    return client


def _inline(prefix: str, rows: list[dict]) -> dict:
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        data.update({f"{prefix}-{index}-{name}": value for name, value in row.items()})
        data[f"{prefix}-{index}-ORDER"] = str(index + 1)
    return data


def test_editor_creates_a_single_choice_question_with_its_choices(admin_client, category):
    data = {
        "category": str(category.pk),
        "key": "s1-nouvelle",
        "charter_theme": "voluntary",
        "text_fr": "Qui choisit de devenir ambassadeur ?",
        "text_en": "Who chooses to become an ambassador?",
        "explanation_fr": "Chacun, librement.",
        "explanation_en": "Everyone, freely.",
        **_inline(
            "choices",
            [
                {"position": "1", "text_fr": "La personne elle-même", "is_correct": "on"},
                {"position": "2", "text_fr": "Son manager"},
            ],
        ),
    }
    response = admin_client.post(reverse("quiz_single:add"), data)
    assert response.status_code == 302, response.context["form"].errors
    question = SingleChoiceQuestion.objects.get(key="s1-nouvelle")
    assert [(c.text_fr, c.is_correct) for c in question.choices.all()] == [
        ("La personne elle-même", True),
        ("Son manager", False),
    ]


def test_question_lists_show_only_their_own_type(admin_client, category):
    bank_build(5, category=category)
    single = admin_client.get(reverse("quiz_single:index")).content.decode()
    scenario = ScenarioQuestion.objects.get()
    assert scenario.key not in single
    assert scenario.key in admin_client.get(reverse("quiz_scenarios:index")).content.decode()


def test_quiz_preview_statistics_and_themes_pages_answer(admin_client, quiz):
    preview = admin_client.get(reverse("quiz_preview", args=[quiz.pk]))
    assert preview.status_code == 200 and "Explication secrète" in preview.content.decode()
    assert admin_client.get(reverse("quiz_statistics", args=[quiz.pk])).status_code == 200
    assert admin_client.get(reverse("quiz_charter_themes")).status_code == 200
    assert admin_client.get(reverse("quiz_quizzes:index")).status_code == 200
    assert admin_client.get(reverse("quiz_scenarios:add")).status_code == 200


def test_ambassador_cannot_see_quiz_reports(client, ambassador, quiz):
    client.force_login(ambassador)
    assert client.get(reverse("quiz_preview", args=[quiz.pk])).status_code in (302, 403)
