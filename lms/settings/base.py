"""Settings shared by every environment; dev, test and production refine them."""

from pathlib import Path
from typing import Any, Literal

import environ
from csp.constants import NONE, SELF

from .database import database_from_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "lms"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env("SECRET_KEY", default="")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "lms.accounts.apps.AccountsConfig",
    "lms.sectors",
    "lms.home",
    "lms.cohorts",
    "lms.scheduling",
    "lms.reporting",
    "assessments",
    "courses",
    "certificates",
    "lms.privacy",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "lms.accounts.apps.PlatformUsersAppConfig",  # wagtail.users with profile fields
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "polymorphic",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
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
    "lms.middleware.OTPMiddleware",  # django-otp's, with the session's device cached
    "django.contrib.messages.middleware.MessageMiddleware",
    # Logs every refused request (403, a scoped 404, login or admin-permission redirects).
    "lms.middleware.AccessDenialLogMiddleware",
    # Ends idle and too-old sessions, then holds staff at the second factor under /admin/.
    "lms.middleware.SessionTimeoutMiddleware",
    "lms.middleware.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "lms.middleware.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires, so it sees the outcome of every login attempt.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "lms.home.context_processors.site_chrome",
            ],
        },
    },
]

DATABASES = {
    "default": database_from_url(
        env("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "lms.accounts.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:profile"
LOGOUT_REDIRECT_URL = "/"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24

# Brute-force protection: lock a username *from one address*, since whole schools share one
# public IP behind NAT and locking by IP alone would lock out a school.
AXES_ENABLED = True
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=1.0)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "lms.accounts.backends.axes_username"
AXES_LOCKOUT_TEMPLATE = "accounts/lockout.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
# Proxies (load balancers) in front of the application that append to X-Forwarded-For: the
# client's address for lockouts and rate limits is the one the outermost of them saw (lms/net.py).
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
AXES_CLIENT_IP_CALLABLE = "lms.net.axes_client_ip"

# Two-factor authentication for staff in the Wagtail admin (lms/accounts/two_factor.py): a TOTP
# app plus one-time recovery codes. Wrong codes slow down exponentially: 1 s, 2 s, 4 s, ... per
# device (django-otp's throttling, factor in seconds).
OTP_TOTP_ISSUER = "Vormingsplatform"
OTP_TOTP_THROTTLE_FACTOR = env.int("OTP_THROTTLE_FACTOR", default=1)
OTP_STATIC_THROTTLE_FACTOR = env.int("OTP_THROTTLE_FACTOR", default=1)

# Sessions end after this many seconds without a request (staff: once they hold an admin role)
# and, whatever the activity, this long after logging in (lms.middleware.SessionTimeoutMiddleware).
SESSION_IDLE_TIMEOUT = env.int("SESSION_IDLE_TIMEOUT", default=2 * 60 * 60)
SESSION_IDLE_TIMEOUT_STAFF = env.int("SESSION_IDLE_TIMEOUT_STAFF", default=30 * 60)
SESSION_ABSOLUTE_TIMEOUT = env.int("SESSION_ABSOLUTE_TIMEOUT", default=12 * 60 * 60)
SESSION_COOKIE_AGE = SESSION_ABSOLUTE_TIMEOUT

# One cache shared by every process (Redis) when REDIS_URL is set: rate limits, the admin's
# second-factor cache and sessions then hold across workers. Without it, each process keeps its
# own memory cache, which is right for one development server and for tests.
REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
# Sessions are read from the cache and written through to the database: no session query on
# most requests. production.py falls back to database sessions without a shared cache.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("fr", "Français"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [PROJECT_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "lms_language"
LANGUAGE_COOKIE_SAMESITE: Literal["Lax", "Strict", "None", False] | None = "Lax"
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Vormingsplatform <noreply@vorming.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background work goes through django.tasks; "database" needs `manage.py db_worker` running.
TASK_BACKEND = env("TASK_BACKEND", default="database")
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }.get(TASK_BACKEND, "django_tasks_db.DatabaseBackend")
    }
}

# Certificates: learners are reminded this many days before a certificate expires
# (`manage.py send_certificate_reminders`, daily); the public verification page answers at most
# this many look-ups per minute per client address (lms/net.py) against enumeration.
CERTIFICATE_EXPIRY_REMINDER_DAYS = env.int("CERTIFICATE_EXPIRY_REMINDER_DAYS", default=60)
CERTIFICATE_VERIFY_RATE = env.int("CERTIFICATE_VERIFY_RATE", default=30)

# Privacy: learners' reflection answers unchanged for this many days are deleted, and essay
# texts of graded attempts submitted this long ago are blanked, scores kept
# (`manage.py purge_old_answers`, daily).
RETENTION_REFLECTION_DAYS = env.int("RETENTION_REFLECTION_DAYS", default=730)
RETENTION_ESSAY_DAYS = env.int("RETENTION_ESSAY_DAYS", default=730)

WAGTAIL_SITE_NAME = "Vormingsplatform"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Dutch stemming (the source language) in PostgreSQL's full-text search.
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "dutch"
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Uploads are judged by their content (lms/uploads.py). Documents: the content must match the
# extension (Keynote's .key is left out: it cannot be checked), ZIP-based ones within archive
# limits. Images: Wagtail decodes them; no SVG (it can carry scripts). The sizes and the pixel
# count mirror lms.uploads.MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES and MAX_IMAGE_PIXELS.
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "lms.documents_forms.DocumentForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Form fields other than files; a file above FILE_UPLOAD_MAX_MEMORY_SIZE goes to a temporary
# file instead of memory. The request body as a whole is capped by the web server in front.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # Django's default, 2.5 MB, stated on purpose

# Security headers that hold everywhere; production.py adds HTTPS-only settings.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# No inline scripts anywhere, no third-party origins. The Wagtail admin needs inline styles
# (its own components set style attributes) and frames its own previews, so
# lms.middleware applies ADMIN_CONTENT_SECURITY_POLICY under /admin/.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# Wagtail 7.4 still initialises choosers, date widgets and inline panels with small inline
# scripts, so the admin allows inline scripts (see docs/decisions/0003-content-security-policy.md).
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "frame-ancestors": [SELF],
    },
}

LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}

WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no avatars fetched from a third party

# Open Badges 3.0: the Ed25519 key that signs learners' credentials, as PEM text (\n escapes
# allowed) or the path of a PEM file (`manage.py generate_badge_key --output PATH`). Without a
# key no badge is issued; only development makes one itself (OPENBADGES_SIGNING_KEY_AUTOGENERATE).
OPENBADGES_SIGNING_KEY = env.str("OPENBADGES_SIGNING_KEY", default="", multiline=True)
OPENBADGES_SIGNING_KEY_FILE = env("OPENBADGES_SIGNING_KEY_FILE", default="")
OPENBADGES_SIGNING_KEY_AUTOGENERATE = False
# After a key change: the earlier public keys (PEM, \n escapes allowed), still published in the
# JWK Set so badges already handed out keep verifying.
OPENBADGES_RETIRED_PUBLIC_KEYS = env.str(
    "OPENBADGES_RETIRED_PUBLIC_KEYS", default="", multiline=True
)
