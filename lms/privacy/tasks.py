"""Background work of the privacy app: the retention purge."""

from django_tasks import task

from .retention import answers_purge


@task()
def answers_purge_task() -> dict[str, int]:
    """The retention purge (lms/privacy/retention.py) for the task worker; a timer runs
    ``manage.py purge_old_answers`` daily, or enqueues this task."""
    result = answers_purge()
    return {
        "reflections_deleted": result.reflections_deleted,
        "essays_blanked": result.essays_blanked,
    }
