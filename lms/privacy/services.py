"""GDPR rights: a person downloads their data; HR erases an ambassador's data on request;
old quiz answers and drafts are purged after their retention period."""

import datetime

from axes.models import AccessAttempt, AccessFailureLog, AccessLog

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from coaching.privacy import drafts_purge
from courses.privacy import quiz_attempts_purge
from lms.audit.services import audit_record
from lms.operations.services import outbound_emails_forget, outbound_emails_purge

from .models import Erasure
from .sources import (
    app_sources,
    certification_erase,
    certification_export,
    certification_posting_withdraw,
)

EXPORT_FORMAT = "ambassador-academy/personal-data"
EXPORT_VERSION = 1


class ErasureRefused(Exception):
    pass


def _iso(value):
    return value.isoformat() if value else None


def _profile(user) -> dict:
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "organisation": user.organisation.name if user.organisation_id else None,
        "department": user.department.name if user.department_id else None,
        "language": user.language,
        "roles": sorted(user.roles),
        "date_joined": _iso(user.date_joined),
        "last_login": _iso(user.last_login),
    }


@transaction.atomic
def personal_data_export(*, user, request=None) -> dict:
    """Everything the site holds about `user` (format documented in docs/privacy.md).
    Recorded in the audit log."""
    data = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "generated_at": _iso(timezone.now()),
        "profile": _profile(user),
    }
    for name, source in app_sources().items():
        data[name] = source.personal_data_export(user=user)
    data["certification"] = certification_export(user=user)
    audit_record(
        action="privacy.export",
        actor=user,
        subject=user,
        target=user,
        target_label="",
        request=request,
    )
    return data


def erasable(person) -> bool:
    return (
        person.has_role("ambassador")
        and not person.is_staff
        and not person.is_superuser
        and not Erasure.objects.filter(user=person).exists()
    )


def _anonymise_account(person) -> None:
    old_email = person.email
    person.email = f"erased-{person.pk}@erased.invalid"
    person.first_name = ""
    person.last_name = ""
    person.department = None
    person.is_active = False
    person.set_unusable_password()
    person.save()
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.filter(username__iexact=old_email).delete()


@transaction.atomic
def personal_data_erase(*, person, erased_by, request=None) -> Erasure:
    """Anonymise `person` (an ambassador) at their request: see docs/privacy.md for what is
    removed and what is kept. The account stays, cannot log in, and carries no name."""
    if not erasable(person):
        raise ErasureRefused(f"User {person.pk} cannot be erased.")
    counts = {}
    for source in app_sources().values():
        counts.update(source.personal_data_erase(user=person))
    counts.update(certification_erase(user=person))
    counts["emails_deleted"] = outbound_emails_forget(address=person.email)
    _anonymise_account(person)
    certification_posting_withdraw(user=person, actor=erased_by)
    erasure = Erasure.objects.create(user=person, erased_by=erased_by, counts=counts)
    audit_record(
        action="privacy.erase",
        actor=erased_by,
        subject=person,
        organisation=person.organisation,
        target=person,
        target_label=person.email,
        data=counts,
        request=request,
    )
    return erasure


def retention_purge(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """Clear quiz answers, delete unfinished drafts and sent emails older than their retention
    periods (settings PRIVACY_QUIZ_ANSWER_RETENTION_DAYS, PRIVACY_DRAFT_RETENTION_DAYS,
    PRIVACY_EMAIL_RETENTION_DAYS)."""
    now = now or timezone.now()
    quiz_days = getattr(settings, "PRIVACY_QUIZ_ANSWER_RETENTION_DAYS", 730)
    draft_days = getattr(settings, "PRIVACY_DRAFT_RETENTION_DAYS", 365)
    email_days = getattr(settings, "PRIVACY_EMAIL_RETENTION_DAYS", 90)
    with transaction.atomic():
        counts = {
            "quiz_answers_cleared": quiz_attempts_purge(
                older_than=now - datetime.timedelta(days=quiz_days)
            ),
            "drafts_deleted": drafts_purge(older_than=now - datetime.timedelta(days=draft_days)),
            "emails_deleted": outbound_emails_purge(
                older_than=now - datetime.timedelta(days=email_days)
            ),
        }
        if any(counts.values()):
            audit_record(action="privacy.purge", data=counts)
    return counts
