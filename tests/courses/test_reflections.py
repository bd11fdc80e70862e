import pytest

from courses.factories import LessonPageFactory, reflection_block
from courses.models import ReflectionAnswer
from courses.selectors import reflection_answers_for_coach
from tests.courses.conftest import seat_give

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(session1):
    return LessonPageFactory(
        parent=session1,
        slug="exercice",
        body=[reflection_block("Quel est votre sujet ?"), reflection_block("Et votre public ?")],
    )


def _answer(client, lesson, block_id, text):
    return client.post(
        lesson.url, {"action": "reflection", "block_id": block_id, f"{block_id}-answer": text}
    )


def test_the_ambassador_finds_their_saved_answer_in_the_lesson(client, learner, lesson):
    block_id = lesson.body[0].id
    client.force_login(learner)
    response = _answer(client, lesson, block_id, "La maintenance prédictive")
    assert response.status_code == 302
    assert response["Location"] == f"{lesson.url}#reflection-{block_id}"
    html = client.get(lesson.url).content.decode()
    assert "La maintenance prédictive" in html
    assert "Mettre à jour ma réponse" in html

    _answer(client, lesson, block_id, "La maintenance, pour les PME")
    saved = ReflectionAnswer.objects.get()
    assert saved.answer == "La maintenance, pour les PME"
    assert saved.lesson_key == lesson.translation_key and saved.block_id == block_id


def test_an_empty_answer_is_refused_and_the_other_text_is_kept(client, learner, lesson):
    client.force_login(learner)
    response = _answer(client, lesson, lesson.body[1].id, "   ")
    assert response.status_code == 400
    assert "Écrivez votre réponse avant de l&#x27;enregistrer." in response.content.decode()
    assert not ReflectionAnswer.objects.exists()


def test_answers_are_private_to_their_author(client, learner, organisation, programme, lesson):
    from lms.factories import AmbassadorFactory

    client.force_login(learner)
    _answer(client, lesson, lesson.body[0].id, "Secret de Camille")
    client.force_login(seat_give(AmbassadorFactory(organisation=organisation), programme))
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert "Secret de Camille" not in response.content.decode()


def test_an_unknown_exercise_is_refused(client, learner, lesson):
    client.force_login(learner)
    response = _answer(client, lesson, "not-a-block", "texte")
    assert response.status_code == 302
    assert not ReflectionAnswer.objects.exists()


def test_the_coach_selector_returns_prompts_and_answers(client, learner, lesson):
    client.force_login(learner)
    _answer(client, lesson, lesson.body[1].id, "Les acheteurs industriels")
    (item,) = reflection_answers_for_coach(ambassador=learner, language="fr")
    assert item.lesson.pk == lesson.pk
    assert item.prompt == "Et votre public ?"
    assert item.answer.answer == "Les acheteurs industriels"
