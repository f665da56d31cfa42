"""Sector scoping, answered in one place: which sectors may this user run or report on?

Every staff view and viewset filters its queryset through these helpers.
"""

from .models import SectorMembership


def is_platform_admin(user) -> bool:
    return bool(user.is_authenticated and user.is_active and user.is_superuser)


def staff_memberships(user) -> tuple[tuple[int, str], ...]:
    """The user's (sector id, role) pairs, loaded once per request: with the user by
    lms.accounts.backends.ModelBackend, else here and kept on the user object."""
    from lms.accounts.backends import MEMBERSHIPS_ATTRIBUTE

    pairs = getattr(user, MEMBERSHIPS_ATTRIBUTE, None)
    if pairs is None:
        pairs = tuple(SectorMembership.objects.filter(user=user).values_list("sector_id", "role"))
        setattr(user, MEMBERSHIPS_ATTRIBUTE, pairs)
    return pairs


def staff_sector_ids(user, roles: tuple[str, ...] | None = None) -> set[int]:
    """Ids of the sectors where ``user`` is trainer or coordinator (or one of ``roles``)."""
    if not (user.is_authenticated and user.is_active):
        return set()
    roles = roles or tuple(SectorMembership.Role.values)
    return {sector_id for sector_id, role in staff_memberships(user) if role in roles}


def can_run_sector(user, sector) -> bool:
    """Trainers and coordinators run the roll-out of their own sectors only."""
    return is_platform_admin(user) or sector.pk in staff_sector_ids(user)


def can_coordinate_sector(user, sector) -> bool:
    return is_platform_admin(user) or sector.pk in staff_sector_ids(
        user, roles=(SectorMembership.Role.COORDINATOR,)
    )
