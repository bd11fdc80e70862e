import pytest

from courses.cohorts.factories import CohortFactory, EnrolmentFactory
from courses.factories import ProgrammePageFactory
from courses.quizzes.factories import (
    FreeTextQuestionFactory,
    MultipleChoiceQuestionFactory,
    OrderingQuestionFactory,
    QuestionCategoryFactory,
    QuizFactory,
    ScenarioQuestionFactory,
    SingleChoiceQuestionFactory,
    TrueFalseQuestionFactory,
)

FACTORIES = [
    SingleChoiceQuestionFactory,
    MultipleChoiceQuestionFactory,
    TrueFalseQuestionFactory,
    ScenarioQuestionFactory,
    OrderingQuestionFactory,
]


def bank_build(count: int, *, category=None, with_free_text=False) -> list:
    """`count` auto-graded questions cycling through the types (plus a free-text one)."""
    category = category or QuestionCategoryFactory(key="banque")
    questions = [FACTORIES[i % len(FACTORIES)](category=category) for i in range(count)]
    if with_free_text:
        questions.append(FreeTextQuestionFactory(category=category))
    return questions


def right_response(question):
    """The raw POST-like response that earns full marks."""
    kind = question.kind
    if kind == "truefalse":
        return "true" if question.correct_answer else "false"
    if kind == "ordering":
        return [c.pk for c in sorted(question.choice_list(), key=lambda c: c.position)]
    if kind == "multiplechoice":
        return sorted(question.correct_choice_ids())
    if kind == "freetext":
        return "Je demande l'accord de mes collègues avant de publier leur photo."
    return next(iter(question.correct_choice_ids()))


def post_data(questions, *, responses=None) -> dict:
    """Form data answering every question (rightly unless `responses` says otherwise)."""
    data = {}
    for question in questions:
        value = (responses or {}).get(question.pk, right_response(question))
        if question.kind == "ordering":
            for index, pk in enumerate(value):
                data[f"q{question.pk}_{index}"] = str(pk)
        elif isinstance(value, list):
            data[f"q{question.pk}"] = [str(v) for v in value]
        else:
            data[f"q{question.pk}"] = str(value)
    return data


@pytest.fixture
def category(db):
    return QuestionCategoryFactory(key="session-1")


@pytest.fixture
def questions(category):
    return bank_build(5, category=category)


@pytest.fixture
def quiz(questions):
    return QuizFactory(questions=questions)


@pytest.fixture
def trainee(ambassador, trainer, site):
    """`ambassador` seated in a cohort that `trainer` runs: trainers grade their cohorts."""
    cohort = CohortFactory(
        organisation=ambassador.organisation,
        programme=ProgrammePageFactory(parent=site),
        trainers=[trainer],
    )
    EnrolmentFactory(cohort=cohort, user=ambassador)
    return ambassador
