"""Sector scoping, answered in one place: which sectors may this user run or report on?

Every staff view and viewset filters its queryset through these helpers.
"""

from .models import SectorMembership


def is_platform_admin(user) -> bool:
    return bool(user.is_authenticated and user.is_active and user.is_superuser)


def staff_sector_ids(user, roles: tuple[str, ...] | None = None) -> set[int]:
    """Ids of the sectors where ``user`` is trainer or coordinator (or one of ``roles``)."""
    if not (user.is_authenticated and user.is_active):
        return set()
    roles = roles or tuple(SectorMembership.Role.values)
    cache_key = f"_staff_sector_ids_{'_'.join(sorted(roles))}"
    cached = getattr(user, cache_key, None)
    if cached is None:
        cached = set(
            SectorMembership.objects.filter(user=user, role__in=roles).values_list(
                "sector_id", flat=True
            )
        )
        setattr(user, cache_key, cached)
    return cached


def can_run_sector(user, sector) -> bool:
    """Trainers and coordinators run the roll-out of their own sectors only."""
    return is_platform_admin(user) or sector.pk in staff_sector_ids(user)


def can_coordinate_sector(user, sector) -> bool:
    return is_platform_admin(user) or sector.pk in staff_sector_ids(
        user, roles=(SectorMembership.Role.COORDINATOR,)
    )
