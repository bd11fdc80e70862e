"""Reads about quizzes: which quiz follows a page, an attempt's questions, results, statistics."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q, QuerySet

from ..cohorts.selectors import SEATED_STATES, cohorts_run_by, sees_every_cohort
from ..models import Cohort, Enrolment, ProgrammePage, SessionPage
from ..models.quizzes import (
    AttemptState,
    CharterTheme,
    Choice,
    FreeTextQuestion,
    Question,
    Quiz,
    QuizAnswer,
    QuizAttempt,
    ReviewContent,
    ReviewTiming,
)

QUIZ_ROLES = ("ambassador", "trainer", "coach", "editor")
GRADER_ROLES = ("trainer", "editor")


def can_take_quizzes(user) -> bool:
    return bool(user and user.is_authenticated and user.has_role(*QUIZ_ROLES))


def can_grade(user) -> bool:
    return bool(user and user.is_authenticated and user.has_role(*GRADER_ROLES))


def quiz_for_session(*, session: SessionPage) -> Quiz | None:
    """The quiz after `session`, whatever the language of the page (shared translation key)."""
    return Quiz.objects.filter(session__translation_key=session.translation_key).first()


def final_quiz_for_programme(*, programme: ProgrammePage) -> Quiz | None:
    return Quiz.objects.filter(programme__translation_key=programme.translation_key).first()


def questions_with_choices(question_ids: list[int]) -> dict[int, Question]:
    """The questions as their own types, each with its choices attached, by id.

    One query per question type present, plus one for every choice.
    """
    questions = {q.pk: q for q in Question.objects.filter(pk__in=question_ids)}
    choices = defaultdict(list)
    for choice in Choice.objects.filter(question_id__in=question_ids).order_by("position", "pk"):
        choices[choice.question_id].append(choice)
    for pk, question in questions.items():
        question.attach_choices(choices[pk])
    return questions


def attempt_questions(*, attempt: QuizAttempt) -> list[Question]:
    """The attempt's questions in its fixed order; `shown_choices` in its fixed choice order."""
    questions = questions_with_choices(attempt.question_ids())
    result = []
    for item in attempt.layout:
        question = questions.get(item["question"])
        if question is None:  # removed from the bank since the draw
            continue
        by_id = {choice.pk: choice for choice in question.choice_list()}
        question.shown_choices = [by_id[pk] for pk in item["choices"] if pk in by_id]
        result.append(question)
    return result


def attempts_for(*, user, quiz: Quiz) -> list[QuizAttempt]:
    return list(QuizAttempt.objects.filter(user=user, quiz=quiz).order_by("number"))


def open_attempt_for(*, user, quiz: Quiz) -> QuizAttempt | None:
    return QuizAttempt.objects.filter(user=user, quiz=quiz, state=AttemptState.OPEN).first()


def quiz_passed(*, user, quiz: Quiz) -> bool:
    return QuizAttempt.objects.filter(user=user, quiz=quiz, passed=True).exists()


def quizzes_passed_for(*, users, quizzes) -> dict[tuple[int, int], bool]:
    """Whether each user passed each quiz, keyed by (user id, quiz id): one query."""
    user_ids = [getattr(user, "pk", user) for user in users]
    quiz_ids = [getattr(quiz, "pk", quiz) for quiz in quizzes]
    passed = set(
        QuizAttempt.objects.filter(user_id__in=user_ids, quiz_id__in=quiz_ids, passed=True)
        .values_list("user_id", "quiz_id")
        .distinct()
    )
    return {(u, q): (u, q) in passed for u in user_ids for q in quiz_ids}


@dataclass
class QuizStatus:
    quiz: Quiz
    attempts: list[QuizAttempt]

    @property
    def passed(self) -> bool:
        return any(attempt.passed for attempt in self.attempts)

    @property
    def open_attempt(self) -> QuizAttempt | None:
        return next((a for a in self.attempts if a.state == AttemptState.OPEN), None)

    @property
    def awaiting_grading(self) -> bool:
        return any(a.state == AttemptState.AWAITING_GRADING for a in self.attempts)

    @property
    def attempts_left(self) -> int:
        return max(0, self.quiz.max_attempts - len(self.attempts))

    @property
    def best_score(self) -> Decimal | None:
        scores = [a.score for a in self.attempts if a.score is not None]
        return max(scores) if scores else None

    @property
    def can_start(self) -> bool:
        return not self.passed and (self.open_attempt is not None or self.attempts_left > 0)


def quiz_statuses_for(*, user, quizzes: list[Quiz]) -> list[QuizStatus]:
    """Where `user` stands in each quiz (one query for every attempt)."""
    attempts = defaultdict(list)
    for attempt in QuizAttempt.objects.filter(user=user, quiz__in=quizzes).order_by("number"):
        attempts[attempt.quiz_id].append(attempt)
    return [QuizStatus(quiz, attempts[quiz.pk]) for quiz in quizzes]


def quizzes_for_programme(*, programme: ProgrammePage) -> list[Quiz]:
    """The session quizzes in session order, then the final quiz: two queries."""
    session_keys = {s.translation_key: s.number for s in SessionPage.objects.child_of(programme)}
    quizzes = Quiz.objects.select_related("session", "programme").filter(
        Q(session__translation_key__in=session_keys)
        | Q(programme__translation_key=programme.translation_key)
    )
    return sorted(
        quizzes, key=lambda q: session_keys.get(q.session.translation_key, 9) if q.session else 9
    )


@dataclass
class Review:
    """What the learner may see of a submitted attempt, following the quiz's settings."""

    attempt: QuizAttempt
    show_answers: bool = False
    show_explanations: bool = False
    items: list[dict] = field(default_factory=list)


def attempt_review(*, attempt: QuizAttempt) -> Review:
    quiz = attempt.quiz
    review = Review(attempt)
    if attempt.state == AttemptState.OPEN or quiz.review_content == ReviewContent.SCORE:
        return review
    if quiz.review_timing == ReviewTiming.FINAL:
        status = quiz_statuses_for(user=attempt.user, quizzes=[quiz])[0]
        if not (status.passed or (status.attempts_left == 0 and attempt.is_final)):
            return review
    elif not attempt.is_final:
        return review
    review.show_answers = True
    review.show_explanations = quiz.review_content == ReviewContent.EXPLANATIONS
    answers = {a.question_id: a for a in attempt.answers.all()}
    for question in attempt_questions(attempt=attempt):
        answer = answers.get(question.pk)
        response = answer.response if answer else None
        given = response if isinstance(response, list) else [response]
        by_id = {choice.pk: choice for choice in question.choice_list()}
        review.items.append(
            {
                "question": question,
                "answer": answer,
                "given": set(given),
                "given_choices": [by_id[pk] for pk in given if pk in by_id],
            }
        )
    return review


def _members_of(cohorts) -> QuerySet:
    """The ids of the people seated (confirmed or completed) in `cohorts`, as a subquery."""
    return Enrolment.objects.filter(cohort__in=cohorts, state__in=SEATED_STATES).values("user_id")


def _gradable_answers(grader):
    """Free-text answers `grader` may grade: an editor every one, a trainer those of the people
    seated in the cohorts they run."""
    if not can_grade(grader):
        return QuizAnswer.objects.none()
    answers = QuizAnswer.objects.filter(
        question__polymorphic_ctype__model=FreeTextQuestion._meta.model_name,
    )
    if sees_every_cohort(grader):
        return answers
    return answers.filter(attempt__user_id__in=_members_of(cohorts_run_by(viewer=grader)))


def _waiting_answers(grader):
    return _gradable_answers(grader).filter(
        score__isnull=True, attempt__state=AttemptState.AWAITING_GRADING
    )


def grading_queue(*, grader) -> list[QuizAnswer]:
    """The answers `grader` may grade, oldest first."""
    return list(
        _waiting_answers(grader)
        .select_related("attempt__quiz", "attempt__user", "question")
        .order_by("attempt__submitted_at", "pk")
    )


def grading_queue_count(*, grader) -> int:
    return _waiting_answers(grader).count()


def quiz_status_for_session(*, user, session: SessionPage) -> QuizStatus | None:
    """The learner's status in the quiz after `session` (for the session page), or None."""
    quiz = quiz_for_session(session=session)
    return quiz_statuses_for(user=user, quizzes=[quiz])[0] if quiz else None


def answer_to_grade(*, grader, pk: int) -> QuizAnswer | None:
    return (
        _waiting_answers(grader)
        .select_related("attempt__quiz", "attempt__user", "question")
        .filter(pk=pk)
        .first()
    )


def answer_already_graded(*, grader, pk: int) -> bool:
    """True when the answer is one `grader` may grade and its grade is already given."""
    return _gradable_answers(grader).filter(pk=pk).exclude(score__isnull=True).exists()


@dataclass
class QuestionStatistics:
    question: Question
    answered: int = 0
    total_score: Decimal = Decimal(0)
    wrong_choices: Counter = field(default_factory=Counter)

    @property
    def success_rate(self) -> int | None:
        return round(100 * self.total_score / self.answered) if self.answered else None

    @property
    def most_chosen_wrong(self) -> tuple[Choice, int] | None:
        if not self.wrong_choices:
            return None
        choice_id, count = self.wrong_choices.most_common(1)[0]
        by_id = {choice.pk: choice for choice in self.question.choice_list()}
        return (by_id[choice_id], count) if choice_id in by_id else None


def report_cohorts(*, viewer, cohort_id: int | None = None) -> QuerySet[Cohort] | None:
    """The cohorts whose answers a quiz report covers for `viewer`: the chosen cohort, else
    every cohort a trainer runs; None (no limit) for an editor who chose none. Raises
    Cohort.DoesNotExist for a cohort the viewer does not run."""
    cohorts = cohorts_run_by(viewer=viewer)
    if cohort_id is not None:
        return cohorts.filter(pk=cohorts.get(pk=cohort_id).pk)
    return None if sees_every_cohort(viewer) else cohorts


def _graded_answers(*, quiz: Quiz | None = None, organisation_id: int | None = None, cohorts=None):
    """Graded answers as (question id, response, score); `cohorts` limits them to the people
    seated in those cohorts (None: no limit)."""
    answers = QuizAnswer.objects.filter(score__isnull=False).exclude(
        attempt__state=AttemptState.OPEN
    )
    if quiz is not None:
        answers = answers.filter(attempt__quiz=quiz)
    if organisation_id:
        answers = answers.filter(attempt__user__organisation_id=organisation_id)
    if cohorts is not None:
        answers = answers.filter(attempt__user_id__in=_members_of(cohorts))
    return answers.values_list("question_id", "response", "score")


def _wrong_choice_ids(question: Question, response) -> list[int]:
    if not question.uses_choices or response is None:
        return []
    given = response if isinstance(response, list) else [response]
    if type(question).__name__ == "OrderingQuestion":
        return []
    correct = question.correct_choice_ids()
    return [pk for pk in given if pk not in correct]


def question_statistics(*, quiz: Quiz, organisation_id: int | None = None, cohorts=None):
    """Per question of `quiz`'s answers: success rate and the most chosen wrong answer.
    `cohorts` (see report_cohorts) limits them to the members of those cohorts."""
    rows = list(_graded_answers(quiz=quiz, organisation_id=organisation_id, cohorts=cohorts))
    questions = questions_with_choices(sorted({row[0] for row in rows}))
    stats = {pk: QuestionStatistics(question) for pk, question in questions.items()}
    for question_id, response, score in rows:
        item = stats[question_id]
        item.answered += 1
        item.total_score += score
        item.wrong_choices.update(_wrong_choice_ids(item.question, response))
    return sorted(stats.values(), key=lambda s: (s.success_rate is None, s.success_rate or 0))


def charter_themes_missed(*, organisation_id: int | None = None, cohorts=None) -> list[dict]:
    """Charter themes by how often their questions were missed (score below 1), most first.
    `cohorts` (see report_cohorts) limits the answers to the members of those cohorts."""
    themes = dict(
        Question.objects.non_polymorphic()
        .exclude(charter_theme="")
        .values_list("pk", "charter_theme")
    )
    asked, missed = Counter(), Counter()
    answers = _graded_answers(organisation_id=organisation_id, cohorts=cohorts)
    for question_id, _response, score in answers:
        theme = themes.get(question_id)
        if theme:
            asked[theme] += 1
            missed[theme] += score < 1
    rows = [
        {
            "theme": CharterTheme(theme).label,
            "key": theme,
            "asked": asked[theme],
            "missed": missed[theme],
            "rate": round(100 * missed[theme] / asked[theme]),
        }
        for theme in asked
    ]
    return sorted(rows, key=lambda row: (-row["rate"], -row["missed"]))
