"""Staff pass a second factor (TOTP app or one-time recovery code) before the Wagtail admin
opens; learners are never asked. These tests log in without the suite's automatic verification
(``real_otp``) and go through the real setup and verify pages."""

import re
import time

import pytest
from django.urls import reverse
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import hotp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from lms.accounts.roles import Role
from lms.accounts.services import user_assign_role, user_set_language
from lms.accounts.two_factor import recovery_codes_replace
from lms.cohorts.models import Cohort
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.real_otp

SETUP = "/admin/two-factor/setup/"
VERIFY = "/admin/two-factor/verify/"
CODES = "/admin/two-factor/recovery-codes/"
MANAGE = "/admin/two-factor/"


@pytest.fixture
def staff(trainer):
    """A sector trainer who reads the admin in English (the messages are asserted)."""
    user_set_language(user=trainer, language="en")
    return trainer


@pytest.fixture
def platform_admin(db):
    admin = UserFactory(email="beheer@vlaanderen.example", preferred_language="en")
    user_assign_role(user=admin, role=Role.PLATFORM_ADMIN)
    user_set_language(user=admin, language="en")
    return admin


def _app(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="app", confirmed=True)


def _code(device: TOTPDevice) -> str:
    """What the app shows now, or at the next time step when this step's code was used."""
    device.refresh_from_db()
    now = int((time.time() - device.t0) // device.step) + device.drift
    return f"{hotp(device.bin_key, max(now, device.last_t + 1), device.digits):0{device.digits}d}"


def _verified(client) -> bool:
    return DEVICE_ID_SESSION_KEY in client.session


def _admin_urls(sector) -> list[str]:
    return [
        "/admin/",
        "/admin/snippets/cohorts/cohort/",
        reverse("assessments_admin:grading_queue"),  # a custom admin view
        reverse("wagtailadmin_account"),
        MANAGE,
    ]


# --- staff without a device ------------------------------------------------------------------


def test_staff_without_a_device_are_sent_to_setup_from_every_admin_url(client, staff, sector):
    client.force_login(staff)
    for url in _admin_urls(sector):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url.startswith(SETUP), url
        assert f"next={url.replace('/', '%2F')}" in response.url
    # Writes are refused too: nothing is created through an admin form.
    response = client.post("/admin/snippets/cohorts/cohort/add/", {"name": "Sneaky"})
    assert response.status_code == 302 and response.url.startswith(SETUP)
    assert not Cohort.objects.filter(name="Sneaky").exists()


def test_platform_administrator_needs_a_second_factor_too(client, platform_admin):
    client.force_login(platform_admin)
    assert client.get("/admin/").url.startswith(SETUP)
    assert client.get("/admin/users/").url.startswith(SETUP)


def test_setup_shows_a_qr_code_and_the_key_and_confirms_with_a_code(client, staff):
    client.force_login(staff)
    page = client.get(SETUP + "?next=/admin/pages/")
    assert page.status_code == 200
    html = page.content.decode()
    assert '<svg role="img"' in html and "<title>" in html
    secret = re.search(r'id="two-factor-secret">([A-Z2-7 ]+)<', html).group(1)
    device = TOTPDevice.objects.get(user=staff, confirmed=False)
    assert secret.replace(" ", "") in device.config_url
    assert client.get(SETUP).content.decode().count(secret) == 1  # reloading keeps the key

    wrong = client.post(SETUP, {"code": "000000", "next": "/admin/pages/"})
    assert wrong.status_code == 400
    assert "This code is not valid" in wrong.content.decode()
    assert not _verified(client)
    assert client.get("/admin/").url.startswith(SETUP)

    device.throttle_reset()
    done = client.post(SETUP, {"code": _code(device), "next": "/admin/pages/"})
    assert done.status_code == 302 and done.url == CODES
    device.refresh_from_db()
    assert device.confirmed and _verified(client)

    shown = client.get(CODES)
    codes = re.findall(r"<li><code>([a-z2-7]{4}-[a-z2-7]{4})</code></li>", shown.content.decode())
    assert len(codes) == 10 and len(set(codes)) == 10
    assert 'href="/admin/pages/"' in shown.content.decode()
    assert StaticToken.objects.filter(device__user=staff).count() == 10
    # Shown once: a second visit goes to the account page, without the codes.
    again = client.get(CODES)
    assert again.status_code == 302 and again.url == MANAGE
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/snippets/cohorts/cohort/").status_code == 200


def test_setup_cannot_replace_an_existing_app_before_verification(client, staff):
    """Someone holding only the password cannot enrol their own phone."""
    device = _app(staff)
    client.force_login(staff)
    response = client.get(SETUP)
    assert response.status_code == 302 and response.url.startswith(VERIFY)
    response = client.post(SETUP, {"code": "123456"})
    assert response.status_code == 302 and response.url.startswith(VERIFY)
    assert list(TOTPDevice.objects.filter(user=staff)) == [device]


# --- staff with a device ---------------------------------------------------------------------


def test_staff_with_a_device_verify_before_reaching_the_admin(client, staff, sector):
    device = _app(staff)
    client.force_login(staff)
    for url in _admin_urls(sector):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith(VERIFY), url
    page = client.get(VERIFY + "?next=/admin/pages/")
    assert page.status_code == 200
    assert 'autocomplete="one-time-code"' in page.content.decode()

    response = client.post(VERIFY, {"code": _code(device), "next": "/admin/pages/"})
    assert response.status_code == 302 and response.url == "/admin/pages/"
    assert _verified(client)
    for url in _admin_urls(sector):
        assert client.get(url).status_code == 200, url


def test_a_wrong_code_gains_nothing_and_repeated_ones_are_throttled(client, staff):
    device = _app(staff)
    client.force_login(staff)
    response = client.post(VERIFY, {"code": "000000"})
    assert response.status_code == 400
    assert "This code is not valid" in response.content.decode()
    assert not _verified(client)
    assert client.get("/admin/").url.startswith(VERIFY)

    # Right after a wrong code even the right one waits (django-otp's exponential throttle).
    response = client.post(VERIFY, {"code": _code(device)})
    assert response.status_code == 400
    assert "Too many wrong codes. Wait" in response.content.decode()
    assert not _verified(client)
    device.refresh_from_db()
    assert device.throttling_failure_count >= 1

    device.throttle_reset()
    assert client.post(VERIFY, {"code": _code(device)}).status_code == 302
    assert _verified(client)


def test_a_code_from_the_app_works_only_once(client, staff):
    device = _app(staff)
    code = _code(device)
    client.force_login(staff)
    assert client.post(VERIFY, {"code": code}).status_code == 302

    other = type(client)()
    other.force_login(staff)
    assert other.post(VERIFY, {"code": code}).status_code == 400
    assert not _verified(other)


def test_a_recovery_code_works_once(client, staff):
    _app(staff)
    codes = recovery_codes_replace(user=staff)
    client.force_login(staff)
    response = client.post(VERIFY, {"code": f" {codes[3].upper()} "}, follow=True)
    assert response.redirect_chain[-1][0] == "/admin/"
    assert "You used a recovery code" in response.content.decode()
    assert "9 codes are left" in response.content.decode()
    assert _verified(client)

    other = type(client)()
    other.force_login(staff)
    refused = other.post(VERIFY, {"code": codes[3]})
    assert refused.status_code == 400
    assert not _verified(other)
    assert StaticToken.objects.filter(device__user=staff).count() == 9


def test_only_local_admin_addresses_are_followed_after_verification(client, staff):
    device = _app(staff)
    client.force_login(staff)
    response = client.post(VERIFY, {"code": _code(device), "next": "https://evil.example/admin/"})
    assert response.url == "/admin/"


def test_logout_stays_reachable_before_the_second_factor(client, staff):
    client.force_login(staff)
    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


# --- the staff member's own page -------------------------------------------------------------


def _verified_client(client, user):
    device = _app(user)
    client.force_login(user)
    assert client.post(VERIFY, {"code": _code(device)}).status_code == 302
    return device


def test_the_account_menu_links_to_the_two_factor_page(client, staff):
    _verified_client(client, staff)
    account = client.get(reverse("wagtailadmin_account")).content.decode()
    assert 'href="/admin/two-factor/"' in account
    page = client.get(MANAGE)
    assert page.status_code == 200
    assert 'id="two-factor-codes-left"' in page.content.decode()


def test_new_recovery_codes_replace_the_old_ones(client, staff, settings):
    settings.OTP_STATIC_THROTTLE_FACTOR = 0  # no pause after the refused old code
    _verified_client(client, staff)
    old = recovery_codes_replace(user=staff)
    response = client.post(MANAGE, {"action": "recovery-codes"})
    assert response.status_code == 302 and response.url == CODES
    new = re.findall(r"<li><code>([a-z2-7-]{9})</code></li>", client.get(CODES).content.decode())
    assert len(new) == 10 and not set(new) & set(old)

    other = type(client)()
    other.force_login(staff)
    assert other.post(VERIFY, {"code": old[0]}).status_code == 400
    assert other.post(VERIFY, {"code": new[0]}).status_code == 302


def test_a_new_app_replaces_the_old_one_and_ends_its_verification(client, staff):
    _verified_client(client, staff)
    elsewhere = type(client)()
    old = TOTPDevice.objects.get(user=staff)
    elsewhere.force_login(staff)
    assert elsewhere.post(VERIFY, {"code": _code(old)}).status_code == 302
    assert elsewhere.get("/admin/").status_code == 200

    response = client.post(MANAGE, {"action": "reset"})
    assert response.status_code == 302 and response.url == SETUP
    assert not TOTPDevice.objects.filter(user=staff).exists()
    assert not StaticToken.objects.filter(device__user=staff).exists()
    # Every session verified with the removed app is held at setup again.
    assert elsewhere.get("/admin/").url.startswith(SETUP)
    assert client.get("/admin/").url.startswith(SETUP)


def test_a_platform_administrator_resets_someone_elses_second_factor(client, platform_admin, staff):
    _app(staff)
    recovery_codes_replace(user=staff)
    _verified_client(client, platform_admin)
    listing = client.get("/admin/users/").content.decode()
    assert f"/admin/two-factor/reset/{staff.pk}/" in listing
    url = reverse("two_factor_admin_reset", args=[staff.pk])
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    assert not TOTPDevice.objects.filter(user=staff).exists()
    assert not StaticToken.objects.filter(device__user=staff).exists()


def test_trainers_cannot_reset_others_second_factor(client, staff, other_trainer):
    _app(other_trainer)
    _verified_client(client, staff)
    url = reverse("two_factor_admin_reset", args=[other_trainer.pk])
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    assert TOTPDevice.objects.filter(user=other_trainer).exists()


# --- learners and anonymous visitors ---------------------------------------------------------


def test_learners_are_never_asked_for_a_second_factor(client, learner):
    response = client.post(
        "/accounts/login/", {"username": learner.email, "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 302
    for url in ("/accounts/profile/", "/dashboard/", "/certificates/", "/nl/", "/search/?q=x"):
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        assert all("two-factor" not in hop for hop, _status in response.redirect_chain), url
        assert "two-factor" not in response.content.decode(), url
    # The admin refuses them at its login page, not at a second-factor page.
    response = client.get("/admin/")
    assert response.status_code == 302 and response.url.startswith("/admin/login/")
    assert client.get(SETUP).url.startswith("/admin/login/")
    assert client.get(VERIFY).url.startswith("/admin/login/")
    assert not TOTPDevice.objects.filter(user=learner).exists()


def test_staff_use_the_public_site_without_a_second_factor(client, staff):
    client.force_login(staff)
    assert client.get("/accounts/profile/").status_code == 200
    assert client.get("/dashboard/").status_code == 200


def test_anonymous_visitors_are_sent_to_the_admin_login(client, db):
    for url in (SETUP, VERIFY, MANAGE):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith("/admin/login/"), url


def test_admin_login_then_verify_reaches_the_admin(client, staff):
    device = _app(staff)
    response = client.post(
        "/admin/login/", {"username": staff.email, "password": DEFAULT_PASSWORD}, follow=True
    )
    assert response.redirect_chain[-1][0].startswith(VERIFY)
    assert client.post(VERIFY, {"code": _code(device)}).url == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_the_admins_icons_and_script_catalogue_load_before_the_second_factor(client, staff):
    """The setup and verify pages use them; a redirect would paste a page into the icons."""
    client.force_login(staff)
    sprite = client.get(reverse("wagtailadmin_sprite"))
    assert sprite.status_code == 200 and b"<svg" in sprite.content[:200]
    assert client.get(reverse("wagtailadmin_javascript_catalog")).status_code == 200
