"""Cohorts and enrolments: how a sector runs the shared content with its own learners.

A cohort belongs to one sector and follows one course; its trainers and coordinators (and only
they) manage it. An enrollment is one learner in one cohort; whether it is complete is decided in
``completion.py`` only.
"""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from lms.sectors.permissions import SectorScope, SectorScopedQuerySet

# No 0/O, 1/I/L: codes are read aloud in a classroom and typed from a slide.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8


def new_enrolment_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(code: str) -> str:
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


class CohortQuerySet(SectorScopedQuerySet):
    sector_scope = SectorScope(sector_field="sector")


class Cohort(models.Model):
    sector = models.ForeignKey(
        "sectors.Sector", verbose_name=_("sector"), on_delete=models.PROTECT, related_name="cohorts"
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="cohorts",
    )
    name = models.CharField(_("name"), max_length=200)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    enrolment_code = models.CharField(
        _("enrolment code"),
        max_length=16,
        unique=True,
        default=new_enrolment_code,
        help_text=_("Learners enrol with this code on the site. Letters and digits only."),
    )
    enrolment_open = models.BooleanField(
        _("enrolment open"), default=True, help_text=_("Close it to stop enrolment with the code.")
    )
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Empty means no limit."),
    )
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("trainers"), blank=True, related_name="+"
    )
    extra_quizzes = models.ManyToManyField(
        "assessments.Quiz",
        verbose_name=_("extra sector quizzes"),
        blank=True,
        related_name="+",
        help_text=_("Quizzes learners of this cohort must pass besides those in the lessons."),
    )
    attendance_required = models.BooleanField(_("attendance required"), default=False)
    sessions_required = models.PositiveSmallIntegerField(
        _("sessions to attend"),
        default=1,
        validators=[MinValueValidator(1)],
        help_text=_("When attendance is required: how many sessions a learner must attend."),
    )
    issues_certificate = models.BooleanField(_("issues a certificate"), default=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = CohortQuerySet.as_manager()

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["-starts_on", "name"]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        self.enrolment_code = normalise_code(self.enrolment_code)
        if len(self.enrolment_code) < 6:
            raise ValidationError({"enrolment_code": _("Use at least six letters or digits.")})
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end date comes before the start date.")})


class Enrollment(models.Model):
    class Status(models.TextChoices):
        INVITED = "invited", _("Invited")
        ACTIVE = "active", _("Active")
        COMPLETED = "completed", _("Completed")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Source(models.TextChoices):
        CODE = "code", _("Enrolment code")
        INVITATION = "invitation", _("Invitation")
        IMPORT = "import", _("Bulk import")
        STAFF = "staff", _("Added by staff")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="enrollments",
    )
    cohort = models.ForeignKey(
        Cohort, verbose_name=_("cohort"), on_delete=models.CASCADE, related_name="enrollments"
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.ACTIVE
    )
    source = models.CharField(_("source"), max_length=16, choices=Source.choices)
    enrolled_at = models.DateTimeField(_("enrolled at"))
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    # SHA-256 of the invitation token mailed to the learner; cleared once accepted.
    invitation_digest = models.CharField(max_length=64, blank=True, db_index=True)
    invited_at = models.DateTimeField(_("invited at"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrollment")
        verbose_name_plural = _("enrollments")
        ordering = ["cohort", "user__last_name", "user__first_name"]
        constraints = [
            models.UniqueConstraint(fields=["user", "cohort"], name="cohorts_enrollment_unique")
        ]
        indexes = [
            models.Index(fields=["cohort", "status"], name="cohorts_enrollment_status_idx"),
            models.Index(fields=["user", "status"], name="cohorts_enrollment_user_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.cohort}"

    @property
    def counts_for_capacity(self) -> bool:
        return self.status in (self.Status.INVITED, self.Status.ACTIVE, self.Status.COMPLETED)


def enrollment_import_upload_to(instance, filename: str) -> str:
    # A random name: the file holds personal data and its name must not be guessable.
    extension = ".xlsx" if filename.lower().endswith(".xlsx") else ".csv"
    return f"enrollment-imports/{secrets.token_hex(16)}{extension}"


class EnrollmentImport(models.Model):
    """One uploaded file of learners for a cohort: validated first, committed by a task.

    The file is kept only while it may still be committed; the report keeps the counts, the
    errors by line and, once done, the result.
    """

    class Status(models.TextChoices):
        VALIDATED = "validated", _("Checked")
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    cohort = models.ForeignKey(
        Cohort, verbose_name=_("cohort"), on_delete=models.CASCADE, related_name="imports"
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    file = models.FileField(_("file"), upload_to=enrollment_import_upload_to, blank=True)
    original_filename = models.CharField(_("original file name"), max_length=255)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.VALIDATED
    )
    total_rows = models.PositiveIntegerField(_("rows"), default=0)
    processed_rows = models.PositiveIntegerField(_("rows processed"), default=0)
    report = models.JSONField(_("report"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment import")
        verbose_name_plural = _("enrolment imports")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.original_filename} – {self.cohort}"

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)
