"""Background work of the quiz engine: closing attempts whose time has run out."""

from datetime import timedelta

from django.db import transaction
from django_tasks import task


@task()
def attempts_close_overdue_task() -> int:
    # Cycle: services imports schedule_close from here to enqueue this task.
    from .services import attempts_close_overdue  # noqa: PLC0415 - cycle with services

    return attempts_close_overdue()


def schedule_close(attempt) -> None:
    """Ask the queue to close ``attempt`` just after its deadline and grace period.

    Backends that cannot defer (the immediate one used in development and tests) skip this;
    `manage.py close_overdue_attempts` does the same work on demand or from a timer."""
    if attempt.deadline is None:
        return
    if not attempts_close_overdue_task.get_backend().supports_defer:
        return
    run_after = attempt.deadline + timedelta(seconds=attempt.quiz.grace_seconds + 1)
    transaction.on_commit(lambda: attempts_close_overdue_task.using(run_after=run_after).enqueue())
