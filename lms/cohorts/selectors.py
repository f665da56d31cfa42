"""Reads of the roll-out for the learner dashboard and the trainer's roster, each in a fixed
number of queries whatever the number of enrolments."""

from dataclasses import dataclass

from django.db.models import Q

from lms.accounts.models import User

from .completion import EnrollmentProgress, cohorts_requirements, enrollments_progress
from .models import Cohort, Enrollment


@dataclass
class RosterRow:
    enrollment: Enrollment
    progress: EnrollmentProgress


ROSTER_STATUSES = [choice for choice, _label in Enrollment.Status.choices]


def cohort_roster(*, cohort: Cohort, status: str = "", query: str = "") -> list[RosterRow]:
    """Every learner of ``cohort`` with lessons done, quizzes passed and sessions attended."""
    rows = Enrollment.objects.filter(cohort=cohort).select_related("user")
    if status in ROSTER_STATUSES:
        rows = rows.filter(status=status)
    if query:
        rows = rows.filter(
            Q(user__email__icontains=query)
            | Q(user__first_name__icontains=query)
            | Q(user__last_name__icontains=query)
            | Q(user__organisation__icontains=query)
        )
    enrollments = list(rows.order_by("user__last_name", "user__first_name", "user__email"))
    for enrollment in enrollments:
        enrollment.cohort = cohort
    progress = enrollments_progress(enrollments, cohorts_requirements([cohort]))
    return [RosterRow(enrollment=e, progress=progress[e.pk]) for e in enrollments]


def learner_cohorts(*, user: User) -> list[RosterRow]:
    """The learner's current and past cohorts (not withdrawn) with their progress."""
    enrollments = list(
        Enrollment.objects.filter(user=user)
        .exclude(status=Enrollment.Status.WITHDRAWN)
        .select_related("cohort__course", "cohort__sector")
        .order_by("-enrolled_at")
    )
    progress = enrollments_progress(enrollments)
    return [RosterRow(enrollment=e, progress=progress[e.pk]) for e in enrollments]
