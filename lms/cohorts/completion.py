"""Completion of an enrollment, decided here and nowhere else.

An enrollment is complete when every required lesson of the cohort's course is done, every
required quiz is passed (the quizzes embedded in required lessons and the cohort's extra sector
quizzes) and, when the cohort requires attendance, the learner was present at enough sessions.
It is recomputed at once on each event that can change it (lesson done, quiz graded, attendance
marked), never by a periodic job. The transition to complete happens once, under a row lock, and
is announced with ``enrollment_completed`` after commit.

Attendance is recorded by ``lms.scheduling``, which sits above this app: it answers through
``completion_requirement_register`` (filled in its AppConfig.ready), never through an import.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from assessments.selectors import quizzes_passed_by_user
from courses.models import LessonCompletion, LessonPage, LessonQuiz

from .models import Cohort, Enrollment
from .signals import enrollment_completed


@dataclass(frozen=True)
class Requirements:
    lesson_keys: frozenset[UUID]
    quiz_ids: frozenset[int]
    sessions: int  # sessions to attend; 0 when attendance is not required


# A requirement answered by a higher app. A provider gets a batch of enrollments whose cohorts
# ask for the requirement and returns, per enrollment pk, how
# much of it the learner has done; it answers for the whole batch in a fixed number of queries.
RequirementProvider = Callable[[Sequence[Enrollment]], Mapping[int, int]]

SESSIONS = "sessions"  # sessions attended, counted by lms.scheduling
REQUIREMENTS_PROVIDED = (SESSIONS,)
_requirement_providers: dict[str, RequirementProvider] = {}


def completion_requirement_register(requirement: str, provider: RequirementProvider) -> None:
    """Let a higher app answer ``requirement`` (one of ``REQUIREMENTS_PROVIDED``).

    Without a provider nothing counts as done, so a cohort that asks for it never completes.
    """
    if requirement not in REQUIREMENTS_PROVIDED:
        raise ValueError(f"Unknown completion requirement: {requirement!r}")
    _requirement_providers[requirement] = provider


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


def cohorts_requirements(cohorts: Iterable[Cohort]) -> dict[int, Requirements]:
    """What a learner of each cohort must do, for many cohorts in three queries."""
    cohorts = list(cohorts)
    if not cohorts:
        return {}
    # The courses come with their cohorts (select_related) wherever this runs on a list.
    course_paths = {cohort.course_id: cohort.course.path for cohort in cohorts}
    lessons = LessonPage.objects.live().filter(required=True)
    path_filter = None
    for path in course_paths.values():
        condition = Q(path__startswith=path)
        path_filter = condition if path_filter is None else path_filter | condition
    rows = list(lessons.filter(path_filter).values_list("path", "translation_key"))
    keys_by_course: dict[int, set[UUID]] = {course_id: set() for course_id in course_paths}
    for path, key in rows:
        for course_id, course_path in course_paths.items():
            if path.startswith(course_path):
                keys_by_course[course_id].add(key)
    all_keys = {key for keys in keys_by_course.values() for key in keys}
    quizzes_by_key: dict[UUID, set[int]] = defaultdict(set)
    for key, quiz_id in LessonQuiz.objects.filter(lesson_key__in=all_keys).values_list(
        "lesson_key", "quiz_id"
    ):
        quizzes_by_key[key].add(quiz_id)
    extra: dict[int, set[int]] = defaultdict(set)
    through = Cohort.extra_quizzes.through
    for cohort_id, quiz_id in through.objects.filter(
        cohort_id__in=[c.pk for c in cohorts]
    ).values_list("cohort_id", "quiz_id"):
        extra[cohort_id].add(quiz_id)
    result: dict[int, Requirements] = {}
    for cohort in cohorts:
        keys = keys_by_course.get(cohort.course_id, set())
        quiz_ids = set(extra[cohort.pk])
        for key in keys:
            quiz_ids |= quizzes_by_key[key]
        result[cohort.pk] = Requirements(
            lesson_keys=frozenset(keys),
            quiz_ids=frozenset(quiz_ids),
            sessions=cohort.sessions_required if cohort.attendance_required else 0,
        )
    return result


def cohort_requirements(cohort: Cohort) -> Requirements:
    return cohorts_requirements([cohort])[cohort.pk]


def enrollments_progress(
    enrollments: Iterable[Enrollment], requirements: dict[int, Requirements] | None = None
) -> dict[int, EnrollmentProgress]:
    """Progress of many enrollments (any learners, any cohorts) in a fixed number of queries."""
    enrollments = list(enrollments)
    if not enrollments:
        return {}
    if requirements is None:
        cohorts = {e.cohort_id: e.cohort for e in enrollments}
        requirements = cohorts_requirements(cohorts.values())
    user_ids = {e.user_id for e in enrollments}
    all_keys = {k for r in requirements.values() for k in r.lesson_keys}
    all_quizzes = {q for r in requirements.values() for q in r.quiz_ids}
    done: dict[int, set[UUID]] = defaultdict(set)
    if all_keys:
        for user_id, key in LessonCompletion.objects.filter(
            user_id__in=user_ids, lesson_key__in=all_keys
        ).values_list("user_id", "lesson_key"):
            done[user_id].add(key)
    passed = quizzes_passed_by_user(user_ids=user_ids, quiz_ids=all_quizzes)
    attended: Mapping[int, int] = {}
    attending = [e for e in enrollments if requirements[e.cohort_id].sessions]
    count_sessions = _requirement_providers.get(SESSIONS)
    if attending and count_sessions is not None:
        attended = count_sessions(attending)
    result: dict[int, EnrollmentProgress] = {}
    for enrollment in enrollments:
        req = requirements[enrollment.cohort_id]
        result[enrollment.pk] = EnrollmentProgress(
            lessons_done=len(done[enrollment.user_id] & req.lesson_keys),
            lessons_total=len(req.lesson_keys),
            quizzes_passed=len(passed.get(enrollment.user_id, set()) & req.quiz_ids),
            quizzes_total=len(req.quiz_ids),
            sessions_attended=attended.get(enrollment.pk, 0),
            sessions_required=req.sessions,
        )
    return result


def enrollment_progress(enrollment: Enrollment) -> EnrollmentProgress:
    return enrollments_progress([enrollment])[enrollment.pk]


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
            lambda: enrollment_completed.send(sender=Enrollment, enrollment=locked), robust=True
        )
    enrollment.status, enrollment.completed_at = locked.status, locked.completed_at
    return True


def enrollments_evaluate_for_user(*, user_id: int) -> int:
    """Recompute every active enrollment of a learner; returns how many became complete."""
    completed = 0
    for enrollment in Enrollment.objects.filter(user_id=user_id, status=Enrollment.Status.ACTIVE):
        completed += enrollment_evaluate(enrollment=enrollment)
    return completed
