"""Production: refuses to start without its secrets; HTTPS only; tasks via the database queue."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

_missing = [
    name for name in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL") if not env(name, default="")
]
if _missing:
    raise ImproperlyConfigured(
        "production settings need these environment variables: " + ", ".join(_missing) + "."
    )

DEBUG = False
if not REDIS_URL:
    # A per-process memory cache would let a logged-out session live on in another worker.
    SESSION_ENGINE = "django.contrib.sessions.backends.db"
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")

# The demo app (seed_demo, generate_scale_data) stays out of production unless asked for, e.g.
# on a public demonstration server.
if env.bool("DEMO_APP", default=False):
    INSTALLED_APPS = [*INSTALLED_APPS, "lms.demo"]

LOGGING["root"]["level"] = env("LOG_LEVEL", default="INFO")
