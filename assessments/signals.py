"""Events of the quiz engine. Content and roll-out listen; nothing here imports them."""

from django.dispatch import Signal

# Sent after commit with `attempt` when an attempt's result is final (graded).
attempt_graded = Signal()
