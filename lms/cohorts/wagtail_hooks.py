"""Cohorts in the Wagtail admin, for the trainers and coordinators of their sector only."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.widgets import AdminPageChooser, Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from assessments.models import Quiz
from lms.accounts.models import User
from lms.sectors.models import SectorMembership
from lms.sectors.permissions import SectorScope
from lms.sectors.viewsets import SectorOwnedAdminForm, SectorScopedViewSetMixin

from . import admin_imports, admin_views
from .models import Cohort


class CohortAdminForm(SectorOwnedAdminForm):
    """Trainers are chosen among the staff of the user's sectors; quizzes among those the
    user may use (shared and own sector)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is None:
            return
        memberships = SectorMembership.objects.for_staff(user)
        # A cohort is roll-out: the shared quizzes and the user's own sectors' (the content
        # team has no say here).
        quizzes = SectorScope(sector_field="owning_sector", shared_visible=True).filter(
            Quiz.objects.all(), user
        )
        if "trainers" in self.fields:
            self.fields["trainers"].queryset = User.objects.filter(
                pk__in=memberships.values("user")
            ).order_by("last_name", "first_name")
        if "extra_quizzes" in self.fields:
            self.fields["extra_quizzes"].queryset = quizzes.order_by("title")


class CohortViewSet(SectorScopedViewSetMixin, SnippetViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    menu_name = "cohorts"
    menu_order = 290
    add_to_admin_menu = True
    sector_field = "sector"
    base_form_class = CohortAdminForm
    list_display = ["name", "sector", "course", "starts_on", "enrolment_code"]
    list_filter = ["sector", "enrolment_open"]
    search_fields = ["name", "enrolment_code"]
    panels = [
        FieldPanel("name"),
        FieldPanel("sector"),
        FieldPanel("course", widget=AdminPageChooser(target_models=["courses.CoursePage"])),
        MultiFieldPanel([FieldPanel("starts_on"), FieldPanel("ends_on")], heading=_("Dates")),
        MultiFieldPanel(
            [
                FieldPanel("enrolment_code"),
                FieldPanel("enrolment_open"),
                FieldPanel("capacity"),
            ],
            heading=_("Enrolment"),
        ),
        FieldPanel("trainers"),
        MultiFieldPanel(
            [
                FieldPanel("extra_quizzes"),
                FieldPanel("attendance_required"),
                FieldPanel("sessions_required"),
                FieldPanel("issues_certificate"),
            ],
            heading=_("Completion"),
        ),
    ]


register_snippet(CohortViewSet)


@hooks.register("register_admin_urls")
def register_cohort_admin_urls():
    urls = [
        path("<int:cohort_id>/roster/", admin_views.RosterView.as_view(), name="roster"),
        path("<int:cohort_id>/roster.csv", admin_views.roster_csv, name="roster_csv"),
        path(
            "<int:cohort_id>/enrollments/<int:enrollment_id>/withdraw/",
            admin_views.EnrollmentActionView.as_view(action="withdraw"),
            name="withdraw",
        ),
        path(
            "<int:cohort_id>/enrollments/<int:enrollment_id>/reenrol/",
            admin_views.EnrollmentActionView.as_view(action="reenrol"),
            name="reenrol",
        ),
    ]
    return [path("cohorts/", include((urls, "cohorts_admin")))]


@hooks.register("register_admin_urls")
def register_cohort_import_urls():
    return admin_imports.register_urls()


@hooks.register("register_snippet_listing_buttons")
def cohort_listing_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, Cohort):
        return []
    return [
        Button(
            _("Roster"),
            reverse("cohorts_admin:roster", args=[snippet.pk]),
            icon_name="group",
            priority=5,
        ),
        Button(
            _("Import learners"),
            reverse("cohorts_import:upload", args=[snippet.pk]),
            icon_name="upload",
            priority=6,
        ),
    ]
