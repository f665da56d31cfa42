"""Reads of scheduling written once, with a query count that does not grow with the data."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, TypedDict

from django.db.models import (
    CharField,
    Count,
    IntegerField,
    Model,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from lms.accounts.models import User
from lms.cohorts.models import Enrollment

from .models import Attendance, Registration, TrainingSession

if TYPE_CHECKING:
    # Typing only: django-stubs' helper for rows that carry annotations.
    from django_stubs_ext import WithAnnotations

PARTICIPATING = (Enrollment.Status.ACTIVE, Enrollment.Status.COMPLETED)


class CohortIdRow(TypedDict):
    cohort_id: int


class RegisteredCount(TypedDict):
    registered_count: int


class LearnerStatus(TypedDict):
    """The learner's own registration, annotated on each session of ``sessions_for_learner``."""

    registered_count: int
    my_status: str | None
    my_registration_id: int | None


class LearnerPlace(LearnerStatus):
    my_position: int  # place in the waitlist


class AttendanceMark(TypedDict):
    mark: str  # the attendance status, "" when not marked yet


if TYPE_CHECKING:
    SessionWithCount = WithAnnotations[TrainingSession, RegisteredCount]
    LearnerSession = WithAnnotations[TrainingSession, LearnerStatus]
    LearnerSessionRow = WithAnnotations[TrainingSession, LearnerPlace]
    MarkedRegistration = WithAnnotations[Registration, AttendanceMark]


def _count(queryset: "QuerySet[Model]") -> Coalesce:
    """A correlated COUNT over ``queryset`` (already filtered on the outer session)."""
    counted = queryset.order_by().values("session").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def with_registered_count(
    queryset: QuerySet[TrainingSession],
) -> "QuerySet[SessionWithCount]":
    return queryset.annotate(
        registered_count=_count(
            Registration.objects.filter(
                session=OuterRef("pk"), status=Registration.Status.REGISTERED
            )
        )
    )


def participating_cohort_ids(user: User) -> QuerySet[Enrollment, CohortIdRow]:
    return Enrollment.objects.filter(user=user, status__in=PARTICIPATING).values("cohort_id")


def sessions_for_learner(
    *, user: User, now: datetime | None = None
) -> "QuerySet[LearnerSessionRow]":
    """Sessions of the learner's cohorts that have not ended, with the learner's own status.

    Each row carries ``registered_count``, ``my_status``, ``my_registration_id`` and
    ``my_position`` (place in the waitlist). Cancelled sessions are listed only to learners
    who were registered or waiting for them. One query.
    """
    now = now or timezone.now()
    mine = Registration.objects.filter(session=OuterRef("pk"), user=user)
    ahead = Registration.objects.filter(
        session=OuterRef("pk"), status=Registration.Status.WAITLISTED
    ).filter(
        Q(queued_at__lt=OuterRef("my_queued_at"))
        | Q(queued_at=OuterRef("my_queued_at"), pk__lte=OuterRef("my_registration_id"))
    )
    active = (Registration.Status.REGISTERED, Registration.Status.WAITLISTED)
    return (
        with_registered_count(
            TrainingSession.objects.filter(
                cohort_id__in=participating_cohort_ids(user), ends_at__gt=now
            )
        )
        .select_related("cohort")
        .annotate(
            my_status=Subquery(mine.values("status")[:1]),
            my_registration_id=Subquery(mine.values("pk")[:1]),
            my_queued_at=Subquery(mine.values("queued_at")[:1]),
        )
        .annotate(my_position=_count(ahead))
        .filter(Q(cancelled_at__isnull=True) | Q(my_status__in=active))
        .order_by("starts_at", "pk")
    )


def session_for_learner(*, user: User, session_id: int) -> "LearnerSession | None":
    """One session of the learner's cohorts (ended ones included), annotated like the list."""
    mine = Registration.objects.filter(session=OuterRef("pk"), user=user)
    return (
        with_registered_count(
            TrainingSession.objects.filter(
                pk=session_id, cohort_id__in=participating_cohort_ids(user)
            )
        )
        .select_related("cohort")
        .annotate(
            my_status=Subquery(mine.values("status")[:1]),
            my_registration_id=Subquery(mine.values("pk")[:1]),
        )
        .first()
    )


@dataclass
class Roster:
    registered: "list[MarkedRegistration]"
    waitlist: "list[MarkedRegistration]"

    @property
    def present(self) -> int:
        return sum(1 for r in self.registered if r.mark == "present")

    @property
    def unmarked(self) -> int:
        return sum(1 for r in self.registered if not r.mark)


def session_roster(*, session: TrainingSession) -> Roster:
    """Registered learners (with their attendance) and the waitlist, in line order. One query."""
    registrations = (
        Registration.objects.filter(
            session=session,
            status__in=(Registration.Status.REGISTERED, Registration.Status.WAITLISTED),
        )
        .select_related("user")
        .annotate(mark=Coalesce("attendance__status", Value(""), output_field=CharField()))
        .order_by("queued_at", "pk")
    )
    registered: list[MarkedRegistration] = []
    waitlist: list[MarkedRegistration] = []
    for registration in registrations:
        if registration.status == Registration.Status.REGISTERED:
            registered.append(registration)
        else:
            waitlist.append(registration)
    registered.sort(key=lambda r: (r.user.last_name.lower(), r.user.first_name.lower(), r.pk))
    return Roster(registered=registered, waitlist=waitlist)


def sessions_attended_by_enrollment(enrollments: Sequence[Enrollment]) -> dict[int, int]:
    """Per enrollment pk: sessions of its cohort (not cancelled) the learner attended. One query.

    The attendance requirement of ``lms.cohorts.completion`` (registered in SchedulingConfig).
    """
    if not enrollments:
        return {}
    rows = (
        Attendance.objects.filter(
            registration__user_id__in={e.user_id for e in enrollments},
            registration__session__cohort_id__in={e.cohort_id for e in enrollments},
            registration__session__cancelled_at__isnull=True,
            status=Attendance.Status.PRESENT,
        )
        .values_list("registration__user_id", "registration__session__cohort_id")
        .annotate(n=Count("pk"))
    )
    attended = {(user_id, cohort_id): n for user_id, cohort_id, n in rows}
    return {e.pk: attended.get((e.user_id, e.cohort_id), 0) for e in enrollments}
