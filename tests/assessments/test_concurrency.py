"""The same attempt submitted 20 times at once is graded exactly once (PostgreSQL row locks)."""

import threading
from decimal import Decimal

import pytest
from django.db import connection

from assessments.models import Attempt, Response
from assessments.services import AttemptError, attempt_start, attempt_submit
from tests.factories import QuizFactory, TrueFalseQuestionFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
PARALLEL = 20


def test_parallel_submissions_are_graded_once():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL's row locks; SQLite serialises writers anyway")
    learner = UserFactory()
    question = TrueFalseQuestionFactory(title="W", prompt="Luisteren helpt.", correct_answer=True)
    quiz = QuizFactory(title="Parallel", questions=[question])
    attempt = attempt_start(user=learner, quiz=quiz)
    barrier = threading.Barrier(PARALLEL)
    outcomes: list[str] = []
    lock = threading.Lock()

    def submit():
        try:
            barrier.wait()
            attempt_submit(
                attempt=attempt,
                user=learner,
                answers={str(question.pk): {"value": True}},
                sequence=0,
            )
            outcome = "graded"
        except AttemptError as exc:
            outcome = type(exc).__name__
        finally:
            connection.close()
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=submit) for _ in range(PARALLEL)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert outcomes.count("graded") == 1, outcomes
    assert len(outcomes) == PARALLEL
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.GRADED
    assert attempt.score == Decimal("1.00")
    assert attempt.sequence == 1
    assert Response.objects.filter(attempt=attempt).count() == 1
