from django.core.management.base import BaseCommand

from certificates.services import certificates_expiry_remind


class Command(BaseCommand):
    help = (
        "Email learners whose certificate expires within CERTIFICATE_EXPIRY_REMINDER_DAYS days "
        "(once per certificate). Run it daily from a timer."
    )

    def handle(self, *args, **options):
        reminded = certificates_expiry_remind()
        self.stdout.write(f"Sent {reminded} certificate expiry reminder(s).")
