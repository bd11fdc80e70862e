"""What an ambassador did in the programme, keyed so that it survives edits and translations.

Lessons are referenced by their Wagtail `translation_key`, shared by the French page and its
English translation and unchanged by editing or republishing: a lesson completed in English is
completed in French, and no learner record depends on a page revision.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class LessonCompletion(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lesson_completions",
        verbose_name=_("ambassador"),
    )
    lesson_key = models.UUIDField(_("lesson translation key"), db_index=True)
    completed_at = models.DateTimeField(_("completed at"), default=timezone.now)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson_key"], name="one_completion_per_lesson")
        ]

    def __str__(self):
        return f"{self.user_id} · {self.lesson_key}"


class ReflectionAnswer(models.Model):
    """An ambassador's written answer to a reflection exercise; private to them and their coach."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reflection_answers",
        verbose_name=_("ambassador"),
    )
    lesson_key = models.UUIDField(_("lesson translation key"))
    block_id = models.CharField(_("exercise block id"), max_length=64)
    answer = models.TextField(_("answer"))
    created_at = models.DateTimeField(
        pgettext_lazy("reflection answer", "created at"), default=timezone.now
    )
    updated_at = models.DateTimeField(
        pgettext_lazy("reflection answer", "updated at"), default=timezone.now
    )

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("reflection answer")
        verbose_name_plural = _("reflection answers")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key", "block_id"], name="one_answer_per_exercise"
            )
        ]

    def __str__(self):
        return f"{self.user_id} · {self.lesson_key} · {self.block_id}"
