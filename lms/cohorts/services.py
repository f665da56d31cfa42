"""Writes of the roll-out: enrolling (code, invitation, staff), withdrawing and re-enrolling.

Every path goes through ``enrollment_create``, which locks the cohort row so its capacity holds
under parallel enrolments, and re-evaluates completion at once (a learner who already did the
course's lessons may be complete on enrolling).
"""

import hashlib
import secrets
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lms.accounts.models import User, normalise_email
from lms.accounts.services import user_create
from lms.accounts.tasks import email_send_task

from .completion import enrollment_evaluate
from .models import Cohort, Enrollment, normalise_code

HOLDING = (Enrollment.Status.INVITED, Enrollment.Status.ACTIVE, Enrollment.Status.COMPLETED)


class EnrollmentError(Exception):
    """A refused enrolment; the message is shown to the user as it is."""


def _now(now: datetime | None) -> datetime:
    return now or timezone.now()


def _check_capacity(cohort: Cohort) -> None:
    if cohort.capacity is None:
        return
    taken = Enrollment.objects.filter(cohort=cohort, status__in=HOLDING).count()
    if taken >= cohort.capacity:
        raise EnrollmentError(_("This cohort is full. Ask your trainer about another cohort."))


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
            existing.status = Enrollment.Status.ACTIVE
            existing.enrolled_at = now
            existing.invitation_digest = ""
            existing.save()
            enrollment = existing
        else:
            _check_capacity(cohort)
            if existing is not None:  # withdrawn earlier: re-enrol, keeping the history row
                existing.status = status
                existing.source = source
                existing.enrolled_at = now
                existing.withdrawn_at = None
                existing.completed_at = None
                existing.save()
                enrollment = existing
            else:
                enrollment = Enrollment.objects.create(
                    user=user, cohort=cohort, status=status, source=source, enrolled_at=now
                )
        if enrollment.status == Enrollment.Status.ACTIVE:
            enrollment_evaluate(enrollment=enrollment, now=now)
    return enrollment


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
