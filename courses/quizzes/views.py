"""Learner and trainer pages for quizzes: thin, every rule is in services and selectors."""

from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..models.quizzes import AttemptState, Quiz, QuizAttempt
from .forms import GradeForm, QuizAttemptForm
from .selectors import (
    answer_already_graded,
    answer_to_grade,
    attempt_questions,
    attempt_review,
    can_grade,
    can_take_quizzes,
    grading_queue,
    quiz_statuses_for,
)
from .services import (
    QuizRefused,
    QuizResponseError,
    quiz_answer_grade,
    quiz_attempt_start,
    quiz_attempt_submit,
)


def _learner_only(request):
    if not can_take_quizzes(request.user):
        raise PermissionDenied


@login_required
def quiz_detail(request, pk: int):
    _learner_only(request)
    quiz = get_object_or_404(Quiz, pk=pk)
    status = quiz_statuses_for(user=request.user, quizzes=[quiz])[0]
    return render(request, "courses/quizzes/quiz_detail.html", {"quiz": quiz, "status": status})


@login_required
@require_POST
def quiz_start(request, pk: int):
    _learner_only(request)
    quiz = get_object_or_404(Quiz, pk=pk)
    try:
        attempt = quiz_attempt_start(quiz=quiz, user=request.user)
    except QuizRefused as refusal:
        messages.error(request, str(refusal))
        return redirect("courses:quizzes:detail", pk=quiz.pk)
    return redirect("courses:quizzes:attempt", pk=attempt.pk)


def _own_attempt(request, pk: int) -> QuizAttempt:
    _learner_only(request)
    return get_object_or_404(QuizAttempt.objects.select_related("quiz"), pk=pk, user=request.user)


def _render_attempt(request, attempt, form, status=200):
    context = {"attempt": attempt, "quiz": attempt.quiz, "form": form, "items": form.items()}
    return render(request, "courses/quizzes/attempt.html", context, status=status)


@login_required
def attempt_take(request, pk: int):
    attempt = _own_attempt(request, pk)
    if attempt.state != AttemptState.OPEN:
        return redirect("courses:quizzes:result", pk=attempt.pk)
    questions = attempt_questions(attempt=attempt)
    if request.method != "POST":
        return _render_attempt(request, attempt, QuizAttemptForm(questions=questions))
    form = QuizAttemptForm(request.POST, questions=questions)
    if not form.is_valid():
        return _render_attempt(request, attempt, form, status=400)
    try:
        attempt = quiz_attempt_submit(
            attempt=attempt, responses=form.responses(), questions=questions
        )
    except QuizResponseError as error:
        form.add_question_errors(error.message_dict)
        return _render_attempt(request, attempt, form, status=400)
    if attempt.state == AttemptState.EXPIRED:
        messages.error(request, _("The time limit had passed: this attempt was not graded."))
    return redirect("courses:quizzes:result", pk=attempt.pk)


@login_required
def attempt_result(request, pk: int):
    attempt = _own_attempt(request, pk)
    if attempt.state == AttemptState.OPEN:
        return redirect("courses:quizzes:attempt", pk=attempt.pk)
    status = quiz_statuses_for(user=request.user, quizzes=[attempt.quiz])[0]
    context = {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "status": status,
        "review": attempt_review(attempt=attempt),
    }
    return render(request, "courses/quizzes/result.html", context)


def _grader_only(request):
    if not can_grade(request.user):
        raise PermissionDenied


@login_required
def grading_list(request):
    _grader_only(request)
    answers = grading_queue(grader=request.user)
    return render(request, "courses/quizzes/grading_list.html", {"answers": answers})


@login_required
def grading_answer(request, pk: int):
    _grader_only(request)
    answer = answer_to_grade(grader=request.user, pk=pk)
    if answer is None:
        if not answer_already_graded(grader=request.user, pk=pk):
            raise Http404
        messages.info(request, _("This answer has already been graded."))
        return redirect("courses:quizzes:grading")
    form = GradeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            quiz_answer_grade(
                answer=answer,
                grader=request.user,
                score=Decimal(form.cleaned_data["score"]),
                feedback=form.cleaned_data["feedback"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Grade saved."))
            return redirect(reverse("courses:quizzes:grading"))
    context = {"answer": answer, "question": answer.question.get_real_instance(), "form": form}
    return render(request, "courses/quizzes/grading_answer.html", context)
