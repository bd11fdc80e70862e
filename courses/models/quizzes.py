"""Quizzes: a bank of polymorphic question types, quizzes drawn from it, attempts and answers.

Questions are bilingual (a `_fr` and an `_en` field for each text) rather than one row per
language: a quiz assesses the same judgement whatever language the ambassador reads it in, so
an attempt, its random draw and the statistics stay one, and switching language mid-attempt
shows the same questions. Each question type scores its own response (`score`) after checking
it (`validate_response`); responses are plain JSON: a choice id, a list of ids, a boolean or text.
"""

from decimal import Decimal

from polymorphic.models import PolymorphicModel

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel

ONE = Decimal(1)
ZERO = Decimal(0)

__all__ = [
    "CharterTheme",
    "Choice",
    "FreeTextQuestion",
    "MultipleChoiceQuestion",
    "OrderingQuestion",
    "Question",
    "QuestionCategory",
    "Quiz",
    "QuizAnswer",
    "QuizAttempt",
    "QuizCategoryDraw",
    "QuizFixedQuestion",
    "ScenarioDecision",
    "ScenarioQuestion",
    "SingleChoiceQuestion",
    "SocialNetwork",
    "TrueFalseQuestion",
]


def localized(obj, name: str) -> str:
    """`obj.<name>_<current language>`, falling back to French when that one is empty."""
    language = (get_language() or "fr")[:2]
    return getattr(obj, f"{name}_{language}", "") or getattr(obj, f"{name}_fr")


class CharterTheme(models.TextChoices):
    """Stable keys of the charter's themes (the charter app is not imported)."""

    VOLUNTARY = "voluntary", _("Voluntary participation")
    DISCLOSURE = "disclosure", _("Disclosure of the employer")
    CONFIDENTIALITY = "confidentiality", _("Confidentiality")
    TONE = "tone", _("Tone and courtesy")
    CRISIS = "crisis", _("Crisis and sensitive topics")
    IMAGE_RIGHTS = "image_rights", _("Image rights")
    ACCOUNTS = "accounts", _("Personal and official accounts")
    TRANSPARENCY = "transparency", _("Transparency and sincerity")
    NETWORKS = "networks", _("Choice of network")


class SocialNetwork(models.TextChoices):
    LINKEDIN = "linkedin", "LinkedIn"
    TIKTOK = "tiktok", "TikTok"
    X = "x", "X"
    INSTAGRAM = "instagram", "Instagram"
    FACEBOOK = "facebook", "Facebook"


class ScenarioDecision(models.TextChoices):
    PUBLISH = "publish", _("Publish")
    PUBLISH_AFTER_CHANGES = "publish_after_changes", _("Publish after changes")
    DO_NOT_PUBLISH = "do_not_publish", _("Do not publish")


class QuestionCategory(models.Model):
    key = models.SlugField(_("key"), max_length=80, unique=True)
    name_fr = models.CharField(_("name (French)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)

    class Meta:
        ordering = ["key"]
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")

    def __str__(self):
        return localized(self, "name")


class Question(ClusterableModel, PolymorphicModel):
    """A question of the bank. Subclasses define how a response is checked and scored."""

    needs_trainer = False  # free text: a trainer gives the score
    uses_choices = False

    category = models.ForeignKey(
        QuestionCategory,
        on_delete=models.PROTECT,
        related_name="questions",
        verbose_name=_("category"),
    )
    key = models.SlugField(
        _("key"), max_length=80, unique=True, help_text=_("A stable identifier, e.g. s1-voluntary")
    )
    text_fr = models.TextField(_("question (French)"))
    text_en = models.TextField(_("question (English)"), blank=True)
    explanation_fr = models.TextField(_("explanation (French)"), blank=True)
    explanation_en = models.TextField(_("explanation (English)"), blank=True)
    charter_theme = models.CharField(
        _("charter theme"), max_length=32, choices=CharterTheme.choices, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    common_panels = [
        FieldRowPanel([FieldPanel("category"), FieldPanel("key"), FieldPanel("charter_theme")]),
        FieldPanel("text_fr"),
        FieldPanel("text_en"),
        FieldPanel("explanation_fr"),
        FieldPanel("explanation_en"),
    ]
    choice_panels = [InlinePanel("choices", heading=_("Choices"), min_num=2)]
    panels = common_panels

    class Meta:
        ordering = ["category__key", "key"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return f"{self.key} · {self.text_fr[:80]}"

    @property
    def text(self) -> str:
        return localized(self, "text")

    @property
    def explanation(self) -> str:
        return localized(self, "explanation")

    @property
    def kind(self) -> str:
        return type(self).__name__.removesuffix("Question").lower()

    # Choices are attached by the selectors (one query for every question of an attempt).
    def choice_list(self) -> list["Choice"]:
        if not hasattr(self, "_choice_list"):
            self._choice_list = list(self.choices.all())
        return self._choice_list

    def attach_choices(self, choices: list["Choice"]) -> None:
        self._choice_list = choices

    def choice_ids(self) -> set[int]:
        return {choice.pk for choice in self.choice_list()}

    def validate_response(self, response):
        """Raise ValidationError with a clear message when `response` cannot be scored."""
        raise NotImplementedError

    def score(self, response) -> Decimal | None:
        """The score in [0, 1] of a response (None when a person must grade it)."""
        raise NotImplementedError

    def _check_choice(self, value) -> int:
        try:
            choice_id = int(value)
        except (TypeError, ValueError):
            raise ValidationError(_("This answer is not a valid choice.")) from None
        if choice_id not in self.choice_ids():
            raise ValidationError(_("This answer is not one of this question's choices."))
        return choice_id

    def correct_choice_ids(self) -> set[int]:
        return {choice.pk for choice in self.choice_list() if choice.is_correct}


class Choice(models.Model):
    """An option of a choice, scenario or ordering question (ordering: `position` is the key)."""

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="choices")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    text_fr = models.CharField(_("text (French)"), max_length=500, blank=True)
    text_en = models.CharField(_("text (English)"), max_length=500, blank=True)
    is_correct = models.BooleanField(_("correct"), default=False)
    decision = models.CharField(
        _("decision (scenarios)"), max_length=32, choices=ScenarioDecision.choices, blank=True
    )
    explanation_fr = models.TextField(_("explanation (French)"), blank=True)
    explanation_en = models.TextField(_("explanation (English)"), blank=True)
    charter_theme = models.CharField(
        _("charter theme"), max_length=32, choices=CharterTheme.choices, blank=True
    )

    panels = [
        FieldRowPanel([FieldPanel("position"), FieldPanel("is_correct"), FieldPanel("decision")]),
        FieldPanel("text_fr"),
        FieldPanel("text_en"),
        FieldPanel("explanation_fr"),
        FieldPanel("explanation_en"),
        FieldPanel("charter_theme"),
    ]

    class Meta:
        ordering = ["question_id", "position", "pk"]
        verbose_name = _("choice")
        verbose_name_plural = _("choices")

    def __str__(self):
        return self.text

    @property
    def text(self) -> str:
        if self.decision and not self.text_fr:
            return ScenarioDecision(self.decision).label
        return localized(self, "text")

    @property
    def explanation(self) -> str:
        return localized(self, "explanation")


class SingleChoiceQuestion(Question):
    uses_choices = True
    panels = [*Question.common_panels, *Question.choice_panels]

    class Meta:
        verbose_name = _("single-choice question")
        verbose_name_plural = _("single-choice questions")

    def validate_response(self, response):
        return self._check_choice(response)

    def score(self, response) -> Decimal:
        return ONE if response in self.correct_choice_ids() else ZERO


class MultipleChoiceQuestion(Question):
    uses_choices = True
    partial_credit = models.BooleanField(
        _("partial credit"),
        default=True,
        help_text=_(
            "Each correct choice earns its share, each wrong one takes a share away. "
            "Otherwise all or nothing."
        ),
    )
    panels = [*Question.common_panels, FieldPanel("partial_credit"), *Question.choice_panels]

    class Meta:
        verbose_name = _("multiple-choice question")
        verbose_name_plural = _("multiple-choice questions")

    def validate_response(self, response):
        values = response if isinstance(response, list) else [response]
        chosen = [self._check_choice(value) for value in values]
        if len(set(chosen)) != len(chosen):
            raise ValidationError(_("The same choice was given twice."))
        return chosen

    def score(self, response) -> Decimal:
        chosen, correct = set(response or []), self.correct_choice_ids()
        if not correct:
            return ONE if not chosen else ZERO
        if not self.partial_credit:
            return ONE if chosen == correct else ZERO
        earned = len(chosen & correct) - len(chosen - correct)
        return max(ZERO, Decimal(earned) / Decimal(len(correct))).quantize(Decimal("0.0001"))


class TrueFalseQuestion(Question):
    correct_answer = models.BooleanField(_("the statement is true"), default=True)
    panels = [*Question.common_panels, FieldPanel("correct_answer")]

    class Meta:
        verbose_name = _("true/false question")
        verbose_name_plural = _("true/false questions")

    def validate_response(self, response):
        if response in (True, "true"):
            return True
        if response in (False, "false"):
            return False
        raise ValidationError(_("Answer true or false."))

    def score(self, response) -> Decimal:
        return ONE if response is self.correct_answer else ZERO


class ScenarioQuestion(SingleChoiceQuestion):
    """Would you publish this post? One choice per decision, each explained and themed."""

    post_author = models.CharField(_("post author"), max_length=200)
    post_text_fr = models.TextField(_("post text (French)"))
    post_text_en = models.TextField(_("post text (English)"), blank=True)
    post_hashtags = models.CharField(_("hashtags"), max_length=300, blank=True)
    post_network = models.CharField(
        _("network"), max_length=16, choices=SocialNetwork.choices, default=SocialNetwork.LINKEDIN
    )
    panels = [
        *Question.common_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("post_author"), FieldPanel("post_network")]),
                FieldPanel("post_text_fr"),
                FieldPanel("post_text_en"),
                FieldPanel("post_hashtags"),
            ],
            heading=_("The post"),
        ),
        InlinePanel("choices", heading=_("Decisions"), min_num=3, max_num=3),
    ]

    class Meta:
        verbose_name = _("publish-or-not scenario")
        verbose_name_plural = _("publish-or-not scenarios")

    @property
    def post_text(self) -> str:
        return localized(self, "post_text")

    def hashtag_list(self) -> list[str]:
        return self.post_hashtags.split()


class OrderingQuestion(Question):
    """Put the items in order; each item in its right place earns its share (or all-or-none)."""

    uses_choices = True
    partial_credit = models.BooleanField(_("partial credit"), default=True)
    panels = [*Question.common_panels, FieldPanel("partial_credit"), *Question.choice_panels]

    class Meta:
        verbose_name = _("ordering question")
        verbose_name_plural = _("ordering questions")

    def validate_response(self, response):
        if not isinstance(response, list):
            raise ValidationError(_("Give the items in an order."))
        order = [self._check_choice(value) for value in response]
        if sorted(order) != sorted(self.choice_ids()):
            raise ValidationError(_("Place every item exactly once."))
        return order

    def score(self, response) -> Decimal:
        expected = [c.pk for c in sorted(self.choice_list(), key=lambda c: (c.position, c.pk))]
        if not response:
            return ZERO
        right = sum(1 for given, wanted in zip(response, expected, strict=False) if given == wanted)
        if not self.partial_credit:
            return ONE if right == len(expected) else ZERO
        return (Decimal(right) / Decimal(len(expected))).quantize(Decimal("0.0001"))


class FreeTextQuestion(Question):
    needs_trainer = True
    max_length = models.PositiveIntegerField(_("maximum length"), default=1500)
    guidance_fr = models.TextField(_("grading guidance (French)"), blank=True)
    guidance_en = models.TextField(_("grading guidance (English)"), blank=True)
    panels = [
        *Question.common_panels,
        FieldPanel("max_length"),
        FieldPanel("guidance_fr"),
        FieldPanel("guidance_en"),
    ]

    class Meta:
        verbose_name = _("free-text question")
        verbose_name_plural = _("free-text questions")

    @property
    def guidance(self) -> str:
        return localized(self, "guidance")

    def validate_response(self, response):
        text = (response or "").strip() if isinstance(response, str) else None
        if text is None:
            raise ValidationError(_("Write your answer as text."))
        if len(text) > self.max_length:
            raise ValidationError(
                _("Keep your answer under %(count)s characters.") % {"count": self.max_length}
            )
        return text

    def score(self, response) -> None:
        return None


class ReviewContent(models.TextChoices):
    SCORE = "score", _("Score only")
    ANSWERS = "answers", _("Score and correct answers")
    EXPLANATIONS = "explanations", _("Score, correct answers and explanations")


class ReviewTiming(models.TextChoices):
    IMMEDIATELY = "immediately", _("As soon as the attempt is graded")
    FINAL = "final", _("Once the ambassador has passed or used every attempt")


class Quiz(ClusterableModel):
    """A quiz after one session (linked to its original-language page) or the final quiz."""

    title_fr = models.CharField(_("title (French)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    intro_fr = models.TextField(_("introduction (French)"), blank=True)
    intro_en = models.TextField(_("introduction (English)"), blank=True)
    session = models.OneToOneField(
        "courses.SessionPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("session"),
        help_text=_("The session's French page; its translations share the quiz."),
    )
    programme = models.OneToOneField(
        "courses.ProgrammePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("programme (final certification quiz)"),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=80, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("maximum attempts"), default=3, validators=[MinValueValidator(1)]
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"), null=True, blank=True
    )
    shuffle_choices = models.BooleanField(_("shuffle the choices"), default=True)
    review_content = models.CharField(
        _("shown after submission"),
        max_length=16,
        choices=ReviewContent.choices,
        default=ReviewContent.EXPLANATIONS,
    )
    review_timing = models.CharField(
        _("shown when"), max_length=16, choices=ReviewTiming.choices, default=ReviewTiming.FINAL
    )

    panels = [
        FieldPanel("title_fr"),
        FieldPanel("title_en"),
        FieldPanel("intro_fr"),
        FieldPanel("intro_en"),
        FieldRowPanel([FieldPanel("session"), FieldPanel("programme")]),
        FieldRowPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("max_attempts"),
                FieldPanel("time_limit_minutes"),
            ]
        ),
        FieldRowPanel(
            [
                FieldPanel("shuffle_choices"),
                FieldPanel("review_content"),
                FieldPanel("review_timing"),
            ]
        ),
        InlinePanel("fixed_questions", heading=_("Questions always asked")),
        InlinePanel("draws", heading=_("Random questions per category")),
    ]

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        constraints = [
            models.CheckConstraint(
                condition=~(models.Q(session__isnull=False) & models.Q(programme__isnull=False)),
                name="quiz_session_or_programme",
            )
        ]

    def __str__(self):
        return self.title

    @property
    def title(self) -> str:
        return localized(self, "title")

    @property
    def intro(self) -> str:
        return localized(self, "intro")

    def clean(self):
        super().clean()
        if self.session_id and self.programme_id:
            raise ValidationError(
                _("A quiz follows one session or closes the programme: not both.")
            )
        page = self.session or self.programme
        if page is not None and page.locale.language_code != settings.LANGUAGE_CODE:
            raise ValidationError(_("Choose the page in the default language (French)."))


class QuizFixedQuestion(models.Model):
    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="fixed_questions")
    question = models.ForeignKey(
        Question, on_delete=models.PROTECT, related_name="+", verbose_name=_("question")
    )
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    panels = [FieldPanel("question")]

    class Meta:
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["quiz", "question"], name="quiz_fixed_question_once")
        ]

    def __str__(self):
        return str(self.question)


class QuizCategoryDraw(models.Model):
    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="draws")
    category = models.ForeignKey(
        QuestionCategory, on_delete=models.PROTECT, related_name="+", verbose_name=_("category")
    )
    count = models.PositiveSmallIntegerField(
        _("number of questions"), default=3, validators=[MinValueValidator(1)]
    )
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    panels = [FieldRowPanel([FieldPanel("category"), FieldPanel("count")])]

    class Meta:
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return f"{self.category} × {self.count}"


class AttemptState(models.TextChoices):
    OPEN = "open", _("In progress")
    AWAITING_GRADING = "awaiting_grading", _("Awaiting grading")
    GRADED = "graded", _("Graded")
    EXPIRED = "expired", _("Time ran out")


class QuizAttempt(models.Model):
    """One go at a quiz. `layout` fixes the drawn questions and each one's choice order."""

    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="attempts")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    number = models.PositiveSmallIntegerField(_("attempt number"))
    state = models.CharField(
        _("state"), max_length=20, choices=AttemptState.choices, default=AttemptState.OPEN
    )
    # [{"question": id, "choices": [id, ...]}, ...] in the order shown
    layout = models.JSONField(default=list)
    started_at = models.DateTimeField(_("started"))
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    graded_at = models.DateTimeField(_("graded"), null=True, blank=True)
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2, null=True)
    passed = models.BooleanField(_("passed"), null=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        constraints = [
            models.UniqueConstraint(
                fields=["quiz", "user"],
                condition=models.Q(state="open"),
                name="quiz_attempt_one_open_per_user",
            ),
            models.UniqueConstraint(fields=["quiz", "user", "number"], name="quiz_attempt_number"),
        ]

    def __str__(self):
        return f"{self.quiz} · {self.user} · {self.number}"

    @property
    def is_open(self) -> bool:
        return self.state == AttemptState.OPEN

    @property
    def is_final(self) -> bool:
        return self.state in (AttemptState.GRADED, AttemptState.EXPIRED)

    def question_ids(self) -> list[int]:
        return [item["question"] for item in self.layout]


class QuizAnswer(models.Model):
    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="answers")
    response = models.JSONField(null=True)
    score = models.DecimalField(max_digits=5, decimal_places=4, null=True)
    feedback = models.TextField(_("feedback"), blank=True)
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    graded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("quiz answer")
        verbose_name_plural = _("quiz answers")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "question"], name="quiz_answer_once")
        ]

    def __str__(self):
        return f"{self.attempt} · {self.question.key}"
