from django.core.management.base import BaseCommand

from lms.scheduling.services import reminders_send
from lms.scheduling.tasks import session_reminders_send_task


class Command(BaseCommand):
    help = (
        "Email registered learners of every session starting within 48 hours (once per "
        "session). Run it from a timer, e.g. every 15 minutes."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="Queue the work for the task worker instead of doing it now.",
        )

    def handle(self, *args, enqueue=False, **options):
        if enqueue:
            result = session_reminders_send_task.enqueue()
            self.stdout.write(f"Queued session reminders ({result.id}).")
            return
        sessions = reminders_send()
        self.stdout.write(f"Sent reminders for {sessions} session(s).")
