"""Who a user account is, as far as its own flags say: active, and platform administrator.

A platform administrator is an *active superuser*. ``user_assign_role`` and ``user_remove_role``
(lms/accounts/services.py) set and clear the flag together with the platform-administrator
group, so the flag is the one definition; the group alone grants nothing. Sector scoping
(lms/sectors/permissions.py) builds on these answers and re-exports them.
"""

from typing import TypeGuard

from django.contrib.auth.models import AnonymousUser

from .models import User


def is_active_user(user: User | AnonymousUser | None) -> TypeGuard[User]:
    """A signed-in, active account (anonymous and inactive users never are)."""
    return bool(user is not None and user.is_authenticated and user.is_active)


def is_platform_admin(user: User | AnonymousUser | None) -> bool:
    """An active superuser (see the module docstring for why not the group)."""
    return is_active_user(user) and bool(user.is_superuser)
