"""Accounts in the Wagtail admin: two-factor authentication for staff, and its reset by a
platform administrator from the users listing. (The erasure screen is lms/privacy's.)"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from . import two_factor_views
from .permissions import is_platform_admin

# --- two-factor authentication for staff (lms/accounts/two_factor.py) ----------------------


@hooks.register("register_admin_urls")
def register_two_factor_admin_urls():
    return [
        path("two-factor/", two_factor_views.manage, name="two_factor_manage"),
        path("two-factor/setup/", two_factor_views.setup, name="two_factor_setup"),
        path("two-factor/verify/", two_factor_views.verify, name="two_factor_verify"),
        path(
            "two-factor/recovery-codes/",
            two_factor_views.recovery_codes,
            name="two_factor_recovery_codes",
        ),
        path(
            "two-factor/reset/<int:user_id>/",
            two_factor_views.admin_reset,
            name="two_factor_admin_reset",
        ),
    ]


@hooks.register("register_user_listing_buttons")
def two_factor_reset_listing_button(user, request_user):
    if not is_platform_admin(request_user) or user.pk == request_user.pk:
        return []
    return [
        Button(
            _("Reset two-factor authentication"),
            reverse("two_factor_admin_reset", args=[user.pk]),
            icon_name="key",
            priority=95,
        )
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_menu_item(request):
    return {
        "url": reverse("two_factor_manage"),
        "label": _("Two-factor authentication"),
        "help_text": _("New recovery codes, or a new authenticator app."),
    }
