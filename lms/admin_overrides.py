"""Wagtail admin views that this platform opens to fewer people than Wagtail does.

Matched before Wagtail's own admin URLs (same paths, see lms/urls.py):

- The site history report lists the log entries of every model a user has any permission on,
  across sectors: a trainer of one sector would read the names of another sector's cohorts and
  who changed them. Only platform administrators see it; the history of one object stays on
  that object's own (sector-scoped) history page.
"""

from django.core.exceptions import PermissionDenied
from django.urls import path
from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.audit_logging import LogEntriesView

from lms.accounts.permissions import is_platform_admin


def platform_admin_only(view):
    def checked(request, *args, **kwargs):
        if not is_platform_admin(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    # Wagtail's wrapper: login, admin access, and its refusal message for PermissionDenied.
    return require_admin_access(checked)


urlpatterns = [
    path(
        "admin/reports/site-history/",
        platform_admin_only(LogEntriesView.as_view()),
        name="site_history_platform_admins",
    ),
    path(
        "admin/reports/site-history/results/",
        platform_admin_only(LogEntriesView.as_view(results_only=True)),
        name="site_history_results_platform_admins",
    ),
]


@hooks.register("construct_reports_menu")
def hide_site_history_from_staff(request, menu_items):
    if not is_platform_admin(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "site-history"]
