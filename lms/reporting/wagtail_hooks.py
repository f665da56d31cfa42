"""Reports in the Wagtail admin: a top-level "Completion reports" item (Wagtail's own "Reports"
menu is about content) for coordinators and platform administrators, and the export audit log
in the settings menu for platform administrators only."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from lms.accounts.permissions import is_platform_admin

from . import admin_views
from .models import ExportLog
from .selectors import may_view_reports


class ReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_view_reports(request.user)


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = [
        path("", admin_views.ReportView.as_view(), name="dashboard"),
        path("export.csv", admin_views.export_csv, name="export_csv"),
        path("export.xlsx", admin_views.export_xlsx, name="export_xlsx"),
        path("anonymised.csv", admin_views.aggregates_csv, name="aggregates_csv"),
    ]
    return [path("completion-reports/", include((urls, "reporting_admin")))]


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    return ReportsMenuItem(
        _("Completion reports"),
        reverse("reporting_admin:dashboard"),
        name="completion-reports",
        icon_name="table",
        order=295,
    )


class ExportLogPermissionPolicy(ModelPermissionPolicy):
    """The audit log is read-only, and only platform administrators read it."""

    def user_has_permission(self, user, action):
        return action in ("view", "inspect") and is_platform_admin(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class ExportLogViewSet(ModelViewSet):
    model = ExportLog
    icon = "download"
    menu_label = _("Report exports")
    name = "report-exports"
    add_to_settings_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    exclude_form_fields: list[str] = []
    list_display = ["created_at", "user", "kind", "report", "row_count"]
    list_filter = ["kind", "report"]

    @property
    def permission_policy(self):
        return ExportLogPermissionPolicy(self.model)


@hooks.register("register_admin_viewset")
def register_export_log_viewset():
    return ExportLogViewSet()
