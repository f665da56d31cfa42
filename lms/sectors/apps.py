from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SectorsConfig(AppConfig):
    name = "lms.sectors"
    label = "sectors"
    verbose_name = _("Sectors")

    def ready(self):
        from . import privacy, roles, signals  # noqa: F401

        privacy.register()
        roles.register()
