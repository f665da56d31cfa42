"""What the privacy export and erasure do with certificates and certificate archives
(lms/accounts/privacy_registry.py, docs/decisions/0010-erasure-and-certificates.md)."""

from collections.abc import Iterator

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.accounts.privacy_registry import (
    REFERENCES,
    Erase,
    ErasureJob,
    Rule,
    erasure_step_register,
    export_files_register,
    export_section_register,
    iso,
    rules_register,
)
from lms.cohorts.models import Enrollment

from .models import Certificate, CertificateArchive


def certificates(user) -> list[dict]:
    now = timezone.now()
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return [
        {
            "code": c.code,
            "status": c.status_at(now),
            "learner_name": c.learner_name,
            "course": c.course_title,
            "sector": c.sector_name,
            "cohort": c.cohort_name,
            "hours": c.hours,
            "language": c.language,
            "issued_at": iso(c.issued_at),
            "expires_at": iso(c.expires_at),
            "revoked_at": iso(c.revoked_at),
            "revocation_reason": c.revocation_reason,
            "superseded_at": iso(c.superseded_at),
            "verification_url": base + reverse("certificates:verify", args=[c.code]),
        }
        for c in Certificate.objects.filter(user=user).order_by("issued_at", "pk")
    ]


def certificate_pdfs(user) -> Iterator[tuple[str, bytes]]:
    for c in Certificate.objects.filter(user=user).exclude(pdf="").only("code", "pdf"):
        try:
            with c.pdf.open("rb") as handle:
                yield f"certificates/{c.code}.pdf", handle.read()
        except (OSError, ValueError):
            continue  # not rendered (yet): the learner downloads it from the site


def certificates_erase(job: ErasureJob) -> None:
    """Certificates stay valid and verifiable as issued to a removed account; the PDF (with the
    name) and cohort archives that hold it are deleted."""
    mine = list(Certificate.objects.filter(user=job.user).select_related("enrollment"))
    for c in mine:
        job.forget_file(c.pdf)
        c.learner_name = job.replacement
        c.revocation_reason = job.replace(c.revocation_reason)
        c.pdf = ""
        c.rendered_at = None
        c.save(update_fields=["learner_name", "revocation_reason", "pdf", "rendered_at"])
    job.count("certificates.Certificate.learner_name", len(mine))
    cohort_ids = {c.enrollment.cohort_id for c in mine if c.enrollment_id}
    cohort_ids |= set(Enrollment.objects.filter(user=job.user).values_list("cohort_id", flat=True))
    archives = list(CertificateArchive.objects.filter(cohort_id__in=cohort_ids))
    for item in archives:
        job.forget_file(item.file)
    CertificateArchive.objects.filter(pk__in=[a.pk for a in archives]).delete()
    job.count("certificates.CertificateArchive.deleted", len(archives))


def register() -> None:
    rules_register(
        Rule(
            "certificates.Certificate",
            "user",
            "certificates",
            Erase.KEEP,
            "Certificates stay verifiable as issued to a removed account (docs/decisions/"
            "0010-erasure-and-certificates.md); the name is replaced and the PDF deleted.",
        ),
        Rule(
            "certificates.Certificate",
            "revoked_by",
            REFERENCES,
            Erase.SET_NULL,
            "Staff who revoked a certificate.",
        ),
        Rule(
            "certificates.Certificate",
            "issued_by",
            REFERENCES,
            Erase.SET_NULL,
            "Staff who issued a certificate by hand.",
        ),
        Rule(
            "certificates.CertificateArchive",
            "requested_by",
            REFERENCES,
            Erase.SET_NULL,
            "Staff who asked for a ZIP of a cohort's certificates.",
        ),
    )
    export_section_register(
        "certificates",
        certificates,
        order=90,
        description=_("Your certificates with their status, code and verification address."),
    )
    export_files_register(
        "certificates/*.pdf",
        certificate_pdfs,
        description=_("the PDF of each certificate, when one was made."),
    )
    erasure_step_register("certificates.Certificate", "user", certificates_erase)
