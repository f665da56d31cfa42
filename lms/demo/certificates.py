"""Demo certificates: a template for four sectors, and issued, revoked and expired certificates
for demo learners. Issuance goes through certificates.services like real use (the demo cohorts'
completed learners already received theirs automatically on completion). Idempotent."""

import datetime

from django.utils import timezone

from certificates.models import Certificate, CertificateTemplate
from certificates.services import CertificateError, certificate_issue, certificate_revoke
from lms.cohorts.models import Enrollment
from lms.sectors.models import Sector

from .loader import load


def templates_ensure(changes: list[str]) -> None:
    """One default certificate template per demo sector (before cohorts complete)."""
    for slug, fields in load("certificate_templates.json").items():
        sector = Sector.objects.filter(slug=slug).first()
        if sector is None or CertificateTemplate.objects.filter(sector=sector).exists():
            continue
        template = CertificateTemplate(sector=sector, is_default=True, **fields)
        template.full_clean()
        template.save()
        changes.append(f"certificate template of {sector.name}")


def certificates_ensure(changes: list[str]) -> None:
    """Every completed demo enrollment has its certificate; one is revoked and one has expired
    (an older cohort's, issued two and a half years ago)."""
    completed = Enrollment.objects.filter(
        status=Enrollment.Status.COMPLETED, cohort__issues_certificate=True
    ).select_related("cohort", "user")
    for enrollment in completed.order_by("pk"):
        if Certificate.objects.filter(enrollment=enrollment).exists():
            continue
        try:
            certificate_issue(enrollment=enrollment)
        except CertificateError:
            continue
        changes.append(f"certificate for {enrollment.user.email}")

    if Certificate.objects.filter(revoked_at__isnull=False).exists():
        return
    current = list(
        Certificate.objects.filter(revoked_at__isnull=True, superseded_at__isnull=True)
        .exclude(user__email__endswith="@vorming.example")
        .order_by("pk")
    )
    if len(current) < 2:
        return
    revoked, expired = current[0], current[-1]
    certificate_revoke(
        certificate=revoked,
        reason="Uitgereikt aan de verkeerde deelnemer: de aanwezigheid werd verkeerd ingevoerd.",
    )
    changes.append(f"revoked certificate of {revoked.learner_name}")
    long_ago = timezone.now() - datetime.timedelta(days=913)
    Certificate.objects.filter(pk=expired.pk).update(
        issued_at=long_ago, expires_at=long_ago + datetime.timedelta(days=730)
    )
    changes.append(f"expired certificate of {expired.learner_name}")
