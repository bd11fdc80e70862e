"""Data built once for all the tests of a module, as Django's `TestCase.setUpTestData` does.

A module-scoped fixture builds the data inside a transaction of its own; each test then runs in
a savepoint of that transaction (pytest-django's `db` fixture nests its atomic block in it), so
what a test changes is rolled back before the next one, which finds the data as it was built.
The transaction is rolled back after the module's last test. Only for tests on `db`: a
transactional test (`transactional_db`, `live_server`) would flush the tables in the middle.
"""

import copy
from contextlib import contextmanager

from django.db import transaction


@contextmanager
def built_once(django_db_blocker):
    """In a module-scoped fixture that depends on `django_db_setup`: build the data, then
    yield it, inside this block."""
    with django_db_blocker.unblock(), transaction.atomic():
        try:
            yield
        finally:
            transaction.set_rollback(True)


def fresh(data):
    """A test's own copy of the Python objects built once (`setUpTestData` copies them too):
    what one test changes on an instance is not seen by the next."""
    return copy.deepcopy(data)
