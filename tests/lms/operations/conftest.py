import pytest

from django.conf import settings
from django.db import connection

from .faults import RedisServer, Workers, publishing_to


def pytest_collection_modifyitems(config, items):
    on_postgres = connection.vendor == "postgresql"
    on_redis = settings.CELERY_BROKER_URL.startswith("redis://")
    for item in items:
        if "faults" in item.keywords and not (on_postgres and on_redis):
            item.add_marker(
                pytest.mark.skip(
                    reason="needs DATABASE_URL=postgres:// and CELERY_BROKER_URL=redis://"
                )
            )


@pytest.fixture
def redis_server(tmp_path):
    """A Redis server of the test's own (started, stopped and restarted by it)."""
    server = RedisServer(tmp_path)
    server.start()
    try:
        with publishing_to(server.url):
            yield server
    finally:
        server.stop()


@pytest.fixture
def workers(transactional_db, redis_server, tmp_path):
    """Celery workers on the test database and the test's Redis; all killed at the end."""
    pool = Workers(folder=tmp_path, broker_url=redis_server.url)
    try:
        yield pool
    finally:
        pool.stop_all()


@pytest.fixture
def certifiable(transactional_db):
    """A programme that certifies, a trainer, and a function making ambassadors to certify."""
    from courses.factories import ProgrammePageFactory
    from lms.certification.models import ProgrammeCertification
    from lms.factories import AmbassadorFactory, OrganisationFactory, UserFactory
    from lms.models import Role
    from lms.site_setup import site_install

    programme = ProgrammePageFactory(parent=site_install())
    ProgrammeCertification.objects.create(programme=programme, certification_name="Ambassador")
    organisation = OrganisationFactory()
    trainer = UserFactory(organisation=None, roles=[Role.TRAINER])

    def ambassador(number: int):
        return AmbassadorFactory(
            organisation=organisation, email=f"person{number}@acme.example", language="en"
        )

    return {"programme": programme, "trainer": trainer, "ambassador": ambassador}
