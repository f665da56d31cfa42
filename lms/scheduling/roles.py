"""Permissions on the scheduling app's models per role (registry: lms/accounts/roles.py)."""

from lms.accounts.roles import Role, model_permissions, role_permissions_register


def register() -> None:
    # The roll-out of a sector: rows scoped to the staff member's sectors.
    role_permissions_register(
        [Role.TRAINER, Role.COORDINATOR, Role.PLATFORM_ADMIN],
        model_permissions("scheduling", "trainingsession", "registration", "attendance"),
    )
