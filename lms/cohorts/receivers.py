"""Reactions of the roll-out to events of content and quizzes (connected in CohortsConfig.ready)."""

from assessments.selectors import sector_learner_check_register
from assessments.services import attempt_sector_resolver_register
from assessments.signals import attempt_graded as attempt_graded_signal
from courses.models import LessonPage, LessonQuiz
from courses.signals import lesson_completed as lesson_completed_signal

from .completion import enrollments_evaluate_for_user
from .models import Enrollment


def lesson_completed(sender, completion, **kwargs):
    enrollments_evaluate_for_user(user_id=completion.user_id)


def attempt_graded(sender, attempt, **kwargs):
    enrollments_evaluate_for_user(user_id=attempt.user_id)


def attempt_sector(*, user, quiz):
    """Attempts are taken in the sector of the learner's cohort that asks for the quiz."""
    enrollments = list(
        Enrollment.objects.filter(user=user)
        .exclude(status=Enrollment.Status.WITHDRAWN)
        .select_related("cohort__sector", "cohort__course")
        .order_by("-enrolled_at")
    )
    if not enrollments:
        return None
    lesson_keys = LessonQuiz.objects.filter(quiz=quiz).values_list("lesson_key", flat=True)
    paths = list(
        LessonPage.objects.filter(translation_key__in=lesson_keys).values_list("path", flat=True)
    )
    extra = set(
        Enrollment.objects.filter(
            pk__in=[e.pk for e in enrollments], cohort__extra_quizzes=quiz
        ).values_list("pk", flat=True)
    )
    for enrollment in enrollments:
        course_path = enrollment.cohort.course.path
        if enrollment.pk in extra or any(path.startswith(course_path) for path in paths):
            return enrollment.cohort.sector
    return enrollments[0].cohort.sector


def learner_in_sector(*, user, sector_id: int) -> bool:
    """A sector's own quizzes are open to its learners: an enrolment, not withdrawn, in one of
    its cohorts."""
    return (
        Enrollment.objects.filter(user=user, cohort__sector_id=sector_id)
        .exclude(status=Enrollment.Status.WITHDRAWN)
        .exists()
    )


def connect() -> None:
    lesson_completed_signal.connect(lesson_completed, dispatch_uid="cohorts_lesson_completed")
    attempt_graded_signal.connect(attempt_graded, dispatch_uid="cohorts_attempt_graded")
    attempt_sector_resolver_register(attempt_sector)
    sector_learner_check_register(learner_in_sector)
