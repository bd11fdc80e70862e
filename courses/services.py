"""Changes a learner makes to their progress in the programme."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import LessonCompletion, LessonPage, ReflectionAnswer
from .selectors import can_follow_programme, session_is_open

REFLECTION_MAX_LENGTH = 5000


class LessonLocked(PermissionDenied):
    """The lesson's session is not open to this user (yet)."""


def _check_can_work_on(*, user, lesson: LessonPage) -> None:
    if not can_follow_programme(user):
        raise PermissionDenied("This user does not follow the programme.")
    if not session_is_open(user=user, session=lesson.session):
        raise LessonLocked("This session is not open yet.")


@transaction.atomic
def lesson_complete(*, user, lesson: LessonPage) -> tuple[LessonCompletion, bool]:
    """Record that `user` completed `lesson` (in any language). Idempotent: returns (completion,
    created); completing again keeps the first completion and its time."""
    _check_can_work_on(user=user, lesson=lesson)
    return LessonCompletion.objects.get_or_create(
        user=user, lesson_key=lesson.translation_key, defaults={"completed_at": timezone.now()}
    )


@transaction.atomic
def reflection_answer_save(
    *, user, lesson: LessonPage, block_id: str, answer: str
) -> ReflectionAnswer:
    """Create or replace the learner's answer to one reflection exercise of the lesson."""
    _check_can_work_on(user=user, lesson=lesson)
    if block_id not in lesson.reflection_block_ids():
        raise ValidationError(_("This exercise is no longer part of the lesson."))
    answer = answer.strip()
    if not answer:
        raise ValidationError(_("Write your answer before saving it."))
    if len(answer) > REFLECTION_MAX_LENGTH:
        raise ValidationError(
            _("Keep your answer under %(max)s characters.") % {"max": REFLECTION_MAX_LENGTH}
        )
    saved, created = ReflectionAnswer.objects.select_for_update().get_or_create(
        user=user,
        lesson_key=lesson.translation_key,
        block_id=block_id,
        defaults={"answer": answer},
    )
    if not created:
        saved.answer = answer
        saved.updated_at = timezone.now()
        saved.save(update_fields=["answer", "updated_at"])
    return saved
