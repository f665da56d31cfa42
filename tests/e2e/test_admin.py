"""Staff reach the Wagtail admin in Chromium under the admin's Content-Security-Policy."""

import pytest
from playwright.sync_api import expect

from lms.accounts.roles import Role
from lms.accounts.services import user_assign_role
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def admin_login(page, email):
    page.goto("/admin/login/")
    page.locator("#id_username").fill(email)
    page.locator("#id_password").fill(DEFAULT_PASSWORD)
    page.locator("form button[type=submit]").first.click()


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
