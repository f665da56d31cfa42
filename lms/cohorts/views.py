"""The learner side of the roll-out: enrol with a code, accept an invitation, leave a cohort."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from .forms import EnrolmentCodeForm, SetPasswordForm
from .models import Enrollment
from .services import (
    EnrollmentError,
    enrollment_by_code,
    enrollment_withdraw,
    invitation_accept,
    invitation_find,
)


def _course_url(enrollment: Enrollment) -> str:
    return enrollment.cohort.course.localized.url or "/"


@login_required
def enrol(request):
    form = EnrolmentCodeForm(request.POST or None, initial={"code": request.GET.get("code", "")})
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            enrollment = enrollment_by_code(user=request.user, code=form.cleaned_data["code"])
        except EnrollmentError as exc:
            form.add_error("code", str(exc))
            status = 400
        else:
            messages.success(
                request,
                _("You are enrolled in %(cohort)s. Start with the course below.")
                % {"cohort": enrollment.cohort.name},
            )
            return redirect(_course_url(enrollment))
    elif request.method == "POST":
        status = 400
    return render(request, "cohorts/enrol.html", {"form": form}, status=status)


def invitation(request, token: str):
    enrollment = invitation_find(token)
    if enrollment is None:
        return render(request, "cohorts/invitation_invalid.html", status=404)
    invited = enrollment.user
    needs_password = not invited.has_usable_password()
    if request.user.is_authenticated and request.user.pk != invited.pk:
        return render(
            request,
            "cohorts/invitation.html",
            {"enrollment": enrollment, "wrong_account": True},
            status=403,
        )
    form = SetPasswordForm(request.POST or None, user=invited) if needs_password else None
    if request.method == "POST":
        if form is not None and not form.is_valid():
            return render(
                request,
                "cohorts/invitation.html",
                {"enrollment": enrollment, "form": form},
                status=400,
            )
        if not needs_password and not request.user.is_authenticated:
            return redirect(f"/accounts/login/?next={request.path}")
        try:
            enrollment = invitation_accept(
                enrollment=enrollment,
                user=invited,
                password=form.cleaned_data["password1"] if form is not None else None,
            )
        except EnrollmentError as exc:
            messages.error(request, str(exc))
            return redirect("dashboard")
        if not request.user.is_authenticated:
            login(request, invited, backend="lms.accounts.backends.ModelBackend")
        messages.success(
            request,
            _("Welcome! You are enrolled in %(cohort)s.") % {"cohort": enrollment.cohort.name},
        )
        return redirect(_course_url(enrollment))
    return render(
        request,
        "cohorts/invitation.html",
        {"enrollment": enrollment, "form": form, "needs_login": not needs_password},
    )


@login_required
def withdraw(request, enrollment_id: int):
    enrollment = get_object_or_404(
        Enrollment.objects.select_related("cohort"), pk=enrollment_id, user=request.user
    )
    if enrollment.status not in (Enrollment.Status.ACTIVE, Enrollment.Status.INVITED):
        raise Http404
    if request.method == "POST":
        try:
            enrollment_withdraw(enrollment=enrollment)
        except EnrollmentError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(
                request,
                _("You left %(cohort)s. You can enrol again with its code.")
                % {"cohort": enrollment.cohort.name},
            )
        return redirect("dashboard")
    return render(request, "cohorts/withdraw.html", {"enrollment": enrollment})
