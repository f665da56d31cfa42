"""Sectors and memberships in the Wagtail admin, for platform administrators."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Sector, SectorMembership
from .viewsets import SectorScopedChooserViewSet, SectorScopedPermissionPolicy, scoped_chooser_view

# Sector fields of content (quizzes, questions) and of the roll-out open one chooser.
SECTOR_CHOICES = SectorScopedPermissionPolicy(Sector, sector_field="pk", content_team=True)


def _sector_choices(user):
    """The sectors a user may pick in a form: all for platform administrators and the content
    team (who assign quizzes to any sector), their own for sector staff."""
    sectors = SECTOR_CHOICES.editable_sectors(user)
    return Sector.objects.all() if sectors is None else sectors


class SectorChooserViewSet(SectorScopedChooserViewSet):
    """Sector fields of cohorts, sessions and quizzes open this chooser: it lists the sectors
    the user may pick; every admin user may open it."""

    choose_view_class = scoped_chooser_view(ChooseView, scope=_sector_choices)
    choose_results_view_class = scoped_chooser_view(ChooseResultsView, scope=_sector_choices)
    chosen_view_class = scoped_chooser_view(SnippetChosenView, scope=_sector_choices)
    chosen_multiple_view_class = scoped_chooser_view(
        SnippetChosenMultipleView, scope=_sector_choices
    )


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "group"
    menu_label = _("Sectors")
    list_display = ["name", "slug", "colour"]
    search_fields = ["name"]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("colour"), FieldPanel("logo")]
    chooser_viewset_class = SectorChooserViewSet


class SectorMembershipViewSet(SnippetViewSet):
    model = SectorMembership
    icon = "user"
    menu_label = _("Trainers and coordinators")
    list_display = ["user", "sector", "role", "created_at"]
    list_filter = ["sector", "role"]
    panels = [FieldPanel("user"), FieldPanel("sector"), FieldPanel("role")]
    # Who is trainer or coordinator where: the chooser is for platform administrators only.
    chooser_viewset_class = SectorScopedChooserViewSet


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
