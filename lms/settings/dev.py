"""Local development: DEBUG on, SQLite unless DATABASE_URL is set, emails on the console."""

from .base import *  # noqa: F403

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-change-me-in-production-0123456789"
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")

# Demo data: `manage.py seed_demo` and `generate_scale_data`.
INSTALLED_APPS = [*INSTALLED_APPS, "lms.demo"]

# `make run` serves without a worker beside it, so tasks run in the request unless asked
# otherwise (TASK_BACKEND=database, then `make worker`).
TASK_BACKEND = env("TASK_BACKEND", default="immediate")
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend"
        if TASK_BACKEND == "immediate"
        else "django_tasks_db.DatabaseBackend"
    }
}

# Serve static files straight from the app folders while developing (no collectstatic needed).
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG

# Open Badges: a development signing key, made once on first use in the git-ignored var/.
OPENBADGES_SIGNING_KEY_FILE = OPENBADGES_SIGNING_KEY_FILE or str(
    BASE_DIR / "var" / "openbadges-signing-key.pem"
)
OPENBADGES_SIGNING_KEY_AUTOGENERATE = True
