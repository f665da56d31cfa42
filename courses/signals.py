"""Events of the content app. Roll-out listens to lesson_completed to recompute completion."""

from django.dispatch import Signal

# Sent after commit with `completion` (a LessonCompletion) when a lesson is first marked done.
lesson_completed = Signal()
