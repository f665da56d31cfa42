import pytest
from django.db import IntegrityError
from django.urls import reverse

from lms.accounts.models import User
from tests.factories import DEFAULT_PASSWORD, UserFactory

LOGIN = "/accounts/login/"


def test_login_page_is_dutch_by_default(client, db):
    response = client.get(LOGIN)
    assert response.status_code == 200
    assert response["Content-Language"] == "nl"
    assert "E-mailadres" in response.content.decode()


def test_email_login_is_case_insensitive(client, learner):
    response = client.post(
        LOGIN, {"username": "LEEN.Learner@School.EXAMPLE", "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 302
    assert response.url == reverse("accounts:profile")
    assert client.session["_auth_user_id"] == str(learner.pk)


def test_emails_are_stored_lower_case_and_unique_regardless_of_case(db):
    user = UserFactory(email="Ann.Peeters@Stad.Example")
    assert user.email == "ann.peeters@stad.example"
    with pytest.raises(IntegrityError):
        User.objects.bulk_create([User(email="ANN.PEETERS@stad.example")])


def test_wrong_password_gives_a_clear_message_and_no_session(client, learner):
    response = client.post(LOGIN, {"username": learner.email, "password": "wrong-password"})
    assert response.status_code == 200
    assert "komen niet overeen" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_login_sets_the_language_cookie_from_the_profile(client, db):
    user = UserFactory(preferred_language="fr")
    response = client.post(LOGIN, {"username": user.email, "password": DEFAULT_PASSWORD})
    assert response.cookies["lms_language"].value == "fr"
    assert "Mon profil" in client.get(reverse("accounts:profile")).content.decode()


def test_lockout_after_repeated_failures_is_keyed_on_username_and_ip(client, learner, settings):
    settings.AXES_FAILURE_LIMIT = 3
    bad = {"username": learner.email.upper(), "password": "not-it"}
    for _ in range(2):
        assert client.post(LOGIN, bad, REMOTE_ADDR="10.1.1.1").status_code == 200
    locked = client.post(LOGIN, bad, REMOTE_ADDR="10.1.1.1")
    assert locked.status_code == 429
    assert "Te veel pogingen" in locked.content.decode()

    # Even the right password is refused for that account from that address...
    good = {"username": learner.email, "password": DEFAULT_PASSWORD}
    assert client.post(LOGIN, good, REMOTE_ADDR="10.1.1.1").status_code == 429
    # ...but a colleague behind the same school NAT can still log in,
    other = UserFactory()
    response = client.post(
        LOGIN, {"username": other.email, "password": DEFAULT_PASSWORD}, REMOTE_ADDR="10.1.1.1"
    )
    assert response.status_code == 302
    client.logout()
    # and the same account from another address is not locked.
    assert client.post(LOGIN, good, REMOTE_ADDR="10.2.2.2").status_code == 302


def test_logout_requires_post_and_ends_the_session(client, learner):
    client.force_login(learner)
    assert client.get("/accounts/logout/").status_code == 405
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_learner_is_refused_by_the_admin(client, learner):
    client.force_login(learner)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")
    follow = client.get(response.url)
    assert "Dashboard" not in follow.content.decode()


def test_anonymous_is_sent_to_admin_login(client, db):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response.url


def test_trainer_reaches_the_admin(client, trainer):
    client.force_login(trainer)
    assert client.get("/admin/").status_code == 200


def test_admin_login_is_also_locked_out(client, learner, settings):
    settings.AXES_FAILURE_LIMIT = 2
    for _ in range(2):
        client.post(
            "/admin/login/", {"username": learner.email, "password": "nope"}, REMOTE_ADDR="10.9.9.9"
        )
    response = client.post(
        "/admin/login/",
        {"username": learner.email, "password": DEFAULT_PASSWORD},
        REMOTE_ADDR="10.9.9.9",
    )
    assert response.status_code == 429
