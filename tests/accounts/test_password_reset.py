import re

from django.core import mail

from tests.factories import UserFactory


def _reset_link(body: str) -> str:
    return re.search(r"https?://[^/]+(/accounts/password-reset/[^\s]+/)", body).group(1)


def test_password_reset_by_email_end_to_end(client, learner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/accounts/password-reset/", {"email": learner.email.upper()})
    assert response.status_code == 302
    assert response.url == "/accounts/password-reset/sent/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [learner.email]
    assert "nieuw wachtwoord" in message.subject

    link = _reset_link(message.body)
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    new = "Een-nieuw-wachtwoord-42"
    done = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}
    )
    assert done.status_code == 302
    assert done.url == "/accounts/password-reset/done/"
    assert (
        client.post("/accounts/login/", {"username": learner.email, "password": new}).status_code
        == 302
    )


def test_reset_email_is_written_in_the_users_language(
    client, db, django_capture_on_commit_callbacks
):
    user = UserFactory(preferred_language="fr")
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/accounts/password-reset/", {"email": user.email})
    assert "mot de passe" in mail.outbox[0].subject


def test_unknown_email_reveals_nothing_and_sends_nothing(
    client, db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/accounts/password-reset/", {"email": "nobody@nowhere.example"})
    assert response.status_code == 302
    assert response.url == "/accounts/password-reset/sent/"
    assert mail.outbox == []


def test_invalid_reset_link_says_so(client, db):
    response = client.get("/accounts/password-reset/MQ/bad-token/")
    assert response.status_code == 200
    assert "niet meer geldig" in response.content.decode()


def test_invalid_email_is_reported_on_the_form(client, db):
    response = client.post("/accounts/password-reset/", {"email": "not an email"})
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()


def test_an_imported_account_without_password_sets_one_by_reset(
    client, db, django_capture_on_commit_callbacks
):
    """Learners added by a bulk import have no password yet: "forgot password" gives them one."""
    user = UserFactory(email="nieuw@school.example")
    user.set_unusable_password()
    user.save()
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/accounts/password-reset/", {"email": "Nieuw@School.example"})
    [message] = mail.outbox
    form_page = client.get(_reset_link(message.body), follow=True)
    new = "Mijn-eerste-wachtwoord-7"
    client.post(form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new})
    user.refresh_from_db()
    assert user.check_password(new)


def test_an_inactive_account_gets_no_reset_email(client, db, django_capture_on_commit_callbacks):
    user = UserFactory(email="weg@school.example")
    user.is_active = False
    user.save(update_fields=["is_active"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/accounts/password-reset/", {"email": "weg@school.example"})
    assert response.status_code == 302 and mail.outbox == []
