"""Settings safe for production: nothing secret or host-specific is written here.

Everything that differs between machines comes from the environment (see `.env.example`).
`dev.py` and `test.py` only relax these settings.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "lms",
    "lms.certification",
    "lms.hr",
    "lms.audit",
    "lms.privacy",
    "lms.operations",
    "courses",
    "charter",
    "coaching",
    "polymorphic",
    "axes",
    "csp",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # django-ninja: only for its bundled Swagger UI files (the API docs page needs no CDN).
    "ninja",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "lms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "lms.audit.middleware.AuditRequestMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
    "lms.admin_csp.CSPMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "lms.context_processors.navigation",
            ],
        },
    },
]

# Database: SQLite file unless DATABASE_URL says otherwise (PostgreSQL in production and CI).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def cache_from_url(url: str, *, folder: Path) -> dict:
    """Django's cache: a Redis server (redis://, rediss://), else a folder on this machine,
    which every process of one machine (the site's workers and Celery's) shares."""
    if url.startswith(("redis://", "rediss://")):
        return {"BACKEND": "lms.cache.RedisCache", "LOCATION": url}
    return {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(folder),
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }


# Shared by the site's processes: the learner reads kept between requests are invalidated by
# the process that writes (courses.caching), so a per-process cache would serve stale pages.
CACHES = {"default": cache_from_url(os.environ.get("CACHE_URL", ""), folder=VAR_DIR / "cache")}

AUTH_USER_MODEL = "lms.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * 3

# Login throttling: an account, or an address, is locked for a while after repeated failures.
# A successful password reset lifts the lock on the account (lms.views.PasswordResetConfirmView).
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "8"))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_USERNAME_FORM_FIELD = "username"
AXES_VERBOSE = False

# Language: French first, English complete.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("French")), ("en", _("English"))]
# Big features inside an app keep their own catalogue (courses/quizzes, courses/cohorts).
LOCALE_PATHS = [
    BASE_DIR / "locale",
    BASE_DIR / "courses" / "quizzes" / "locale",
    BASE_DIR / "courses" / "cohorts" / "locale",
]
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Paris")
LANGUAGE_COOKIE_NAME = "aa_language"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# Static and media files.
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Email: console in development, SMTP when EMAIL_HOST is set.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(VAR_DIR / "mail"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Ambassador Academy <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Absolute links in emails and PDFs.
SITE_BASE_URL = os.environ.get("SITE_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_BASE_URL
WAGTAIL_SITE_NAME = "Ambassador Academy"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Uploaded images: raster formats only (no SVG, which can carry scripts), 5 MB, and a pixel
# ceiling so that a small, highly compressed file cannot exhaust memory when decoded.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAIL_PASSWORD_RESET_ENABLED = True
WAGTAILADMIN_LOGIN_URL = "/accounts/login/"

# What the trainer's live roster shows beside attendance and lessons, read from other apps.
COHORT_ROSTER_COLUMNS = ["lms.roster.charter_column"]
# After a withdrawal is recorded by the charter app: free the seat, tell the trainers.
PARTICIPATION_WITHDRAWAL_FOLLOW_UPS = ["lms.participation.withdrawal_follow_up"]
# After a trainer confirms or withdraws someone's enrolment from the cohort admin: the audit log.
ENROLMENT_ADMIN_FOLLOW_UPS = ["lms.participation.enrolment_admin_follow_up"]

# Posting webhooks are sent to public addresses only (lms/certification/webhook_addresses.py);
# True when the advocacy platform sits on the same private network as our workers.
WEBHOOK_ALLOW_PRIVATE_NETWORKS = env_bool("WEBHOOK_ALLOW_PRIVATE_NETWORKS", False)

# Celery: with no CELERY_BROKER_URL, a filesystem broker that needs no server.
BROKER_VISIBILITY_TIMEOUT = int(os.environ.get("BROKER_VISIBILITY_TIMEOUT", "1800"))
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "filesystem://")
CELERY_BROKER_TRANSPORT_OPTIONS = (
    {
        "data_folder_in": str(VAR_DIR / "broker" / "queue"),
        "data_folder_out": str(VAR_DIR / "broker" / "queue"),
        "processed_folder": str(VAR_DIR / "broker" / "processed"),
        "control_folder": str(VAR_DIR / "broker" / "control"),
        "store_processed": False,
    }
    if CELERY_BROKER_URL.startswith("filesystem")
    # Redis: a message a dead worker took is handed out again after `visibility_timeout`, which
    # must exceed the hard time limit and the longest retry countdown (600 s); the sweep that
    # hands it out runs every `unacked_restore_interval` seconds.
    else {
        "visibility_timeout": BROKER_VISIBILITY_TIMEOUT,
        "unacked_restore_interval": min(10, BROKER_VISIBILITY_TIMEOUT // 4),
        "unacked_restore_throttle": 1,
        "socket_connect_timeout": 5,
        "socket_timeout": 30,
    }
)
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND") or None
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
# At least once: a message is acknowledged after its task ran (acks_late), and given back when
# the worker process dies under it; every task is idempotent. A worker process is replaced after
# 50 tasks, so that memory held by PDF rendering does not pile up.
CELERY_WORKER_MAX_TASKS_PER_CHILD = 50
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = False
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_CONNECTION_MAX_RETRIES = None
# A web request does not wait long for a broker that is down: the work is in the database and the
# reconciliation below queues it again.
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.5,
    "interval_max": 1,
}
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
CELERY_BEAT_SCHEDULE = {
    # Reminders 7 days and 1 day before each session; each is recorded and sent once.
    "cohort-reminders": {
        "task": "courses.cohorts.tasks.cohort_reminders_send",
        "schedule": crontab(minute=5),
    },
    # Queue again the work that should exist but does not (emails not sent, PDFs not rendered,
    # deliveries due); running it twice queues nothing more.
    "operations-reconcile": {
        "task": "lms.operations.tasks.operations_reconcile",
        "schedule": float(os.environ.get("OPERATIONS_RECONCILE_SECONDS", "600")),
    },
    # Proves that beat, the broker and a worker work together; /healthz reads it.
    "operations-heartbeat": {
        "task": "lms.operations.tasks.operations_heartbeat",
        "schedule": float(os.environ.get("OPERATIONS_HEARTBEAT_SECONDS", "60")),
    },
    # Quiz answers and unfinished drafts older than their retention periods (docs/privacy.md).
    "privacy-retention-purge": {
        "task": "lms.privacy.tasks.retention_purge_run",
        "schedule": crontab(hour=3, minute=40),
    },
    # Certificates: a reminder before expiry (sent once), posting suspended after it.
    "certificate-expiry": {
        "task": "lms.certification.tasks.certificate_expiry_sweep",
        "schedule": crontab(hour=6, minute=15),
    },
    # HR onboarding states: the stale ones every few minutes (reads refresh theirs too), and
    # all of them at night, to catch records written in bulk without signals.
    "hr-pipeline-refresh": {
        "task": "lms.hr.tasks.pipeline_refresh_task",
        "schedule": float(os.environ.get("HR_PIPELINE_REFRESH_SECONDS", "300")),
    },
    "hr-pipeline-rebuild": {
        "task": "lms.hr.tasks.pipeline_rebuild_task",
        "schedule": crontab(hour=2, minute=30),
    },
}
# Retention of personal data, in days (docs/privacy.md).
PRIVACY_QUIZ_ANSWER_RETENTION_DAYS = int(
    os.environ.get("PRIVACY_QUIZ_ANSWER_RETENTION_DAYS", "730")
)
PRIVACY_DRAFT_RETENTION_DAYS = int(os.environ.get("PRIVACY_DRAFT_RETENTION_DAYS", "365"))
PRIVACY_EMAIL_RETENTION_DAYS = int(os.environ.get("PRIVACY_EMAIL_RETENTION_DAYS", "90"))
# Functions (dotted paths) called by the reconciliation as f(grace=timedelta), each returning
# how much it queued again.
OPERATIONS_RECONCILERS = [
    "lms.operations.reconcile.outbound_emails_requeue",
    "lms.certification.reconcile.certificates_without_pdf_requeue",
    "lms.certification.reconcile.deliveries_due_requeue",
    "lms.certification.reconcile.readiness_checks_requeue",
    "lms.hr.reconcile.exports_requeue",
    "charter.reconcile.resign_notices_requeue",
]
# How long queued work may wait before the reconciliation queues it again.
OPERATIONS_RECONCILE_GRACE_SECONDS = int(os.environ.get("OPERATIONS_RECONCILE_GRACE", "900"))
# An email is marked failed after this many attempts (an editor can queue it again).
OPERATIONS_EMAIL_MAX_ATTEMPTS = 8

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # Wagtail's own background tasks (reference index) log every run at INFO.
        "django_tasks": {"level": "WARNING"},
        "weasyprint.progress": {"level": "WARNING"},
    },
}

# Security defaults that hold everywhere; production.py adds the HTTPS-only ones.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 8
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy: no inline script anywhere on the site; a template that needs one
# uses <script nonce="{{ request.csp_nonce }}">. Inline style attributes (progress bars) are
# allowed. Wagtail's admin has a policy of its own below.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# The Wagtail admin renders inline <script> (date widgets, inline panels), so it needs
# 'unsafe-inline' scripts; everything else stays as strict as the site (docs/security.md).
# Its previews frame admin pages, hence frame-ancestors 'self'. lms.admin_csp applies it.
CONTENT_SECURITY_POLICY_ADMIN = {
    "URL_PREFIX": "/admin/",
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "frame-src": [SELF, *CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"]],
        "frame-ancestors": [SELF],
    },
}
# No third-party calls from the admin: no Gravatar (it receives a hash of each user's email),
# no check for new Wagtail releases.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
