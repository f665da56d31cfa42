from unittest import mock

from django.test import Client


def test_csrf_failure_is_explained_without_technical_details(db):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/accounts/login/", {"username": "a@b.example", "password": "x"})
    assert response.status_code == 403
    body = response.content.decode()
    assert "Probeer opnieuw" in body
    assert "CSRF" not in body


def test_an_unexpected_error_shows_a_friendly_page_not_a_traceback(client, learner):
    client.raise_request_exception = False
    client.force_login(learner)
    with mock.patch("lms.accounts.views.render", side_effect=RuntimeError("boom")):
        response = client.get("/accounts/profile/")
    assert response.status_code == 500
    body = response.content.decode()
    assert "Er ging iets mis" in body
    assert "Traceback" not in body and "boom" not in body
