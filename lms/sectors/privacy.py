"""What the privacy export and erasure do with sector memberships
(lms/accounts/privacy_registry.py)."""

from django.utils.translation import gettext_lazy as _

from lms.accounts.privacy_registry import Erase, Rule, export_section_register, rules_register

from .models import SectorMembership


def sector_memberships(user) -> list[dict]:
    return [
        {"sector": name, "role": role, "since": created_at.isoformat() if created_at else None}
        for name, role, created_at in SectorMembership.objects.filter(user=user)
        .order_by("sector__name")
        .values_list("sector__name", "role", "created_at")
    ]


def register() -> None:
    rules_register(
        Rule(
            "sectors.SectorMembership",
            "user",
            "sector_memberships",
            Erase.DELETE,
            "A staff role; no figure counts it.",
        ),
    )
    export_section_register(
        "sector_memberships",
        sector_memberships,
        order=20,
        description=_("The sectors where you are a trainer or coordinator."),
    )
