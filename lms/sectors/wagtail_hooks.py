"""Sectors and memberships in the Wagtail admin, for platform administrators."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Sector, SectorMembership


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
