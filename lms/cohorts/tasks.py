"""Background work of the roll-out: committing a checked enrolment import."""

from django.db import transaction
from django_tasks import task

from .imports.lifecycle import enrollment_import_run


@task()
def enrollment_import_task(import_id: int) -> str:
    return enrollment_import_run(import_id=import_id)


def enrollment_import_enqueue(enrollment_import) -> None:
    """Queue the commit once the confirming transaction holds (the worker must see it queued)."""
    import_id = enrollment_import.pk
    transaction.on_commit(lambda: enrollment_import_task.enqueue(import_id))
