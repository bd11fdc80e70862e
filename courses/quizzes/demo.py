"""The shipped question bank and quizzes, for `manage.py seed_demo` (called by courses.demo).

Rows that already exist (by key, or by their session) are left as they are, since editors
may have changed them: a second run creates nothing.
"""

from django.conf import settings
from django.db import transaction

from ..models import ProgrammePage, SessionPage
from ..models.quizzes import (
    Choice,
    FreeTextQuestion,
    MultipleChoiceQuestion,
    OrderingQuestion,
    Question,
    QuestionCategory,
    Quiz,
    QuizCategoryDraw,
    QuizFixedQuestion,
    ScenarioQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from .content import CATEGORIES, QUESTIONS, QUIZZES


def _texts(name: str, pair: tuple[str, str]) -> dict:
    return {f"{name}_fr": pair[0], f"{name}_en": pair[1]}


def _question_fields(data: dict, category: QuestionCategory) -> dict:
    return {
        "category": category,
        "charter_theme": data["theme"],
        **_texts("text", data["text"]),
        **_texts("explanation", data["explanation"]),
    }


def _choices(question: Question, data: dict) -> list[Choice]:
    kind = data["kind"]
    if kind in ("single", "multiple"):
        specs = [(text, right, "", ("", ""), "") for text, right in data["choices"]]
    elif kind == "ordering":
        specs = [(text, False, "", ("", ""), "") for text in data["items"]]
    elif kind == "scenario":
        specs = [
            (("", ""), decision == data["right"], decision, why, theme)
            for decision, (why, theme) in data["decisions"].items()
        ]
    else:
        return []
    return [
        Choice(
            question=question,
            position=position,
            is_correct=right,
            decision=decision,
            charter_theme=theme,
            **_texts("text", text),
            **_texts("explanation", why),
        )
        for position, (text, right, decision, why, theme) in enumerate(specs, start=1)
    ]


def _question_create(data: dict, category: QuestionCategory) -> Question:
    fields = {"key": data["key"], **_question_fields(data, category)}
    kind = data["kind"]
    if kind == "single":
        return SingleChoiceQuestion.objects.create(**fields)
    if kind == "multiple":
        return MultipleChoiceQuestion.objects.create(
            partial_credit=data["partial_credit"], **fields
        )
    if kind == "true_false":
        return TrueFalseQuestion.objects.create(correct_answer=data["answer"], **fields)
    if kind == "ordering":
        return OrderingQuestion.objects.create(**fields)
    if kind == "free_text":
        return FreeTextQuestion.objects.create(**_texts("guidance", data["guidance"]), **fields)
    return ScenarioQuestion.objects.create(
        post_author=data["author"],
        post_network=data["network"],
        post_hashtags=data["hashtags"],
        **_texts("post_text", data["post"]),
        **fields,
    )


def question_bank_seed() -> int:
    """Create the missing categories and questions; returns how many questions were added."""
    categories = {}
    for key, names in CATEGORIES.items():
        categories[key], _created = QuestionCategory.objects.get_or_create(
            key=key, defaults=_texts("name", names)
        )
    existing = set(Question.objects.values_list("key", flat=True))
    added = 0
    for data in QUESTIONS:
        if data["key"] in existing:
            continue
        question = _question_create(data, categories[data["category"]])
        Choice.objects.bulk_create(_choices(question, data))
        added += 1
    return added


def _quiz_seed(*, page, settings_data: dict, **links) -> Quiz:
    quiz = Quiz.objects.filter(**links).first()
    if quiz:
        return quiz
    quiz = Quiz.objects.create(
        **_texts("title", settings_data["title"]),
        pass_mark=80 if "programme" in links else 70,
        max_attempts=3,
        **links,
    )
    questions = {q.key: q for q in Question.objects.filter(key__in=settings_data.get("fixed", []))}
    for order, key in enumerate(settings_data.get("fixed", []), start=1):
        QuizFixedQuestion.objects.create(quiz=quiz, question=questions[key], sort_order=order)
    categories = {c.key: c for c in QuestionCategory.objects.all()}
    for order, (key, count) in enumerate(settings_data["draws"].items(), start=1):
        QuizCategoryDraw.objects.create(
            quiz=quiz, category=categories[key], count=count, sort_order=order
        )
    return quiz


def quizzes_seed() -> list[Quiz]:
    """A quiz per session of the default-language programme, and its final quiz."""
    programme = (
        ProgrammePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("path")
        .first()
    )
    if programme is None:
        return []
    quizzes = []
    for session in SessionPage.objects.child_of(programme).order_by("number"):
        data = QUIZZES["sessions"].get(session.number)
        if data:
            quizzes.append(_quiz_seed(page=session, settings_data=data, session=session))
    quizzes.append(_quiz_seed(page=programme, settings_data=QUIZZES["final"], programme=programme))
    return quizzes


def demo_seed(*, organisation=None, people=None, stdout=None) -> None:
    with transaction.atomic():
        added = question_bank_seed()
        quizzes = quizzes_seed()
    if stdout:
        stdout.write(f"Quiz bank: {added} questions added, {len(quizzes)} quizzes ready.")
