"""Settings of the benchmark: the test settings on a PostgreSQL database of its own.

The database named in BENCH_DATABASE_URL is created and dropped by the benchmark itself.
"""

import os

import dj_database_url

from lms.settings.test import *  # noqa: F403
from lms.settings.test import VAR_DIR

BENCH_DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bench"
)
DATABASES = {"default": dj_database_url.parse(BENCH_DATABASE_URL, conn_max_age=60)}
# The cache a production site shares between its processes (docs/deploy.md).
CACHES = {
    "default": {
        "BACKEND": "lms.cache.RedisCache",
        "LOCATION": os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/12"),
    }
}
# Certificates are rendered by real worker processes on this broker.
CELERY_BROKER_URL = os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/13")
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_TASK_ALWAYS_EAGER = False
MEDIA_ROOT = VAR_DIR / "bench-media"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
