"""Permissions on the cohorts app's models per role (registry: lms/accounts/roles.py)."""

from lms.accounts.roles import Role, model_permissions, role_permissions_register


def register() -> None:
    # The roll-out of a sector: rows scoped to the staff member's sectors.
    role_permissions_register(
        [Role.TRAINER, Role.COORDINATOR, Role.PLATFORM_ADMIN],
        model_permissions("cohorts", "cohort", "enrollment"),
    )
