"""Test settings: the same stack as production, with fast hashing and eager tasks."""

import os

from .base import *  # noqa: F403
from .base import STATIC_ROOT, VAR_DIR

SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
DEBUG = False
# Throttling is switched on by the tests that exercise it.
AXES_ENABLED = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# A real worker started by a test writes its mail to files the test can read.
EMAIL_BACKEND = os.environ.get(
    "TEST_EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend"
)
# Each test process has its own cache, emptied before every test (tests/conftest.py); the
# shared backends of base.py are tested on their own (tests/courses/test_caching.py).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# One folder per pytest-xdist worker (gw0, gw1...), inherited by the Celery workers a test starts.
MEDIA_ROOT = VAR_DIR / "test-media" / os.environ.get("PYTEST_XDIST_WORKER", "main")
# Tasks run in the test process unless a test starts a real worker (CELERY_TEST_WORKER=1).
CELERY_TASK_ALWAYS_EAGER = os.environ.get("CELERY_TEST_WORKER") != "1"
CELERY_TASK_EAGER_PROPAGATES = True
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
