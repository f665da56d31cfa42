"""Events of the roll-out. Certificates listen to enrollment_completed (connected in their
AppConfig); nothing else triggers automatic issuance."""

from django.dispatch import Signal

# Sent once, after commit, with `enrollment` when an enrollment becomes complete.
enrollment_completed = Signal()
