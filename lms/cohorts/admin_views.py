"""The trainer's roster of a cohort in the Wagtail admin: progress per learner, filters, CSV
export, invitations, withdraw and re-enrol. Staff of another sector get a 404."""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .forms import InvitationForm
from .models import Cohort, Enrollment
from .selectors import ROSTER_STATUSES, cohort_roster
from .services import EnrollmentError, enrollment_create, enrollment_withdraw, invitation_send


def staff_cohort(request, cohort_id: int) -> Cohort:
    """The cohort if this user runs its sector; 404 otherwise (its existence does not leak)."""
    if not request.user.has_perm("cohorts.view_cohort"):
        raise PermissionDenied
    return get_object_or_404(
        Cohort.objects.for_staff(request.user).select_related("sector", "course"), pk=cohort_id
    )


class RosterView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Roster")
    header_icon = "group"
    template_name = "cohorts/admin/roster.html"

    def get_page_subtitle(self):
        return self.cohort.name

    def dispatch(self, request, *args, **kwargs):
        self.cohort = staff_cohort(request, kwargs["cohort_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        status = self.request.GET.get("status", "")
        query = self.request.GET.get("q", "").strip()[:100]
        rows = cohort_roster(cohort=self.cohort, status=status, query=query)
        context.update(
            cohort=self.cohort,
            rows=rows,
            status=status if status in ROSTER_STATUSES else "",
            query=query,
            statuses=Enrollment.Status.choices,
            invite_form=kwargs.get("invite_form") or InvitationForm(),
            completed=sum(1 for r in rows if r.enrollment.status == Enrollment.Status.COMPLETED),
        )
        return context

    def post(self, request, *args, **kwargs):
        """Invite one learner by email."""
        form = InvitationForm(request.POST)
        if form.is_valid():
            try:
                enrollment = invitation_send(
                    cohort=self.cohort, invited_by=request.user, **form.cleaned_data
                )
            except EnrollmentError as exc:
                form.add_error("email", str(exc))
            else:
                messages.success(
                    request,
                    _("Invitation sent to %(email)s.") % {"email": enrollment.user.email},
                )
                return redirect("cohorts_admin:roster", cohort_id=self.cohort.pk)
        return self.render_to_response(self.get_context_data(invite_form=form), status=400)


class EnrollmentActionView(View):
    """Withdraw or re-enrol one learner (POST only)."""

    action = ""

    def post(self, request, cohort_id: int, enrollment_id: int):
        cohort = staff_cohort(request, cohort_id)
        if not request.user.has_perm("cohorts.change_enrollment"):
            raise PermissionDenied
        enrollment = get_object_or_404(
            Enrollment.objects.select_related("user"), pk=enrollment_id, cohort=cohort
        )
        name = enrollment.user.get_full_name() or enrollment.user.email
        try:
            if self.action == "withdraw":
                enrollment_withdraw(enrollment=enrollment)
                messages.success(request, _("%(name)s is withdrawn.") % {"name": name})
            elif self.action == "reenrol":
                if enrollment.status != Enrollment.Status.WITHDRAWN:
                    raise EnrollmentError(_("Only a withdrawn learner can be enrolled again."))
                enrollment_create(
                    user=enrollment.user, cohort=cohort, source=Enrollment.Source.STAFF
                )
                messages.success(request, _("%(name)s is enrolled again.") % {"name": name})
            else:
                raise Http404
        except EnrollmentError as exc:
            messages.error(request, str(exc))
        return redirect("cohorts_admin:roster", cohort_id=cohort.pk)


class _Echo:
    def write(self, value):
        return value


def roster_csv(request, cohort_id: int):
    """The roster as CSV (streamed), with the same filters as the page."""
    cohort = staff_cohort(request, cohort_id)
    rows = cohort_roster(
        cohort=cohort,
        status=request.GET.get("status", ""),
        query=request.GET.get("q", "").strip()[:100],
    )
    writer = csv.writer(_Echo())
    header = [
        _("Email"),
        _("First name"),
        _("Last name"),
        _("Organisation"),
        _("Job role"),
        _("Status"),
        _("Enrolled at"),
        _("Lessons done"),
        _("Required lessons"),
        _("Quizzes passed"),
        _("Required quizzes"),
        _("Sessions attended"),
        _("Sessions required"),
        _("Completed at"),
    ]

    def _cell(value) -> str:
        # Cells starting with =, +, - or @ would run as formulas in a spreadsheet.
        text = "" if value is None else str(value)
        return "'" + text if text[:1] in ("=", "+", "-", "@") else text

    def lines():
        yield "\ufeff"  # so that spreadsheet programs read UTF-8
        yield writer.writerow(header)
        for row in rows:
            e, p, u = row.enrollment, row.progress, row.enrollment.user
            yield writer.writerow(
                [
                    _cell(v)
                    for v in (
                        u.email,
                        u.first_name,
                        u.last_name,
                        u.organisation,
                        u.get_job_role_display(),
                        e.get_status_display(),
                        timezone.localtime(e.enrolled_at).strftime("%Y-%m-%d %H:%M"),
                        p.lessons_done,
                        p.lessons_total,
                        p.quizzes_passed,
                        p.quizzes_total,
                        p.sessions_attended,
                        p.sessions_required,
                        timezone.localtime(e.completed_at).strftime("%Y-%m-%d %H:%M")
                        if e.completed_at
                        else "",
                    )
                ]
            )

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="roster-{cohort.pk}.csv"'
    return response
