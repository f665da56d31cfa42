"""Writes to sectors: creating sectors and granting trainer/coordinator roles in them."""

from django.db import transaction

from lms.accounts.models import User

from .models import Sector, SectorMembership


def sector_create(*, name: str, slug: str, colour: str = "#1d4f91") -> Sector:
    sector = Sector(name=name, slug=slug, colour=colour)
    sector.full_clean()
    sector.save()
    return sector


def membership_create(*, user: User, sector: Sector, role: str) -> SectorMembership:
    """Make ``user`` trainer or coordinator of ``sector``; the role's group follows (signals)."""
    with transaction.atomic():
        membership, _ = SectorMembership.objects.get_or_create(
            user=user, sector=sector, role=SectorMembership.Role(role)
        )
    return membership


def membership_delete(*, membership: SectorMembership) -> None:
    with transaction.atomic():
        membership.delete()
