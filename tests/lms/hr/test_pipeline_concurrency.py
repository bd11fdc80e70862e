"""A refresh and writers at the same moment, on PostgreSQL: no change is lost, a reader never
waits for a writer (skipped on SQLite)."""

import threading
import time

import pytest

from django.db import connection, transaction

from lms.hr import pipeline
from lms.hr.models import PipelineState
from lms.hr.pipeline import pipeline_refresh

from .conftest import attend

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def in_thread(target):
    errors = []

    def run():
        try:
            target()
        except Exception as error:  # reported by the test: a thread's exception is otherwise lost
            errors.append(error)
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, errors


def test_a_record_written_while_its_person_is_computed_marks_the_row_again(world, monkeypatch):
    pipeline_refresh()
    person = world.people["enrolled"]
    PipelineState.objects.filter(user=person).update(stale=True)
    computing = threading.Event()
    store = pipeline._store

    def slow_store(user_ids, quizzes):
        computing.set()
        time.sleep(1)  # the writer below tries to mark the row meanwhile, and waits
        store(user_ids, quizzes)

    monkeypatch.setattr(pipeline, "_store", slow_store)
    refresh, refresh_errors = in_thread(pipeline_refresh)
    assert computing.wait(timeout=30)

    def write():
        with transaction.atomic():
            attend(person, world.cohort)

    writer, writer_errors = in_thread(write)
    refresh.join(timeout=60)
    writer.join(timeout=60)
    assert refresh_errors == writer_errors == []
    assert PipelineState.objects.get(user=person).stale  # not lost: computed before the write
    monkeypatch.setattr(pipeline, "_store", store)
    pipeline_refresh()
    assert PipelineState.objects.get(user=person).steps_done == 2


def test_a_reader_skips_the_rows_a_writer_holds_instead_of_waiting(world):
    pipeline_refresh()
    person = world.people["enrolled"]
    other = world.people["attended"]
    PipelineState.objects.filter(user=other).update(stale=True)
    holding, release = threading.Event(), threading.Event()

    def write():
        with transaction.atomic():
            attend(person, world.cohort)  # marks the row, locked until commit
            holding.set()
            release.wait(timeout=60)

    writer, writer_errors = in_thread(write)
    assert holding.wait(timeout=30)
    # The other person only: had it waited for the writer, it would never have returned
    # before the writer is released.
    assert pipeline_refresh() == 1
    release.set()
    writer.join(timeout=60)
    assert writer_errors == []
    assert PipelineState.objects.get(user=person).stale
    assert pipeline_refresh() == 1
    assert PipelineState.objects.get(user=person).steps_done == 2
