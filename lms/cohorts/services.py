"""Writes of the roll-out: enrolling (code, invitation, staff), withdrawing and re-enrolling.

Every path goes through ``enrollment_create``, or ``enrollments_bulk_create`` for many learners
at once (the bulk import); both build their rows with ``enrollment_build``, lock the cohort row
so its capacity holds under parallel enrolments, and re-evaluate completion at once (a learner
who already did the course's lessons may be complete on enrolling).
"""

import hashlib
import secrets
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import TypeVar

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lms.accounts.models import User, normalise_email
from lms.accounts.services import user_create
from lms.accounts.tasks import email_send_task
from lms.errors import ApplicationError

from .completion import cohort_requirements, enrollment_evaluate, enrollments_progress
from .models import Cohort, Enrollment, normalise_code

HOLDING = (Enrollment.Status.INVITED, Enrollment.Status.ACTIVE, Enrollment.Status.COMPLETED)
BATCH_SIZE = 500

T = TypeVar("T")


class EnrollmentError(ApplicationError):
    """A refused enrolment; the message is shown to the user as it is."""


def _now(now: datetime | None) -> datetime:
    return now or timezone.now()


def _check_capacity(cohort: Cohort) -> None:
    if cohort.capacity is None:
        return
    taken = Enrollment.objects.filter(cohort=cohort, status__in=HOLDING).count()
    if taken >= cohort.capacity:
        raise EnrollmentError(_("This cohort is full. Ask your trainer about another cohort."))


def enrollment_build(
    *,
    user: User,
    cohort: Cohort,
    source: str,
    status: str = Enrollment.Status.ACTIVE,
    enrolled_at: datetime,
    invited_at: datetime | None = None,
    completed_at: datetime | None = None,
    withdrawn_at: datetime | None = None,
) -> Enrollment:
    """The unsaved row of a new enrolment, as ``enrollment_create`` and the bulk services write
    it. The last three dates are for rows that carry their history (synthetic data)."""
    return Enrollment(
        user=user,
        cohort=cohort,
        status=status,
        source=source,
        enrolled_at=enrolled_at,
        invited_at=invited_at,
        completed_at=completed_at,
        withdrawn_at=withdrawn_at,
    )


def _reenrolment(*, status: str, source: str, now: datetime) -> dict[str, object]:
    """What re-enrolling a withdrawn learner changes; the history row itself is kept."""
    return {
        "status": status,
        "source": source,
        "enrolled_at": now,
        "withdrawn_at": None,
        "completed_at": None,
    }


def _invitation_acceptance(*, now: datetime) -> dict[str, object]:
    """What enrolling an invited learner changes: the invitation becomes an active enrolment."""
    return {"status": Enrollment.Status.ACTIVE, "enrolled_at": now, "invitation_digest": ""}


def enrollment_create(
    *,
    user: User,
    cohort: Cohort,
    source: str,
    status: str = Enrollment.Status.ACTIVE,
    now: datetime | None = None,
) -> Enrollment:
    """Enrol ``user`` in ``cohort`` (or re-enrol after withdrawal, or accept an invitation)."""
    now = _now(now)
    with transaction.atomic():
        cohort = Cohort.objects.select_for_update().get(pk=cohort.pk)
        existing = Enrollment.objects.select_for_update().filter(user=user, cohort=cohort).first()
        if existing is not None and existing.status in (
            Enrollment.Status.ACTIVE,
            Enrollment.Status.COMPLETED,
        ):
            raise EnrollmentError(_("You are already enrolled in this cohort."))
        if existing is not None and existing.status == Enrollment.Status.INVITED:
            if status == Enrollment.Status.INVITED:
                return existing
            for name, value in _invitation_acceptance(now=now).items():
                setattr(existing, name, value)
            existing.save()
            enrollment = existing
        else:
            _check_capacity(cohort)
            if existing is not None:  # withdrawn earlier: re-enrol, keeping the history row
                for name, value in _reenrolment(status=status, source=source, now=now).items():
                    setattr(existing, name, value)
                existing.save()
                enrollment = existing
            else:
                enrollment = enrollment_build(
                    user=user, cohort=cohort, status=status, source=source, enrolled_at=now
                )
                enrollment.save()
        if enrollment.status == Enrollment.Status.ACTIVE:
            enrollment_evaluate(enrollment=enrollment, now=now)
    return enrollment


def enrollments_bulk_create(
    *,
    cohort: Cohort,
    users: Iterable[User],
    source: str,
    status: str = Enrollment.Status.ACTIVE,
    now: datetime | None = None,
    batch_size: int = BATCH_SIZE,
) -> list[Enrollment]:
    """Enrol many users in ``cohort`` at once, by the rules of ``enrollment_create``; returns
    the enrolments that were created or changed. Only the users' primary keys are read.

    The rows come from the same ``enrollment_build``; a withdrawn learner is re-enrolled on
    their history row and, for an active enrolment, an invited one accepted, as one statement
    per batch. The cohort row is locked and the capacity checked for the seats this call adds
    (``EnrollmentError`` when it is exceeded, and nothing is written). Where ``enrollment_create``
    refuses a learner already in the cohort, the bulk path skips them, so repeating a call is
    harmless. Completion is re-evaluated as on the single path: progress is read per batch
    (``enrollments_progress``) and only an enrolment that is complete goes through
    ``enrollment_evaluate``, which marks it and sends ``enrollment_completed`` after commit, so
    certificates follow exactly as they do for one enrolment. Statements grow per batch of
    users; only enrolments that become complete cost queries of their own."""
    now = _now(now)
    users = list({user.pk: user for user in users}.values())
    with transaction.atomic():
        cohort = Cohort.objects.select_for_update().get(pk=cohort.pk)
        new: list[User] = []
        withdrawn: list[int] = []
        invited: list[int] = []
        for user_batch in _batches(users, batch_size):
            statuses = dict(
                Enrollment.objects.filter(
                    cohort=cohort, user_id__in=[user.pk for user in user_batch]
                ).values_list("user_id", "status")
            )
            for user in user_batch:
                current = statuses.get(user.pk)
                if current is None:
                    new.append(user)
                elif current == Enrollment.Status.WITHDRAWN:
                    withdrawn.append(user.pk)
                elif current == Enrollment.Status.INVITED and status != Enrollment.Status.INVITED:
                    invited.append(user.pk)
        if cohort.capacity is not None and (new or withdrawn):
            taken = Enrollment.objects.filter(cohort=cohort, status__in=HOLDING).count()
            if taken + len(new) + len(withdrawn) > cohort.capacity:
                raise EnrollmentError(
                    _("This cohort is full. Ask your trainer about another cohort.")
                )
        # No conflict is possible under the cohort lock (every enrolment path takes it), so the
        # insert returns the new rows with their ids and nothing has to be read back.
        enrollments = enrollments_bulk_insert(
            enrollments=[
                enrollment_build(
                    user=user, cohort=cohort, source=source, status=status, enrolled_at=now
                )
                for user in new
            ],
            batch_size=batch_size,
            ignore_conflicts=False,
        )
        for batch in _batches(withdrawn, batch_size):
            Enrollment.objects.filter(
                cohort=cohort, user_id__in=batch, status=Enrollment.Status.WITHDRAWN
            ).update(**_reenrolment(status=status, source=source, now=now))
        for batch in _batches(invited, batch_size):
            Enrollment.objects.filter(
                cohort=cohort, user_id__in=batch, status=Enrollment.Status.INVITED
            ).update(**_invitation_acceptance(now=now))
        for batch in _batches(withdrawn + invited, batch_size):
            enrollments += Enrollment.objects.filter(cohort=cohort, user_id__in=batch)
        if status == Enrollment.Status.ACTIVE:
            _evaluate_completion(
                cohort=cohort, enrollments=enrollments, now=now, batch_size=batch_size
            )
    return enrollments


def enrollments_bulk_insert(
    *, enrollments: list[Enrollment], batch_size: int = BATCH_SIZE, ignore_conflicts: bool = True
) -> list[Enrollment]:
    """Insert rows built by ``enrollment_build`` as they are, in batches.

    The write ``enrollments_bulk_create`` shares; called directly only for rows that carry
    their own history (synthetic data at scale), since it checks nothing: no cohort lock, no
    capacity, no completion and no ``enrollment_completed`` (a completed row stays as built).
    A row whose learner is in its cohort already is skipped (with ``ignore_conflicts``; without
    it the rows come back with their ids)."""
    return Enrollment.objects.bulk_create(
        enrollments, batch_size=batch_size, ignore_conflicts=ignore_conflicts
    )


def _evaluate_completion(
    *, cohort: Cohort, enrollments: list[Enrollment], now: datetime, batch_size: int
) -> None:
    """A learner who already did what the cohort asks is complete on enrolling, as with
    ``enrollment_create``; completion itself is still decided in completion.py."""
    requirements = {cohort.pk: cohort_requirements(cohort)}
    active = [e for e in enrollments if e.status == Enrollment.Status.ACTIVE]
    for batch in _batches(active, batch_size):
        progress = enrollments_progress(batch, requirements)
        for enrollment in batch:
            if progress[enrollment.pk].complete:
                enrollment_evaluate(enrollment=enrollment, now=now)


def _batches(items: list[T], size: int) -> Iterator[list[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def enrollment_by_code(*, user: User, code: str, now: datetime | None = None) -> Enrollment:
    """Self-enrolment on the public site with a cohort's code."""
    now = _now(now)
    code = normalise_code(code)
    cohort = Cohort.objects.filter(enrolment_code=code).first() if code else None
    if cohort is None:
        raise EnrollmentError(_("This code is not known. Check it with your trainer."))
    if not cohort.enrolment_open or (cohort.ends_on and cohort.ends_on < now.date()):
        raise EnrollmentError(_("Enrolment in this cohort is closed."))
    return enrollment_create(user=user, cohort=cohort, source=Enrollment.Source.CODE, now=now)


def enrollment_withdraw(*, enrollment: Enrollment, now: datetime | None = None) -> Enrollment:
    """Withdraw a learner (by themselves or by staff); completed enrolments stay completed."""
    with transaction.atomic():
        locked = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
        if locked.status == Enrollment.Status.COMPLETED:
            raise EnrollmentError(_("A completed enrolment cannot be withdrawn."))
        if locked.status == Enrollment.Status.WITHDRAWN:
            return locked
        locked.status = Enrollment.Status.WITHDRAWN
        locked.withdrawn_at = _now(now)
        locked.invitation_digest = ""
        locked.save()
    return locked


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_send(
    *,
    cohort: Cohort,
    email: str,
    first_name: str = "",
    last_name: str = "",
    invited_by: User | None = None,
    base_url: str = "",
    now: datetime | None = None,
) -> Enrollment:
    """Invite someone by email; creates the account (without a password) when it is new."""
    now = _now(now)
    email = normalise_email(email)
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        user = User.objects.filter(email=email).first()
        if user is None:
            user = user_create(email=email, first_name=first_name, last_name=last_name)
        enrollment = enrollment_create(
            user=user,
            cohort=cohort,
            source=Enrollment.Source.INVITATION,
            status=Enrollment.Status.INVITED,
            now=now,
        )
        enrollment.invitation_digest = _digest(token)
        enrollment.invited_at = now
        enrollment.save(update_fields=["invitation_digest", "invited_at"])
        url = (base_url or settings.WAGTAILADMIN_BASE_URL) + reverse(
            "cohorts:invitation", args=[token]
        )
        with translation.override(user.preferred_language):
            context = {"user": user, "cohort": cohort, "url": url, "inviter": invited_by}
            subject = _("Invitation: %(course)s with %(cohort)s") % {
                "course": cohort.course.title,
                "cohort": cohort.name,
            }
            body = render_to_string("cohorts/email/invitation.txt", context)
        transaction.on_commit(
            lambda: email_send_task.enqueue(subject=subject, body=body, to=[user.email])
        )
    return enrollment


def invitation_find(token: str) -> Enrollment | None:
    if not token or len(token) > 100:
        return None
    return (
        Enrollment.objects.select_related("user", "cohort__course", "cohort__sector")
        .filter(invitation_digest=_digest(token), status=Enrollment.Status.INVITED)
        .first()
    )


def invitation_accept(
    *, enrollment: Enrollment, user: User, password: str | None = None
) -> Enrollment:
    """The invited learner accepts; a new account sets its password here."""
    if user.pk != enrollment.user_id:
        raise EnrollmentError(_("This invitation is for another account."))
    with transaction.atomic():
        if password:
            user.set_password(password)
            user.save(update_fields=["password"])
        return enrollment_create(
            user=user, cohort=enrollment.cohort, source=Enrollment.Source.INVITATION
        )
