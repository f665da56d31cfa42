"""Staff reach the Wagtail admin in Chromium under the admin's Content-Security-Policy."""

import time

import pytest
from django_otp.oath import hotp
from playwright.sync_api import expect

from lms.accounts.roles import Role
from lms.accounts.services import user_assign_role
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def otp_code(device) -> str:
    """The code the staff member's app shows now (the next one if this one was just used)."""
    device.refresh_from_db()
    now = int((time.time() - device.t0) // device.step) + device.drift
    if device.last_t + 1 > now + device.tolerance:  # both usable codes spent: wait one step
        time.sleep(device.step - (time.time() - device.t0) % device.step + 0.1)
        now += 1
    return f"{hotp(device.bin_key, max(now, device.last_t + 1), device.digits):06d}"


def _staff_app(email):
    """The confirmed TOTP app of a staff account (made if it has none); None for others."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from lms.accounts.models import User
    from lms.accounts.two_factor import requires_second_factor

    user = User.objects.filter(email__iexact=email).first()
    if user is None or not requires_second_factor(user):
        return None
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="app", confirmed=True)


def admin_login(page, email):
    """Log in at /admin/login/; staff then pass the second factor with their app's code."""
    device = _staff_app(email)
    page.goto("/admin/login/")
    page.locator("#id_username").fill(email)
    page.locator("#id_password").fill(DEFAULT_PASSWORD)
    with page.expect_navigation():
        page.locator("form button[type=submit]").first.click()
    if device is not None and "/admin/two-factor/verify/" in page.url:
        page.locator("#id_code").fill(otp_code(device))
        with page.expect_navigation():
            page.locator("form.login-form button[type=submit]").click()


def test_platform_admin_works_in_the_admin_without_csp_violations(page):
    admin = UserFactory(email="beheer@vlaanderen.example")
    user_assign_role(user=admin, role=Role.PLATFORM_ADMIN)
    errors = []
    page.on(
        "console",
        lambda msg: (
            errors.append(page.url + " " + msg.text[:60])
            if "Content Security Policy" in msg.text
            else None
        ),
    )
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    admin_login(page, admin.email)
    expect(page).to_have_url(f"{page.url.split('/admin/')[0]}/admin/")
    page.goto("/admin/pages/")
    expect(page.locator("main")).to_be_visible()
    page.goto("/admin/snippets/sectors/sector/add/")
    page.locator("#id_name").fill("Onderwijs")
    page.locator("#id_slug").fill("onderwijs")
    page.locator("#id_colour").fill("#1d4f91")
    page.locator("button[type=submit]").filter(has_text="Opslaan").first.click()
    expect(page.locator(".messages")).to_contain_text("Onderwijs")
    assert errors == [], "\n".join(errors)


def test_learner_cannot_use_the_admin(page):
    learner = UserFactory(email="leerling@school.example")
    admin_login(page, learner.email)
    assert "/admin/login/" in page.url
    expect(page.locator("body")).not_to_contain_text("Dashboard")
