from django.core.management.base import BaseCommand

from assessments.services import attempts_close_overdue


class Command(BaseCommand):
    help = "Close and grade quiz attempts whose time limit and grace period have passed."

    def handle(self, *args, **options):
        closed = attempts_close_overdue()
        self.stdout.write(f"Closed {closed} overdue attempt(s).")
