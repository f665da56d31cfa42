"""Retention: learners' free-text answers are kept only as long as they are useful.

Reflection answers not changed for ``RETENTION_REFLECTION_DAYS`` are deleted. Essay texts of
graded attempts submitted more than ``RETENTION_ESSAY_DAYS`` ago are blanked; the score, the
attempt and the trainer's grading stay, so pass rates do not change. Run daily by a timer
(``manage.py purge_old_answers``) or through ``answers_purge_task``.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.utils import timezone


@dataclass(frozen=True)
class PurgeResult:
    reflections_deleted: int
    essays_blanked: int


def answers_purge(*, now: datetime | None = None) -> PurgeResult:
    """Delete old reflection answers and blank old essay texts of graded attempts."""
    now = now or timezone.now()
    reflection = apps.get_model("courses", "ReflectionAnswer")
    response = apps.get_model("assessments", "Response")
    attempt = apps.get_model("assessments", "Attempt")
    essay = apps.get_model("assessments", "EssayQuestion")
    reflection_cutoff = now - timedelta(days=settings.RETENTION_REFLECTION_DAYS)
    essay_cutoff = now - timedelta(days=settings.RETENTION_ESSAY_DAYS)
    with transaction.atomic():
        deleted, _counts = reflection.objects.filter(updated_at__lt=reflection_cutoff).delete()
        blanked = (
            response.objects.filter(
                question_id__in=essay.objects.values("pk"),
                attempt__status=attempt.Status.GRADED,
                attempt__submitted_at__lt=essay_cutoff,
            )
            .filter(answer__has_key="text")
            .exclude(answer__text="")
            .update(answer={"text": ""})
        )
    return PurgeResult(reflections_deleted=deleted, essays_blanked=blanked)
