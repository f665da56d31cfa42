"""Sessions end on a password change or reset, on deactivation, after inactivity (shorter for
staff) and a fixed time after login. Time moves through ``lms.middleware.session_clock``."""

import re

import pytest
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.test import Client
from django.utils import translation

from lms import middleware
from tests.factories import DEFAULT_PASSWORD

MINUTE = 60
HOUR = 60 * MINUTE


@pytest.fixture
def clock(monkeypatch):
    """A clock the test moves forward: ``clock.now += 31 * MINUTE``."""

    class Clock:
        now = 1_800_000_000.0

    monkeypatch.setattr(middleware, "session_clock", lambda: Clock.now)
    return Clock


@pytest.fixture(autouse=True)
def _timeouts(settings):
    settings.SESSION_IDLE_TIMEOUT = 2 * HOUR
    settings.SESSION_IDLE_TIMEOUT_STAFF = 30 * MINUTE
    settings.SESSION_ABSOLUTE_TIMEOUT = 12 * HOUR


def _logged_in(client) -> bool:
    return SESSION_KEY in client.session


def _expired_message() -> str:
    with translation.override("nl"):
        return translation.gettext("Your session has expired. Please log in again.")


# --- password and deactivation ---------------------------------------------------------------


def test_a_password_reset_ends_the_users_other_sessions(
    client, learner, django_capture_on_commit_callbacks
):
    elsewhere = Client()
    elsewhere.force_login(learner)
    assert elsewhere.get("/accounts/profile/").status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/accounts/password-reset/", {"email": learner.email})
    link = re.search(r"https?://[^/]+(/accounts/password-reset/\S+/)", mail.outbox[0].body)[1]
    form_page = client.get(link, follow=True)
    new = "Een-nieuw-wachtwoord-42"
    done = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}
    )
    assert done.status_code == 302

    response = elsewhere.get("/accounts/profile/")
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert not _logged_in(elsewhere)


def test_a_password_change_ends_the_staff_members_admin_sessions(client, trainer):
    client.force_login(trainer)
    assert client.get("/admin/").status_code == 200
    trainer.set_password("Een-ander-wachtwoord-7")
    trainer.save()
    response = client.get("/admin/")
    assert response.status_code == 302 and response.url.startswith("/admin/login/")
    assert not _logged_in(client)


def test_a_deactivated_account_is_anonymous_at_its_next_request(client, learner, trainer):
    staff = Client()
    client.force_login(learner)
    staff.force_login(trainer)
    for user in (learner, trainer):
        user.is_active = False
        user.save(update_fields=["is_active"])
    response = client.get("/accounts/profile/")
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert not _logged_in(client)
    response = staff.get("/admin/")
    assert response.status_code == 302 and response.url.startswith("/admin/login/")


# --- timeouts --------------------------------------------------------------------------------


def test_login_starts_the_session_clocks(client, learner, clock):
    client.post("/accounts/login/", {"username": learner.email, "password": DEFAULT_PASSWORD})
    assert client.session[middleware.SESSION_LOGIN_AT] == int(clock.now)
    assert client.session[middleware.SESSION_SEEN_AT] == int(clock.now)


def test_a_learner_session_ends_after_two_idle_hours(client, learner, clock):
    client.force_login(learner)
    clock.now += 2 * HOUR - MINUTE
    assert client.get("/accounts/profile/").status_code == 200
    clock.now += 2 * HOUR + MINUTE
    response = client.get("/accounts/profile/?tab=1")
    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=%2Faccounts%2Fprofile%2F%3Ftab%3D1"
    assert not _logged_in(client)
    login_page = client.get(response.url)
    assert _expired_message() in login_page.content.decode()


def test_activity_keeps_a_session_alive_and_is_written_at_most_once_a_minute(
    client, learner, clock
):
    client.force_login(learner)
    started = client.session[middleware.SESSION_SEEN_AT]
    clock.now += 30
    client.get("/accounts/profile/")
    assert client.session[middleware.SESSION_SEEN_AT] == started  # no write for 30 seconds
    for _ in range(4):  # active every 1.5 h: 6 h in all, never 2 h idle
        clock.now += 90 * MINUTE
        assert client.get("/accounts/profile/").status_code == 200
    assert client.session[middleware.SESSION_SEEN_AT] == int(clock.now)


def test_a_staff_session_ends_after_thirty_idle_minutes(client, trainer, clock):
    client.force_login(trainer)
    clock.now += 29 * MINUTE
    assert client.get("/admin/").status_code == 200
    clock.now += 29 * MINUTE
    assert client.get("/admin/").status_code == 200  # 58 minutes since login, but active
    clock.now += 31 * MINUTE
    response = client.get("/admin/snippets/cohorts/cohort/")
    assert response.status_code == 302
    assert response.url == "/admin/login/?next=%2Fadmin%2Fsnippets%2Fcohorts%2Fcohort%2F"
    assert not _logged_in(client)


def test_staff_idle_limit_applies_on_the_public_site_too(client, trainer, clock):
    client.force_login(trainer)
    clock.now += 31 * MINUTE
    response = client.get("/accounts/profile/")
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert not _logged_in(client)


def test_every_session_ends_twelve_hours_after_login_however_active(client, learner, clock):
    client.force_login(learner)
    for _ in range(11):
        clock.now += HOUR
        assert client.get("/accounts/profile/").status_code == 200
    clock.now += HOUR + MINUTE
    response = client.get("/accounts/profile/")
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert not _logged_in(client)


def test_an_expired_post_is_not_carried_out(client, trainer, clock):
    from lms.cohorts.models import Cohort

    client.force_login(trainer)
    clock.now += HOUR
    response = client.post("/admin/snippets/cohorts/cohort/add/", {"name": "Te laat"})
    assert response.status_code == 302
    assert response.url == "/admin/login/?next=%2Fadmin%2Fsnippets%2Fcohorts%2Fcohort%2Fadd%2F"
    assert not Cohort.objects.filter(name="Te laat").exists()


def test_anonymous_visitors_are_not_affected(client, db, clock):
    clock.now += 100 * HOUR
    assert client.get("/accounts/login/").status_code == 200
