from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """Export, erasure and retention of personal data. It sits on top: no app imports it; each
    app registers what export and erasure do with its models (lms/accounts/privacy_registry.py)
    and this app reads the registry. It declares the third-party apps' models itself."""

    name = "lms.privacy"
    label = "privacy"
    verbose_name = _("Privacy")

    def ready(self):
        from . import export, third_party

        third_party.register()
        export.register()
