"""Privacy in the Wagtail admin: the erasure of a user's personal data (platform
administrators only), reached from the users listing."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from .admin_views import ErasureView, may_erase
from .erasure import is_erased


@hooks.register("register_admin_urls")
def register_privacy_admin_urls():
    return [
        path("privacy/erase/<int:user_id>/", ErasureView.as_view(), name="privacy_erase"),
    ]


@hooks.register("register_user_listing_buttons")
def erase_listing_button(user, request_user):
    if not may_erase(request_user) or user.pk == request_user.pk or is_erased(user):
        return []
    return [
        Button(
            _("Erase personal data"),
            reverse("privacy_erase", args=[user.pk]),
            icon_name="warning",
            priority=90,
        )
    ]
