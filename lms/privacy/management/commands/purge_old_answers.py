from django.conf import settings
from django.core.management.base import BaseCommand

from lms.privacy.retention import answers_purge
from lms.privacy.tasks import answers_purge_task


class Command(BaseCommand):
    help = (
        "Delete reflection answers older than RETENTION_REFLECTION_DAYS and blank essay texts "
        "of graded attempts older than RETENTION_ESSAY_DAYS (scores stay). Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="Queue the work for the task worker instead of doing it now.",
        )

    def handle(self, *args, enqueue=False, **options):
        if enqueue:
            result = answers_purge_task.enqueue()
            self.stdout.write(f"Queued the retention purge ({result.id}).")
            return
        result = answers_purge()
        self.stdout.write(
            f"Deleted {result.reflections_deleted} reflection answer(s) older than "
            f"{settings.RETENTION_REFLECTION_DAYS} days; blanked {result.essays_blanked} essay "
            f"text(s) older than {settings.RETENTION_ESSAY_DAYS} days."
        )
