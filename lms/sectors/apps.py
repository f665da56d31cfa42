from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SectorsConfig(AppConfig):
    name = "lms.sectors"
    label = "sectors"
    verbose_name = _("Sectors")

    def ready(self):
        from lms.accounts.backends import user_annotation_register

        from . import permissions, privacy, roles, signals  # noqa: F401

        privacy.register()
        roles.register()
        # The memberships come with the signed-in user, in the query that loads it.
        user_annotation_register(
            "_membership_pairs",
            build=permissions.memberships_subquery,
            attach=permissions.memberships_attach,
        )
