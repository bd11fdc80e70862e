"""Readiness events: the apps that own them (courses, charter, coaching) do not know about
certification, so it listens to their models being saved. Each event queues a check after
commit; the check is idempotent, so repeated events do no harm."""

from django.db.models.signals import post_save


def _check(user_id) -> None:
    from .tasks import certification_check

    if user_id:
        certification_check.delay_on_commit(user_id)


def _on_user_event(sender, instance, raw=False, **kwargs):
    if raw:
        return
    _check(getattr(instance, "user_id", None))


def _on_quiz_attempt(sender, instance, raw=False, **kwargs):
    if not raw and instance.passed:
        _check(instance.user_id)


def _on_editorial_line(sender, instance, raw=False, **kwargs):
    if not raw:
        _check(instance.ambassador_id)


def _on_draft(sender, instance, raw=False, **kwargs):
    if not raw:
        _check(instance.author_id)


def _on_charter_version(sender, instance, created=False, raw=False, **kwargs):
    """A new material version: everyone enrolled in posting in that organisation must sign
    it again (their posting is suspended until they do)."""
    if raw or not created or not instance.is_material:
        return
    from .models import PostingEnrolment

    organisation_id = instance.charter.organisation_id
    for user_id in PostingEnrolment.objects.filter(organisation_id=organisation_id).values_list(
        "user_id", flat=True
    ):
        _check(user_id)


def connect() -> None:
    from charter.models import CharterSignature, CharterVersion, ParticipationChange
    from coaching.models import DraftPost, EditorialLine
    from courses.models import Attendance, QuizAttempt

    uid = "certification-readiness"
    post_save.connect(_on_user_event, sender=Attendance, dispatch_uid=f"{uid}-attendance")
    post_save.connect(_on_quiz_attempt, sender=QuizAttempt, dispatch_uid=f"{uid}-quiz")
    post_save.connect(_on_user_event, sender=CharterSignature, dispatch_uid=f"{uid}-signature")
    post_save.connect(
        _on_user_event, sender=ParticipationChange, dispatch_uid=f"{uid}-participation"
    )
    post_save.connect(_on_charter_version, sender=CharterVersion, dispatch_uid=f"{uid}-version")
    post_save.connect(_on_editorial_line, sender=EditorialLine, dispatch_uid=f"{uid}-line")
    post_save.connect(_on_draft, sender=DraftPost, dispatch_uid=f"{uid}-draft")
