"""Completion is decided in one place and recomputed at once on every event that can change it."""

import pytest
from django.utils import timezone

from assessments.services import attempt_start, attempt_submit
from courses.services import lesson_complete
from lms.cohorts.completion import enrollment_evaluate, enrollment_progress
from lms.cohorts.services import enrollment_create
from lms.cohorts.signals import enrollment_completed
from tests.factories import (
    AttendanceFactory,
    CohortFactory,
    EnrollmentFactory,
    QuizFactory,
    RegistrationFactory,
    TrueFalseQuestionFactory,
)


@pytest.fixture
def announced():
    received = []

    def receiver(sender, enrollment, **kwargs):
        received.append(enrollment.pk)

    enrollment_completed.connect(receiver)
    yield received
    enrollment_completed.disconnect(receiver)


def _quiz(title="Extra"):
    question = TrueFalseQuestionFactory(title=title, prompt="Luisteren helpt.", correct_answer=True)
    quiz = QuizFactory(title=title, pass_mark=100, questions=[question])
    quiz.question = question
    return quiz


def _take(quiz, user, right=True):
    attempt = attempt_start(user=user, quiz=quiz)
    return attempt_submit(
        attempt=attempt, user=user, answers={str(quiz.question.pk): {"value": right}}, sequence=0
    )


def test_lessons_and_extra_quiz_complete_the_enrollment_at_once(
    cohort, course, learner, announced, django_capture_on_commit_callbacks
):
    _course, lessons = course
    quiz = _quiz()
    cohort.extra_quizzes.add(quiz)
    enrollment = enrollment_create(user=learner, cohort=cohort, source="staff")
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons:
            lesson_complete(user=learner, lesson=lesson)
    enrollment.refresh_from_db()
    assert enrollment.status == "active"
    progress = enrollment_progress(enrollment)
    assert (progress.lessons_done, progress.lessons_total) == (2, 2)
    assert (progress.quizzes_passed, progress.quizzes_total) == (0, 1)
    with django_capture_on_commit_callbacks(execute=True):
        _take(quiz, learner, right=False)
    enrollment.refresh_from_db()
    assert enrollment.status == "active"
    with django_capture_on_commit_callbacks(execute=True):
        _take(quiz, learner, right=True)
    enrollment.refresh_from_db()
    assert enrollment.status == "completed" and enrollment.completed_at
    assert announced == [enrollment.pk]


def test_optional_lessons_do_not_count(cohort, course, learner):
    _course, lessons = course
    lessons[1].required = False
    lessons[1].save_revision().publish()
    enrollment = enrollment_create(user=learner, cohort=cohort, source="staff")
    assert enrollment_progress(enrollment).lessons_total == 1


def test_completion_fires_once_even_when_evaluated_twice(
    cohort, course, learner, announced, django_capture_on_commit_callbacks
):
    _course, lessons = course
    for lesson in lessons:
        lesson_complete(user=learner, lesson=lesson)
    with django_capture_on_commit_callbacks(execute=True):
        enrollment = enrollment_create(user=learner, cohort=cohort, source="code")
        assert enrollment_evaluate(enrollment=enrollment)
        assert enrollment_evaluate(enrollment=enrollment)
    enrollment.refresh_from_db()
    assert enrollment.status == "completed"
    assert announced == [enrollment.pk]


def test_withdrawn_and_invited_enrollments_do_not_complete(cohort, course, learner):
    _course, lessons = course
    for lesson in lessons:
        lesson_complete(user=learner, lesson=lesson)
    enrollment = EnrollmentFactory(
        user=learner,
        cohort=cohort,
        status="invited",
        source="invitation",
        enrolled_at=timezone.now(),
    )
    assert enrollment_evaluate(enrollment=enrollment) is False
    enrollment.refresh_from_db()
    assert enrollment.status == "invited"


def test_completion_waits_for_attendance_when_the_cohort_requires_it(cohort, course, learner):
    from datetime import timedelta

    from lms.scheduling.models import TrainingSession

    cohort.attendance_required = True
    cohort.save()
    _course, lessons = course
    enrollment = enrollment_create(user=learner, cohort=cohort, source="staff")
    for lesson in lessons:
        lesson_complete(user=learner, lesson=lesson)
    enrollment.refresh_from_db()
    assert enrollment.status == "active"
    start = timezone.now() - timedelta(hours=3)
    session = TrainingSession.objects.create(
        cohort=cohort,
        title="Dag 1",
        starts_at=start,
        ends_at=start + timedelta(hours=2),
        location="Gent",
    )
    registration = RegistrationFactory(
        session=session, user=learner, status="registered", queued_at=start
    )
    AttendanceFactory(registration=registration, status="present", marked_at=timezone.now())
    assert enrollment_evaluate(enrollment=enrollment)


def test_one_learner_in_two_cohorts_completes_each_on_its_own(
    sector, course, learner, django_capture_on_commit_callbacks
):
    first = CohortFactory(sector=sector, course=course[0], name="A", enrolment_code="AAAAAA")
    second = CohortFactory(sector=sector, name="B", enrolment_code="BBBBBB")
    e1 = enrollment_create(user=learner, cohort=first, source="staff")
    e2 = enrollment_create(user=learner, cohort=second, source="staff")
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in course[1]:
            lesson_complete(user=learner, lesson=lesson)
    e1.refresh_from_db()
    e2.refresh_from_db()
    assert (e1.status, e2.status) == ("completed", "active")
