"""What invalidates the learner reads kept in the cache (courses.caching): derived data only.

Writes made without signals (QuerySet.update, bulk_create, SQL) are seen when the entries
expire (ENTRY_SECONDS); code that changes enrolments, cohorts or completions in bulk should
call `tokens_change` with the learners concerned.
"""

from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .caching import (
    CONTENT_TOKEN,
    attempts_token,
    completions_token,
    everything_forget,
    learner_token,
    reflections_token,
    tokens_change,
)
from .models import (
    Cohort,
    CohortSession,
    Enrolment,
    LessonCompletion,
    QuizAttempt,
    ReflectionAnswer,
)
from .models.quizzes import Quiz

# A learner's own records, and the token each changes.
RECORD_TOKENS = {
    Enrolment: learner_token,
    LessonCompletion: completions_token,
    ReflectionAnswer: reflections_token,
    QuizAttempt: attempts_token,
}


def _content_changed(sender, instance=None, **kwargs) -> None:
    if instance is None or isinstance(instance, Page | PageViewRestriction | Site | Quiz):
        tokens_change([CONTENT_TOKEN])


def _learner_record_changed(sender, instance, **kwargs) -> None:
    tokens_change([RECORD_TOKENS[sender](instance.user_id)])


def _cohort_members_changed(cohort_id: int) -> None:
    user_ids = Enrolment.objects.filter(cohort_id=cohort_id).values_list("user_id", flat=True)
    tokens_change(learner_token(user_id) for user_id in user_ids)


def _cohort_changed(sender, instance, **kwargs) -> None:
    _cohort_members_changed(instance.pk)


def _cohort_session_changed(sender, instance, **kwargs) -> None:
    _cohort_members_changed(instance.cohort_id)


def _roles_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    """Staff see every session: a role given or taken changes what a person reads."""
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    if reverse:  # group.user_set.add(...): the people are in pk_set
        user_ids = pk_set or instance.user_set.values_list("pk", flat=True)
    else:
        user_ids = [instance.pk]
    tokens_change(learner_token(user_id) for user_id in user_ids)


def signals_connect(user_model) -> None:
    post_migrate.connect(everything_forget, dispatch_uid="courses-cache-migrate")
    for signal in (post_save, post_delete):
        signal.connect(_content_changed, dispatch_uid="courses-cache-content")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_content_changed, dispatch_uid="courses-cache-content-wagtail")
    for model in RECORD_TOKENS:
        for signal in (post_save, post_delete):
            signal.connect(_learner_record_changed, sender=model, dispatch_uid=f"courses-{model}")
    post_save.connect(_cohort_changed, sender=Cohort, dispatch_uid="courses-cache-cohort")
    for signal in (post_save, post_delete):
        signal.connect(
            _cohort_session_changed, sender=CohortSession, dispatch_uid="courses-cohort-session"
        )
    m2m_changed.connect(
        _roles_changed, sender=user_model.groups.through, dispatch_uid="courses-cache-roles"
    )
