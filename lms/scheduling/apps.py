from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SchedulingConfig(AppConfig):
    name = "lms.scheduling"
    label = "scheduling"
    verbose_name = _("Training sessions")

    def ready(self):
        from . import privacy, roles

        privacy.register()
        roles.register()
