"""Quiz rules: starting (or resuming) an attempt, grading a submission, a trainer's grading.

Everything that matters is decided here, on the server: the questions drawn, the order of the
choices, the time limit, the number of attempts and every score.
"""

import random
from datetime import timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models.quizzes import (
    AttemptState,
    Choice,
    OrderingQuestion,
    Question,
    Quiz,
    QuizAnswer,
    QuizAttempt,
    QuizCategoryDraw,
    QuizFixedQuestion,
    ScenarioQuestion,
)
from ..selectors import can_follow_programme, session_is_open
from .selectors import attempt_questions, quiz_passed

# A submission sent right at the deadline still counts (network and server delays).
SUBMIT_GRACE = timedelta(seconds=30)
HUNDRED = Decimal(100)


class QuizRefused(Exception):
    """The learner may not start this quiz now; the message says why."""


class QuizResponseError(ValidationError):
    """Some responses cannot be graded; `error_dict` is keyed by question id."""


def _draw_question_ids(*, quiz: Quiz, rng: random.Random) -> list[int]:
    fixed = list(
        QuizFixedQuestion.objects.filter(quiz=quiz)
        .order_by("sort_order", "pk")
        .values_list("question_id", flat=True)
    )
    draws = list(QuizCategoryDraw.objects.filter(quiz=quiz).order_by("sort_order", "pk"))
    pool: dict[int, list[int]] = {draw.category_id: [] for draw in draws}
    rows = Question.objects.non_polymorphic().filter(category_id__in=pool).order_by("pk")
    for pk, category_id in rows.values_list("pk", "category_id"):
        pool[category_id].append(pk)
    chosen = list(fixed)
    for draw in draws:
        candidates = [pk for pk in pool[draw.category_id] if pk not in chosen]
        chosen.extend(rng.sample(candidates, min(draw.count, len(candidates))))
    return chosen


def _choice_orders(*, quiz: Quiz, question_ids: list[int], rng: random.Random) -> dict:
    """The order each question's choices are shown in; ordering items are always shuffled."""
    kinds = dict(
        Question.objects.non_polymorphic()
        .filter(pk__in=question_ids)
        .values_list("pk", "polymorphic_ctype__model")
    )
    choices: dict[int, list[int]] = {pk: [] for pk in question_ids}
    for pk, question_id in (
        Choice.objects.filter(question_id__in=question_ids)
        .order_by("position", "pk")
        .values_list("pk", "question_id")
    ):
        choices[question_id].append(pk)
    for question_id, order in choices.items():
        kind = kinds[question_id]
        if kind == OrderingQuestion._meta.model_name and len(order) > 1:
            expected = list(order)
            while order == expected:  # never show the answer as the starting order
                rng.shuffle(order)
        elif quiz.shuffle_choices and kind != ScenarioQuestion._meta.model_name:
            rng.shuffle(order)
    return choices


def _expire(attempt: QuizAttempt, *, now) -> QuizAttempt:
    attempt.state = AttemptState.EXPIRED
    attempt.submitted_at = attempt.graded_at = now
    attempt.score, attempt.passed = Decimal(0), False
    attempt.save(update_fields=["state", "submitted_at", "graded_at", "score", "passed"])
    return attempt


def quiz_attempt_start(*, quiz: Quiz, user) -> QuizAttempt:
    """The learner's open attempt at `quiz`, resumed, or a new one with its questions drawn.

    Raises QuizRefused before its session opens, for a final quiz to someone without a seat in
    a cohort of its programme, once the quiz is passed or every attempt is used.
    """
    if quiz.session_id and not session_is_open(user=user, session=quiz.session):
        raise QuizRefused(_("This quiz opens with its session."))
    if quiz.programme_id and not can_follow_programme(user, programme=quiz.programme):
        raise QuizRefused(_("This quiz is for the members of a cohort of the programme."))
    now = timezone.now()
    with transaction.atomic():
        open_attempt = (
            QuizAttempt.objects.select_for_update()
            .filter(quiz=quiz, user=user, state=AttemptState.OPEN)
            .first()
        )
        if open_attempt and not (open_attempt.deadline and now > open_attempt.deadline):
            return open_attempt
        if open_attempt:
            _expire(open_attempt, now=now)
        used = QuizAttempt.objects.filter(quiz=quiz, user=user).count()
        if quiz_passed(user=user, quiz=quiz):
            raise QuizRefused(_("You have already passed this quiz."))
        if used >= quiz.max_attempts:
            raise QuizRefused(
                _("You have used all %(count)s attempts at this quiz. Ask your trainer.")
                % {"count": quiz.max_attempts}
            )
        rng = random.SystemRandom()
        question_ids = _draw_question_ids(quiz=quiz, rng=rng)
        orders = _choice_orders(quiz=quiz, question_ids=question_ids, rng=rng)
        layout = [{"question": pk, "choices": orders[pk]} for pk in question_ids]
        deadline = (
            now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
        )
        try:
            with transaction.atomic():
                return QuizAttempt.objects.create(
                    quiz=quiz,
                    user=user,
                    number=used + 1,
                    layout=layout,
                    started_at=now,
                    deadline=deadline,
                )
        except IntegrityError:  # a parallel request opened it first: resume that one
            return QuizAttempt.objects.get(quiz=quiz, user=user, state=AttemptState.OPEN)


def _checked_responses(*, attempt: QuizAttempt, questions: list[Question], responses: dict):
    """Each question's cleaned response (None when unanswered), or QuizResponseError."""
    errors, cleaned = {}, {}
    for question in questions:
        raw = responses.get(question.pk)
        if raw in (None, "", []):
            cleaned[question.pk] = None
            continue
        try:
            cleaned[question.pk] = question.validate_response(raw)
        except ValidationError as error:
            errors[str(question.pk)] = error.messages
    unknown = set(responses) - {question.pk for question in questions}
    if unknown:
        errors["__all__"] = [_("Some answers are for questions that are not in this quiz.")]
    if errors:
        raise QuizResponseError(errors)
    return cleaned


def _attempt_finish(attempt: QuizAttempt, *, scores: list[Decimal], now) -> None:
    """Give the attempt its final score. Should be called while holding its row lock."""
    total = sum(scores, Decimal(0))
    attempt.score = (HUNDRED * total / len(scores)).quantize(Decimal("0.01")) if scores else HUNDRED
    attempt.passed = attempt.score >= attempt.quiz.pass_mark
    attempt.state = AttemptState.GRADED
    attempt.graded_at = now


def quiz_attempt_submit(
    *,
    attempt: QuizAttempt,
    responses: dict[int, object],
    questions: list[Question] | None = None,
) -> QuizAttempt:
    """Grade and close an open attempt. Caller holds no lock; this takes it.

    `responses` maps question ids to raw responses (a choice id, a list of ids, a boolean or
    text). `questions` may be the attempt's questions already read by the caller (its layout
    never changes); they are read again when they do not match it. A second submission of the
    same attempt grades nothing and returns it as it is. Past the deadline the attempt expires
    with a score of zero.
    """
    now = timezone.now()
    with transaction.atomic():
        attempt = QuizAttempt.objects.select_for_update().select_related("quiz").get(pk=attempt.pk)
        if not attempt.is_open:
            return attempt
        if attempt.deadline and now > attempt.deadline + SUBMIT_GRACE:
            return _expire(attempt, now=now)
        if questions is None or [q.pk for q in questions] != attempt.question_ids():
            questions = attempt_questions(attempt=attempt)
        cleaned = _checked_responses(attempt=attempt, questions=questions, responses=responses)
        answers, scores = [], []
        for question in questions:
            response = cleaned[question.pk]
            if question.needs_trainer and response:
                score = None
            else:
                score = question.score(response) if response is not None else Decimal(0)
            answers.append(
                QuizAnswer(attempt=attempt, question=question, response=response, score=score)
            )
            scores.append(score)
        QuizAnswer.objects.bulk_create(answers)
        attempt.submitted_at = now
        if any(score is None for score in scores):
            attempt.state = AttemptState.AWAITING_GRADING
        else:
            _attempt_finish(attempt, scores=scores, now=now)
        attempt.save()
    return attempt


def quiz_answer_grade(*, answer: QuizAnswer, grader, score: Decimal, feedback: str) -> QuizAnswer:
    """A trainer's score in [0, 1] for a free-text answer; the attempt ends with its last one."""
    if not Decimal(0) <= score <= Decimal(1):
        raise ValidationError({"score": _("Give a score between 0 and 1.")})
    now = timezone.now()
    with transaction.atomic():
        attempt = (
            QuizAttempt.objects.select_for_update().select_related("quiz").get(pk=answer.attempt_id)
        )
        if attempt.state != AttemptState.AWAITING_GRADING:
            raise ValidationError(_("This attempt is not waiting for grading any more."))
        answer = QuizAnswer.objects.get(pk=answer.pk)
        answer.score, answer.feedback = score, feedback
        answer.graded_by, answer.graded_at = grader, now
        answer.save(update_fields=["score", "feedback", "graded_by", "graded_at"])
        scores = list(attempt.answers.values_list("score", flat=True))
        if all(value is not None for value in scores):
            _attempt_finish(attempt, scores=scores, now=now)
            attempt.save(update_fields=["score", "passed", "state", "graded_at"])
    return answer
