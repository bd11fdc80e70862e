"""A real Celery worker process on Redis sends what the site queued after commit."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from django.conf import settings
from django.db import connection
from django.urls import reverse

from lms.celery import app as celery_app
from lms.factories import AmbassadorFactory

pytestmark = [pytest.mark.worker, pytest.mark.postgres]

needs_redis = pytest.mark.skipif(
    not settings.CELERY_BROKER_URL.startswith("redis://"),
    reason="needs CELERY_BROKER_URL=redis://... (run by .ci/run)",
)


@pytest.fixture
def worker(tmp_path, transactional_db):
    """Start `celery worker` against the test database; stop it afterwards, whatever happens."""
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "CELERY_TEST_WORKER": "1",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "TEST_EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(tmp_path / "mail"),
    }
    celery_app.control.purge()
    command = [
        *(sys.executable, "-m", "celery", "-A", "lms", "worker", "--pool", "solo"),
        *("--loglevel", "info", "--without-heartbeat", "--without-mingle", "--without-gossip"),
    ]
    eager = celery_app.conf.task_always_eager
    with open(tmp_path / "worker.log", "w") as log:
        process = subprocess.Popen(
            command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        celery_app.conf.task_always_eager = False
        try:
            yield tmp_path
        finally:
            celery_app.conf.task_always_eager = eager
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


def wait_for_files(folder: Path, timeout: float = 60) -> list[Path]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        files = sorted(folder.glob("*.log")) if folder.exists() else []
        if files:
            return files
        time.sleep(0.25)
    return []


@needs_redis
def test_password_reset_email_is_sent_by_a_real_worker(worker, client):
    ambassador = AmbassadorFactory(email="worker-test@acme.example", language="en")
    response = client.post(reverse("password_reset"), {"email": ambassador.email})
    assert response.status_code == 302
    files = wait_for_files(worker / "mail")
    log = (worker / "worker.log").read_text()
    assert files, f"no email written by the worker; its log:\n{log[-3000:]}"
    message = files[0].read_text()
    assert "To: worker-test@acme.example" in message
    assert "Reset your Ambassador Academy password" in message
