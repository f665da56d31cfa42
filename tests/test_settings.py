"""Start-up behaviour of the settings, checked in fresh processes as an operator would see it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from lms.settings.database import database_from_url

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "lms.settings.production",
    "SECRET_KEY": "a-very-long-and-random-production-secret-key-0a9s8d7f6g5h4j3k2l1",
    "ALLOWED_HOSTS": "vorming.example",
    "DATABASE_URL": "postgres://lms:secret@127.0.0.1:5432/lms",
}


def manage(*args, env_overrides=None, drop=()):
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("DJANGO_")}
    env.update(env_overrides or {})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env_overrides=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_refuses_to_start_without_its_secrets(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = manage("check", env_overrides=env, drop=(missing,))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert missing in lines[0]


@pytest.mark.parametrize(
    "url",
    ["not-a-url", "postgres://user@host:port/db", "mysql2://x@y/z", "postgres://127.0.0.1:5432/"],
)
def test_malformed_database_url_stops_start_up_with_one_line(url):
    result = manage("check", env_overrides={"DATABASE_URL": url})
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Configuration error: DATABASE_URL")


def test_database_url_parsing():
    pg = database_from_url("postgres://u:p@db.internal:6543/lms")
    assert (pg["ENGINE"], pg["HOST"], pg["PORT"], pg["NAME"]) == (
        "django.db.backends.postgresql",
        "db.internal",
        6543,
        "lms",
    )
    assert database_from_url("sqlite:////tmp/x.sqlite3")["ENGINE"] == "django.db.backends.sqlite3"
    with pytest.raises(ImproperlyConfigured):
        database_from_url("")


def test_production_security_settings():
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings as s; print(s.SECURE_HSTS_SECONDS, "
        "s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, s.DEBUG, "
        "s.STORAGES['staticfiles']['BACKEND'])",
        env_overrides=PRODUCTION_ENV,
    )
    assert result.returncode == 0, result.stderr
    hsts, session_secure, csrf_secure, ssl_redirect, debug, storage = (
        result.stdout.strip().splitlines()[-1].split()
    )
    assert int(hsts) >= 31536000
    assert (session_secure, csrf_secure, ssl_redirect, debug) == ("True", "True", "True", "False")
    assert storage.startswith("whitenoise.")
