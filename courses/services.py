"""Writes of learner state on content: lesson completion and private reflection answers."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from assessments.models import Quiz
from lms.accounts.models import User
from lms.errors import NotFound

from .locales import default_locale
from .models import LessonCompletion, LessonPage, LessonQuiz, ReflectionAnswer
from .signals import lesson_completed


class LessonNotAvailable(NotFound, ValueError):
    """The lesson is not published, so it cannot be completed."""


def lesson_complete(*, user: User, lesson: LessonPage) -> tuple[LessonCompletion, bool]:
    """Mark ``lesson`` done for ``user``; idempotent. Returns (completion, created)."""
    if not lesson.live:
        raise LessonNotAvailable(lesson.pk)
    existing = LessonCompletion.objects.filter(user=user, lesson_key=lesson.translation_key).first()
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            completion = LessonCompletion.objects.create(
                user=user,
                lesson_key=lesson.translation_key,
                lesson=lesson,
                completed_at=timezone.now(),
            )
    except IntegrityError:
        # A double click raced us: the other request recorded it; report that one.
        return LessonCompletion.objects.get(user=user, lesson_key=lesson.translation_key), False
    transaction.on_commit(lambda: _announce_completion(completion), robust=True)
    return completion, True


def _announce_completion(completion: LessonCompletion) -> None:
    lesson_completed.send(sender=LessonCompletion, completion=completion)


def lesson_uncomplete(*, user: User, lesson: LessonPage) -> None:
    LessonCompletion.objects.filter(user=user, lesson_key=lesson.translation_key).delete()


def reflection_save(
    *, user: User, lesson: LessonPage, block_id: str, text: str
) -> ReflectionAnswer | None:
    """Save the learner's private answer; an empty text deletes it."""
    text = (text or "").strip()
    lookup = {"user": user, "lesson_key": lesson.translation_key, "block_id": block_id}
    if not text:
        ReflectionAnswer.objects.filter(**lookup).delete()
        return None
    answer, _ = ReflectionAnswer.objects.update_or_create(**lookup, defaults={"text": text[:5000]})
    return answer


def lesson_quizzes_sync(*, lesson: LessonPage) -> None:
    """Record the quizzes that the published ``lesson`` embeds."""
    quiz_ids = {
        block.value["quiz"].pk
        for block in lesson.body
        if block.block_type == "quiz" and block.value.get("quiz") is not None
    }
    with transaction.atomic():
        LessonQuiz.objects.filter(lesson_key=lesson.translation_key).exclude(
            quiz_id__in=quiz_ids
        ).delete()
        for quiz_id in quiz_ids:
            LessonQuiz.objects.get_or_create(lesson_key=lesson.translation_key, quiz_id=quiz_id)


def lessons_complete_for_passed_quiz(*, user: User, quiz: Quiz) -> int:
    """Mark done every live lesson that embeds ``quiz``; returns how many were newly done."""
    keys = LessonQuiz.objects.filter(quiz=quiz).values_list("lesson_key", flat=True)
    lessons = LessonPage.objects.live().filter(
        translation_key__in=list(keys), locale=default_locale()
    )
    return sum(1 for lesson in lessons if lesson_complete(user=user, lesson=lesson)[1])
