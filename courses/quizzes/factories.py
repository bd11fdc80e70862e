import itertools

import factory

from ..models.quizzes import (
    Choice,
    FreeTextQuestion,
    MultipleChoiceQuestion,
    OrderingQuestion,
    QuestionCategory,
    Quiz,
    QuizCategoryDraw,
    QuizFixedQuestion,
    ScenarioDecision,
    ScenarioQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)


class QuestionCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QuestionCategory
        django_get_or_create = ["key"]

    key = factory.Sequence(lambda n: f"categorie-{n}")
    name_fr = factory.LazyAttribute(lambda o: f"Catégorie {o.key}")
    name_en = factory.LazyAttribute(lambda o: f"Category {o.key}")


_question_numbers = itertools.count(1)  # one sequence for every question type


class QuestionFactory(factory.django.DjangoModelFactory):
    category = factory.SubFactory(QuestionCategoryFactory)
    key = factory.LazyAttribute(lambda o: f"question-{o.number}")
    text_fr = factory.LazyAttribute(lambda o: f"Question numéro {o.number} ?")
    text_en = factory.LazyAttribute(lambda o: f"Question number {o.number}?")
    explanation_fr = factory.LazyAttribute(lambda o: f"Explication secrète {o.number}")
    explanation_en = factory.LazyAttribute(lambda o: f"Secret explanation {o.number}")

    class Params:
        number = factory.LazyFunction(lambda: next(_question_numbers))


def _choices(question, create, extracted, **kwargs):
    """`choices=[("texte", True), ("autre", False)]`; by default one right and two wrong."""
    if not create:
        return
    specs = extracted or [("Bonne réponse", True), ("Mauvaise A", False), ("Mauvaise B", False)]
    for position, (text, is_correct) in enumerate(specs, start=1):
        Choice.objects.create(
            question=question,
            position=position,
            text_fr=text,
            text_en=f"{text} (en)",
            is_correct=is_correct,
        )


class SingleChoiceQuestionFactory(QuestionFactory):
    class Meta:
        model = SingleChoiceQuestion
        skip_postgeneration_save = True

    choices = factory.PostGeneration(_choices)


class MultipleChoiceQuestionFactory(QuestionFactory):
    class Meta:
        model = MultipleChoiceQuestion
        skip_postgeneration_save = True

    partial_credit = True
    choices = factory.PostGeneration(_choices)


class TrueFalseQuestionFactory(QuestionFactory):
    class Meta:
        model = TrueFalseQuestion
        skip_postgeneration_save = True

    correct_answer = True


class OrderingQuestionFactory(QuestionFactory):
    """Choices are the items in their right order."""

    class Meta:
        model = OrderingQuestion
        skip_postgeneration_save = True

    partial_credit = True
    choices = factory.PostGeneration(
        lambda q, create, extracted, **kw: _choices(
            q, create, extracted or [("Premier", False), ("Deuxième", False), ("Troisième", False)]
        )
    )


class FreeTextQuestionFactory(QuestionFactory):
    class Meta:
        model = FreeTextQuestion
        skip_postgeneration_save = True


class ScenarioQuestionFactory(QuestionFactory):
    class Meta:
        model = ScenarioQuestion
        skip_postgeneration_save = True

    post_author = "Camille, cheffe de projet"
    post_text_fr = "Fière de notre nouveau client, dont je ne peux pas encore dire le nom !"
    post_text_en = "Proud of our new client, whose name I cannot share yet!"
    post_hashtags = "#fierté #projet"

    @factory.post_generation
    def decisions(question, create, extracted, **kwargs):
        """`decisions="do_not_publish"` names the right decision (default: after changes)."""
        if not create:
            return
        correct = extracted or ScenarioDecision.PUBLISH_AFTER_CHANGES
        for position, decision in enumerate(ScenarioDecision.values, start=1):
            Choice.objects.create(
                question=question,
                position=position,
                decision=decision,
                is_correct=decision == correct,
                explanation_fr=f"Pourquoi {decision}",
                explanation_en=f"Why {decision}",
                charter_theme="confidentiality",
            )


class QuizFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quiz
        skip_postgeneration_save = True

    title_fr = factory.Sequence(lambda n: f"Quiz {n}")
    title_en = factory.Sequence(lambda n: f"Quiz {n} (en)")
    pass_mark = 70
    max_attempts = 3
    review_content = "explanations"
    review_timing = "immediately"

    @factory.post_generation
    def questions(quiz, create, extracted, **kwargs):
        for order, question in enumerate(extracted or [], start=1):
            QuizFixedQuestion.objects.create(quiz=quiz, question=question, sort_order=order)

    @factory.post_generation
    def draws(quiz, create, extracted, **kwargs):
        for order, (category, count) in enumerate(extracted or [], start=1):
            QuizCategoryDraw.objects.create(
                quiz=quiz, category=category, count=count, sort_order=order
            )
