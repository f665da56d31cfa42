"""Reactions of the content app to events elsewhere (connected in CoursesConfig.ready)."""

from .models import LessonPage
from .services import lesson_quizzes_sync, lessons_complete_for_passed_quiz


def page_published(sender, instance, **kwargs):
    page = instance.specific
    if isinstance(page, LessonPage):
        lesson_quizzes_sync(lesson=page)


def attempt_graded(sender, attempt, **kwargs):
    if attempt.passed:
        lessons_complete_for_passed_quiz(user=attempt.user, quiz=attempt.quiz)
