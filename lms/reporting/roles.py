"""Permissions on the reports per role (registry: lms/accounts/roles.py)."""

from lms.accounts.roles import Role, role_permissions_register


def register() -> None:
    # Sector coordinators see their sectors' reports, platform administrators all sectors'
    # (granted by reporting/0002). Trainers do not see reports.
    role_permissions_register([Role.COORDINATOR, Role.PLATFORM_ADMIN], ["reporting.view_reports"])
