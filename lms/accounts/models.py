"""The platform's user: a professional who logs in with an email address.

Only what the professional says about themself is stored here; nothing about the young people
they work with is ever stored anywhere on the platform.
"""

from typing import Any

from django.contrib.auth.models import AbstractBaseUser, PermissionsMixin, UserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Language(models.TextChoices):
    DUTCH = "nl", "Nederlands"
    FRENCH = "fr", "Français"
    ENGLISH = "en", "English"


class JobRole(models.TextChoices):
    TEACHER = "teacher", _("Teacher")
    PUPIL_GUIDANCE = "pupil_guidance", _("Pupil-guidance worker (CLB)")
    YOUTH_WORKER = "youth_worker", _("Youth worker")
    WELFARE_WORKER = "welfare_worker", _("Welfare worker")
    JOB_COUNSELLOR = "job_counsellor", _("Job counsellor")
    FAITH_WORKER = "faith_worker", _("Imam or other faith worker")
    LOCAL_OFFICIAL = "local_official", _("Local-government official")
    OTHER = "other", _("Other")


class Region(models.TextChoices):
    """Where a professional works: a province of Flanders or Brussels. Used only for anonymised
    statistics (lms/reporting), never shown next to a name in reports."""

    ANTWERPEN = "antwerpen", "Antwerpen"
    LIMBURG = "limburg", "Limburg"
    OOST_VLAANDEREN = "oost-vlaanderen", "Oost-Vlaanderen"
    VLAAMS_BRABANT = "vlaams-brabant", "Vlaams-Brabant"
    WEST_VLAANDEREN = "west-vlaanderen", "West-Vlaanderen"
    BRUSSEL = "brussel", _("Brussels")


def normalise_email(email: str) -> str:
    """Emails are compared and stored lower-case, so login ignores case."""
    return (email or "").strip().lower()


class EmailUserManager(UserManager):
    use_in_migrations = True

    def get_by_natural_key(self, username):
        return self.get(email__iexact=normalise_email(username))

    def _create_user_object(self, email, password, **extra_fields):
        user = self.model(email=normalise_email(email), **extra_fields)
        user.password = ""
        if password is not None:
            user.set_password(password)
        else:
            user.set_unusable_password()
        return user

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self._create_user_object(email, password, **extra_fields)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField(_("email address"), unique=True)
    first_name = models.CharField(_("first name"), max_length=150, blank=True)
    last_name = models.CharField(_("last name"), max_length=150, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=2, choices=Language.choices, default=Language.DUTCH
    )
    job_role = models.CharField(
        _("job role"), max_length=32, choices=JobRole.choices, default=JobRole.OTHER
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    region = models.CharField(
        _("region where you work"), max_length=32, choices=Region.choices, blank=True
    )
    is_staff = models.BooleanField(
        _("staff status"),
        default=False,
        help_text=_("Unused by the platform: admin access comes from the role groups."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = EmailUserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["last_name", "first_name", "email"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    def clean(self) -> None:
        super().clean()
        self.email = normalise_email(self.email)

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)

    def get_full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def get_short_name(self) -> str:
        return self.first_name or self.email


class ErasureRecord(models.Model):
    """Accountability for one erasure of personal data (lms/privacy): which account,
    by whom, when, and how many rows each rule deleted or anonymised. It holds no name or email:
    the account itself stays as an anonymised row with the same id."""

    subject_id = models.PositiveBigIntegerField(_("erased account (id)"), db_index=True)
    erased_by = models.ForeignKey(
        User,
        verbose_name=_("erased by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    erased_at = models.DateTimeField(_("erased at"), default=timezone.now)
    summary = models.JSONField(_("summary"), default=dict, blank=True)

    class Meta:
        verbose_name = _("erasure record")
        verbose_name_plural = _("erasure records")
        ordering = ["-erased_at"]

    def __str__(self) -> str:
        return f"#{self.subject_id} – {self.erased_at:%Y-%m-%d %H:%M}"
