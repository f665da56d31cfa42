"""Sector scoping, owned here and nowhere else: who sees and changes which sector's rows.

Every listing, chooser, form field, bulk action, export and instance check of the platform asks
this module, through ``SectorScope`` (``scope.filter(queryset, user)`` for rows,
``scope.allows(user, instance)`` for one row), a model's ``SectorScopedQuerySet.for_staff`` or
the admin's ``SectorScopedPermissionPolicy`` (lms/sectors/viewsets.py), which use it. No other
module filters on a sector on a user's behalf (tests/sectors/test_scoping.py greps for it).

The rule, with its edge cases decided once:

- Anonymous and inactive users run no sector and are never unrestricted, whatever their
  superuser flag, groups or memberships say: every scoped query gives them nothing.
- A platform administrator is an *active superuser* (``is_platform_admin``, owned by
  lms/accounts/permissions.py and re-exported here). ``user_assign_role`` and
  ``user_remove_role`` set and clear the flag together with the platform-administrator group,
  so the flag is the one definition; the group alone grants no sector rights.
  Platform administrators are unrestricted on every scoped model.
- The content team (the content editor and content reviewer groups) is unrestricted only where
  a scope allows it (``content_team=True``: the quiz bank, the sector choices of content forms,
  item analysis, which names no learner), never on the roll-out (cohorts, sessions, attempts to
  grade, certificates, reports).
- Trainers and coordinators run the sectors of their memberships (``roles`` narrows it, e.g.
  reports are for coordinators only). Learners have no memberships and so no sector.
- Shared rows (no sector) are listed and opened by restricted users only where a scope allows
  it (``shared_visible=True``), and only for viewing; changing or deleting a shared row needs
  an unrestricted user (who sees every row of the model).
- A scope does not check model permissions: the admin's policy adds Wagtail's model
  permissions on top, views their own role checks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.apps import apps
from django.db import models
from django.db.models import CharField, OuterRef, Q, Subquery, TextField, Value
from django.db.models.functions import Cast, Concat

from lms.accounts.backends import MEMBERSHIPS_ATTRIBUTE, GroupConcat
from lms.accounts.permissions import is_active_user, is_platform_admin
from lms.accounts.roles import GROUP_NAMES, Role

GROUP_NAMES_ATTRIBUTE = "_sector_scoping_group_names"

# lms.sectors.models builds its querysets on this module, so the models are looked up by name.


def _membership_model():
    return apps.get_model("sectors", "SectorMembership")


def _sector_model():
    return apps.get_model("sectors", "Sector")


def content_team_groups() -> tuple[str, ...]:
    return (GROUP_NAMES[Role.CONTENT_EDITOR], GROUP_NAMES[Role.CONTENT_REVIEWER])


def _group_names(user) -> frozenset[str]:
    names = getattr(user, GROUP_NAMES_ATTRIBUTE, None)
    if names is None:
        names = frozenset(user.groups.values_list("name", flat=True))
        setattr(user, GROUP_NAMES_ATTRIBUTE, names)
    return names


def is_content_team(user) -> bool:
    """An active member of the Flemish content team (editor or reviewer group)."""
    return is_active_user(user) and bool(_group_names(user) & set(content_team_groups()))


def staff_memberships(user) -> tuple[tuple[int, str], ...]:
    """The user's (sector id, role) pairs, loaded once per request: with the user by
    lms.accounts.backends.ModelBackend, else here and kept on the user object."""
    pairs = getattr(user, MEMBERSHIPS_ATTRIBUTE, None)
    if pairs is None:
        pairs = tuple(
            _membership_model().objects.filter(user=user).values_list("sector_id", "role")
        )
        setattr(user, MEMBERSHIPS_ATTRIBUTE, pairs)
    return pairs


def memberships_subquery() -> Subquery:
    """The user's memberships as one "sector_id:role,..." text, for the query that loads the
    signed-in user (registered with lms.accounts.backends in SectorsConfig.ready())."""
    pairs = (
        _membership_model()
        .objects.filter(user=OuterRef("pk"))
        .order_by()
        .values("user")
        .annotate(pairs=GroupConcat(Concat(Cast("sector_id", CharField()), Value(":"), "role")))
        .values("pairs")
    )
    return Subquery(pairs, output_field=TextField())


def parse_memberships(raw: str | None) -> tuple[tuple[int, str], ...]:
    pairs = []
    for item in (raw or "").split(","):
        sector_id, _sep, role = item.partition(":")
        if sector_id and role:
            pairs.append((int(sector_id), role))
    return tuple(pairs)


def memberships_attach(user, raw: str | None) -> None:
    """Keep the memberships loaded with the user where ``staff_memberships`` reads them."""
    setattr(user, MEMBERSHIPS_ATTRIBUTE, parse_memberships(raw))


def staff_sector_ids(user, roles: tuple[str, ...] | None = None) -> set[int]:
    """Ids of the sectors where ``user`` is trainer or coordinator (or one of ``roles``)."""
    if not is_active_user(user):
        return set()
    roles = roles or tuple(_membership_model().Role.values)
    return {sector_id for sector_id, role in staff_memberships(user) if role in roles}


def in_sectors(queryset, sector_ids: Iterable[int], *, sector_field: str = "sector"):
    """``queryset`` narrowed to rows of ``sector_ids``: for a selection already validated
    against a scope (a report's chosen sector), never for deciding what a user may see."""
    return queryset.filter(sector_q(sector_ids, sector_field=sector_field))


def sector_q(sector_ids: Iterable[int], *, sector_field: str = "sector") -> Q:
    return Q(**{f"{sector_field}__in": set(sector_ids)})


@dataclass(frozen=True)
class SectorScope:
    """Which rows of a model a user may see and change, the model reaching its sector through
    ``sector_field`` (``"sector"``, ``"owning_sector"``, ``"cohort__sector"``; ``"pk"`` for the
    Sector model itself)."""

    sector_field: str = "sector"
    shared_visible: bool = False
    content_team: bool = False
    roles: tuple[str, ...] | None = None

    def is_unrestricted(self, user) -> bool:
        if is_platform_admin(user):
            return True
        return self.content_team and is_content_team(user)

    def sector_ids(self, user) -> set[int]:
        """The sectors a restricted user runs under this scope (empty for everyone else)."""
        return staff_sector_ids(user, roles=self.roles)

    def has_any(self, user) -> bool:
        """Does the user see any sector's rows at all?"""
        return self.is_unrestricted(user) or bool(self.sector_ids(user))

    def filter(self, queryset, user, *, viewing: bool = True):
        """The rows of ``queryset`` this user may see (``viewing``) or change."""
        if self.is_unrestricted(user):
            return queryset
        if not is_active_user(user):
            return queryset.none()
        condition = sector_q(self.sector_ids(user), sector_field=self.sector_field)
        if viewing and self.shared_visible:
            condition |= Q(**{f"{self.sector_field}__isnull": True})
        return queryset.filter(condition)

    def sector_id_of(self, instance) -> int | None:
        """The sector id of one row, following ``sector_field`` through its relations (the
        last step reads the foreign key column, so no query for the sector itself)."""
        if self.sector_field == "pk":
            return instance.pk
        *path, last = self.sector_field.split("__")
        value = instance
        for part in path:
            value = getattr(value, part, None)
            if value is None:
                return None
        return getattr(value, f"{last}_id", None)

    def allows(self, user, instance, *, viewing: bool = True) -> bool:
        """May this user see (``viewing``) or change this one row? Same answer as ``filter``."""
        if self.is_unrestricted(user):
            return True
        if not is_active_user(user):
            return False
        sector_id = self.sector_id_of(instance)
        if sector_id is None:
            return viewing and self.shared_visible
        return sector_id in self.sector_ids(user)

    def sectors(self, user):
        """The sectors themselves that this user acts in: every sector when unrestricted."""
        sectors = _sector_model().objects.all()
        if self.is_unrestricted(user):
            return sectors
        return sectors.filter(pk__in=self.sector_ids(user))


def scope(
    queryset,
    user,
    *,
    sector_field: str = "sector",
    shared_visible: bool = False,
    content_team: bool = False,
    roles: tuple[str, ...] | None = None,
    viewing: bool = True,
):
    """Shorthand for ``SectorScope(...).filter(queryset, user)``."""
    return SectorScope(
        sector_field=sector_field,
        shared_visible=shared_visible,
        content_team=content_team,
        roles=roles,
    ).filter(queryset, user, viewing=viewing)


class SectorScopedQuerySet(models.QuerySet):
    """Base QuerySet of a model that belongs to a sector: ``Model.objects.for_staff(user)``
    gives the rows the user's sectors run. Subclasses set ``sector_scope``."""

    sector_scope = SectorScope()

    def for_staff(self, user, *, viewing: bool = True):
        return self.sector_scope.filter(self, user, viewing=viewing)


def can_run_sector(user, sector) -> bool:
    """Trainers and coordinators run the roll-out of their own sectors only."""
    return SectorScope(sector_field="pk").allows(user, sector)


def can_coordinate_sector(user, sector) -> bool:
    coordinator = _membership_model().Role.COORDINATOR
    return SectorScope(sector_field="pk", roles=(coordinator,)).allows(user, sector)
