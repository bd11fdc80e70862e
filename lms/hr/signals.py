"""Mark the stored pipeline of a person stale whenever one of the records it is computed
from changes (one UPDATE, in the writer's transaction); the next HR read recomputes it."""

from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from charter.models import CharterSignature, CharterVersion, ParticipationChange
from coaching.models import DraftPost, EditorialLine
from courses.models import Attendance, Cohort, Enrolment, LessonCompletion, QuizAttempt
from courses.models.quizzes import Quiz
from lms.certification.models import Certificate, PostingEnrolment
from lms.models import ROLE_GROUPS, Role, User

from .models import PipelineState
from .pipeline import pipeline_mark_stale, pipeline_track

# Each record and the field naming the person it belongs to.
PERSONAL_RECORDS = {
    Enrolment: "user_id",
    Attendance: "user_id",
    QuizAttempt: "user_id",
    LessonCompletion: "user_id",
    CharterSignature: "user_id",
    ParticipationChange: "user_id",
    EditorialLine: "ambassador_id",
    DraftPost: "author_id",
    Certificate: "user_id",
    PostingEnrolment: "user_id",
}


def _personal_record_changed(sender, instance, **kwargs):
    user_id = getattr(instance, PERSONAL_RECORDS[sender])
    if user_id is not None:
        pipeline_mark_stale(user_ids=[user_id])


def _person_saved(sender, instance, created, update_fields=None, **kwargs):
    """Organisation, department and name are read from the row; a login changes none."""
    if created or (update_fields is not None and set(update_fields) <= {"last_login"}):
        return
    PipelineState.objects.filter(user_id=instance.pk).update(
        organisation_id=instance.organisation_id,
        department_id=instance.department_id,
        last_name=instance.last_name,
        first_name=instance.first_name,
        stale=True,
    )


def _roles_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """Someone gains or loses the ambassador role: give or take their row."""
    if action == "pre_clear" and isinstance(instance, Group):
        instance._pipeline_members = list(instance.user_set.values_list("pk", flat=True))
        return
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if isinstance(instance, User):
        pipeline_track([instance.pk])
    elif instance.name == ROLE_GROUPS[Role.AMBASSADOR]:
        members = pk_set if action != "post_clear" else getattr(instance, "_pipeline_members", [])
        pipeline_track(members or [])


def _cohort_saved(sender, instance, created, **kwargs):
    """A cohort cancelled, re-opened or moved to another programme changes its people's
    steps."""
    if not created:
        pipeline_mark_stale(
            user_ids=Enrolment.objects.filter(cohort_id=instance.pk).values("user_id")
        )


def _charter_version_saved(sender, instance, created, **kwargs):
    """A material change asks everyone of the organisation to sign again."""
    if instance.is_material:
        organisation_id = (
            type(instance)
            .objects.filter(pk=instance.pk)
            .values_list("charter__organisation_id", flat=True)
            .first()
        )
        if organisation_id is not None:
            pipeline_mark_stale(organisation_id=organisation_id)


def _quiz_placement(instance) -> tuple:
    return (instance.session_id, instance.programme_id)


def _quiz_before_save(sender, instance, **kwargs):
    previous = sender.objects.filter(pk=instance.pk).values_list("session_id", "programme_id")
    instance._pipeline_placement = previous.first() if instance.pk else None


def _quiz_changed(sender, instance, created=False, **kwargs):
    """A quiz added to, moved in or removed from a programme changes who passed them all.
    Rare (an editor's act) but it concerns everyone: a worker recomputes what reads do not."""
    placed = _quiz_placement(instance) != (None, None)
    moved = getattr(instance, "_pipeline_placement", None) != _quiz_placement(instance)
    if placed and (created or moved or kwargs.get("signal") is post_delete):
        pipeline_mark_stale(everyone=True)


def connect() -> None:
    for model in PERSONAL_RECORDS:
        post_save.connect(_personal_record_changed, sender=model, dispatch_uid=f"hr-{model}")
        post_delete.connect(_personal_record_changed, sender=model, dispatch_uid=f"hr-d-{model}")
    post_save.connect(_person_saved, sender=User, dispatch_uid="hr-user")
    m2m_changed.connect(_roles_changed, sender=User.groups.through, dispatch_uid="hr-roles")
    post_save.connect(_cohort_saved, sender=Cohort, dispatch_uid="hr-cohort")
    post_save.connect(_charter_version_saved, sender=CharterVersion, dispatch_uid="hr-charter")
    pre_save.connect(_quiz_before_save, sender=Quiz, dispatch_uid="hr-quiz-pre")
    post_save.connect(_quiz_changed, sender=Quiz, dispatch_uid="hr-quiz")
    post_delete.connect(_quiz_changed, sender=Quiz, dispatch_uid="hr-quiz-d")
