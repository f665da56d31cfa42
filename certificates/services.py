"""Writes of certificates: issuing (exactly once per enrollment), rendering the PDF, revoking,
renewing (recertification), expiry reminders and the ZIP of a cohort's certificates.

Issuance is automatic when an enrollment completes in a cohort that issues certificates (see
``receivers.py``, the only trigger) and manual by the cohort's staff; both paths call
``certificate_issue``, which locks the enrollment row and relies on the database constraint
``certificates_one_current_per_enrollment`` as the safety net. The PDF is rendered by a background
task after commit; every reader that needs it before then renders it synchronously through
``certificate_render``.
"""

import logging
import re
import tempfile
import zipfile
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from typing import TypedDict

from django.conf import settings
from django.core.files import File
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import F, QuerySet, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.accounts.models import User
from lms.cohorts.models import Cohort, Enrollment
from lms.errors import ApplicationError
from lms.scheduling.models import Attendance

from . import emails, tasks
from .dates import add_months, day_start
from .models import Certificate, CertificateArchive, CertificateTemplate
from .rendering import certificate_pdf_bytes
from .selectors import enrollment_current_certificate

logger = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "nl"


class CertificateError(ApplicationError):
    """A refused certificate action; the message is shown to the user as it is."""


# --- helpers --------------------------------------------------------------------------------


def round_half(value: Decimal) -> Decimal:
    """Round to the nearest half hour (0.25 -> 0.5, 1.74 -> 1.5)."""
    return (Decimal(value) * 2).quantize(Decimal("1"), rounding=ROUND_HALF_UP) / 2


def enrollment_hours(*, enrollment: Enrollment) -> Decimal:
    """The study load: the course's estimated duration plus the sessions of the cohort the
    learner attended, rounded to half hours."""
    minutes = Decimal(enrollment.cohort.course.estimated_minutes or 0)
    attended = Attendance.objects.filter(
        status=Attendance.Status.PRESENT,
        registration__user_id=enrollment.user_id,
        registration__session__cohort_id=enrollment.cohort_id,
        registration__session__cancelled_at__isnull=True,
    ).aggregate(
        total=Sum(F("registration__session__ends_at") - F("registration__session__starts_at"))
    )["total"]
    if attended:
        minutes += Decimal(attended.total_seconds()) / 60
    return round_half(minutes / 60)


def _learner_language(user: User) -> str:
    language = getattr(user, "preferred_language", "") or DEFAULT_LANGUAGE
    return language if language in dict(settings.LANGUAGES) else DEFAULT_LANGUAGE


class _Snapshot(TypedDict):
    learner_name: str
    course_title: str
    sector_name: str
    cohort_name: str
    hours: Decimal
    language: str


def _snapshot(enrollment: Enrollment) -> _Snapshot:
    """What is printed on the certificate, copied now so later edits never rewrite it."""
    user, cohort = enrollment.user, enrollment.cohort
    return {
        "learner_name": user.get_full_name() or user.email,
        "course_title": cohort.course.title,
        "sector_name": cohort.sector.name,
        "cohort_name": cohort.name,
        "hours": enrollment_hours(enrollment=enrollment),
        "language": _learner_language(user),
    }


def _default_template(sector_id: int) -> CertificateTemplate | None:
    return CertificateTemplate.objects.filter(sector_id=sector_id, is_default=True).first()


def _new_certificate(
    *,
    enrollment: Enrollment,
    issued_by: User | None,
    now: datetime,
    replaces: Certificate | None = None,
) -> Certificate:
    template = _default_template(enrollment.cohort.sector_id)
    expires_at = None
    if template is not None and template.validity_months:
        expires_at = add_months(now, template.validity_months)
    certificate = Certificate.objects.create(
        enrollment=enrollment,
        user=enrollment.user,
        sector=enrollment.cohort.sector,
        template=template,
        issued_at=now,
        expires_at=expires_at,
        issued_by=issued_by,
        replaces=replaces,
        **_snapshot(enrollment),
    )
    tasks.certificate_render_enqueue(certificate.pk)
    return certificate


def _locked_enrollment(enrollment_id: int) -> Enrollment:
    return (
        Enrollment.objects.select_for_update()
        .select_related("user", "cohort__sector", "cohort__course")
        .get(pk=enrollment_id)
    )


# --- issuing, rendering, revoking, renewing ---------------------------------------------------


def certificate_issue(
    *, enrollment: Enrollment, issued_by: User | None = None, now: datetime | None = None
) -> Certificate | None:
    """The enrollment's certificate, issued once: a second call returns the current one.

    ``issued_by`` is the staff member of a manual issue; without it the issue is automatic and
    is refused when the cohort does not issue certificates.
    """
    now = now or timezone.now()
    try:
        with transaction.atomic():
            locked = _locked_enrollment(enrollment.pk)
            existing = enrollment_current_certificate(enrollment_id=locked.pk)
            if existing is not None:
                return existing
            if locked.status != Enrollment.Status.COMPLETED:
                raise CertificateError(
                    _("A certificate can only be issued for a completed enrolment.")
                )
            if issued_by is None and not locked.cohort.issues_certificate:
                raise CertificateError(_("This cohort does not issue certificates."))
            if issued_by is None and Certificate.objects.filter(enrollment=locked).exists():
                # Completion firing again never undoes a revocation: a trainer decides.
                raise CertificateError(
                    _(
                        "The certificate of this enrolment was revoked: only a trainer can "
                        "issue a new one."
                    )
                )
            return _new_certificate(enrollment=locked, issued_by=issued_by, now=now)
    except IntegrityError:
        # A concurrent issuer won the race (the constraint refused the second current one).
        winner = enrollment_current_certificate(enrollment_id=enrollment.pk)
        if winner is None:
            raise
        return winner


def certificate_render(*, certificate: Certificate, force: bool = False) -> Certificate:
    """Render and store the PDF (``{code}.pdf``); a rendered certificate is left as it is
    unless ``force``."""
    if certificate.pdf and certificate.rendered_at and not force:
        return certificate
    data = certificate_pdf_bytes(certificate=certificate)
    old_name = certificate.pdf.name if certificate.pdf else ""
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(data), save=False)
    certificate.rendered_at = timezone.now()
    Certificate.objects.filter(pk=certificate.pk).update(
        pdf=certificate.pdf.name, rendered_at=certificate.rendered_at
    )
    if old_name and old_name != certificate.pdf.name:
        certificate.pdf.storage.delete(old_name)
    return certificate


def certificate_revoke(
    *,
    certificate: Certificate,
    reason: str,
    revoked_by: User | None = None,
    now: datetime | None = None,
) -> Certificate:
    """Revoke with a reason; the certificate stays verifiable as revoked."""
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(_("Give the reason for the revocation."))
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.revoked_at is not None:
            raise CertificateError(_("This certificate is already revoked."))
        locked.revoked_at = now or timezone.now()
        locked.revocation_reason = reason
        locked.revoked_by = revoked_by
        locked.save(update_fields=["revoked_at", "revocation_reason", "revoked_by"])
    for field in ("revoked_at", "revocation_reason", "revoked_by"):
        setattr(certificate, field, getattr(locked, field))
    return certificate


def certificate_renew(
    *, certificate: Certificate, issued_by: User | None = None, now: datetime | None = None
) -> Certificate:
    """Recertification: a new certificate (new code, dates and snapshot) replaces this one,
    which is kept as history and stays verifiable until its own expiry."""
    now = now or timezone.now()
    with transaction.atomic():
        old = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if old.revoked_at is not None:
            raise CertificateError(_("A revoked certificate cannot be renewed."))
        if old.superseded_at is not None:
            raise CertificateError(_("This certificate has already been renewed."))
        if old.enrollment_id is None:
            raise CertificateError(_("The enrolment of this certificate no longer exists."))
        enrollment = _locked_enrollment(old.enrollment_id)
        old.superseded_at = now
        old.save(update_fields=["superseded_at"])
        new = _new_certificate(enrollment=enrollment, issued_by=issued_by, now=now, replaces=old)
    certificate.superseded_at = old.superseded_at
    return new


# --- expiry reminders ---------------------------------------------------------------------


def certificates_expiry_remind(*, today: date | None = None) -> int:
    """Email every learner whose current certificate expires within
    ``CERTIFICATE_EXPIRY_REMINDER_DAYS`` days, once per certificate (``expiry_reminded_at``).
    Safe to run daily and from several workers. Returns the number of reminders."""
    today = today or timezone.localdate()
    start = day_start(today)
    end = day_start(today + timedelta(days=settings.CERTIFICATE_EXPIRY_REMINDER_DAYS + 1))
    due = Certificate.objects.filter(
        revoked_at__isnull=True,
        superseded_at__isnull=True,
        expiry_reminded_at__isnull=True,
        expires_at__gte=start,
        expires_at__lt=end,
        user__isnull=False,
        user__is_active=True,
    ).values_list("pk", flat=True)
    reminded = 0
    for pk in list(due):
        with transaction.atomic():
            certificate = (
                Certificate.objects.select_for_update()
                .filter(pk=pk, expiry_reminded_at__isnull=True, superseded_at__isnull=True)
                .filter(revoked_at__isnull=True)
                .first()
            )
            if certificate is None:
                continue  # reminded meanwhile by another run, renewed or revoked
            certificate.expiry_reminded_at = timezone.now()
            certificate.save(update_fields=["expiry_reminded_at"])
            transaction.on_commit(
                partial(emails.certificate_expiry_reminder_send, certificate_id=pk)
            )
            reminded += 1
    return reminded


# --- the ZIP of a cohort ------------------------------------------------------------------

UNSAFE_FILENAME = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


def archive_filename(name: str) -> str:
    """A file name a person recognises (the learner's name), safe on every system."""
    cleaned = UNSAFE_FILENAME.sub(" ", name or "").strip(" .")
    return " ".join(cleaned.split())[:120] or _("certificate")


def cohort_archive_certificates(*, cohort: Cohort) -> QuerySet[Certificate]:
    """The certificates a cohort's ZIP holds: the current one of each enrollment (not revoked,
    not replaced by a renewal), by learner name."""
    return Certificate.objects.filter(
        enrollment__cohort=cohort, revoked_at__isnull=True, superseded_at__isnull=True
    ).order_by("learner_name", "pk")


def certificate_archive_create(
    *, cohort: Cohort, requested_by: User | None = None
) -> CertificateArchive:
    """Queue the ZIP of every certificate of ``cohort``."""
    with transaction.atomic():
        archive = CertificateArchive.objects.create(
            cohort=cohort,
            requested_by=requested_by,
            total=cohort_archive_certificates(cohort=cohort).count(),
        )
        tasks.certificate_archive_build_enqueue(archive.pk)
    return archive


def certificate_archive_build(*, archive: CertificateArchive) -> CertificateArchive:
    """Render the missing PDFs and write the ZIP, updating ``done`` as it goes."""
    claimed = CertificateArchive.objects.filter(
        pk=archive.pk,
        status__in=[CertificateArchive.Status.PENDING, CertificateArchive.Status.FAILED],
    ).update(status=CertificateArchive.Status.RUNNING, done=0, error="")
    if not claimed:
        archive.refresh_from_db()
        return archive  # built, or being built by another worker
    certificates = list(cohort_archive_certificates(cohort=archive.cohort))
    CertificateArchive.objects.filter(pk=archive.pk).update(total=len(certificates))
    try:
        with tempfile.TemporaryFile() as handle:
            with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
                used: set[str] = set()
                for done, certificate in enumerate(certificates, start=1):
                    certificate_render(certificate=certificate)
                    base = archive_filename(certificate.learner_name)
                    name, n = f"{base}.pdf", 1
                    while name.lower() in used:
                        n += 1
                        name = f"{base} ({n}).pdf"
                    used.add(name.lower())
                    with certificate.pdf.open("rb") as pdf:
                        bundle.writestr(name, pdf.read())
                    CertificateArchive.objects.filter(pk=archive.pk).update(done=done)
            handle.seek(0)
            archive.refresh_from_db()
            archive.file.save("certificates.zip", File(handle), save=False)
        archive.status = CertificateArchive.Status.DONE
        archive.finished_at = timezone.now()
        archive.save(update_fields=["file", "status", "finished_at"])
    except Exception as exc:
        logger.exception("Building certificate archive %s failed", archive.pk)
        CertificateArchive.objects.filter(pk=archive.pk).update(
            status=CertificateArchive.Status.FAILED,
            error=str(exc)[:1000],
            finished_at=timezone.now(),
        )
        archive.refresh_from_db()
    return archive
