"""What the privacy export and erasure do with lesson progress and reflection answers
(lms/accounts/privacy_registry.py)."""

from django.utils.translation import gettext_lazy as _

from lms.accounts.privacy_registry import Erase, Rule, export_section_register, iso, rules_register

from .models import LessonCompletion, LessonPage, ReflectionAnswer


def _lesson_titles(keys, language: str) -> dict:
    """Lesson title per translation key, in the learner's language when translated."""
    titles: dict = {}
    rows = LessonPage.objects.filter(translation_key__in=set(keys)).values_list(
        "translation_key", "title", "locale__language_code"
    )
    for key, title, language_code in rows:
        if key not in titles or language_code == language:
            titles[key] = title
    return titles


def lesson_progress(user) -> list[dict]:
    rows = list(LessonCompletion.objects.filter(user=user).order_by("completed_at", "pk"))
    titles = _lesson_titles([c.lesson_key for c in rows], user.preferred_language)
    return [
        {
            "lesson": titles.get(c.lesson_key, ""),
            "lesson_key": str(c.lesson_key),
            "completed_at": iso(c.completed_at),
        }
        for c in rows
    ]


def reflections(user) -> list[dict]:
    rows = list(ReflectionAnswer.objects.filter(user=user).order_by("updated_at", "pk"))
    titles = _lesson_titles([a.lesson_key for a in rows], user.preferred_language)
    return [
        {
            "lesson": titles.get(a.lesson_key, ""),
            "lesson_key": str(a.lesson_key),
            "prompt": str(a.block_id),
            "answer": a.text,
            "updated_at": iso(a.updated_at),
        }
        for a in rows
    ]


def register() -> None:
    rules_register(
        Rule(
            "courses.LessonCompletion",
            "user",
            "lesson_progress",
            Erase.KEEP,
            "Progress figures count completed lessons.",
        ),
        Rule(
            "courses.ReflectionAnswer",
            "user",
            "reflections",
            Erase.DELETE,
            "Private answers of the learner; no figure uses them.",
        ),
    )
    export_section_register(
        "lesson_progress",
        lesson_progress,
        order=40,
        description=_("The lessons you completed and when."),
    )
    export_section_register(
        "reflections",
        reflections,
        order=50,
        description=_("Your private answers to reflection prompts."),
    )
