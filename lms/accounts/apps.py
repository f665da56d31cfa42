from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    name = "lms.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in
        from django.db.models.signals import post_delete, post_save
        from django_otp.plugins.otp_static.models import StaticDevice
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from lms.middleware import otp_device_forget, session_start

        from . import privacy, roles

        # What export and erasure do with this app's models, and its roles' permissions.
        privacy.register()
        roles.register()

        # Session clocks and the cached second-factor devices of lms/middleware.py.
        user_logged_in.connect(session_start, dispatch_uid="lms_session_start")
        for model in (TOTPDevice, StaticDevice):
            post_save.connect(otp_device_forget, sender=model, dispatch_uid="lms_otp_forget")
            post_delete.connect(otp_device_forget, sender=model, dispatch_uid="lms_otp_forget")


class PlatformUsersAppConfig(WagtailUsersAppConfig):
    """wagtail.users, with user forms that include language, job role and organisation."""

    user_viewset = "lms.accounts.admin_views.PlatformUserViewSet"
