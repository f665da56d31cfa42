"""What the privacy export and erasure do with training sessions, registrations, attendance
and calendar feeds (lms/accounts/privacy_registry.py)."""

from django.utils.translation import gettext_lazy as _

from lms.accounts.privacy_registry import (
    REFERENCES,
    Erase,
    ErasureJob,
    Rule,
    erasure_step_register,
    export_section_register,
    iso,
    rules_register,
)

from . import services
from .models import Attendance, CalendarFeed, Registration


def session_registrations(user) -> list[dict]:
    rows = list(
        Registration.objects.filter(user=user)
        .select_related("session__cohort")
        .order_by("session__starts_at", "pk")
    )
    marks = {
        a.registration_id: a
        for a in Attendance.objects.filter(registration__user=user).only(
            "registration_id", "status", "marked_at"
        )
    }
    data = []
    for r in rows:
        mark = marks.get(r.pk)
        data.append(
            {
                "session": r.session.title,
                "cohort": r.session.cohort.name,
                "format": r.session.format,
                "location": r.session.location,
                "starts_at": iso(r.session.starts_at),
                "ends_at": iso(r.session.ends_at),
                "status": r.status,
                "registered_at": iso(r.queued_at),
                "attendance": mark.status if mark else None,
                "attendance_marked_at": iso(mark.marked_at) if mark else None,
            }
        )
    return data


def calendar_feed(user) -> dict | None:
    feed = CalendarFeed.objects.filter(user=user).first()
    # The token is a secret address; the learner can see or reset it on the site.
    return {"created_at": iso(feed.created_at)} if feed else None


def future_registrations_erase(job: ErasureJob) -> None:
    """Give up places in sessions still to come, so the waitlist moves up; past registrations
    (and their attendance) stay for the figures."""
    upcoming = Registration.objects.filter(
        user=job.user,
        status__in=[Registration.Status.REGISTERED, Registration.Status.WAITLISTED],
        session__starts_at__gt=job.now,
        session__cancelled_at__isnull=True,
    ).select_related("session")
    for current in upcoming:
        services.registration_cancel(registration=current, now=job.now, notify=False)
        job.count("scheduling.Registration.cancelled", 1)


def register() -> None:
    rules_register(
        Rule(
            "scheduling.TrainingSession",
            "trainer",
            REFERENCES,
            Erase.SET_NULL,
            "The session keeps happening without a named trainer.",
        ),
        Rule(
            "scheduling.Registration",
            "user",
            "session_registrations",
            Erase.KEEP,
            "Attendance figures count past registrations; places in sessions still to come are "
            "given up so the waitlist moves up.",
        ),
        Rule(
            "scheduling.Attendance",
            "marked_by",
            REFERENCES,
            Erase.SET_NULL,
            "Staff who marked attendance.",
        ),
        Rule(
            "scheduling.CalendarFeed",
            "user",
            "calendar_feed",
            Erase.DELETE,
            "A secret feed address; exported without its token.",
        ),
    )
    export_section_register(
        "session_registrations",
        session_registrations,
        order=70,
        description=_("Your registrations for training sessions and attendance."),
    )
    export_section_register(
        "calendar_feed",
        calendar_feed,
        order=80,
        description=_(
            "Whether you have a personal calendar feed (its secret address is not included)."
        ),
    )
    erasure_step_register("scheduling.Registration", "user", future_registrations_erase)
