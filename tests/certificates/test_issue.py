"""Issuing certificates: automatically through the real completion path (exactly once), the
snapshot, hours and expiry, renewal with history, revocation, the learner's pages."""

import datetime
import io
import shutil
import subprocess
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from certificates import services
from certificates.models import Certificate
from certificates.rendering import certificate_verify_url
from certificates.services import CertificateError, certificate_issue
from lms.cohorts.completion import enrollment_evaluate
from lms.cohorts.models import Enrollment
from lms.cohorts.signals import enrollment_completed
from lms.scheduling.models import TrainingSession
from tests.factories import (
    AttendanceFactory,
    CertificateFactory,
    CohortFactory,
    EnrollmentFactory,
    RegistrationFactory,
    UserFactory,
)


def pdf_text(data: bytes) -> str:
    return " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())


def qr_payload(data: bytes, tmp_path) -> str:
    source = tmp_path / "issued.pdf"
    source.write_bytes(data)
    subprocess.run(
        [shutil.which("pdftoppm"), "-r", "200", "-png", "-singlefile", source, tmp_path / "qr"],
        check=True,
    )
    result = subprocess.run(
        [shutil.which("zbarimg"), "--raw", "-q", tmp_path / "qr.png"],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def complete(enrollment, capture):
    """Complete through the real path: completion decides, announces, certificates listen."""
    with capture(execute=True):
        assert enrollment_evaluate(enrollment=enrollment)
    enrollment.refresh_from_db()
    return enrollment


@pytest.fixture
def active_enrollment(graduate, cohort, template):
    # The course has no required lessons or quizzes: evaluating completes it at once.
    return EnrollmentFactory(user=graduate, cohort=cohort)


def test_completion_issues_one_certificate_with_a_rendered_pdf(
    active_enrollment,
    graduate,
    cohort,
    course,
    template,
    django_capture_on_commit_callbacks,
    tmp_path,
):
    enrollment = complete(active_enrollment, django_capture_on_commit_callbacks)
    assert enrollment.status == Enrollment.Status.COMPLETED
    certificate = Certificate.objects.get(enrollment=enrollment)
    assert certificate.user == graduate and certificate.sector == cohort.sector
    assert certificate.template == template and certificate.issued_by is None
    assert certificate.learner_name == "Zoë Van den Bossche-Çelik"
    assert certificate.course_title == "Signalen van radicalisering herkennen"
    assert (certificate.sector_name, certificate.cohort_name) == ("Onderwijs", cohort.name)
    assert certificate.hours == Decimal("1.5")  # 90 minutes of course, no sessions
    assert certificate.language == "nl"
    assert len(certificate.code) == 32
    # Valid for the template's 24 months, to the day.
    issued = certificate.issued_at
    assert (certificate.expires_at.year, certificate.expires_at.month) == (
        issued.year + 2,
        issued.month,
    )
    assert certificate.expires_at.day == issued.day
    # Rendered by the background task after commit.
    assert certificate.rendered_at is not None
    assert certificate.pdf.name.endswith(f"{certificate.code}.pdf")
    with certificate.pdf.open("rb") as handle:
        data = handle.read()
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert "Zoë Van den Bossche-Çelik" in text
    assert "Signalen van radicalisering herkennen" in text
    assert certificate.code in text.replace(" ", "")
    assert qr_payload(data, tmp_path) == certificate_verify_url(certificate.code)


def test_completion_firing_twice_gives_one_certificate(
    active_enrollment, django_capture_on_commit_callbacks
):
    enrollment = complete(active_enrollment, django_capture_on_commit_callbacks)
    first = Certificate.objects.get(enrollment=enrollment)
    with django_capture_on_commit_callbacks(execute=True):
        assert enrollment_evaluate(enrollment=enrollment)  # already complete: no new event
        enrollment_completed.send(sender=Enrollment, enrollment=enrollment)  # a repeated event
        enrollment_completed.send(sender=Enrollment, enrollment=enrollment)
    assert list(Certificate.objects.filter(enrollment=enrollment)) == [first]
    assert certificate_issue(enrollment=enrollment) == first


def test_a_cohort_without_certificates_issues_none(
    graduate, sector, course, template, django_capture_on_commit_callbacks
):
    quiet = CohortFactory(
        sector=sector, course=course, name="Zonder attest", issues_certificate=False
    )
    enrollment = complete(
        EnrollmentFactory(user=graduate, cohort=quiet), django_capture_on_commit_callbacks
    )
    assert enrollment.status == Enrollment.Status.COMPLETED
    assert not Certificate.objects.filter(enrollment=enrollment).exists()
    with pytest.raises(CertificateError):
        certificate_issue(enrollment=enrollment)  # automatic issue refused
    trainer = UserFactory()
    manual = certificate_issue(enrollment=enrollment, issued_by=trainer)  # by hand it may
    assert manual.issued_by == trainer


def test_an_incomplete_enrollment_gets_no_certificate(graduate, cohort, template):
    enrollment = EnrollmentFactory(user=graduate, cohort=cohort)
    with pytest.raises(CertificateError):
        certificate_issue(enrollment=enrollment)
    assert not Certificate.objects.exists()


def test_the_snapshot_is_not_rewritten_by_later_edits(
    active_enrollment, graduate, course, django_capture_on_commit_callbacks
):
    enrollment = complete(active_enrollment, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(enrollment=enrollment)
    graduate.first_name, graduate.last_name = "Zoé", "Anders"
    graduate.save()
    course.title = "Een nieuwe titel"
    course.save_revision().publish()
    certificate.refresh_from_db()
    assert certificate.learner_name == "Zoë Van den Bossche-Çelik"
    assert certificate.course_title == "Signalen van radicalisering herkennen"
    with certificate.pdf.open("rb") as handle:
        assert "Zoë Van den Bossche-Çelik" in pdf_text(handle.read())
    # A renewal takes a fresh snapshot.
    renewed = services.certificate_renew(certificate=certificate)
    assert renewed.learner_name == "Zoé Anders" and renewed.course_title == "Een nieuwe titel"


def test_hours_add_attended_sessions_rounded_to_half_hours(
    graduate, cohort, course, template, trainer
):
    enrollment = EnrollmentFactory(user=graduate, cohort=cohort, status=Enrollment.Status.COMPLETED)
    start = timezone.now() - datetime.timedelta(days=3)
    for minutes, status in ((140, "present"), (60, "absent"), (45, "present")):
        session = TrainingSession.objects.create(
            cohort=cohort,
            title=f"Sessie {minutes}",
            starts_at=start,
            ends_at=start + datetime.timedelta(minutes=minutes),
            location="Gent",
        )
        registration = RegistrationFactory(
            session=session, user=graduate, status="registered", queued_at=start
        )
        AttendanceFactory(
            registration=registration, status=status, marked_by=trainer, marked_at=start
        )
    # 90 + 140 + 45 = 275 minutes = 4.58 hours -> 4.5
    assert services.enrollment_hours(enrollment=enrollment) == Decimal("4.5")
    assert certificate_issue(enrollment=enrollment).hours == Decimal("4.5")


def test_language_follows_the_learner(cohort, template):
    learner = UserFactory(preferred_language="fr")
    enrollment = EnrollmentFactory(user=learner, cohort=cohort, status=Enrollment.Status.COMPLETED)
    assert certificate_issue(enrollment=enrollment).language == "fr"


def test_without_a_template_the_certificate_does_not_expire(completed_enrollment):
    certificate = certificate_issue(enrollment=completed_enrollment)
    assert certificate.template is None and certificate.expires_at is None


def test_months_are_calendar_months():
    moment = datetime.datetime(2026, 1, 31, 12, 0, tzinfo=datetime.UTC)
    assert services.add_months(moment, 1) == moment.replace(month=2, day=28)
    assert services.add_months(moment, 25) == moment.replace(year=2028, month=2, day=29)
    assert services.add_months(moment, 12) == moment.replace(year=2027)


def test_renewal_keeps_the_history(completed_enrollment, template, trainer):
    old = certificate_issue(enrollment=completed_enrollment)
    new = services.certificate_renew(certificate=old, issued_by=trainer)
    old.refresh_from_db()
    assert new.pk != old.pk and new.code != old.code
    assert new.replaces == old and old.replaced_by == new
    assert old.superseded_at is not None and old.revoked_at is None
    assert old.status == Certificate.Status.VALID  # valid until its own expiry
    assert new.issued_by == trainer and new.expires_at > old.expires_at - datetime.timedelta(1)
    assert certificate_issue(enrollment=completed_enrollment) == new  # the current one
    assert Certificate.objects.filter(enrollment=completed_enrollment).count() == 2
    with pytest.raises(CertificateError):
        services.certificate_renew(certificate=old)  # already renewed


def test_revocation_needs_a_reason_and_happens_once(certificate, trainer):
    with pytest.raises(CertificateError):
        services.certificate_revoke(certificate=certificate, reason="  ", revoked_by=trainer)
    services.certificate_revoke(
        certificate=certificate, reason="Fraude bij de quiz", revoked_by=trainer
    )
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.REVOKED
    assert certificate.revocation_reason == "Fraude bij de quiz"
    assert certificate.revoked_by == trainer and certificate.revoked_at is not None
    with pytest.raises(CertificateError):
        services.certificate_revoke(certificate=certificate, reason="Nog eens", revoked_by=trainer)
    with pytest.raises(CertificateError):
        services.certificate_renew(certificate=certificate)


def test_certificate_render_is_idempotent(certificate):
    services.certificate_render(certificate=certificate)
    name, rendered_at = certificate.pdf.name, certificate.rendered_at
    services.certificate_render(certificate=certificate)
    certificate.refresh_from_db()
    assert (certificate.pdf.name, certificate.rendered_at) == (name, rendered_at)


def test_learner_lists_and_downloads_only_own_certificates(
    client, certificate, graduate, cohort, learner
):
    other = CertificateFactory(
        enrollment=EnrollmentFactory(
            user=learner, cohort=cohort, status=Enrollment.Status.COMPLETED
        )
    )
    client.force_login(graduate)
    page = client.get(reverse("certificates:mine"))
    html = page.content.decode()
    assert page.status_code == 200
    assert f'id="certificate-{certificate.pk}"' in html
    assert f'id="certificate-{other.pk}"' not in html
    assert reverse("certificates:verify", args=[certificate.code]) in html
    # Not rendered yet: the download renders it on the spot.
    assert not certificate.pdf
    response = client.get(reverse("certificates:pdf", args=[certificate.code]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    data = b"".join(response.streaming_content)
    assert "Zoë Van den Bossche-Çelik" in pdf_text(data)
    assert client.get(reverse("certificates:pdf", args=[other.code])).status_code == 404
    client.logout()
    assert client.get(reverse("certificates:pdf", args=[certificate.code])).status_code == 302
    assert client.get(reverse("certificates:mine")).status_code == 302


def test_dashboard_lists_the_learners_certificates(client, certificate, graduate):
    client.force_login(graduate)
    html = client.get(reverse("dashboard")).content.decode()
    assert f'id="dashboard-certificate-{certificate.pk}"' in html
    assert reverse("certificates:pdf", args=[certificate.code]) in html
    assert reverse("certificates:mine") in html


@pytest.mark.parametrize("size", [1, 10])
def test_dashboard_query_count_stays_flat_with_certificates(
    client, graduate, sector, course, template, size, django_assert_max_num_queries
):
    for i in range(size):
        cohort = CohortFactory(
            sector=sector, course=course, name=f"Groep {i}", enrolment_code=f"CERT{i:04d}"
        )
        CertificateFactory(
            enrollment=EnrollmentFactory(
                user=graduate, cohort=cohort, status=Enrollment.Status.COMPLETED
            )
        )
    client.force_login(graduate)
    client.get(reverse("dashboard"))  # warm the site, menu and session caches
    with django_assert_max_num_queries(12):
        response = client.get(reverse("dashboard"))
    assert response.content.decode().count('id="dashboard-certificate-') == size


def test_completion_firing_after_a_revocation_issues_nothing_new(
    completed_enrollment, template, trainer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = certificate_issue(enrollment=completed_enrollment)
    services.certificate_revoke(certificate=first, reason="Verkeerde deelnemer", revoked_by=trainer)
    with django_capture_on_commit_callbacks(execute=True):
        enrollment_completed.send(sender=Enrollment, enrollment=completed_enrollment)
    with pytest.raises(CertificateError):
        certificate_issue(enrollment=completed_enrollment)
    assert Certificate.objects.filter(enrollment=completed_enrollment).count() == 1
    # A trainer may still issue a new one on purpose.
    with django_capture_on_commit_callbacks(execute=True):
        again = certificate_issue(enrollment=completed_enrollment, issued_by=trainer)
    assert again.pk != first.pk and again.status == "valid"
