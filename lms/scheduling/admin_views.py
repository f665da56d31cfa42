"""Staff screens for a session in the Wagtail admin: the attendance roster and cancelling.

Both open only sessions of the user's own sectors (through the session viewset's permission
policy); another sector's session is 404.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import services
from .models import Attendance, Registration, TrainingSession
from .selectors import session_roster, with_registered_count


def staff_session(user, session_id: int) -> TrainingSession:
    """The session if ``user`` runs its cohort's sector, else 404."""
    policy = TrainingSession.snippet_viewset.permission_policy
    session = (
        with_registered_count(policy.instances_user_has_any_permission_for(user, ["change"]))
        .select_related("cohort", "trainer")
        .filter(pk=session_id)
        .first()
    )
    if session is None:
        raise Http404
    return session


def _listing_url() -> str:
    return reverse(TrainingSession.snippet_viewset.get_url_name("list"))


class SessionViewMixin(WagtailAdminTemplateMixin):
    header_icon = "date"

    def dispatch(self, request, *args, **kwargs):
        self.session = staff_session(request.user, kwargs["session_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.session.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": _listing_url(), "label": TrainingSession._meta.verbose_name_plural},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]


class AttendanceView(SessionViewMixin, TemplateView):
    page_title = gettext_lazy("Attendance")
    template_name = "scheduling/admin/attendance.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        roster = kwargs.get("roster") or session_roster(session=self.session)
        context.update(
            session=self.session,
            roster=roster,
            statuses=Attendance.Status.choices,
            can_mark=not self.session.is_cancelled and self.session.starts_at <= timezone.now(),
            listing_url=_listing_url(),
        )
        return context

    def post(self, request, *args, **kwargs):
        roster = session_roster(session=self.session)
        marks: dict[int, str] = {}
        for registration in roster.registered:
            value = request.POST.get(f"attendance-{registration.pk}", "")
            if not value:
                continue
            if value not in Attendance.Status.values:
                messages.error(request, _("Choose present, absent or excused."))
                context = self.get_context_data(roster=roster)
                return self.render_to_response(context, status=400)
            marks[registration.pk] = value
        try:
            services.attendance_mark_many(session=self.session, marks=marks, marked_by=request.user)
        except services.SchedulingError as exc:
            messages.error(request, str(exc))
            context = self.get_context_data(roster=roster)
            return self.render_to_response(context, status=400)
        roster = session_roster(session=self.session)
        messages.success(
            request,
            _("Attendance saved: %(present)s present of %(total)s registered.")
            % {"present": roster.present, "total": len(roster.registered)},
        )
        return redirect("scheduling_admin:attendance", session_id=self.session.pk)


class SessionCancelView(SessionViewMixin, TemplateView):
    page_title = gettext_lazy("Cancel session")
    template_name = "scheduling/admin/cancel.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        statuses = (Registration.Status.REGISTERED, Registration.Status.WAITLISTED)
        context.update(
            session=self.session,
            to_notify=self.session.registrations.filter(status__in=statuses).count(),
            listing_url=_listing_url(),
        )
        return context

    def post(self, request, *args, **kwargs):
        try:
            services.session_cancel(session=self.session)
        except services.SchedulingError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(
                request,
                _("The session %(title)s is cancelled; everyone registered gets an email.")
                % {"title": self.session.title},
            )
        return redirect(_listing_url())
