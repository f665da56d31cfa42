"""Sectors and memberships in the Wagtail admin, for platform administrators."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Sector, SectorMembership
from .viewsets import SectorScopedPermissionPolicy


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "group"
    menu_label = _("Sectors")
    list_display = ["name", "slug", "colour"]
    search_fields = ["name"]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("colour"), FieldPanel("logo")]


class SectorMembershipViewSet(SnippetViewSet):
    model = SectorMembership
    icon = "user"
    menu_label = _("Trainers and coordinators")
    list_display = ["user", "sector", "role", "created_at"]
    list_filter = ["sector", "role"]
    panels = [FieldPanel("user"), FieldPanel("sector"), FieldPanel("role")]


class SectorsGroup(SnippetViewSetGroup):
    items = (SectorViewSet, SectorMembershipViewSet)
    menu_icon = "group"
    menu_label = _("Sectors")
    menu_name = "sectors"


register_snippet(SectorsGroup)


@hooks.register("before_bulk_action")
def refuse_foreign_rows_in_bulk_actions(request, action_type, objects, action_class_instance):
    """Bulk actions check model permissions only; sector-owned rows are checked one by one."""
    for obj in objects:
        viewset = getattr(type(obj), "snippet_viewset", None)
        policy = getattr(viewset, "permission_policy", None)
        if isinstance(policy, SectorScopedPermissionPolicy):
            action = "delete" if action_type == "delete" else "change"
            if not policy.user_has_permission_for_instance(request.user, action, obj):
                raise PermissionDenied
