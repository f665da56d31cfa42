"""The emails about training sessions, written in each learner's own language.

Services call these from ``transaction.on_commit``: each message is rendered here (subject, body
and, where the learner's calendar should follow, an .ics attachment) and handed to the email
task, whose arguments are plain strings so any task backend can carry them.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from lms.accounts.tasks import email_send_task

from .calendar import session_ics
from .models import Registration, TrainingSession

SUBJECTS = {
    "registered": _("Registered: %(title)s"),
    "waitlisted": _("On the waitlist: %(title)s"),
    "promoted": _("A place for you: %(title)s"),
    "registration_cancelled": _("Registration cancelled: %(title)s"),
    "session_cancelled": _("Cancelled: %(title)s"),
    "session_updated": _("Changed: %(title)s"),
    "reminder": _("Reminder: %(title)s"),
}


def _session_url(session: TrainingSession) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "scheduling:detail", args=[session.pk]
    )


def _send(
    *,
    user,
    session: TrainingSession,
    kind: str,
    ics_method: str | None = None,
    position: int | None = None,
) -> None:
    with translation.override(user.preferred_language):
        subject = str(SUBJECTS[kind]) % {"title": session.title}
        body = render_to_string(
            "scheduling/email/session.txt",
            {
                "kind": kind,
                "user": user,
                "session": session,
                "position": position,
                "session_url": _session_url(session),
                "has_ics": bool(ics_method),
            },
        )
        attachments = None
        if ics_method:
            ics = session_ics(session, ics_method).decode()
            attachments = [["session.ics", ics, f"text/calendar; method={ics_method}"]]
    email_send_task.enqueue(
        subject=" ".join(subject.splitlines()).strip(),
        body=body,
        to=[user.email],
        attachments=attachments,
    )


def registration_confirmation_send(*, registration: Registration, waitlist_position) -> None:
    if registration.status == Registration.Status.WAITLISTED:
        _send(
            user=registration.user,
            session=registration.session,
            kind="waitlisted",
            position=waitlist_position,
        )
    else:
        _send(
            user=registration.user,
            session=registration.session,
            kind="registered",
            ics_method="REQUEST",
        )


def registration_promoted_send(*, registration: Registration) -> None:
    _send(
        user=registration.user,
        session=registration.session,
        kind="promoted",
        ics_method="REQUEST",
    )


def registration_cancelled_send(*, registration: Registration, held_place: bool) -> None:
    # Only a learner who had a place got the event in their calendar; the CANCEL removes it.
    _send(
        user=registration.user,
        session=registration.session,
        kind="registration_cancelled",
        ics_method="CANCEL" if held_place else None,
    )


def _registrations(session: TrainingSession, statuses):
    return (
        Registration.objects.filter(session=session, status__in=statuses)
        .select_related("user")
        .order_by("queued_at", "pk")
    )


def session_cancelled_send(*, session: TrainingSession) -> None:
    statuses = (Registration.Status.REGISTERED, Registration.Status.WAITLISTED)
    for registration in _registrations(session, statuses):
        _send(
            user=registration.user,
            session=session,
            kind="session_cancelled",
            ics_method="CANCEL",
        )


def session_updated_send(*, session: TrainingSession) -> None:
    statuses = (Registration.Status.REGISTERED, Registration.Status.WAITLISTED)
    for registration in _registrations(session, statuses):
        registered = registration.status == Registration.Status.REGISTERED
        _send(
            user=registration.user,
            session=session,
            kind="session_updated",
            ics_method="REQUEST" if registered else None,
        )


def session_reminder_send(*, session: TrainingSession) -> None:
    for registration in _registrations(session, (Registration.Status.REGISTERED,)):
        _send(user=registration.user, session=session, kind="reminder", ics_method="REQUEST")
