"""Authentication helpers: the model backend that loads the signed-in user in one query, and
django-axes keys lockouts on the normalised email."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.backends import ModelBackend as DjangoModelBackend
from django.contrib.auth.models import Permission
from django.db.models import Aggregate, Q, TextField
from django.db.models.expressions import BaseExpression

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


# --- what get_user loads with the user: a registry the upper apps fill ---------------------
# Accounts is the bottom layer and names no model of an upper app: an app whose answer every
# admin request needs (lms.sectors: the user's memberships) registers an annotation from its
# AppConfig.ready(). get_user adds it to its one query and hands the value to ``attach``.


@dataclass(frozen=True)
class UserAnnotation:
    build: Callable[[], BaseExpression]
    attach: Callable[[User, Any], None]


_user_annotations: dict[str, UserAnnotation] = {}


def user_annotation_register(
    name: str, *, build: Callable[[], BaseExpression], attach: Callable[[User, Any], None]
) -> None:
    """Load ``build()`` as ``name`` with the signed-in user, then call ``attach(user, value)``."""
    _user_annotations[name] = UserAnnotation(build=build, attach=attach)


class ModelBackend(DjangoModelBackend):
    """Django's model backend, with fewer queries on every request: get_user also loads the
    Wagtail user profile and the registered annotations (the sector memberships; every admin
    page reads both), and the user's own and group permissions come in one query instead of
    two."""

    def get_user(self, user_id):
        annotations = dict(_user_annotations)
        user = (
            User._default_manager.select_related("wagtail_userprofile")
            .annotate(**{name: annotation.build() for name, annotation in annotations.items()})
            .filter(pk=user_id)
            .first()
        )
        if user is None or not self.user_can_authenticate(user):
            return None
        for name, annotation in annotations.items():
            annotation.attach(user, getattr(user, name))
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
