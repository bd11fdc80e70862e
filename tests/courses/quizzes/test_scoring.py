from decimal import Decimal

import pytest

from django.core.exceptions import ValidationError

from courses.quizzes.factories import (
    FreeTextQuestionFactory,
    MultipleChoiceQuestionFactory,
    OrderingQuestionFactory,
    ScenarioQuestionFactory,
    SingleChoiceQuestionFactory,
    TrueFalseQuestionFactory,
)

pytestmark = pytest.mark.django_db


def _ids(question):
    return [choice.pk for choice in question.choice_list()]


def test_single_choice_scores_one_for_the_right_choice_only():
    question = SingleChoiceQuestionFactory()
    right, wrong, _other = _ids(question)
    assert question.score(question.validate_response(str(right))) == Decimal(1)
    assert question.score(question.validate_response(wrong)) == Decimal(0)


def test_choice_of_another_question_is_refused_with_a_clear_message():
    question, other = SingleChoiceQuestionFactory(), SingleChoiceQuestionFactory()
    with pytest.raises(ValidationError, match="ne fait pas partie des choix de cette question"):
        question.validate_response(_ids(other)[0])


def test_multiple_choice_partial_credit_counts_right_minus_wrong():
    question = MultipleChoiceQuestionFactory(
        choices=[("A", True), ("B", True), ("C", False), ("D", False)]
    )
    a, b, c, _d = _ids(question)
    assert question.score([a, b]) == Decimal(1)
    assert question.score([a]) == Decimal("0.5")
    assert question.score([a, b, c]) == Decimal("0.5")
    assert question.score([a, c]) == Decimal(0)
    assert question.score([c]) == Decimal(0)  # never below zero


def test_multiple_choice_all_or_nothing_needs_exactly_the_right_set():
    question = MultipleChoiceQuestionFactory(
        partial_credit=False, choices=[("A", True), ("B", True), ("C", False)]
    )
    a, b, c = _ids(question)
    assert question.score([a, b]) == Decimal(1)
    assert question.score([a]) == Decimal(0)
    assert question.score([a, b, c]) == Decimal(0)


def test_multiple_choice_refuses_a_repeated_choice():
    question = MultipleChoiceQuestionFactory()
    a = _ids(question)[0]
    with pytest.raises(ValidationError, match="deux fois"):
        question.validate_response([a, a])


def test_true_false_scores_the_stated_truth():
    question = TrueFalseQuestionFactory(correct_answer=False)
    assert question.score(question.validate_response("false")) == Decimal(1)
    assert question.score(question.validate_response("true")) == Decimal(0)
    with pytest.raises(ValidationError, match="vrai ou faux"):
        question.validate_response("maybe")


def test_scenario_scores_the_right_decision_and_explains_each_one():
    question = ScenarioQuestionFactory(decisions="do_not_publish")
    by_decision = {choice.decision: choice for choice in question.choice_list()}
    assert question.score(by_decision["do_not_publish"].pk) == Decimal(1)
    assert question.score(by_decision["publish"].pk) == Decimal(0)
    assert question.score(by_decision["publish_after_changes"].pk) == Decimal(0)
    assert all(choice.explanation and choice.charter_theme for choice in by_decision.values())


def test_ordering_gives_a_share_per_item_in_place():
    question = OrderingQuestionFactory(
        choices=[("1", False), ("2", False), ("3", False), ("4", False)]
    )
    one, two, three, four = _ids(question)
    assert question.score(question.validate_response([one, two, three, four])) == Decimal(1)
    assert question.score([one, two, four, three]) == Decimal("0.5")
    assert question.score([four, three, two, one]) == Decimal(0)


def test_ordering_all_or_nothing_and_items_placed_once():
    question = OrderingQuestionFactory(partial_credit=False)
    one, two, three = _ids(question)
    assert question.score([one, three, two]) == Decimal(0)
    assert question.score([one, two, three]) == Decimal(1)
    with pytest.raises(ValidationError, match="une seule fois"):
        question.validate_response([one, one, two])


def test_free_text_waits_for_a_trainer_and_respects_its_length():
    question = FreeTextQuestionFactory(max_length=10)
    assert question.needs_trainer
    assert question.score(question.validate_response("  court  ")) is None
    with pytest.raises(ValidationError, match="moins de 10 caractères"):
        question.validate_response("beaucoup trop long")


def test_question_reads_in_the_current_language_and_falls_back_to_french():
    from django.utils import translation

    question = SingleChoiceQuestionFactory(text_fr="Publier ?", text_en="Publish?")
    with translation.override("en"):
        assert question.text == "Publish?"
        question.text_en = ""
        assert question.text == "Publier ?"
    with translation.override("fr"):
        assert question.text == "Publier ?"
