"""The attempt lifecycle on the server: start, autosave, submit once, deadlines, essays."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from assessments.models import (
    Attempt,
    Quiz,
    QuizPool,
    QuizQuestion,
    Response,
    SingleChoiceOption,
    TrueFalseQuestion,
)
from assessments.services import (
    AnswerError,
    AttemptClosed,
    AttemptError,
    NoAttemptsLeft,
    StaleSubmission,
    attempt_save,
    attempt_start,
    attempt_submit,
    attempts_close_overdue,
    quiz_result,
    response_grade,
)
from tests.factories import (
    EssayQuestionFactory,
    QuizFactory,
    SingleChoiceQuestionFactory,
    TrueFalseQuestionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz():
    choice = SingleChoiceQuestionFactory(
        title="Signaal",
        prompt="Wat bewijst één signaal?",
        points=2,
        options=[
            SingleChoiceOption(text="Niets op zich", is_correct=True),
            SingleChoiceOption(text="Radicalisering"),
        ],
    )
    statement = TrueFalseQuestionFactory(
        title="Waar", prompt="Luisteren helpt.", correct_answer=True
    )
    quiz = QuizFactory(
        title="Signalen",
        pass_mark=60,
        max_attempts=2,
        time_limit_minutes=20,
        grace_seconds=30,
        questions=[choice, statement],
    )
    quiz.choice, quiz.statement = choice, statement
    quiz.right = choice.options.get(is_correct=True).pk
    return quiz


def _answers(quiz, right=True):
    return {
        str(quiz.choice.pk): {"choice": quiz.right if right else None},
        str(quiz.statement.pk): {"value": right},
    }


def test_start_records_questions_and_deadline_and_resumes(learner, quiz):
    now = timezone.now()
    attempt = attempt_start(user=learner, quiz=quiz, now=now)
    assert attempt.question_ids == [quiz.choice.pk, quiz.statement.pk]
    assert attempt.deadline == now + timedelta(minutes=20)
    assert set(attempt.option_orders) == {str(quiz.choice.pk)}
    assert attempt_start(user=learner, quiz=quiz, now=now).pk == attempt.pk


def test_submit_grades_once_and_records_the_result(learner, quiz):
    attempt = attempt_start(user=learner, quiz=quiz)
    attempt = attempt_submit(attempt=attempt, user=learner, answers=_answers(quiz), sequence=0)
    assert (attempt.status, attempt.score, attempt.max_score, attempt.percent, attempt.passed) == (
        "graded",
        Decimal("3.00"),
        Decimal("3.00"),
        Decimal("100.00"),
        True,
    )
    with pytest.raises(AttemptClosed):
        attempt_submit(
            attempt=attempt,
            user=learner,
            answers=_answers(quiz, right=False),
            sequence=attempt.sequence,
        )
    attempt.refresh_from_db()
    assert attempt.score == Decimal("3.00")


def test_stale_or_duplicate_posts_are_refused(learner, quiz):
    attempt = attempt_start(user=learner, quiz=quiz)
    attempt_save(attempt=attempt, user=learner, answers=_answers(quiz), sequence=0)
    with pytest.raises(StaleSubmission):
        attempt_save(attempt=attempt, user=learner, answers=_answers(quiz, right=False), sequence=0)
    assert Response.objects.get(question=quiz.statement).answer == {"value": True}


def test_bad_answers_change_nothing(learner, quiz):
    attempt = attempt_start(user=learner, quiz=quiz)
    bad = {str(quiz.statement.pk): {"value": False}, str(quiz.choice.pk): {"choice": 999999}}
    with pytest.raises(AnswerError):
        attempt_save(attempt=attempt, user=learner, answers=bad, sequence=0)
    with pytest.raises(AnswerError):
        attempt_save(attempt=attempt, user=learner, answers={"424242": {"value": True}}, sequence=0)
    assert not Response.objects.exists()
    attempt.refresh_from_db()
    assert attempt.sequence == 0


def test_another_learners_attempt_is_refused(learner, quiz):
    attempt = attempt_start(user=learner, quiz=quiz)
    intruder = UserFactory()
    with pytest.raises(AttemptError, match=r"Deze poging bestaat niet\."):
        attempt_submit(attempt=attempt, user=intruder, answers=_answers(quiz), sequence=0)
    attempt.refresh_from_db()
    assert attempt.status == "in_progress"


def test_deadline_plus_grace_is_enforced_and_overdue_attempts_are_closed(learner, quiz):
    start = timezone.now() - timedelta(minutes=30)
    attempt = attempt_start(user=learner, quiz=quiz, now=start)
    attempt_save(
        attempt=attempt,
        user=learner,
        answers=_answers(quiz),
        sequence=0,
        now=start + timedelta(minutes=5),
    )
    within_grace = start + timedelta(minutes=20, seconds=20)
    late = start + timedelta(minutes=20, seconds=31)
    with pytest.raises(AttemptClosed):
        attempt_submit(attempt=attempt, user=learner, answers={}, sequence=1, now=late)
    assert attempts_close_overdue(now=late) == 1
    attempt.refresh_from_db()
    assert attempt.closed_automatically and attempt.score == Decimal("3.00")
    assert attempts_close_overdue(now=late) == 0
    assert within_grace < late


def test_max_attempts_and_grading_method(learner, quiz):
    first = attempt_start(user=learner, quiz=quiz)
    attempt_submit(attempt=first, user=learner, answers=_answers(quiz, right=False), sequence=0)
    second = attempt_start(user=learner, quiz=quiz)
    assert second.number == 2
    attempt_submit(attempt=second, user=learner, answers=_answers(quiz), sequence=0)
    with pytest.raises(NoAttemptsLeft):
        attempt_start(user=learner, quiz=quiz)
    assert quiz_result(user=learner, quiz=quiz) == Decimal("100.00")
    quiz.grading_method = Quiz.GradingMethod.FIRST
    assert quiz_result(user=learner, quiz=quiz) == Decimal("0.00")
    quiz.grading_method = Quiz.GradingMethod.AVERAGE
    assert quiz_result(user=learner, quiz=quiz) == Decimal("50.00")


def test_closed_quiz_cannot_be_started(learner, quiz):
    quiz.closes_at = timezone.now() - timedelta(minutes=1)
    quiz.save()
    with pytest.raises(AttemptClosed):
        attempt_start(user=learner, quiz=quiz)


def test_essays_wait_for_a_trainer_then_the_result_is_final(learner, quiz, trainer):
    essay = EssayQuestionFactory(title="Aanpak", prompt="Hoe begin je het gesprek?", points=4)
    quiz.quiz_questions.add(QuizQuestion(question=essay))
    quiz.save()
    attempt = attempt_start(user=learner, quiz=quiz)
    answers = {**_answers(quiz), str(essay.pk): {"text": "Ik vraag eerst wat hem bezighoudt."}}
    attempt = attempt_submit(attempt=attempt, user=learner, answers=answers, sequence=0)
    assert attempt.status == "needs_grading" and attempt.score is None
    response = Response.objects.get(attempt=attempt, question=essay)
    with pytest.raises(AttemptError, match="tussen 0 en 4"):
        response_grade(response=response, grader=trainer, score=Decimal(5))
    attempt = response_grade(
        response=response, grader=trainer, score=Decimal(2), feedback="Goed begin."
    )
    assert (attempt.status, attempt.score, attempt.percent, attempt.passed) == (
        "graded",
        Decimal("5.00"),
        Decimal("71.43"),
        True,
    )


def test_questions_are_drawn_from_tagged_pools(learner, quiz):
    for n in range(5):
        question = TrueFalseQuestion(title=f"Pool {n}", prompt="p", correct_answer=True)
        question.save()
        question.tags.add("online")
        question.save()
    quiz.pools.set([QuizPool(tag="online", count=3)])
    quiz.save()
    attempt = attempt_start(user=learner, quiz=quiz)
    assert len(attempt.question_ids) == 5
    assert len(set(attempt.question_ids)) == 5
    assert Attempt.objects.count() == 1


def test_starting_a_timed_attempt_queues_its_closing(
    learner, quiz, settings, django_capture_on_commit_callbacks
):
    # The dummy backend supports deferred tasks and keeps what was enqueued.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        attempt = attempt_start(user=learner, quiz=quiz)
    from django_tasks import task_backends

    queued = task_backends["default"].results
    assert len(queued) == 1
    assert queued[0].task.run_after == attempt.deadline + timedelta(seconds=31)


def test_close_overdue_command(learner, quiz):
    from io import StringIO

    from django.core.management import call_command

    start = timezone.now() - timedelta(hours=1)
    attempt_start(user=learner, quiz=quiz, now=start)
    out = StringIO()
    call_command("close_overdue_attempts", stdout=out)
    assert "Closed 1 overdue attempt(s)." in out.getvalue()


def test_passing_a_quiz_in_a_lesson_marks_the_lesson_done(
    learner, quiz, django_capture_on_commit_callbacks
):
    import json

    from courses.models import LessonCompletion, LessonPage
    from tests.factories import course_tree

    _course, lessons = course_tree(modules=1, lessons_per_module=2)
    lesson = lessons[1]
    lesson.body = json.dumps(
        [{"type": "quiz", "value": {"title": "Toets", "note": "", "quiz": quiz.pk}}]
    )
    lesson.save_revision().publish()
    html_lesson = LessonPage.objects.get(pk=lesson.pk)
    assert html_lesson.body[0].value["quiz"].pk == quiz.pk

    failed = attempt_start(user=learner, quiz=quiz)
    with django_capture_on_commit_callbacks(execute=True):
        attempt_submit(
            attempt=failed, user=learner, answers=_answers(quiz, right=False), sequence=0
        )
    assert not LessonCompletion.objects.filter(user=learner).exists()

    passed = attempt_start(user=learner, quiz=quiz)
    with django_capture_on_commit_callbacks(execute=True):
        attempt_submit(attempt=passed, user=learner, answers=_answers(quiz), sequence=0)
    assert list(
        LessonCompletion.objects.filter(user=learner).values_list("lesson_key", flat=True)
    ) == [lesson.translation_key]
