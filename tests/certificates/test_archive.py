"""The ZIP of a cohort's certificates: built by the background task with human-readable names,
one PDF per current certificate, progress as JSON, download for the owning sector only."""

import io
import zipfile

import pytest
from django.urls import reverse
from pypdf import PdfReader

from certificates import services
from certificates.models import CertificateArchive
from lms.cohorts.models import Enrollment
from tests.factories import CertificateFactory, EnrollmentFactory, UserFactory


@pytest.fixture
def issued(cohort, certificate, template):
    """Three current certificates (two learners share a name), one revoked, one renewed."""
    certificates = [certificate]
    for first, last in (("Ahmed", "Benali"), ("An", "Peeters"), ("An", "Peeters")):
        enrollment = EnrollmentFactory(
            user=UserFactory(first_name=first, last_name=last),
            cohort=cohort,
            status=Enrollment.Status.COMPLETED,
        )
        certificates.append(CertificateFactory(enrollment=enrollment, template=template))
    revoked = CertificateFactory(
        enrollment=EnrollmentFactory(
            user=UserFactory(first_name="Rik", last_name="Ingetrokken"),
            cohort=cohort,
            status="completed",
        )
    )
    services.certificate_revoke(certificate=revoked, reason="Fout", revoked_by=None)
    renewed = services.certificate_renew(certificate=certificates[1])  # Ahmed: old and new
    certificates[1] = renewed
    return certificates


def _zip(response) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_the_zip_holds_one_pdf_per_current_certificate(
    client, trainer, cohort, issued, django_capture_on_commit_callbacks
):
    client.force_login(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("certificates_admin:archive_create", args=[cohort.pk]))
    archive = CertificateArchive.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("certificates_admin:archive", args=[archive.pk])
    assert archive.status == CertificateArchive.Status.DONE
    assert (archive.done, archive.total) == (4, 4) and archive.requested_by == trainer

    status = client.get(reverse("certificates_admin:archive_status", args=[archive.pk])).json()
    assert status["status"] == "done" and status["finished"] is True
    assert (status["done"], status["total"]) == (4, 4)
    page = client.get(reverse("certificates_admin:archive", args=[archive.pk])).content.decode()
    assert reverse("certificates_admin:archive_download", args=[archive.pk]) in page

    download = client.get(reverse("certificates_admin:archive_download", args=[archive.pk]))
    assert download.status_code == 200 and download["Content-Type"] == "application/zip"
    bundle = _zip(download)
    names = sorted(bundle.namelist())
    assert names == [
        "Ahmed Benali.pdf",
        "An Peeters (2).pdf",
        "An Peeters.pdf",
        "Zoë Van den Bossche-Çelik.pdf",
    ]
    codes = set()
    for name in names:
        text = PdfReader(io.BytesIO(bundle.read(name))).pages[0].extract_text()
        learner = name.removesuffix(".pdf").removesuffix(" (2)")
        assert learner in " ".join(text.split())
        codes |= {c.code for c in issued if c.code in text.replace("\n", "").replace(" ", "")}
    assert codes == {c.code for c in issued}  # the renewed certificate, not the old one
    for certificate in issued:
        certificate.refresh_from_db()
        assert certificate.rendered_at is not None  # missing PDFs were rendered on the way


def test_progress_of_a_waiting_archive(client, trainer, cohort, issued):
    archive = CertificateArchive.objects.create(cohort=cohort, total=4)
    client.force_login(trainer)
    status = client.get(reverse("certificates_admin:archive_status", args=[archive.pk]))
    assert "no-store" in status["Cache-Control"]
    assert status.json() | {"text": ""} == {
        "status": "pending",
        "done": 0,
        "total": 4,
        "finished": False,
        "text": "",
    }
    page = client.get(reverse("certificates_admin:archive", args=[archive.pk])).content.decode()
    assert "js/task-progress.js" in page
    assert reverse("certificates_admin:archive_status", args=[archive.pk]) in page
    assert 'id="archive-progress-bar"' in page and "<script>" not in page
    download = reverse("certificates_admin:archive_download", args=[archive.pk])
    assert client.get(download).status_code == 404  # not ready yet


def test_build_reports_progress_as_it_goes(cohort, issued, monkeypatch):
    archive = services.certificate_archive_create(cohort=cohort)
    seen = []
    real_render = services.certificate_render

    def render(*, certificate, force=False):
        seen.append(CertificateArchive.objects.values_list("status", "done").get(pk=archive.pk))
        return real_render(certificate=certificate, force=force)

    monkeypatch.setattr(services, "certificate_render", render)
    archive = services.certificate_archive_build(archive=archive)
    assert archive.status == "done"
    assert seen == [("running", 0), ("running", 1), ("running", 2), ("running", 3)]
    # A finished archive is not built again.
    assert services.certificate_archive_build(archive=archive).file.name == archive.file.name
