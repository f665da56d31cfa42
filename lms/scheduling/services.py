"""Writes to training sessions: registering (with a waitlist), cancelling, changing and
cancelling sessions, marking attendance and sending reminders.

Every write that can change who holds a place locks the session row first
(``select_for_update``), so parallel registrations and cancellations are serialised per
session: the number of registered learners never exceeds the capacity and each freed place
goes to exactly one waiting learner, the one who joined the line first. Emails are rendered in
the learner's language and queued after commit (``emails.py``).
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.accounts.models import User
from lms.cohorts.completion import enrollment_evaluate
from lms.cohorts.models import Enrollment
from lms.errors import ApplicationError, Conflict, NotAllowed

from . import emails
from .models import Attendance, CalendarFeed, Registration, TrainingSession, new_feed_token

# Enrolments that give access to a cohort's sessions.
PARTICIPATING = (Enrollment.Status.ACTIVE, Enrollment.Status.COMPLETED)
# A change to one of these is a change to the calendar event: registrants get an update.
CALENDAR_FIELDS = (
    "title",
    "description",
    "starts_at",
    "ends_at",
    "format",
    "location",
    "online_url",
)
REMINDER_AHEAD = timedelta(hours=48)


class SchedulingError(ApplicationError):
    """A request that cannot be carried out; ``str()`` is the message for the user."""


class NotEnrolled(SchedulingError, NotAllowed):
    pass


class AlreadyRegistered(SchedulingError, Conflict):
    pass


class SessionClosed(SchedulingError, Conflict):
    """The session was cancelled or has started (or, for attendance, has not started yet)."""


def _now(now: datetime | None) -> datetime:
    return now or timezone.now()


def _lock_session(session: TrainingSession) -> TrainingSession:
    # The manager's queryset class is built on SectorScopedQuerySet, which mypy sees untyped.
    locked: TrainingSession = (
        TrainingSession.objects.select_for_update().select_related("cohort").get(pk=session.pk)
    )
    return locked


def is_participant(*, user: User, cohort_id: int) -> bool:
    return Enrollment.objects.filter(
        user=user, cohort_id=cohort_id, status__in=PARTICIPATING
    ).exists()


def waitlist_position(*, registration: Registration) -> int | None:
    """1 for the first in line; None when the registration is not waiting."""
    if registration.status != Registration.Status.WAITLISTED:
        return None
    ahead = Registration.objects.filter(
        session_id=registration.session_id, status=Registration.Status.WAITLISTED
    ).filter(
        Q(queued_at__lt=registration.queued_at)
        | Q(queued_at=registration.queued_at, pk__lt=registration.pk)
    )
    return ahead.count() + 1


def _fill_places(session: TrainingSession) -> list[Registration]:
    """Move waiting learners up, oldest first, while places are free. Call under the lock."""
    registered = session.registrations.filter(status=Registration.Status.REGISTERED).count()
    free = session.capacity - registered
    if free <= 0:
        return []
    promoted = list(
        session.registrations.filter(status=Registration.Status.WAITLISTED)
        .select_related("user")
        .order_by("queued_at", "pk")[:free]
    )
    for registration in promoted:
        registration.status = Registration.Status.REGISTERED
        registration.save(update_fields=["status", "updated_at"])
        registration.session = session
    return promoted


def _announce_promotions(promoted: list[Registration]) -> None:
    for registration in promoted:
        emails.registration_promoted_send(registration=registration)


@dataclass(frozen=True)
class RegistrationOutcome:
    registration: Registration
    waitlist_position: int | None

    @property
    def waitlisted(self) -> bool:
        return self.registration.status == Registration.Status.WAITLISTED


def registration_create(
    *, session: TrainingSession, user: User, now: datetime | None = None
) -> RegistrationOutcome:
    """Register ``user`` for ``session``: a place if one is free, else the end of the line."""
    now = _now(now)
    with transaction.atomic():
        session = _lock_session(session)
        if session.is_cancelled:
            raise SessionClosed(_("This session was cancelled."))
        if session.starts_at <= now:
            raise SessionClosed(_("This session has already started: registration is closed."))
        if not is_participant(user=user, cohort_id=session.cohort_id):
            raise NotEnrolled(_("Only learners of this cohort can register for its sessions."))
        registration = Registration.objects.filter(session=session, user=user).first()
        if registration and registration.status == Registration.Status.REGISTERED:
            raise AlreadyRegistered(_("You are already registered for this session."))
        if registration and registration.status == Registration.Status.WAITLISTED:
            raise AlreadyRegistered(_("You are already on the waitlist for this session."))
        # Repairs a line left behind by a capacity increase before anyone new joins it.
        promoted = _fill_places(session)
        registered = session.registrations.filter(status=Registration.Status.REGISTERED).count()
        waiting = session.registrations.filter(status=Registration.Status.WAITLISTED).exists()
        status = (
            Registration.Status.REGISTERED
            if registered < session.capacity and not waiting
            else Registration.Status.WAITLISTED
        )
        if registration is None:
            registration = Registration(session=session, user=user)
        # A learner who cancelled and comes back joins the end of the line.
        registration.status = status
        registration.queued_at = now
        registration.save()
        registration.session = session
        registration.user = user
        position = waitlist_position(registration=registration)
        transaction.on_commit(lambda: _announce_promotions(promoted))
        transaction.on_commit(
            lambda: emails.registration_confirmation_send(
                registration=registration, waitlist_position=position
            )
        )
    return RegistrationOutcome(registration=registration, waitlist_position=position)


def registration_cancel(
    *, registration: Registration, now: datetime | None = None, notify: bool = True
) -> list[Registration]:
    """Cancel a registration (or a place in the line); a freed place goes to the first in line.

    Returns the registrations promoted (exactly one when a place was freed and someone waited).
    ``notify=False`` sends the cancelling learner nothing (an erased account has no address);
    promoted learners are told all the same.
    """
    now = _now(now)
    with transaction.atomic():
        session = _lock_session(registration.session)
        current = Registration.objects.select_related("user").get(pk=registration.pk)
        if current.status == Registration.Status.CANCELLED:
            raise SchedulingError(_("This registration was already cancelled."))
        if session.is_cancelled:
            raise SessionClosed(_("This session was cancelled."))
        if session.starts_at <= now:
            raise SessionClosed(
                _("This session has already started: it can no longer be cancelled.")
            )
        held_place = current.status == Registration.Status.REGISTERED
        current.status = Registration.Status.CANCELLED
        current.save(update_fields=["status", "updated_at"])
        current.session = session
        promoted = _fill_places(session) if held_place else []
        if notify:
            transaction.on_commit(
                lambda: emails.registration_cancelled_send(
                    registration=current, held_place=held_place
                )
            )
        transaction.on_commit(lambda: _announce_promotions(promoted))
    registration.status = current.status
    return promoted


def session_create(*, session: TrainingSession) -> TrainingSession:
    """Save a new session (validated with the model's own rules)."""
    with transaction.atomic():
        session.full_clean()
        session.save()
    return session


def session_update(*, session: TrainingSession) -> TrainingSession:
    """Save the changes made to ``session`` (an instance changed in memory, e.g. by the admin
    form). A change of time, place or text bumps the SEQUENCE and sends every registrant the
    updated event; a bigger capacity moves waiting learners up."""
    with transaction.atomic():
        before = _lock_session(session)
        if before.is_cancelled:
            raise SessionClosed(_("This session was cancelled; it can no longer be changed."))
        changed = [f for f in CALENDAR_FIELDS if getattr(before, f) != getattr(session, f)]
        registered = before.registrations.filter(status=Registration.Status.REGISTERED).count()
        if session.capacity < registered:
            raise ValidationError(
                {
                    "capacity": _(
                        "%(count)s learners are registered: the capacity cannot be lower."
                    )
                    % {"count": registered}
                }
            )
        if session.cohort_id != before.cohort_id and before.registrations.exists():
            raise ValidationError(
                {"cohort": _("Learners registered for this session: the cohort cannot change.")}
            )
        session.full_clean()
        # Fields the admin form does not own keep their stored values.
        session.cancelled_at = before.cancelled_at
        session.sequence = before.sequence + (1 if changed else 0)
        session.reminder_sent_at = before.reminder_sent_at
        if "starts_at" in changed:
            session.reminder_sent_at = None  # a moved session is reminded again
        session.save()
        promoted = _fill_places(session) if session.capacity > before.capacity else []
        if changed:
            transaction.on_commit(lambda: emails.session_updated_send(session=session))
        transaction.on_commit(lambda: _announce_promotions(promoted))
    return session


def session_cancel(*, session: TrainingSession, now: datetime | None = None) -> TrainingSession:
    """Cancel a session: everyone registered or waiting gets a METHOD:CANCEL email."""
    now = _now(now)
    with transaction.atomic():
        locked = _lock_session(session)
        if locked.is_cancelled:
            raise SessionClosed(_("This session was already cancelled."))
        if locked.starts_at <= now:
            raise SessionClosed(
                _("This session has already started: it can no longer be cancelled.")
            )
        locked.cancelled_at = now
        locked.sequence += 1
        locked.save(update_fields=["cancelled_at", "sequence", "updated_at"])
        transaction.on_commit(lambda: emails.session_cancelled_send(session=locked))
    session.cancelled_at, session.sequence = locked.cancelled_at, locked.sequence
    return locked


def attendance_mark(
    *, registration: Registration, status: str, marked_by: User, now: datetime | None = None
) -> Attendance:
    """Record whether a registered learner attended; completion is recomputed at once."""
    now = _now(now)
    if status not in Attendance.Status.values:
        raise SchedulingError(_("Choose present, absent or excused."))
    with transaction.atomic():
        current = (
            Registration.objects.select_for_update()
            .select_related("session__cohort")
            .get(pk=registration.pk)
        )
        session = current.session
        if current.status != Registration.Status.REGISTERED:
            raise SchedulingError(_("Attendance is only kept for registered learners."))
        if session.is_cancelled:
            raise SessionClosed(_("This session was cancelled."))
        if session.starts_at > now:
            raise SessionClosed(_("Attendance can be marked once the session has started."))
        attendance, _created = Attendance.objects.update_or_create(
            registration=current,
            defaults={"status": status, "marked_by": marked_by, "marked_at": now},
        )
        enrollment = Enrollment.objects.filter(
            user_id=current.user_id, cohort_id=session.cohort_id
        ).first()
        if enrollment is not None:
            enrollment_evaluate(enrollment=enrollment, now=now)
    return attendance


def attendance_mark_many(
    *,
    session: TrainingSession,
    marks: dict[int, str],
    marked_by: User,
    now: datetime | None = None,
) -> int:
    """Apply a roster: ``marks`` maps registration ids of ``session`` to a status. Marks that
    did not change are skipped. All or nothing: one refused mark changes nothing."""
    now = _now(now)
    with transaction.atomic():
        registrations = (
            Registration.objects.filter(session=session, pk__in=marks)
            .select_related("attendance")
            .order_by("pk")
        )
        found = {r.pk: r for r in registrations}
        if set(marks) - set(found):
            raise SchedulingError(_("The list of learners changed; reload the page."))
        changed = 0
        for pk, status in marks.items():
            registration = found[pk]
            existing = getattr(registration, "attendance", None)
            if existing is not None and existing.status == status:
                continue
            attendance_mark(registration=registration, status=status, marked_by=marked_by, now=now)
            changed += 1
    return changed


def reminders_send(*, now: datetime | None = None) -> int:
    """Remind registered learners of every session starting within 48 hours, once per session
    (``reminder_sent_at``). Safe to run often and from several workers. Returns the number of
    sessions reminded."""
    now = _now(now)
    due = TrainingSession.objects.filter(
        cancelled_at__isnull=True,
        reminder_sent_at__isnull=True,
        starts_at__gt=now,
        starts_at__lte=now + REMINDER_AHEAD,
    ).values_list("pk", flat=True)
    reminded = 0
    for pk in list(due):
        with transaction.atomic():
            session = (
                TrainingSession.objects.select_for_update()
                .select_related("cohort")
                .filter(pk=pk, reminder_sent_at__isnull=True, cancelled_at__isnull=True)
                .first()
            )
            if session is None:
                continue  # reminded meanwhile by another run, or cancelled
            session.reminder_sent_at = now
            session.save(update_fields=["reminder_sent_at"])
            transaction.on_commit(partial(emails.session_reminder_send, session=session))
            reminded += 1
    return reminded


def calendar_feed_get_or_create(*, user: User) -> CalendarFeed:
    with transaction.atomic():
        feed, _created = CalendarFeed.objects.get_or_create(user=user)
    return feed


def calendar_feed_reset(*, user: User) -> CalendarFeed:
    """A new secret feed address; the old one stops working at once."""
    with transaction.atomic():
        feed, created = CalendarFeed.objects.select_for_update().get_or_create(user=user)
        if not created:
            feed.token = new_feed_token()
            feed.save(update_fields=["token"])
    return feed
