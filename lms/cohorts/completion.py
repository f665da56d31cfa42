"""Completion of an enrollment, decided here and nowhere else.

An enrollment is complete when every required lesson of the cohort's course is done, every
required quiz is passed (the quizzes embedded in required lessons and the cohort's extra sector
quizzes) and, when the cohort requires attendance, the learner was present at enough sessions.
It is recomputed at once on each event that can change it (lesson done, quiz graded, attendance
marked), never by a periodic job. The transition to complete happens once, under a row lock, and
is announced with ``enrollment_completed`` after commit.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from .models import Cohort, Enrollment
from .signals import enrollment_completed


@dataclass(frozen=True)
class Requirements:
    lesson_keys: frozenset
    quiz_ids: frozenset
    sessions: int  # sessions to attend; 0 when attendance is not required


@dataclass
class EnrollmentProgress:
    lessons_done: int
    lessons_total: int
    quizzes_passed: int
    quizzes_total: int
    sessions_attended: int
    sessions_required: int

    @property
    def complete(self) -> bool:
        return (
            self.lessons_done >= self.lessons_total
            and self.quizzes_passed >= self.quizzes_total
            and self.sessions_attended >= self.sessions_required
        )

    @property
    def percent(self) -> int:
        parts = self.lessons_total + self.quizzes_total + self.sessions_required
        if not parts:
            return 100
        done = (
            min(self.lessons_done, self.lessons_total)
            + min(self.quizzes_passed, self.quizzes_total)
            + min(self.sessions_attended, self.sessions_required)
        )
        return round(100 * done / parts)


def cohort_requirements(cohort: Cohort) -> Requirements:
    """What a learner of ``cohort`` must do; three queries."""
    from courses.models import LessonPage, LessonQuiz

    lesson_keys = frozenset(
        LessonPage.objects.live()
        .descendant_of(cohort.course)
        .filter(required=True)
        .values_list("translation_key", flat=True)
    )
    quiz_ids = set(
        LessonQuiz.objects.filter(lesson_key__in=lesson_keys).values_list("quiz_id", flat=True)
    )
    quiz_ids |= set(cohort.extra_quizzes.values_list("pk", flat=True))
    return Requirements(
        lesson_keys=lesson_keys,
        quiz_ids=frozenset(quiz_ids),
        sessions=cohort.sessions_required if cohort.attendance_required else 0,
    )


def enrollment_progress(
    enrollment: Enrollment, requirements: Requirements | None = None
) -> EnrollmentProgress:
    from assessments.selectors import quizzes_passed
    from courses.models import LessonCompletion
    from lms.scheduling.models import Attendance

    requirements = requirements or cohort_requirements(enrollment.cohort)
    user = enrollment.user_id
    lessons_done = LessonCompletion.objects.filter(
        user_id=user, lesson_key__in=requirements.lesson_keys
    ).count()
    passed = quizzes_passed(user_id=user, quiz_ids=requirements.quiz_ids)
    attended = 0
    if requirements.sessions:
        attended = Attendance.objects.filter(
            registration__user_id=user,
            registration__session__cohort_id=enrollment.cohort_id,
            registration__session__cancelled_at__isnull=True,
            status=Attendance.Status.PRESENT,
        ).count()
    return EnrollmentProgress(
        lessons_done=lessons_done,
        lessons_total=len(requirements.lesson_keys),
        quizzes_passed=len(passed),
        quizzes_total=len(requirements.quiz_ids),
        sessions_attended=attended,
        sessions_required=requirements.sessions,
    )


def enrollment_evaluate(*, enrollment: Enrollment, now: datetime | None = None) -> bool:
    """Recompute one enrollment; mark it complete (once) when it is. Returns whether it is."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = (
            Enrollment.objects.select_for_update()
            .select_related("cohort__course")
            .get(pk=enrollment.pk)
        )
        if locked.status == Enrollment.Status.COMPLETED:
            return True
        if locked.status != Enrollment.Status.ACTIVE:
            return False
        if not enrollment_progress(locked).complete:
            return False
        locked.status = Enrollment.Status.COMPLETED
        locked.completed_at = now
        locked.save(update_fields=["status", "completed_at"])
        transaction.on_commit(
            lambda: enrollment_completed.send(sender=Enrollment, enrollment=locked)
        )
    enrollment.status, enrollment.completed_at = locked.status, locked.completed_at
    return True


def enrollments_evaluate_for_user(*, user_id: int) -> int:
    """Recompute every active enrollment of a learner; returns how many became complete."""
    completed = 0
    for enrollment in Enrollment.objects.filter(user_id=user_id, status=Enrollment.Status.ACTIVE):
        completed += enrollment_evaluate(enrollment=enrollment)
    return completed
