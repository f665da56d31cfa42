"""Expiry reminders: once per certificate, only current certificates expiring within the
window, in the learner's own language."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import formats, timezone, translation

from certificates import services
from lms.cohorts.models import Enrollment
from tests.factories import CertificateFactory, EnrollmentFactory, UserFactory


def _certificate(cohort, *, days: int, language="nl", **fields):
    learner = UserFactory(preferred_language=language, email=f"{language}{days}@school.example")
    enrollment = EnrollmentFactory(user=learner, cohort=cohort, status=Enrollment.Status.COMPLETED)
    return CertificateFactory(
        enrollment=enrollment, expires_at=timezone.now() + datetime.timedelta(days=days), **fields
    )


def _month(moment, language) -> str:
    with translation.override(language):
        return formats.date_format(timezone.localtime(moment), "F")


@pytest.fixture
def due(cohort, settings):
    settings.CERTIFICATE_EXPIRY_REMINDER_DAYS = 60
    dutch = _certificate(cohort, days=30, language="nl")
    french = _certificate(cohort, days=59, language="fr")
    _certificate(cohort, days=90)  # outside the window
    _certificate(cohort, days=-3)  # already expired
    _certificate(cohort, days=20, expiry_reminded_at=timezone.now())  # reminded before
    revoked = _certificate(cohort, days=10)
    services.certificate_revoke(certificate=revoked, reason="Fout", revoked_by=None)
    renewed = _certificate(cohort, days=15)
    services.certificate_renew(certificate=renewed)  # the new one expires later
    return dutch, french


def test_learners_are_reminded_once_in_their_language(due, django_capture_on_commit_callbacks):
    dutch, french = due
    with django_capture_on_commit_callbacks(execute=True):
        assert services.certificates_expiry_remind() == 2
    assert sorted(m.to[0] for m in mail.outbox) == sorted([dutch.user.email, french.user.email])
    by_address = {m.to[0]: m for m in mail.outbox}
    nl_mail, fr_mail = by_address[dutch.user.email], by_address[french.user.email]
    assert dutch.course_title in nl_mail.subject and dutch.course_title in nl_mail.body
    assert _month(dutch.expires_at, "nl") in nl_mail.body
    assert _month(french.expires_at, "fr") in fr_mail.body
    if _month(french.expires_at, "fr") != _month(french.expires_at, "nl"):
        assert _month(french.expires_at, "nl") not in fr_mail.body
    assert f"/certificates/verify/{dutch.code}/" in nl_mail.body
    for certificate in due:
        certificate.refresh_from_db()
        assert certificate.expiry_reminded_at is not None

    with django_capture_on_commit_callbacks(execute=True):
        assert services.certificates_expiry_remind() == 0
        call_command("send_certificate_reminders")
    assert len(mail.outbox) == 2


def test_the_command_sends_the_reminders(due, django_capture_on_commit_callbacks, capsys):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_certificate_reminders")
    assert len(mail.outbox) == 2
    assert "2" in capsys.readouterr().out


def test_the_window_follows_the_setting(cohort, settings, django_capture_on_commit_callbacks):
    certificate = _certificate(cohort, days=30)
    settings.CERTIFICATE_EXPIRY_REMINDER_DAYS = 14
    assert services.certificates_expiry_remind() == 0
    later = timezone.localdate() + datetime.timedelta(days=20)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.certificates_expiry_remind(today=later) == 1
    assert [m.to for m in mail.outbox] == [[certificate.user.email]]
