"""The live roster tells the trainer, for each person, the charter and the session quiz."""

import pytest

from django.urls import reverse

from charter.factories import CharterFactory
from charter.services import charter_sign
from courses.quizzes.factories import QuizFactory, TrueFalseQuestionFactory
from courses.quizzes.services import quiz_attempt_start, quiz_attempt_submit

from .conftest import members

pytestmark = pytest.mark.django_db


@pytest.fixture
def roster(cohort):
    signer, other = (enrolment.user for enrolment in members(cohort, 2))
    signer.first_name, signer.last_name = "Ada", "Lovelace"
    signer.save()
    version = CharterFactory(organisation=cohort.organisation, published=True).versions.get()
    charter_sign(
        user=signer,
        version=version,
        full_name="Ada Lovelace",
        acknowledged_sections=version.section_keys,
        language="fr",
    )
    return signer, other


def rows_by_user(client, trainer, cohort_session):
    client.force_login(trainer)
    url = reverse("courses:cohorts:live", args=[cohort_session.pk])
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    return {row.user.pk: row for row in response.context["roster"]}, response.content.decode()


def test_roster_shows_who_signed_the_charter(client, trainer, schedule, roster):
    signer, other = roster
    rows, html = rows_by_user(client, trainer, schedule[1])
    assert rows[signer.pk].notes == [("Charter signed", "ok")]
    assert rows[other.pk].notes == [("Charter not signed", "warn")]
    assert "Charter not signed" in html


def test_roster_shows_the_session_quiz(client, trainer, schedule, roster, sessions):
    signer, other = roster
    question = TrueFalseQuestionFactory()
    quiz = QuizFactory(session=sessions[1], questions=[question], pass_mark=50)
    attempt = quiz_attempt_start(quiz=quiz, user=signer)
    quiz_attempt_submit(attempt=attempt, responses={question.pk: True})
    rows, html = rows_by_user(client, trainer, schedule[1])
    assert rows[signer.pk].quiz_passed is True
    assert rows[other.pk].quiz_passed is False
    assert "Session quiz passed" in html


def test_a_session_without_quiz_shows_no_quiz_status(client, trainer, schedule, roster):
    rows, html = rows_by_user(client, trainer, schedule[1])
    assert {row.quiz_passed for row in rows.values()} == {None}
    assert "Session quiz" not in html
