"""Quiz authoring in the Wagtail admin: the bank by question type, quizzes, and their reports.

Registered through `@hooks.register` here; courses/wagtail_hooks.py imports this module.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button

from ..cohorts.selectors import cohorts_run_by, sees_every_cohort
from ..models import Cohort
from ..models.quizzes import (
    FreeTextQuestion,
    MultipleChoiceQuestion,
    OrderingQuestion,
    Question,
    QuestionCategory,
    Quiz,
    ScenarioQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from .selectors import (
    charter_themes_missed,
    question_statistics,
    questions_with_choices,
    report_cohorts,
)

AUTHOR_ROLES = ("trainer", "editor")


def _authors_only(request):
    if not request.user.has_role(*AUTHOR_ROLES):
        raise PermissionDenied


class QuestionIndexView(generic.IndexView):
    def get_base_queryset(self):
        # Only this exact type: the single-choice list does not repeat the scenarios.
        return (
            super().get_base_queryset().filter(polymorphic_ctype__model=self.model._meta.model_name)
        )


class QuestionViewSet(ModelViewSet):
    index_view_class = QuestionIndexView
    icon = "help"
    list_display = ["key", "text_fr", "category", "charter_theme"]
    list_filter = ["category", "charter_theme"]
    search_fields = ["key", "text_fr", "text_en"]
    copy_view_enabled = True
    inspect_view_enabled = False


def _question_viewset(model, name: str, label):
    return type(
        f"{model.__name__}ViewSet", (QuestionViewSet,), {"model": model, "menu_label": label}
    )(name)


class CategoryViewSet(ModelViewSet):
    model = QuestionCategory
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    form_fields = ["key", "name_fr", "name_en"]
    list_display = ["key", "name_fr", "name_en"]
    copy_view_enabled = False


class QuizIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance):
        return [
            *super().get_list_more_buttons(instance),
            Button(_("Preview"), url=reverse("quiz_preview", args=[instance.pk]), icon_name="view"),
            Button(
                _("Statistics"),
                url=reverse("quiz_statistics", args=[instance.pk]),
                icon_name="table",
            ),
        ]


class QuizViewSet(ModelViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Quizzes")
    list_display = ["title_fr", "session", "programme", "pass_mark", "max_attempts"]
    copy_view_enabled = False

    index_view_class = QuizIndexView


class QuizBankGroup(ViewSetGroup):
    menu_label = _("Quizzes")
    menu_icon = "tasks"
    menu_order = 230
    items = (
        QuizViewSet("quiz_quizzes"),
        CategoryViewSet("quiz_categories"),
        _question_viewset(SingleChoiceQuestion, "quiz_single", _("Single-choice questions")),
        _question_viewset(MultipleChoiceQuestion, "quiz_multiple", _("Multiple-choice questions")),
        _question_viewset(TrueFalseQuestion, "quiz_truefalse", _("True/false questions")),
        _question_viewset(ScenarioQuestion, "quiz_scenarios", _("Publish-or-not scenarios")),
        _question_viewset(OrderingQuestion, "quiz_ordering", _("Ordering questions")),
        _question_viewset(FreeTextQuestion, "quiz_freetext", _("Free-text questions")),
    )


@hooks.register("register_admin_viewset")
def register_quiz_viewsets():
    return QuizBankGroup()


def quiz_statistics_view(request, pk: int):
    _authors_only(request)
    quiz = get_object_or_404(Quiz, pk=pk)
    filters = _report_filters(request)
    context = {
        "header_title": _("Quiz statistics"),
        "quiz": quiz,
        "statistics": question_statistics(
            quiz=quiz, organisation_id=filters["organisation_id"], cohorts=filters["scope"]
        ),
        **filters,
    }
    return render(request, "courses/quizzes/admin/statistics.html", context)


def quiz_preview_view(request, pk: int):
    """Every question the quiz may ask, with its right answers, for its authors."""
    _authors_only(request)
    quiz = get_object_or_404(Quiz, pk=pk)
    fixed = [item.question_id for item in quiz.fixed_questions.all()]
    draws = list(quiz.draws.select_related("category"))
    pool = list(
        Question.objects.non_polymorphic()
        .filter(category__in=[draw.category for draw in draws])
        .values_list("pk", flat=True)
    )
    questions = questions_with_choices(fixed + pool)
    context = {
        "header_title": _("Quiz preview"),
        "quiz": quiz,
        "fixed": [questions[pk] for pk in fixed if pk in questions],
        "draws": [
            {
                "draw": draw,
                "questions": [
                    q
                    for q in questions.values()
                    if q.category_id == draw.category_id and q.pk not in fixed
                ],
            }
            for draw in draws
        ],
    }
    return render(request, "courses/quizzes/admin/preview.html", context)


def _organisation_id(request) -> str | None:
    """The organisation filter, when it is a number (anything else shows every one)."""
    value = request.GET.get("organisation", "")
    return value if value.isdigit() else None


def _organisations():
    from django.apps import apps

    return apps.get_model("lms", "Organisation").objects.order_by("name")


def _report_filters(request) -> dict:
    """The organisation and cohort filters of a report, and the cohorts it covers (`scope`):
    a trainer sees the answers of their own cohorts only; another cohort answers 404."""
    value = request.GET.get("cohort", "")
    cohort_id = int(value) if value.isdigit() else None
    try:
        scope = report_cohorts(viewer=request.user, cohort_id=cohort_id)
    except Cohort.DoesNotExist:
        raise Http404 from None
    return {
        "organisations": _organisations(),
        "organisation_id": _organisation_id(request),
        "cohorts": cohorts_run_by(viewer=request.user).order_by("name"),
        "cohort_id": str(cohort_id) if cohort_id else None,
        "scope": scope,
        "sees_every_cohort": sees_every_cohort(request.user),
    }


def charter_themes_view(request):
    _authors_only(request)
    filters = _report_filters(request)
    context = {
        "header_title": _("Charter themes missed"),
        "rows": charter_themes_missed(
            organisation_id=filters["organisation_id"], cohorts=filters["scope"]
        ),
        **filters,
    }
    return render(request, "courses/quizzes/admin/themes.html", context)


@hooks.register("register_admin_urls")
def register_quiz_report_urls():
    return [
        path("quiz-reports/<int:pk>/statistics/", quiz_statistics_view, name="quiz_statistics"),
        path("quiz-reports/<int:pk>/preview/", quiz_preview_view, name="quiz_preview"),
        path("quiz-reports/themes/", charter_themes_view, name="quiz_charter_themes"),
    ]


class AuthorsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_role(*AUTHOR_ROLES)


@hooks.register("register_admin_menu_item")
def register_themes_menu_item():
    return AuthorsMenuItem(
        _("Charter themes missed"), reverse("quiz_charter_themes"), icon_name="warning", order=235
    )


@hooks.register("register_admin_menu_item")
def register_grading_menu_item():
    return AuthorsMenuItem(
        _("Quiz answers to grade"), reverse("courses:quizzes:grading"), icon_name="edit", order=236
    )
