"""Enrolment paths: code on the public site, invitations by email, withdraw and re-enrol."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from lms.accounts.models import User
from lms.cohorts.models import Enrollment
from lms.cohorts.services import (
    EnrollmentError,
    enrollment_by_code,
    enrollment_create,
    enrollment_withdraw,
    invitation_send,
)
from tests.factories import DEFAULT_PASSWORD, UserFactory

ENROL = reverse("cohorts:enrol")


def test_learner_enrols_with_a_code_in_any_spelling(client, learner, cohort):
    client.force_login(learner)
    assert client.get(ENROL).status_code == 200
    response = client.post(ENROL, {"code": " gent-2026 "})
    assert response.status_code == 302
    enrollment = Enrollment.objects.get(user=learner, cohort=cohort)
    assert (enrollment.status, enrollment.source) == ("active", "code")


@pytest.mark.parametrize(
    ("setup", "code", "message"),
    [
        (None, "ONBEKEND1", "niet bekend"),
        ("closed", "GENT2026", "gesloten"),
        ("full", "GENT2026", "volzet"),
        ("twice", "GENT2026", "al ingeschreven"),
    ],
)
def test_refused_codes_say_why_and_change_nothing(client, learner, cohort, setup, code, message):
    if setup == "closed":
        cohort.enrolment_open = False
        cohort.save()
    if setup == "full":
        cohort.capacity = 1
        cohort.save()
        enrollment_create(user=UserFactory(), cohort=cohort, source="staff")
    if setup == "twice":
        enrollment_create(user=learner, cohort=cohort, source="code")
    before = list(Enrollment.objects.values_list("pk", "status"))
    client.force_login(learner)
    response = client.post(ENROL, {"code": code})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert list(Enrollment.objects.values_list("pk", "status")) == before


def test_anonymous_visitors_log_in_first(client, cohort):
    response = client.get(ENROL)
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_withdraw_and_re_enrol_keep_one_row(learner, cohort):
    enrollment = enrollment_by_code(user=learner, code="GENT2026")
    enrollment_withdraw(enrollment=enrollment)
    enrollment.refresh_from_db()
    assert enrollment.status == "withdrawn" and enrollment.withdrawn_at
    again = enrollment_by_code(user=learner, code="GENT2026")
    assert again.pk == enrollment.pk and again.status == "active"
    assert Enrollment.objects.count() == 1


def test_withdrawn_learners_free_their_place(cohort):
    cohort.capacity = 1
    cohort.save()
    first, second = UserFactory(), UserFactory()
    enrollment = enrollment_create(user=first, cohort=cohort, source="staff")
    with pytest.raises(EnrollmentError):
        enrollment_create(user=second, cohort=cohort, source="staff")
    enrollment_withdraw(enrollment=enrollment)
    assert enrollment_create(user=second, cohort=cohort, source="staff").status == "active"


def test_learner_leaves_a_cohort_from_the_dashboard(client, learner, cohort):
    enrollment = enrollment_by_code(user=learner, code="GENT2026")
    client.force_login(learner)
    url = reverse("cohorts:withdraw", args=[enrollment.pk])
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    enrollment.refresh_from_db()
    assert enrollment.status == "withdrawn"
    other = UserFactory()
    client.force_login(other)
    assert client.post(url).status_code == 404


def _invitation_link() -> str:
    return re.search(r"http://testserver(/cohorts/invitation/\S+/)", mail.outbox[-1].body)[1]


def test_invitation_creates_the_account_which_sets_its_password(
    client, cohort, trainer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invitation_send(
            cohort=cohort,
            email="Nieuwe.Collega@School.example",
            first_name="Nora",
            last_name="Nieuw",
            invited_by=trainer,
        )
    user = User.objects.get(email="nieuwe.collega@school.example")
    assert not user.has_usable_password()
    assert Enrollment.objects.get(user=user).status == "invited"
    assert mail.outbox[-1].to == ["nieuwe.collega@school.example"]
    link = _invitation_link()
    page = client.get(link)
    assert page.status_code == 200 and "Signalen herkennen" in page.content.decode()
    refused = client.post(link, {"password1": "kort", "password2": "kort"})
    assert refused.status_code == 400
    assert Enrollment.objects.get(user=user).status == "invited"
    response = client.post(link, {"password1": DEFAULT_PASSWORD, "password2": DEFAULT_PASSWORD})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(DEFAULT_PASSWORD)
    enrollment = Enrollment.objects.get(user=user)
    assert enrollment.status == "active" and enrollment.invitation_digest == ""
    # The link is used up.
    assert client.get(link).status_code == 404


def test_invitation_links_an_existing_account_after_login(
    client, cohort, learner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invitation_send(cohort=cohort, email=learner.email.upper())
    assert User.objects.filter(email=learner.email).count() == 1
    link = _invitation_link()
    response = client.post(link)
    assert response.status_code == 302 and "/accounts/login/" in response.url
    other = UserFactory()
    client.force_login(other)
    assert client.get(link).status_code == 403
    client.force_login(learner)
    assert client.post(link).status_code == 302
    assert Enrollment.objects.get(user=learner).status == "active"


def test_unknown_invitation_token_is_a_clear_404(client, db):
    response = client.get(reverse("cohorts:invitation", args=["x" * 40]))
    assert response.status_code == 404
    assert "niet (meer) geldig" in response.content.decode()
