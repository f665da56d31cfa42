from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SchedulingConfig(AppConfig):
    name = "lms.scheduling"
    label = "scheduling"
    verbose_name = _("Training sessions")

    def ready(self) -> None:
        from lms.cohorts.completion import SESSIONS, completion_requirement_register

        from . import privacy, roles
        from .selectors import sessions_attended_by_enrollment

        privacy.register()
        roles.register()
        # Attendance counts towards completion; cohorts sits below and asks through its registry.
        completion_requirement_register(SESSIONS, sessions_attended_by_enrollment)
