"""Training sessions in the Wagtail admin, for the trainers and coordinators of their sector.

Sessions belong to a sector through their cohort. The listing, forms, the attendance roster and
the cancel screen show and change only the user's own sectors' sessions (another sector's
session is 404); platform administrators see all. Changes of time or place made here go
through ``services.session_update``, which sends registrants the updated calendar event.
"""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import log
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.cohorts.models import Cohort
from lms.sectors.viewsets import SectorScopedViewSetMixin

from . import admin_views, services
from .forms import TrainingSessionAdminForm
from .models import Registration, TrainingSession
from .selectors import with_registered_count


def _staff_cohorts(request):
    if request is None:
        return Cohort.objects.none()
    return Cohort.objects.for_staff(request.user).order_by("-starts_on", "name")


class TrainingSessionFilterSet(WagtailFilterSet):
    # The cohort filter offers the user's own cohorts only: names of other sectors' cohorts
    # do not leak through the filter.
    cohort = django_filters.ModelChoiceFilter(label=_("Cohort"), queryset=_staff_cohorts)
    format = django_filters.ChoiceFilter(label=_("Format"), choices=TrainingSession.Format.choices)
    cancelled = django_filters.BooleanFilter(
        label=_("Cancelled"), field_name="cancelled_at", lookup_expr="isnull", exclude=True
    )

    class Meta:
        model = TrainingSession
        fields = ["cohort", "format"]


def _status(session) -> str:
    return str(_("Cancelled")) if session.is_cancelled else ""


def _places(session) -> str:
    return f"{session.registered_count} / {session.capacity}"


class SessionEditViewMixin:
    """Saves go through the services, so every path announces changes the same way."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except (services.SchedulingError, ValidationError) as exc:
            messages_ = getattr(exc, "message_dict", None)
            if messages_:
                for field, errors in messages_.items():
                    target = field if field in form.fields else None
                    for error in errors:
                        form.add_error(target, error)
            else:
                form.add_error(None, str(exc) if isinstance(exc, services.SchedulingError) else exc)
            return self.form_invalid(form)


class TrainingSessionViewSet(SectorScopedViewSetMixin, SnippetViewSet):
    model = TrainingSession
    icon = "date"
    menu_label = _("Training sessions")
    menu_name = "training_sessions"
    menu_order = 291
    add_to_admin_menu = True
    sector_field = "cohort__sector"
    shared_visible = False
    content_team = False  # only platform administrators see every sector
    base_form_class = TrainingSessionAdminForm
    filterset_class = TrainingSessionFilterSet
    search_fields = ["title", "location"]
    list_per_page = 50
    # A copy would carry the original's calendar identity; sessions are added afresh.
    copy_view_enabled = False
    list_display = [
        "title",
        Column("cohort", label=_("Cohort"), accessor="cohort.name"),
        Column("starts_at", label=_("Starts at"), sort_key="starts_at"),
        Column("places", label=_("Registered / capacity"), accessor=_places),
        Column("status", label=_("Status"), accessor=_status),
    ]
    panels = [
        FieldPanel("cohort", widget=forms.Select),
        FieldPanel("title"),
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("starts_at"), FieldPanel("ends_at")], heading=_("When")),
        MultiFieldPanel(
            [FieldPanel("format"), FieldPanel("location"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        FieldPanel("capacity"),
        FieldPanel("trainer", widget=forms.Select),
    ]

    def get_queryset(self, request):
        return with_registered_count(super().get_queryset(request).select_related("cohort__sector"))

    @property
    def add_view_class(self):
        base = super().add_view_class

        class SessionCreateView(SessionEditViewMixin, base):
            def save_instance(self):
                instance = services.session_create(session=self.form.save(commit=False))
                log(instance=instance, action="wagtail.create", content_changed=True)
                return instance

        return SessionCreateView

    @property
    def edit_view_class(self):
        base = super().edit_view_class

        class SessionEditView(SessionEditViewMixin, base):
            def save_instance(self):
                self.has_content_changes = self.form.has_changed()
                instance = services.session_update(session=self.form.save(commit=False))
                log(
                    instance=instance,
                    action="wagtail.edit",
                    content_changed=self.has_content_changes,
                )
                return instance

        return SessionEditView

    @property
    def delete_view_class(self):
        base = super().delete_view_class

        class SessionDeleteView(base):
            """A session learners registered for is cancelled (they are told), not deleted."""

            def dispatch(self, request, *args, **kwargs):
                if has_registrations(self.object):
                    messages.error(
                        request,
                        _(
                            "Learners registered for this session: cancel it instead, so "
                            "they are told."
                        ),
                    )
                    return redirect(self.index_url_name)
                return super().dispatch(request, *args, **kwargs)

        return SessionDeleteView


def has_registrations(session) -> bool:
    return Registration.objects.filter(
        session=session,
        status__in=(Registration.Status.REGISTERED, Registration.Status.WAITLISTED),
    ).exists()


register_snippet(TrainingSessionViewSet)


@hooks.register("register_admin_urls")
def register_scheduling_admin_urls():
    urls = [
        path(
            "sessions/<int:session_id>/attendance/",
            admin_views.AttendanceView.as_view(),
            name="attendance",
        ),
        path(
            "sessions/<int:session_id>/cancel/",
            admin_views.SessionCancelView.as_view(),
            name="cancel",
        ),
    ]
    return [path("scheduling/", include((urls, "scheduling_admin")))]


@hooks.register("register_snippet_listing_buttons")
def session_listing_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, TrainingSession):
        return []
    policy = TrainingSession.snippet_viewset.permission_policy
    if not policy.user_has_permission_for_instance(user, "change", snippet):
        return []
    buttons = [
        Button(
            _("Attendance"),
            reverse("scheduling_admin:attendance", args=[snippet.pk]),
            icon_name="tasks",
            priority=20,
        )
    ]
    if not snippet.is_cancelled:
        buttons.append(
            Button(
                _("Cancel session"),
                reverse("scheduling_admin:cancel", args=[snippet.pk]),
                icon_name="cross",
                priority=30,
            )
        )
    return buttons


@hooks.register("before_bulk_action")
def refuse_bulk_delete_of_sessions_with_registrations(
    request, action_type, objects, action_class_instance
):
    if action_type != "delete":
        return
    for obj in objects:
        if isinstance(obj, TrainingSession) and has_registrations(obj):
            raise PermissionDenied
