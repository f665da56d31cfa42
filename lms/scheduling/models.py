"""Classroom and online training sessions of a cohort, registrations with a waitlist, attendance.

A session never holds more registered learners than its capacity: registrations beyond it wait
in line (oldest first) and move up when a place frees. Writes go through ``services.py``, which
locks the session row so parallel registrations cannot overbook it.
"""

import secrets
import uuid
from typing import TYPE_CHECKING, ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from lms.sectors.permissions import SectorScope, SectorScopedQuerySet

if TYPE_CHECKING:
    from wagtail.snippets.views.snippets import SnippetViewSet


class TrainingSessionQuerySet(SectorScopedQuerySet):
    # A session belongs to the sector of its cohort.
    sector_scope = SectorScope(sector_field="cohort__sector")


class TrainingSession(models.Model):
    class Format(models.TextChoices):
        CLASSROOM = "classroom", _("Classroom")
        ONLINE = "online", _("Online")

    cohort = models.ForeignKey(
        "cohorts.Cohort",
        verbose_name=_("cohort"),
        on_delete=models.CASCADE,
        related_name="sessions",
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    format = models.CharField(
        _("format"), max_length=16, choices=Format.choices, default=Format.CLASSROOM
    )
    location = models.CharField(
        _("location"), max_length=300, blank=True, help_text=_("Address of a classroom session.")
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Meeting link of an online session.")
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), validators=[MinValueValidator(1)], default=20
    )
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    # iCalendar identity: the UID never changes, SEQUENCE grows with every change sent out.
    uid = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    sequence = models.PositiveIntegerField(default=0, editable=False)
    reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = TrainingSessionQuerySet.as_manager()
    # Set by Wagtail when wagtail_hooks.py registers the snippet viewset.
    snippet_viewset: ClassVar["SnippetViewSet"]

    class Meta:
        verbose_name = _("training session")
        verbose_name_plural = _("training sessions")
        ordering = ["starts_at"]
        indexes = [models.Index(fields=["starts_at"], name="scheduling_session_start_idx")]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The session must end after it starts.")
        if self.format == self.Format.CLASSROOM and not self.location:
            errors["location"] = _("Give the address of a classroom session.")
        if self.format == self.Format.ONLINE and not self.online_url:
            errors["online_url"] = _("Give the meeting link of an online session.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_at is not None


class Registration(models.Model):
    class Status(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        WAITLISTED = "waitlisted", _("On the waitlist")
        CANCELLED = "cancelled", _("Cancelled")

    session = models.ForeignKey(
        TrainingSession,
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices)
    # Waitlist order: the time of (re)joining the line.
    queued_at = models.DateTimeField(_("registered at"))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["session", "queued_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "user"], name="scheduling_registration_unique"
            )
        ]
        indexes = [
            models.Index(
                fields=["session", "status", "queued_at"], name="scheduling_reg_queue_idx"
            ),
            models.Index(fields=["user", "status"], name="scheduling_reg_user_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.session}"


class Attendance(models.Model):
    class Status(models.TextChoices):
        PRESENT = "present", _("Present")
        ABSENT = "absent", _("Absent")
        EXCUSED = "excused", _("Excused")

    registration = models.OneToOneField(
        Registration, on_delete=models.CASCADE, related_name="attendance"
    )
    status = models.CharField(_("attendance"), max_length=16, choices=Status.choices)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    marked_at = models.DateTimeField(_("marked at"))

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")

    def __str__(self) -> str:
        return f"{self.registration} – {self.status}"


def new_feed_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """The secret address of a learner's personal calendar feed (resettable)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")

    def __str__(self) -> str:
        return str(self.user)
