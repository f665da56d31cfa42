"""Turns DATABASE_URL into a DATABASES entry, with a clear message when it is malformed."""

from urllib.parse import urlsplit

import environ
from django.core.exceptions import ImproperlyConfigured

SUPPORTED_SCHEMES = {"postgres", "postgresql", "pgsql", "sqlite"}
EXAMPLE = "postgres://user:password@127.0.0.1:5432/name or sqlite:////absolute/path/db.sqlite3"


def database_from_url(url: str) -> dict:
    """Return a Django database configuration for ``url``; ImproperlyConfigured if malformed."""
    url = (url or "").strip()
    if not url:
        raise ImproperlyConfigured(f"DATABASE_URL is empty; expected for example {EXAMPLE}.")
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError on a non-numeric or out-of-range port
    except ValueError as exc:
        raise ImproperlyConfigured(
            f"DATABASE_URL is malformed ({exc}); expected {EXAMPLE}."
        ) from None
    if parts.scheme not in SUPPORTED_SCHEMES or "://" not in url:
        raise ImproperlyConfigured(
            f"DATABASE_URL has an unsupported scheme {parts.scheme or '(none)'!r}; "
            f"expected {EXAMPLE}."
        )
    if parts.scheme != "sqlite":
        if not parts.hostname and not parts.path.strip("/"):
            raise ImproperlyConfigured(
                f"DATABASE_URL names no host or database; expected {EXAMPLE}."
            )
        if not parts.path.strip("/"):
            raise ImproperlyConfigured(f"DATABASE_URL names no database; expected {EXAMPLE}.")
    del port
    config = environ.Env.db_url_config(url)
    if parts.scheme != "sqlite":
        config.setdefault("CONN_MAX_AGE", 60)
        config["CONN_HEALTH_CHECKS"] = True
    return config
