"""Start-up behaviour of the settings, checked in fresh processes as an operator would see it."""

import json
import os
import secrets
import string
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


def random_secret_key() -> str:
    alphabet = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    return "".join(secrets.choice(alphabet) for _ in range(60))


@pytest.mark.parametrize(
    "database_url", [PRODUCTION_ENV["DATABASE_URL"], "sqlite:////tmp/lms-deploy-check.sqlite3"]
)
def test_check_deploy_is_clean_with_production_settings(database_url):
    env = {**PRODUCTION_ENV, "SECRET_KEY": random_secret_key(), "DATABASE_URL": database_url}
    result = manage("check", "--deploy", "--fail-level", "WARNING", env_overrides=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr


def test_check_deploy_fails_on_a_weakened_production_setting():
    """The check above would notice: without HSTS, --fail-level WARNING stops the deploy."""
    env = {**PRODUCTION_ENV, "SECURE_HSTS_SECONDS": "0"}
    result = manage("check", "--deploy", "--fail-level", "WARNING", env_overrides=env)
    assert result.returncode != 0
    assert "security.W004" in result.stderr + result.stdout


def test_production_response_carries_the_security_headers(tmp_path):
    """A request through the production middleware stack, over HTTPS behind the proxy."""
    script = (
        "from django.test import Client; "
        "r = Client().get('/healthz', HTTP_HOST='vorming.example', "
        "HTTP_X_FORWARDED_PROTO='https'); "
        "import json; print(json.dumps({'status': r.status_code, **dict(r.headers)}))"
    )
    env = {**PRODUCTION_ENV, "DATABASE_URL": f"sqlite:///{tmp_path}/lms.sqlite3"}
    result = manage("shell", "-c", script, env_overrides=env)
    assert result.returncode == 0, result.stderr
    headers = json.loads(result.stdout.strip().splitlines()[-1])
    assert headers["status"] == 200
    assert headers["Strict-Transport-Security"] == ("max-age=31536000; includeSubDomains; preload")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]


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
