"""In Chromium: a trainer signs in to the admin, is sent to set up two-factor authentication,
reads the key from the page as an authenticator app would, confirms with the computed code,
sees the recovery codes once and reaches the admin; at the next sign-in the verify page asks
for a code. axe-core checks the setup, recovery-code and verify pages."""

import re
import time
from base64 import b32decode

import pytest
from django_otp.oath import hotp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from tests.factories import DEFAULT_PASSWORD, SectorFactory, SectorMembershipFactory, UserFactory

from .test_admin import otp_code

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _password_login(page, email):
    page.goto("/admin/login/")
    page.locator("#id_username").fill(email)
    page.locator("#id_password").fill(DEFAULT_PASSWORD)
    with page.expect_navigation():
        page.locator("form button[type=submit]").first.click()


def _app_code(secret: str) -> str:
    """What an authenticator app shows for this key now (RFC 6238, 30 s, 6 digits)."""
    key = b32decode(secret.replace(" ", ""))
    return f"{hotp(key, int(time.time() // 30), 6):06d}"


def test_trainer_sets_up_and_then_uses_two_factor_authentication(page, axe):
    sector = SectorFactory(name="Onderwijs", slug="onderwijs")
    trainer = SectorMembershipFactory(
        sector=sector, role="trainer", user=UserFactory(email="tine@school.example")
    ).user
    csp_errors = []
    page.on(
        "console",
        lambda msg: (
            csp_errors.append(f"{page.url} {msg.text[:80]}")
            if "Content Security Policy" in msg.text
            else None
        ),
    )

    # 1. Password accepted: the admin is not open yet, setup is.
    _password_login(page, trainer.email)
    assert "/admin/two-factor/setup/" in page.url
    page.goto("/admin/")
    assert "/admin/two-factor/setup/" in page.url
    expect(page.locator("#two-factor-qr svg")).to_be_visible()
    assert axe(page) == []

    # 2. The key as text, typed into "the app"; a code from it confirms.
    secret = page.locator("#two-factor-secret").inner_text().strip()
    assert re.fullmatch(r"[A-Z2-7]{4}( [A-Z2-7]{4})+", secret)
    page.locator("#id_code").fill(_app_code(secret))
    with page.expect_navigation():
        page.locator("#id_code").press("Enter")

    # 3. Ten recovery codes, shown once.
    assert "/admin/two-factor/recovery-codes/" in page.url
    codes = page.locator("#recovery-codes li")
    expect(codes).to_have_count(10)
    assert axe(page) == []
    page.locator("#two-factor-continue").click()
    page.wait_for_url("**/admin/")
    expect(page.locator("main")).to_be_visible()
    assert TOTPDevice.objects.get(user=trainer).confirmed

    # 4. Next sign-in: verify with the app; a wrong code first gains nothing.
    page.context.clear_cookies()
    _password_login(page, trainer.email)
    assert "/admin/two-factor/verify/" in page.url
    expect(page.locator("#id_code")).to_be_focused()
    assert axe(page) == []
    page.locator("#id_code").fill("000000")
    with page.expect_navigation():
        page.locator("#id_code").press("Enter")
    assert "/admin/two-factor/verify/" in page.url
    expect(page.locator("#id_code")).to_have_attribute("aria-invalid", "true")
    assert axe(page) == []
    page.goto("/admin/")
    assert "/admin/two-factor/verify/" in page.url

    time.sleep(1.2)  # django-otp's throttle after one wrong code
    page.locator("#id_code").fill(otp_code(TOTPDevice.objects.get(user=trainer)))
    with page.expect_navigation():
        page.locator("#id_code").press("Enter")
    page.wait_for_url("**/admin/")
    page.goto("/admin/snippets/cohorts/cohort/")
    expect(page.locator("main")).to_be_visible()
    assert "/admin/snippets/cohorts/cohort/" in page.url
    assert csp_errors == [], "\n".join(csp_errors)
