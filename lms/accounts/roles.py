"""The roles of the platform, the auth groups that carry their permissions, and the registry
through which each app grants its models' permissions to the roles.

Group names are stable identifiers (data migrations and services look them up by name); the
interface shows the translated labels.
"""

from collections.abc import Mapping

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    LEARNER = "learner", _("Learner")
    TRAINER = "trainer", _("Sector trainer")
    COORDINATOR = "coordinator", _("Sector coordinator")
    CONTENT_EDITOR = "content_editor", _("Content editor")
    CONTENT_REVIEWER = "content_reviewer", _("Content reviewer")
    PLATFORM_ADMIN = "platform_admin", _("Platform administrator")


GROUP_NAMES: dict[str, str] = {
    Role.LEARNER: "Lerenden",
    Role.TRAINER: "Sectortrainers",
    Role.COORDINATOR: "Sectorcoördinatoren",
    Role.CONTENT_EDITOR: "Contentredacteurs",
    Role.CONTENT_REVIEWER: "Contentreviewers",
    Role.PLATFORM_ADMIN: "Platformbeheerders",
}

STAFF_ROLES = {
    Role.TRAINER,
    Role.COORDINATOR,
    Role.CONTENT_EDITOR,
    Role.CONTENT_REVIEWER,
    Role.PLATFORM_ADMIN,
}

# --- model permissions per role: a registry each app fills ----------------------------------
# Each app grants the permissions on its own models from its ``roles.py``, loaded in its
# AppConfig.ready() (docs/decisions/0012-registries-for-privacy-and-roles.md), so this bottom
# module names no model of an upper app. Page permissions for content editors are granted on the
# root page by the data migrations. The groups in the database are made by data migrations,
# which freeze their own lists: a change here needs a new data migration, never an edit of an
# applied one (tests/accounts/test_roles.py compares groups and registry).

_role_permissions: dict[str, dict[str, None]] = {role: {} for role in Role}


def model_permissions(
    app_label: str, *models: str, actions=("add", "change", "delete", "view")
) -> list[str]:
    """ "app_label.<action>_<model>" for each model and action."""
    return [f"{app_label}.{action}_{model}" for model in models for action in actions]


def role_permissions_register(roles, permissions) -> None:
    """Grant model permissions ("app_label.codename") to each of ``roles``."""
    for role in roles:
        for permission in permissions:
            _role_permissions[role][permission] = None


def role_permissions(role) -> list[str]:
    """The model permissions of ``role``, as "app_label.codename", in registration order."""
    return list(_role_permissions[role])


def group_permissions() -> dict[str, list[str]]:
    """Model permissions per role, for every role."""
    return {role: role_permissions(role) for role in Role}


class _GroupPermissions(Mapping):
    """``GROUP_PERMISSIONS[role]``: the registry read as the mapping this module used to hold."""

    def __getitem__(self, role):
        return role_permissions(role)

    def __iter__(self):
        return iter(Role)

    def __len__(self):
        return len(Role)


GROUP_PERMISSIONS: Mapping[str, list[str]] = _GroupPermissions()


def register() -> None:
    """The accounts app's own grants: admin access for staff, and user, group, locale and site
    management for platform administrators."""
    role_permissions_register(STAFF_ROLES, ["wagtailadmin.access_admin"])
    role_permissions_register(
        [Role.PLATFORM_ADMIN],
        [
            *model_permissions("accounts", "user"),
            *model_permissions("auth", "group"),
            "wagtailcore.add_locale",
            "wagtailcore.change_locale",
            "wagtailcore.view_locale",
            "wagtailcore.change_site",
            "wagtailcore.view_site",
        ],
    )


# Images and documents are permissioned per collection in Wagtail: granted on the root collection.
CONTENT_EDITOR_COLLECTION_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
CONTENT_EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
PLATFORM_ADMIN_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
PLATFORM_ADMIN_COLLECTION_PERMISSIONS = [
    *CONTENT_EDITOR_COLLECTION_PERMISSIONS,
    "wagtailimages.delete_image",
    "wagtaildocs.delete_document",
]
