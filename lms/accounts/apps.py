from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    name = "lms.accounts"
    label = "accounts"
    verbose_name = _("Accounts")


class PlatformUsersAppConfig(WagtailUsersAppConfig):
    """wagtail.users, with user forms that include language, job role and organisation."""

    user_viewset = "lms.accounts.admin_views.PlatformUserViewSet"
