from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportingConfig(AppConfig):
    name = "lms.reporting"
    label = "reporting"
    verbose_name = _("Reports")

    def ready(self):
        from . import privacy, roles

        privacy.register()
        roles.register()
