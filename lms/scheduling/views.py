"""The learner side of training sessions: upcoming sessions of my cohorts, registering and
cancelling (with the waitlist), a session's .ics and the personal calendar feed.

Sessions of a cohort the learner does not take part in are not found (404). Every refusal
(full, started, cancelled, registered twice) is a message on the page and changes nothing.
"""

from typing import TYPE_CHECKING

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import selectors, services
from .calendar import CONTENT_TYPE, feed_ics, session_ics
from .models import CalendarFeed, Registration, TrainingSession, TrainingSessionQuerySet

if TYPE_CHECKING:
    from .selectors import LearnerSession


def _learner_session(request, session_id: int) -> "LearnerSession":
    session = selectors.session_for_learner(user=request.user, session_id=session_id)
    if session is None:
        raise Http404
    return session


def _back(request, session: TrainingSession):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect("scheduling:detail", session_id=session.pk)


@login_required
@require_GET
def session_list(request):
    now = timezone.now()
    sessions = list(selectors.sessions_for_learner(user=request.user, now=now))
    for session in sessions:
        open_ = not session.is_cancelled and session.starts_at > now
        session.can_register = open_ and session.my_status in (None, Registration.Status.CANCELLED)
        session.can_cancel = open_ and session.my_status in (
            Registration.Status.REGISTERED,
            Registration.Status.WAITLISTED,
        )
    return render(request, "scheduling/session_list.html", {"sessions": sessions})


@login_required
@require_GET
def session_detail(request, session_id: int):
    session = _learner_session(request, session_id)
    position = None
    waiting_id = session.my_registration_id
    if session.my_status == Registration.Status.WAITLISTED and waiting_id is not None:
        position = services.waitlist_position(registration=Registration.objects.get(pk=waiting_id))
    return render(
        request,
        "scheduling/session_detail.html",
        {
            "session": session,
            "position": position,
            "started": session.starts_at <= timezone.now(),
        },
    )


@login_required
@require_POST
def registration_create(request, session_id: int):
    session = _learner_session(request, session_id)
    try:
        outcome = services.registration_create(session=session, user=request.user)
    except services.SchedulingError as exc:
        messages.error(request, str(exc))
        return _back(request, session)
    if outcome.waitlisted:
        messages.warning(
            request,
            _(
                "The session is full: you are on the waitlist, at position %(position)s. "
                "We will email you when a place becomes free."
            )
            % {"position": outcome.waitlist_position},
        )
    else:
        messages.success(
            request,
            _("You are registered for %(title)s. A confirmation is on its way by email.")
            % {"title": session.title},
        )
    return _back(request, session)


@login_required
@require_http_methods(["GET", "POST"])
def registration_cancel(request, session_id: int):
    session = _learner_session(request, session_id)
    registration = Registration.objects.filter(
        session=session,
        user=request.user,
        status__in=(Registration.Status.REGISTERED, Registration.Status.WAITLISTED),
    ).first()
    if registration is None:
        messages.error(request, _("You have no registration for this session to cancel."))
        return redirect("scheduling:detail", session_id=session.pk)
    if request.method == "POST":
        try:
            services.registration_cancel(registration=registration)
        except services.SchedulingError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(
                request,
                _("Your registration for %(title)s is cancelled.") % {"title": session.title},
            )
        return redirect("scheduling:detail", session_id=session.pk)
    return render(
        request,
        "scheduling/registration_cancel.html",
        {"session": session, "registration": registration},
    )


@login_required
@require_GET
def session_calendar(request, session_id: int):
    """The session as an .ics download, for learners of its cohort and its sector's staff."""
    session = get_object_or_404(TrainingSession.objects.select_related("cohort"), pk=session_id)
    user = request.user
    allowed = TrainingSessionQuerySet.sector_scope.allows(user, session) or services.is_participant(
        user=user, cohort_id=session.cohort_id
    )
    if not allowed:
        raise Http404
    response = HttpResponse(session_ics(session, "PUBLISH"), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="session-{session.pk}.ics"'
    return response


@never_cache
@require_GET
def calendar_feed(request, token: str):
    """The personal feed: no login, the token in the address is the secret."""
    feed = (
        CalendarFeed.objects.select_related("user")
        .filter(token=token, user__is_active=True)
        .first()
    )
    if feed is None:
        raise Http404
    response = HttpResponse(feed_ics(feed.user), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = 'inline; filename="sessions.ics"'
    response["X-Robots-Tag"] = "noindex"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def feed_settings(request):
    if request.method == "POST":
        if request.POST.get("action") == "reset":
            services.calendar_feed_reset(user=request.user)
            messages.success(
                request, _("You have a new calendar address. The old one no longer works.")
            )
        else:
            services.calendar_feed_get_or_create(user=request.user)
            messages.success(request, _("Your calendar address is ready."))
        return redirect("scheduling:feed_settings")
    feed = CalendarFeed.objects.filter(user=request.user).first()
    feed_url = webcal_url = None
    if feed is not None:
        feed_url = request.build_absolute_uri(reverse("scheduling:feed", args=[feed.token]))
        webcal_url = "webcal://" + feed_url.split("://", 1)[1]
    return render(
        request,
        "scheduling/feed_settings.html",
        {"feed": feed, "feed_url": feed_url, "webcal_url": webcal_url},
    )
