"""Shared fixtures: factories, a throw-away MEDIA_ROOT, and Chromium through Playwright."""

import os
import shutil
from pathlib import Path

import pytest

from .factories import DEFAULT_PASSWORD, SectorFactory, SectorMembershipFactory, UserFactory

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls from the same
# thread are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_JS = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"
_browser_versions: set[str] = set()


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    yield
    shutil.rmtree(tmp_path / "media", ignore_errors=True)


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Process caches (site/home routing, locales, section links) outlive a test's rolled-back
    transaction; start every test without them."""
    from django.core.cache import cache

    from courses import locales
    from lms.home import routing

    cache.clear()
    routing.forget()
    locales._cache.clear()
    yield


@pytest.fixture(autouse=True)
def _second_factor_on_force_login(request, monkeypatch):
    """Staff logged in with ``client.force_login`` have passed their second factor: the session
    is marked as verified with a confirmed TOTP device (made for the user if needed), as after
    the real verify step. Tests marked ``real_otp`` get the plain login and do it themselves."""
    if request.node.get_closest_marker("real_otp"):
        yield
        return
    from django.test.client import ClientMixin

    original = ClientMixin.force_login

    def force_login(self, user, backend=None):
        original(self, user, backend)
        otp_mark_verified(self, user)

    monkeypatch.setattr(ClientMixin, "force_login", force_login)
    yield


def otp_mark_verified(client, user) -> None:
    """Mark the client's session as verified by a confirmed TOTP device of a staff ``user``."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from lms.accounts.two_factor import requires_second_factor

    fresh = type(user)._default_manager.get(pk=user.pk)  # no permission cache left on ``user``
    if not requires_second_factor(fresh):
        return
    device = TOTPDevice.objects.filter(user=fresh, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=fresh, name="app", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


@pytest.fixture
def password():
    return DEFAULT_PASSWORD


@pytest.fixture
def user_factory(db):
    return UserFactory


@pytest.fixture
def learner(db):
    return UserFactory(email="leen.learner@school.example", first_name="Leen", last_name="Peeters")


@pytest.fixture
def sector(db):
    return SectorFactory(name="Onderwijs", slug="onderwijs")


@pytest.fixture
def other_sector(db):
    return SectorFactory(name="Jeugd", slug="jeugd")


@pytest.fixture
def trainer(sector):
    return SectorMembershipFactory(
        sector=sector, role="trainer", user=UserFactory(email="tina.trainer@school.example")
    ).user


@pytest.fixture
def other_trainer(other_sector):
    return SectorMembershipFactory(
        sector=other_sector, role="trainer", user=UserFactory(email="jan.jeugd@jeugd.example")
    ).user


# --- browser -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser(django_db_setup, django_db_blocker):
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (make system-deps).")
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Starting Playwright's sync API switches the context Django's connection handler keys on,
    # so the test thread then sees fresh connection objects. Carry over the snapshot that
    # serialized_rollback restores after each browser test's flush.
    snapshots = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    with sync_playwright() as playwright:
        for alias, snapshot in snapshots.items():
            connections[alias]._test_serialized_contents = snapshot
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        _browser_versions.add(f"Chromium {chromium.version} ({CHROMIUM})")
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="nl-BE")
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def axe_source():
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} not found: run `npm install` (make test does).")
    return AXE_JS.read_text()


@pytest.fixture
def axe(axe_source):
    """Run axe-core on the page; return the serious and critical violations."""

    def run(page):
        page.evaluate(axe_source)
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        return [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]

    return run


def pytest_sessionfinish(session):
    """Under pytest-xdist the browsers start in the workers: hand their versions to the
    controller, which writes the summary."""
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["browser_versions"] = sorted(_browser_versions)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    _browser_versions.update(getattr(node, "workeroutput", {}).get("browser_versions", ()))


def pytest_terminal_summary(terminalreporter):
    for version in sorted(_browser_versions):
        terminalreporter.write_line(f"Browser tests ran in {version}")
