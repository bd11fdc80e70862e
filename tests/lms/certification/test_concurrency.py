"""Many readiness events at the same moment issue one certificate: PostgreSQL's row lock on the
person, and the database's own constraint behind it (skipped on SQLite)."""

import threading

import pytest

from django.db import connection

from lms.audit.models import AuditEntry
from lms.certification.models import Certificate, PostingEnrolment, ProgrammeCertification
from lms.certification.services import certificate_issue_if_ready

from .conftest import meet_everything

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_concurrent_events_issue_a_single_certificate(cohort, learner):
    ProgrammeCertification.objects.update(auto_issue=False)
    meet_everything(learner, cohort)
    assert not Certificate.objects.exists()
    ProgrammeCertification.objects.update(auto_issue=True)
    contenders = 8
    start = threading.Barrier(contenders)
    issued, errors = [], []

    def event():
        try:
            start.wait()
            issued.append(certificate_issue_if_ready(user=learner).pk)
        except Exception as error:  # reported below: a thread's exception is otherwise lost
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=event) for _ in range(contenders)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    assert Certificate.objects.count() == 1
    assert set(issued) == {Certificate.objects.get().pk}
    assert AuditEntry.objects.filter(action="certificate.issue").count() == 1
    assert PostingEnrolment.objects.get(user=learner).sequence == 1
