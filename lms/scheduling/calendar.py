"""iCalendar (RFC 5545) for training sessions: one place that imports ``icalendar``.

``session_ics`` builds the file attached to emails (``METHOD:REQUEST`` for an invitation or an
update, ``METHOD:CANCEL`` for a cancellation) or offered as a download (``METHOD:PUBLISH``).
``feed_ics`` builds a learner's subscribed feed; a feed carries no METHOD (RFC 5545 §3.7.2: it
is not an iTIP message, and Outlook treats a feed with METHOD:REQUEST as an invitation).

Every event keeps the session's UID for life and carries its SEQUENCE, so calendar clients
update or cancel the same event instead of adding a new one. Times are written in
Europe/Brussels with a VTIMEZONE covering the years the events span.
"""

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone, vCalAddress

from .models import Registration, TrainingSession

TZID = "Europe/Brussels"
PRODID = "-//Vlaamse overheid//Vormingsplatform//NL"
UID_DOMAIN = "vormingsplatform"
METHODS = ("REQUEST", "CANCEL", "PUBLISH")
CONTENT_TYPE = "text/calendar; charset=utf-8"


def session_uid(session: TrainingSession) -> str:
    return f"{session.uid}@{UID_DOMAIN}"


def _calendar(method: str | None) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    return calendar


def _timezone(sessions: Iterable[TrainingSession]) -> Timezone:
    """A VTIMEZONE for the years the sessions span (plus one), not the library's 1970-2038."""
    zone = ZoneInfo(TZID)
    years = [s.starts_at.astimezone(zone).year for s in sessions] + [
        s.ends_at.astimezone(zone).year for s in sessions
    ]
    first, last = (min(years), max(years)) if years else (timezone.now().year,) * 2
    return Timezone.from_tzid(TZID, first_date=date(first, 1, 1), last_date=date(last + 2, 1, 1))


def _organizer() -> vCalAddress:
    address = settings.DEFAULT_FROM_EMAIL
    if "<" in address:
        address = address.split("<", 1)[1].rstrip(">")
    organizer = vCalAddress(f"mailto:{address}")
    organizer.params["cn"] = _("Training platform")
    return organizer


def _event(
    session: TrainingSession,
    *,
    cancelled: bool,
    stamp: datetime,
    waitlisted: bool = False,
    with_organizer: bool = False,
) -> Event:
    zone = ZoneInfo(TZID)
    event = Event()
    event.add("uid", session_uid(session))
    event.add("sequence", session.sequence)
    event.add("dtstamp", stamp)
    event.add("dtstart", session.starts_at.astimezone(zone))
    event.add("dtend", session.ends_at.astimezone(zone))
    summary = session.title
    if waitlisted and not cancelled:
        summary = _("%(title)s (waitlist)") % {"title": session.title}
    event.add("summary", summary)
    if session.format == TrainingSession.Format.ONLINE and session.online_url:
        # Clients show LOCATION; URL is the machine-readable link.
        event.add("location", session.online_url)
        event.add("url", session.online_url)
    elif session.location:
        event.add("location", session.location)
    description = [session.description.strip()] if session.description.strip() else []
    description.append(_("Cohort: %(cohort)s") % {"cohort": session.cohort.name})
    if session.format == TrainingSession.Format.ONLINE and session.online_url:
        description.append(_("Online: %(url)s") % {"url": session.online_url})
    event.add("description", "\n\n".join(description))
    if cancelled:
        event.add("status", "CANCELLED")
    elif waitlisted:
        event.add("status", "TENTATIVE")
    else:
        event.add("status", "CONFIRMED")
    event.add("transp", "TRANSPARENT" if cancelled else "OPAQUE")
    if session.updated_at:
        event.add("last-modified", session.updated_at)
    if with_organizer:
        event.add("organizer", _organizer())
    return event


def session_ics(
    session: TrainingSession, method: str = "REQUEST", *, now: datetime | None = None
) -> bytes:
    """One session as an iCalendar file. A cancelled session (or METHOD:CANCEL) is
    STATUS:CANCELLED; the SEQUENCE is the session's, bumped by every change sent out."""
    if method not in METHODS:
        raise ValueError(f"Unknown iTIP method {method!r}")
    calendar = _calendar(method)
    calendar.add_component(_timezone([session]))
    cancelled = method == "CANCEL" or session.is_cancelled
    calendar.add_component(
        _event(
            session,
            cancelled=cancelled,
            stamp=now or timezone.now(),
            with_organizer=method != "PUBLISH",
        )
    )
    return calendar.to_ical()


def feed_ics(user, *, now: datetime | None = None) -> bytes:
    """The personal feed: every session ``user`` is registered or waitlisted for, cancelled
    sessions included (STATUS:CANCELLED), written in the learner's own language. No METHOD."""
    registrations = list(
        Registration.objects.filter(
            user=user,
            status__in=(Registration.Status.REGISTERED, Registration.Status.WAITLISTED),
        )
        .select_related("session__cohort")
        .order_by("session__starts_at", "session_id")
    )
    stamp = now or timezone.now()
    with translation.override(user.preferred_language):
        calendar = _calendar(None)
        calendar.add("x-wr-calname", _("My training sessions"))
        calendar.add("x-wr-timezone", TZID)
        calendar.refresh_interval = timedelta(hours=1)
        calendar["REFRESH-INTERVAL"].params["VALUE"] = "DURATION"  # required by RFC 7986
        calendar.add("x-published-ttl", "PT1H")
        sessions = [r.session for r in registrations]
        if sessions:
            calendar.add_component(_timezone(sessions))
        for registration in registrations:
            calendar.add_component(
                _event(
                    registration.session,
                    cancelled=registration.session.is_cancelled,
                    waitlisted=registration.status == Registration.Status.WAITLISTED,
                    stamp=stamp,
                )
            )
    return calendar.to_ical()
