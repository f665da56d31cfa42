"""Reads of certificates: the public look-up by code, a learner's certificates and a cohort's
overview for its staff, each in a fixed number of queries."""

import re
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone

from lms.accounts.models import User
from lms.cohorts.models import Cohort, Enrollment

from .models import Certificate

# certificate_code_new() gives 32 URL-safe characters; older or imported codes may differ in
# length, so the look-up accepts any URL-safe code up to the column's size.
CODE_RE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


def normalise_certificate_code(text: str) -> str:
    """A code as typed or pasted: surrounding spaces and a pasted verification URL removed."""
    text = (text or "").strip()
    if "/verify/" in text:
        text = text.split("/verify/", 1)[1]
    return text.split("?", 1)[0].strip("/ ")


def certificate_for_verification(*, code: str) -> Certificate | None:
    """The certificate with this exact code (case-sensitive), or None. One query at most."""
    if not CODE_RE.fullmatch(code or ""):
        return None
    return Certificate.objects.filter(code=code).first()


def verification_data(
    certificate: Certificate | None, *, now: datetime | None = None
) -> dict[str, str | None]:
    """What the public may know about a certificate: status, name, course, sector, dates."""
    if certificate is None:
        return {"status": "unknown"}
    data: dict[str, str | None] = {
        "status": certificate.status_at(now or timezone.now()),
        "code": certificate.code,
        "learner_name": certificate.learner_name,
        "course": certificate.course_title,
        "sector": certificate.sector_name,
        "issued_on": timezone.localdate(certificate.issued_at).isoformat(),
        "expires_on": (
            timezone.localdate(certificate.expires_at).isoformat()
            if certificate.expires_at
            else None
        ),
    }
    if certificate.revoked_at is not None:
        data["revoked_on"] = timezone.localdate(certificate.revoked_at).isoformat()
    return data


def enrollment_current_certificate(*, enrollment_id: int) -> Certificate | None:
    """The enrollment's current certificate: not revoked and not replaced by a renewal."""
    return Certificate.objects.filter(
        enrollment_id=enrollment_id, revoked_at__isnull=True, superseded_at__isnull=True
    ).first()


def certificates_for_learner(*, user: User, current_only: bool = False) -> QuerySet[Certificate]:
    """A learner's certificates, newest first (one query)."""
    certificates = Certificate.objects.filter(user=user)
    if current_only:
        certificates = certificates.filter(superseded_at__isnull=True)
    return certificates.order_by("-issued_at", "-pk")


@dataclass
class IssueRow:
    enrollment: Enrollment
    certificate: Certificate | None


def cohort_certificate_rows(*, cohort: Cohort) -> list[IssueRow]:
    """Every completed enrollment of ``cohort`` with its current certificate (or None), in two
    queries."""
    enrollments = list(
        Enrollment.objects.filter(cohort=cohort, status=Enrollment.Status.COMPLETED)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "user__email")
    )
    current = {
        c.enrollment_id: c
        for c in Certificate.objects.filter(
            enrollment__cohort=cohort, revoked_at__isnull=True, superseded_at__isnull=True
        )
    }
    return [IssueRow(enrollment=e, certificate=current.get(e.pk)) for e in enrollments]


def status_filter(status: str, *, now: datetime | None = None) -> Q:
    """A filter for one of Certificate.Status (as the listing's status filter offers)."""
    now = now or timezone.now()
    if status == Certificate.Status.REVOKED:
        return Q(revoked_at__isnull=False)
    if status == Certificate.Status.EXPIRED:
        return Q(revoked_at__isnull=True, expires_at__lte=now)
    if status == Certificate.Status.VALID:
        return Q(revoked_at__isnull=True) & (Q(expires_at__isnull=True) | Q(expires_at__gt=now))
    return Q()
