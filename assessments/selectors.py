"""Reads of the quiz engine: item analysis over a set of graded attempts."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from math import sqrt

from django.db.models import Q

from lms.sectors.permissions import is_platform_admin, staff_sector_ids

from .models import Attempt, Question, Response


def questions_visible_to(user, *, unrestricted_groups: tuple[str, ...] = ()):
    """The question bank as ``user`` may use it: everything for the content team and platform
    administrators, otherwise the shared questions and those of the user's own sectors."""
    queryset = Question.objects.all()
    if is_platform_admin(user) or user.groups.filter(name__in=unrestricted_groups).exists():
        return queryset
    return queryset.filter(
        Q(owning_sector__isnull=True) | Q(owning_sector__in=staff_sector_ids(user))
    )


@dataclass
class ItemStats:
    question: Question
    answered: int = 0
    facility: float | None = None  # mean score as a share of the points (0..1)
    discrimination: float | None = None  # correlation of the item with the rest of the quiz
    distribution: Counter = field(default_factory=Counter)  # option id -> times chosen


def _pearson(xs: list[float], ys: list[float]) -> float | None:
    n = len(xs)
    if n < 3:
        return None
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    cov = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    var_x = sum((x - mean_x) ** 2 for x in xs)
    var_y = sum((y - mean_y) ** 2 for y in ys)
    if var_x == 0 or var_y == 0:
        return None
    return cov / sqrt(var_x * var_y)


def _chosen(answer: dict) -> list:
    if "choice" in answer and answer["choice"] is not None:
        return [answer["choice"]]
    if "choices" in answer:
        return list(answer["choices"])
    if "value" in answer and answer["value"] is not None:
        return [str(answer["value"]).lower()]
    return []


def item_analysis(*, attempts) -> list[ItemStats]:
    """Facility and discrimination per question, and how often each option was chosen, over
    the graded ``attempts`` (a queryset the caller has already scoped); three queries."""
    attempt_ids = list(attempts.filter(status=Attempt.Status.GRADED).values_list("pk", flat=True))
    rows = list(
        Response.objects.filter(attempt_id__in=attempt_ids, score__isnull=False).values_list(
            "attempt_id", "question_id", "score", "answer"
        )
    )
    question_ids = {question_id for _a, question_id, _s, _ans in rows}
    questions = {q.pk: q for q in Question.objects.non_polymorphic().filter(pk__in=question_ids)}
    totals: dict[int, Decimal] = defaultdict(Decimal)
    for attempt_id, _question_id, score, _answer in rows:
        totals[attempt_id] += score
    per_question: dict[int, list[tuple[int, Decimal, dict]]] = defaultdict(list)
    for attempt_id, question_id, score, answer in rows:
        per_question[question_id].append((attempt_id, score, answer))
    result = []
    for question_id, entries in sorted(per_question.items()):
        question = questions.get(question_id)
        if question is None:
            continue
        stats = ItemStats(question=question, answered=len(entries))
        points = float(question.points)
        item_scores = [float(score) / points for _a, score, _ans in entries]
        stats.facility = sum(item_scores) / len(item_scores)
        rest = [float(totals[attempt_id] - score) for attempt_id, score, _ans in entries]
        stats.discrimination = _pearson(item_scores, rest)
        for _a, _s, answer in entries:
            stats.distribution.update(_chosen(answer or {}))
        result.append(stats)
    return result
