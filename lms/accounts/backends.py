"""Authentication helpers: the model backend that loads the signed-in user in one query, and
django-axes keys lockouts on the normalised email."""

from django.contrib.auth.backends import ModelBackend as DjangoModelBackend
from django.contrib.auth.models import Permission
from django.db.models import Aggregate, CharField, OuterRef, Q, Subquery, TextField, Value
from django.db.models.functions import Cast, Concat

from .models import User, normalise_email

# Attribute on the request's user holding its sector memberships as "sector_id:role" pairs,
# read by lms.sectors.permissions.staff_sector_ids instead of a query of its own.
MEMBERSHIPS_ATTRIBUTE = "_sector_membership_pairs"


def axes_username(request, credentials) -> str | None:
    """Lock "Ann@School.be" and "ann@school.be" as one account, as login treats them."""
    username = (credentials or {}).get("username")
    if username is None and request is not None:
        username = request.POST.get("username")
    return normalise_email(username) if username else None


class GroupConcat(Aggregate):
    """Comma-separated values of a text expression (SQLite's GROUP_CONCAT, PostgreSQL's
    STRING_AGG); Django 5.2 has no portable one."""

    function = "GROUP_CONCAT"
    output_field = TextField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            function="STRING_AGG",
            template="%(function)s(%(expressions)s, ',')",
            **extra_context,
        )


def memberships_subquery() -> Subquery:
    from lms.sectors.models import SectorMembership

    pairs = (
        SectorMembership.objects.filter(user=OuterRef("pk"))
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


class ModelBackend(DjangoModelBackend):
    """Django's model backend, with fewer queries on every request: get_user also loads the
    Wagtail user profile and the sector memberships (every admin page reads both), and the
    user's own and group permissions come in one query instead of two."""

    def get_user(self, user_id):
        user = (
            User._default_manager.select_related("wagtail_userprofile")
            .annotate(_membership_pairs=memberships_subquery())
            .filter(pk=user_id)
            .first()
        )
        if user is None or not self.user_can_authenticate(user):
            return None
        setattr(user, MEMBERSHIPS_ATTRIBUTE, parse_memberships(user._membership_pairs))
        return user

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            permissions = Permission.objects.all()
            if not user_obj.is_superuser:
                permissions = permissions.filter(Q(user=user_obj) | Q(group__user=user_obj))
            user_obj._perm_cache = {
                f"{app_label}.{codename}"
                for app_label, codename in permissions.order_by().values_list(
                    "content_type__app_label", "codename"
                )
            }
        return user_obj._perm_cache
