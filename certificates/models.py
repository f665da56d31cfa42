"""Certificate templates per sector and issued certificates with their public verification code.

A certificate is a snapshot: the learner's name, the course title, the sector and the hours are
copied at issue time, so later edits never rewrite a certificate that is already in someone's
hands. Its code is random (``secrets.token_urlsafe(24)``: 192 bits), never derived from ids.
"""

import re
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.sectors.models import colour_validator
from lms.sectors.permissions import SectorScope, SectorScopedQuerySet

from .validators import validate_image_file

# Placeholders a template's body may use, written as {name}.
PLACEHOLDERS = {
    "learner_name": _("the learner's full name"),
    "course": _("the course title"),
    "sector": _("the issuing sector"),
    "date": _("the date of issue"),
    "hours": _("the study load in hours"),
    "expiry": _("the expiry date, or 'no expiry'"),
    "cohort": _("the cohort's name"),
}
PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")


def placeholders_unknown(text: str) -> list[str]:
    """Names between braces in ``text`` that are not placeholders, in order of appearance."""
    unknown: list[str] = []
    for name in PLACEHOLDER_RE.findall(text or ""):
        if name.strip() not in PLACEHOLDERS and name not in unknown:
            unknown.append(name)
    return unknown


def certificate_code_new() -> str:
    """A URL-safe code of 192 random bits (32 characters)."""
    return secrets.token_urlsafe(24)


class CertificateTemplate(models.Model):
    class Orientation(models.TextChoices):
        PORTRAIT = "portrait", _("Portrait")
        LANDSCAPE = "landscape", _("Landscape")

    sector = models.ForeignKey(
        "sectors.Sector",
        verbose_name=_("sector"),
        on_delete=models.CASCADE,
        related_name="certificate_templates",
    )
    title = models.CharField(_("title"), max_length=200, default=_("Certificate"))
    body = models.TextField(
        _("body text"),
        help_text=_(
            "Use placeholders between braces: {learner_name}, {course}, {sector}, {date}, "
            "{hours}, {expiry}, {cohort}."
        ),
    )
    logo = models.FileField(
        _("logo"),
        upload_to="certificate-templates/",
        blank=True,
        validators=[validate_image_file],
        help_text=_("A PNG or JPEG image of at most 2 MB."),
    )
    primary_colour = models.CharField(
        _("main colour"), max_length=7, default="#1d4f91", validators=[colour_validator]
    )
    accent_colour = models.CharField(
        _("accent colour"), max_length=7, default="#f2b705", validators=[colour_validator]
    )
    signatory_name = models.CharField(_("signatory's name"), max_length=200)
    signatory_function = models.CharField(_("signatory's function"), max_length=200)
    signature = models.FileField(
        _("signature image"),
        upload_to="certificate-templates/",
        blank=True,
        validators=[validate_image_file],
        help_text=_("A PNG or JPEG image of at most 2 MB, ideally on a transparent background."),
    )
    validity_months = models.PositiveSmallIntegerField(
        _("validity (months)"),
        null=True,
        blank=True,
        help_text=_("Empty means the certificate does not expire."),
    )
    orientation = models.CharField(
        _("orientation"), max_length=16, choices=Orientation.choices, default=Orientation.LANDSCAPE
    )
    is_default = models.BooleanField(
        _("default for the sector"),
        default=True,
        help_text=_("Cohorts of the sector use the default template."),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        ordering = ["sector__name", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["sector"],
                condition=models.Q(is_default=True),
                name="certificates_one_default_template_per_sector",
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.sector})"

    def clean(self):
        super().clean()
        errors = {}
        for field in ("title", "body"):
            unknown = placeholders_unknown(getattr(self, field))
            if unknown:
                errors[field] = _("Unknown placeholder: %(names)s. Use one of: %(known)s.") % {
                    "names": ", ".join("{" + name + "}" for name in unknown),
                    "known": ", ".join("{" + name + "}" for name in PLACEHOLDERS),
                }
        if errors:
            raise ValidationError(errors)


class CertificateQuerySet(SectorScopedQuerySet):
    """``for_staff(user)``: certificates of the sectors ``user`` runs (all for a platform
    administrator)."""

    sector_scope = SectorScope(sector_field="sector")


class Certificate(models.Model):
    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        REVOKED = "revoked", _("Revoked")
        EXPIRED = "expired", _("Expired")

    enrollment = models.ForeignKey(
        "cohorts.Enrollment",
        verbose_name=_("enrollment"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    # Kept apart from the enrollment so that scoping and history survive a removed enrollment.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    sector = models.ForeignKey(
        "sectors.Sector",
        verbose_name=_("sector"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    template = models.ForeignKey(
        CertificateTemplate,
        verbose_name=_("template"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    code = models.CharField(
        _("verification code"), max_length=64, unique=True, default=certificate_code_new
    )
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty when issued automatically on completion."),
    )
    # The certificate this one renews (recertification keeps the history).
    replaces = models.OneToOneField(
        "self",
        verbose_name=_("replaces"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replaced_by",
    )
    superseded_at = models.DateTimeField(
        _("superseded at"),
        null=True,
        blank=True,
        help_text=_("Set when a renewal replaces this certificate; it stays verifiable."),
    )
    # Snapshot at issue time.
    learner_name = models.CharField(_("learner's name"), max_length=300)
    course_title = models.CharField(_("course"), max_length=300)
    sector_name = models.CharField(_("sector name"), max_length=100)
    cohort_name = models.CharField(_("cohort name"), max_length=200, blank=True)
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1, default=0)
    language = models.CharField(_("language"), max_length=8, default="nl")
    pdf = models.FileField(_("PDF"), upload_to="certificates/%Y/%m/", blank=True)
    rendered_at = models.DateTimeField(_("rendered at"), null=True, blank=True)
    expiry_reminded_at = models.DateTimeField(_("expiry reminder sent at"), null=True, blank=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]
        constraints = [
            # Automatic issuance is exactly once per enrollment: a second current certificate
            # for the same enrollment is refused by the database (a renewal supersedes the old).
            models.UniqueConstraint(
                fields=["enrollment"],
                condition=models.Q(revoked_at__isnull=True, superseded_at__isnull=True),
                name="certificates_one_current_per_enrollment",
            ),
        ]
        indexes = [
            models.Index(fields=["sector", "issued_at"], name="certificates_sector_issued_idx"),
            models.Index(fields=["user", "issued_at"], name="certificates_user_issued_idx"),
            models.Index(fields=["expires_at"], name="certificates_expires_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.course_title} – {self.learner_name}"

    def status_at(self, moment=None) -> str:
        moment = moment or timezone.now()
        if self.revoked_at is not None:
            return self.Status.REVOKED
        if self.expires_at is not None and self.expires_at <= moment:
            return self.Status.EXPIRED
        return self.Status.VALID

    @property
    def status(self) -> str:
        return self.status_at()


def archive_upload_to(instance, filename: str) -> str:
    return f"certificate-archives/{secrets.token_hex(16)}.zip"


class CertificateArchive(models.Model):
    """A ZIP of every certificate of a cohort, built by a background task for a trainer."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        RUNNING = "running", _("Building")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    cohort = models.ForeignKey(
        "cohorts.Cohort",
        verbose_name=_("cohort"),
        on_delete=models.CASCADE,
        related_name="certificate_archives",
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    total = models.PositiveIntegerField(_("certificates"), default=0)
    done = models.PositiveIntegerField(_("certificates added"), default=0)
    file = models.FileField(_("file"), upload_to=archive_upload_to, blank=True)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("certificate archive")
        verbose_name_plural = _("certificate archives")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.cohort} ({self.created_at:%Y-%m-%d %H:%M})"
