"""On PostgreSQL the database refuses changes to audit entries even when the ORM is bypassed."""

import pytest

from django.db import DatabaseError, connection, transaction

from lms.audit.models import AuditEntry
from lms.audit.services import audit_record
from lms.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def raw(sql, params):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_raw_update_and_delete_are_refused_by_the_database(ambassador):
    entry = audit_record(action="certificate.issue", subject=ambassador)
    with pytest.raises(DatabaseError, match="append-only"):
        raw("UPDATE audit_auditentry SET action = 'forged' WHERE id = %s", [entry.pk])
    with pytest.raises(DatabaseError, match="append-only"):
        raw("DELETE FROM audit_auditentry WHERE id = %s", [entry.pk])
    with pytest.raises(DatabaseError, match="append-only"):
        raw(
            "UPDATE audit_auditentry SET subject_id = %s WHERE id = %s",
            [UserFactory().pk, entry.pk],
        )
    entry.refresh_from_db()
    assert entry.action == "certificate.issue" and entry.subject == ambassador


def test_deleting_the_person_only_clears_the_reference(ambassador):
    someone = UserFactory(organisation=ambassador.organisation)
    entry = audit_record(action="certificate.issue", actor=someone, subject=someone)
    someone.delete()
    entry = AuditEntry.objects.get(pk=entry.pk)
    assert entry.subject is None and entry.actor is None
    assert entry.actor_label == someone.email
