"""Retention: reflection answers and essay texts older than the configured periods are purged by
a task and a command; scores and recent answers stay."""

import datetime
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.utils import timezone

from assessments.models import Attempt, EssayQuestion, Quiz, Response, ShortAnswerQuestion
from courses.models import ReflectionAnswer
from lms.privacy.retention import answers_purge
from lms.privacy.tasks import answers_purge_task
from tests.factories import UserFactory


def reflection(user, *, age_days: int) -> ReflectionAnswer:
    import uuid

    answer = ReflectionAnswer.objects.create(
        user=user, lesson_key=uuid.uuid4(), text=f"Antwoord van {age_days} dagen oud"
    )
    # updated_at is auto_now: set the age with an update.
    ReflectionAnswer.objects.filter(pk=answer.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=age_days)
    )
    return answer


def essay_attempt(user, quiz, essay, short, *, number: int, age_days: int, status) -> Attempt:
    submitted = timezone.now() - datetime.timedelta(days=age_days)
    attempt = Attempt.objects.create(
        user=user,
        quiz=quiz,
        number=number,
        status=status,
        started_at=submitted,
        submitted_at=submitted,
        score=Decimal("2"),
        max_score=Decimal("2"),
        percent=Decimal("100"),
        passed=True,
    )
    Response.objects.create(
        attempt=attempt, question=essay, answer={"text": f"Essay {number}"}, score=Decimal("1")
    )
    Response.objects.create(
        attempt=attempt, question=short, answer={"text": "luisteren"}, score=Decimal("1")
    )
    return attempt


@pytest.fixture
def answers(learner, settings):
    settings.RETENTION_REFLECTION_DAYS = 365
    settings.RETENTION_ESSAY_DAYS = 180
    other = UserFactory()
    quiz = Quiz.objects.create(title="Gesprekstoets")
    essay = EssayQuestion.objects.create(title="Essay", prompt="Hoe begin je?")
    short = ShortAnswerQuestion.objects.create(title="Kort", prompt="Eén woord?")
    graded, waiting = Attempt.Status.GRADED, Attempt.Status.NEEDS_GRADING
    return {
        "old_reflection": reflection(learner, age_days=400),
        "other_old_reflection": reflection(other, age_days=366),
        "new_reflection": reflection(learner, age_days=300),
        "old_graded": essay_attempt(
            learner, quiz, essay, short, number=1, age_days=200, status=graded
        ),
        "old_ungraded": essay_attempt(
            learner, quiz, essay, short, number=2, age_days=200, status=waiting
        ),
        "new_graded": essay_attempt(
            learner, quiz, essay, short, number=3, age_days=100, status=graded
        ),
        "essay": essay,
    }


def essay_text(attempt, essay) -> str:
    return Response.objects.get(attempt=attempt, question=essay).answer["text"]


def test_purge_deletes_old_reflections_and_blanks_old_graded_essays(answers):
    result = answers_purge()
    assert (result.reflections_deleted, result.essays_blanked) == (2, 1)
    assert list(ReflectionAnswer.objects.values_list("pk", flat=True)) == [
        answers["new_reflection"].pk
    ]
    essay = answers["essay"]
    assert essay_text(answers["old_graded"], essay) == ""
    # Not yet graded: the trainer still needs the text. Recent: within the period.
    assert essay_text(answers["old_ungraded"], essay) == "Essay 2"
    assert essay_text(answers["new_graded"], essay) == "Essay 3"
    # Scores and other answers stay.
    old = answers["old_graded"]
    old.refresh_from_db()
    assert old.score == Decimal("2") and old.passed is True
    assert Response.objects.get(attempt=old, question__title="Kort").answer == {"text": "luisteren"}
    assert Response.objects.get(attempt=old, question=essay).score == Decimal("1")
    # A second run has nothing left to do.
    again = answers_purge()
    assert (again.reflections_deleted, again.essays_blanked) == (0, 0)


def test_the_task_and_the_command_run_the_same_purge(answers, capsys):
    result = answers_purge_task.enqueue()
    assert result.return_value == {"reflections_deleted": 2, "essays_blanked": 1}
    reflection(answers["old_graded"].user, age_days=500)
    call_command("purge_old_answers")
    assert "Deleted 1 reflection answer(s) older than 365 days" in capsys.readouterr().out
    assert ReflectionAnswer.objects.count() == 1


def test_the_periods_come_from_the_settings(answers, settings):
    settings.RETENTION_REFLECTION_DAYS = 1000
    settings.RETENTION_ESSAY_DAYS = 1000
    assert answers_purge().reflections_deleted == 0
    assert ReflectionAnswer.objects.count() == 3
