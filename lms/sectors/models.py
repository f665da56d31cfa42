"""Sectors (Onderwijs, Jeugd, ...) and who runs the roll-out in each of them.

A sector is the unit of scoping: trainers and coordinators see and change only what belongs to
the sectors they are members of.
"""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .permissions import SectorScope, SectorScopedQuerySet

colour_validator = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Enter a colour as # followed by six hexadecimal digits, e.g. #1d4f91.")
)


class SectorQuerySet(SectorScopedQuerySet):
    sector_scope = SectorScope(sector_field="pk")


class Sector(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    colour = models.CharField(
        _("colour"), max_length=7, default="#1d4f91", validators=[colour_validator]
    )

    objects = SectorQuerySet.as_manager()

    class Meta:
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class SectorMembershipQuerySet(SectorScopedQuerySet):
    sector_scope = SectorScope(sector_field="sector")


class SectorMembership(models.Model):
    class Role(models.TextChoices):
        TRAINER = "trainer", _("Trainer")
        COORDINATOR = "coordinator", _("Coordinator")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="sector_memberships",
    )
    sector = models.ForeignKey(
        Sector, verbose_name=_("sector"), on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = SectorMembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("sector membership")
        verbose_name_plural = _("sector memberships")
        ordering = ["sector__name", "role", "user__email"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "sector", "role"], name="sectors_membership_unique_role"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.sector} ({self.get_role_display()})"
