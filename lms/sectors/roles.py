"""Permissions on the sectors app's models per role (registry: lms/accounts/roles.py)."""

from lms.accounts.roles import Role, model_permissions, role_permissions_register


def register() -> None:
    role_permissions_register(
        [Role.PLATFORM_ADMIN], model_permissions("sectors", "sector", "sectormembership")
    )
