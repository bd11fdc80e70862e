"""Old quiz answers and unfinished drafts are purged after their retention periods."""

import datetime

import pytest

from django.conf import settings
from django.test import override_settings
from django.utils import timezone

from coaching.factories import DraftPostFactory
from coaching.models import DraftPost
from courses.models import QuizAnswer, QuizAttempt
from courses.quizzes.factories import FreeTextQuestionFactory, QuizFactory
from courses.quizzes.services import quiz_attempt_start, quiz_attempt_submit
from lms.audit.models import AuditEntry
from lms.operations.models import EmailState, OutboundEmail
from lms.privacy.tasks import retention_purge_run

pytestmark = pytest.mark.django_db

LONG_AGO = timezone.now() - datetime.timedelta(days=400)


def age(queryset, **fields):
    """Move rows back in time (dates the services set to now)."""
    queryset.update(**fields)


def answered_attempt(user, text):
    question = FreeTextQuestionFactory()
    attempt = quiz_attempt_start(quiz=QuizFactory(questions=[question]), user=user)
    return quiz_attempt_submit(attempt=attempt, responses={question.pk: text})


@override_settings(PRIVACY_QUIZ_ANSWER_RETENTION_DAYS=365, PRIVACY_DRAFT_RETENTION_DAYS=180)
def test_old_answers_are_cleared_and_attempts_kept(ambassador):
    old = answered_attempt(ambassador, "Ancienne réponse")
    age(QuizAttempt.objects.filter(pk=old.pk), started_at=LONG_AGO)
    recent = answered_attempt(ambassador, "Réponse récente")
    still_open = quiz_attempt_start(quiz=QuizFactory(), user=ambassador)
    age(QuizAttempt.objects.filter(pk=still_open.pk), started_at=LONG_AGO)

    assert retention_purge_run.delay().get()["quiz_answers_cleared"] == 1
    assert QuizAnswer.objects.get(attempt=old).response is None
    assert QuizAnswer.objects.get(attempt=recent).response == "Réponse récente"
    assert QuizAttempt.objects.filter(user=ambassador).count() == 3


@override_settings(PRIVACY_DRAFT_RETENTION_DAYS=180)
def test_old_unfinished_drafts_are_deleted_and_ready_ones_kept(ambassador):
    old = DraftPostFactory(author=ambassador)
    ready = DraftPostFactory(author=ambassador, state="ready")
    recent = DraftPostFactory(author=ambassador)
    age(DraftPost.objects.filter(pk__in=[old.pk, ready.pk]), updated_at=LONG_AGO)

    assert retention_purge_run.delay().get()["drafts_deleted"] == 1
    assert set(DraftPost.objects.values_list("pk", flat=True)) == {ready.pk, recent.pk}
    assert AuditEntry.objects.get(action="privacy.purge").data["drafts_deleted"] == 1


def test_a_second_run_finds_nothing_and_records_nothing(ambassador):
    old = DraftPostFactory(author=ambassador)
    age(DraftPost.objects.filter(pk=old.pk), updated_at=LONG_AGO)
    retention_purge_run.delay()
    assert retention_purge_run.delay().get() == {
        "quiz_answers_cleared": 0,
        "drafts_deleted": 0,
        "emails_deleted": 0,
    }
    assert AuditEntry.objects.filter(action="privacy.purge").count() == 1


def test_the_purge_runs_daily_on_beat_with_documented_defaults():
    entry = settings.CELERY_BEAT_SCHEDULE["privacy-retention-purge"]
    assert entry["task"] == retention_purge_run.name
    assert settings.PRIVACY_QUIZ_ANSWER_RETENTION_DAYS == 730
    assert settings.PRIVACY_DRAFT_RETENTION_DAYS == 365
    assert settings.PRIVACY_EMAIL_RETENTION_DAYS == 90


def outbound(to, state=EmailState.SENT, sent_at=None):
    return OutboundEmail.objects.create(
        to=[to], subject="Votre certificat", text="Bonjour", state=state, sent_at=sent_at
    )


@override_settings(PRIVACY_EMAIL_RETENTION_DAYS=30)
def test_sent_emails_are_deleted_after_their_period_and_queued_ones_kept():
    old = outbound("ada@acme.example", sent_at=LONG_AGO)
    recent = outbound("ada@acme.example", sent_at=timezone.now())
    queued = outbound("bob@acme.example", state=EmailState.QUEUED)
    assert retention_purge_run.delay().get()["emails_deleted"] == 1
    assert set(OutboundEmail.objects.values_list("pk", flat=True)) == {recent.pk, queued.pk}
    assert not OutboundEmail.objects.filter(pk=old.pk).exists()
