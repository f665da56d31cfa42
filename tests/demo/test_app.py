"""lms.demo is for development and tests: production leaves it out unless asked, and no other
app imports it."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "lms.settings.production",
    "SECRET_KEY": "a-very-long-and-random-production-secret-key-0a9s8d7f6g5h4j3k2l1",
    "ALLOWED_HOSTS": "vorming.example",
    "DATABASE_URL": "postgres://lms:secret@127.0.0.1:5432/lms",
}


def _installed(settings_module: str, **env) -> bool:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update({**PRODUCTION_ENV, "DJANGO_SETTINGS_MODULE": settings_module, **env})
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings; print('lms.demo' in settings.INSTALLED_APPS)",
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip() == "True"


@pytest.mark.parametrize(
    ("settings_module", "env", "expected"),
    [
        ("lms.settings.production", {}, False),
        ("lms.settings.production", {"DEMO_APP": "true"}, True),
        ("lms.settings.dev", {}, True),
        ("lms.settings.test", {}, True),
    ],
)
def test_demo_app_is_installed_in_dev_and_test_and_in_production_only_on_request(
    settings_module, env, expected
):
    assert _installed(settings_module, **env) is expected


def test_nothing_outside_lms_demo_imports_it():
    importer = re.compile(r"^\s*(from|import)\s+lms\.demo\b", re.MULTILINE)
    offenders = [
        path.relative_to(ROOT).as_posix()
        for package in ("lms", "courses", "assessments", "certificates")
        for path in (ROOT / package).rglob("*.py")
        if "demo" not in path.relative_to(ROOT).parts[:2] and importer.search(path.read_text())
    ]
    assert offenders == []


def test_home_holds_no_demo_code():
    names = {path.name for path in (ROOT / "lms" / "home").rglob("*")}
    assert not {name for name in names if "demo" in name or name == "management"}
