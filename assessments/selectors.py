"""Reads of the quiz engine: item analysis over a set of graded attempts."""

from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal
from math import sqrt
from typing import Any, Protocol

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from lms.accounts.models import User
from lms.sectors.permissions import SectorScope

from .models import (
    Attempt,
    MultipleResponseOption,
    Question,
    Quiz,
    Response,
    SingleChoiceOption,
    TrueFalseQuestion,
)

# A question's answer as stored: JSON from the learner, its shape set by the question type.
Answer = dict[str, Any]

# The quiz bank: the content team and platform administrators see and change everything; sector
# staff see the shared quizzes and questions and their own sector's, and change only their own.
BANK_SCOPE = SectorScope(sector_field="owning_sector", shared_visible=True, content_team=True)
# Attempts to grade: those taken in the user's own sectors (platform administrators: all).
GRADING_SCOPE = SectorScope(sector_field="sector")
# Item analysis names no learner: the content team sees every sector's figures as well.
ITEM_ANALYSIS_SCOPE = SectorScope(sector_field="sector", content_team=True)


def questions_visible_to(user: User) -> QuerySet[Question]:
    """The question bank as ``user`` may use it in a quiz."""
    visible: QuerySet[Question] = BANK_SCOPE.filter(Question.objects.all(), user)
    return visible


@dataclass
class ItemStats:
    question: Question
    answered: int = 0
    facility: float | None = None  # mean score as a share of the points (0..1)
    discrimination: float | None = None  # correlation of the item with the rest of the quiz
    # option id (or "true"/"false") -> times chosen
    distribution: Counter[int | str] = field(default_factory=Counter)


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


def _chosen(answer: Answer) -> list[int | str]:
    if "choice" in answer and answer["choice"] is not None:
        return [answer["choice"]]
    if "choices" in answer:
        return list(answer["choices"])
    if "value" in answer and answer["value"] is not None:
        return [str(answer["value"]).lower()]
    return []


def item_analysis(*, attempts: QuerySet[Attempt]) -> list[ItemStats]:
    """Facility and discrimination per question, and how often each option was chosen, over
    the graded ``attempts`` (a queryset the caller has already scoped); three queries."""
    attempt_ids = list(attempts.filter(status=Attempt.Status.GRADED).values_list("pk", flat=True))
    rows: list[tuple[int, int, Decimal, Answer]] = [
        (attempt_id, question_id, score, answer)
        for attempt_id, question_id, score, answer in Response.objects.filter(
            attempt_id__in=attempt_ids, score__isnull=False
        ).values_list("attempt_id", "question_id", "score", "answer")
        if score is not None  # always, by the filter; says so to the type checker
    ]
    question_ids = {question_id for _a, question_id, _s, _ans in rows}
    questions = {q.pk: q for q in Question.objects.non_polymorphic().filter(pk__in=question_ids)}
    totals: dict[int, Decimal] = defaultdict(Decimal)
    for attempt_id, _question_id, score, _answer in rows:
        totals[attempt_id] += score
    per_question: dict[int, list[tuple[int, Decimal, Answer]]] = defaultdict(list)
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


def grading_queue(*, attempts: QuerySet[Attempt]) -> QuerySet[Response]:
    """Essay answers waiting for a trainer, oldest submission first, over ``attempts`` (scoped
    by the caller); one query per page whatever its length."""
    return (
        Response.objects.filter(
            attempt__in=attempts, attempt__status=Attempt.Status.NEEDS_GRADING, score__isnull=True
        )
        .select_related("attempt__user", "attempt__quiz", "attempt__sector", "question")
        .order_by("attempt__submitted_at", "pk")
    )


def item_analysis_rows(*, attempts: QuerySet[Attempt]) -> tuple[list[dict[str, Any]], int]:
    """Item analysis ready to show: each question with its figures and, for choice questions,
    how often each option was chosen (option texts and keys included: for staff only)."""
    graded = attempts.filter(status=Attempt.Status.GRADED).count()
    stats = item_analysis(attempts=attempts)
    ids = [s.question.pk for s in stats]
    # question id -> (option key, option text, whether it is correct)
    options: dict[int, list[tuple[int | str, str, bool]]] = defaultdict(list)
    option_models: tuple[type[SingleChoiceOption | MultipleResponseOption], ...] = (
        SingleChoiceOption,
        MultipleResponseOption,
    )
    for model in option_models:
        for option in model.objects.filter(question_id__in=ids).order_by("sort_order", "pk"):
            options[option.question_id].append((option.pk, option.text, option.is_correct))
    for question in TrueFalseQuestion.objects.filter(pk__in=ids):
        options[question.pk] = [
            ("true", _("True"), question.correct_answer),
            ("false", _("False"), not question.correct_answer),
        ]
    rows: list[dict[str, Any]] = []
    for number, item in enumerate(stats, start=1):
        answered = item.answered or 1
        real_class = item.question.get_real_instance_class() or type(item.question)
        rows.append(
            {
                "number": number,
                "stats": item,
                "type": real_class._meta.verbose_name,
                "facility_percent": None if item.facility is None else round(item.facility * 100),
                "options": [
                    {
                        "text": text,
                        "correct": correct,
                        "count": item.distribution.get(key, 0),
                        "percent": round(100 * item.distribution.get(key, 0) / answered),
                    }
                    for key, text, correct in options.get(item.question.pk, [])
                ],
            }
        )
    return rows, graded


def result_by_method(percents: list[Decimal], method: str) -> Decimal | None:
    """A learner's result over their graded attempts' percentages (in attempt order)."""
    if not percents:
        return None
    if method == Quiz.GradingMethod.FIRST:
        return percents[0]
    if method == Quiz.GradingMethod.LAST:
        return percents[-1]
    if method == Quiz.GradingMethod.AVERAGE:
        return (sum(percents, Decimal(0)) / len(percents)).quantize(Decimal("0.01"))
    return max(percents)


def quizzes_passed(*, user_id: int, quiz_ids: Collection[int]) -> set[int]:
    """Which of ``quiz_ids`` the learner passed, by each quiz's grading method; one query."""
    return quizzes_passed_by_user(user_ids=[user_id], quiz_ids=quiz_ids).get(user_id, set())


def quizzes_passed_by_user(
    *, user_ids: Collection[int], quiz_ids: Collection[int]
) -> dict[int, set[int]]:
    """For many learners at once: user id -> the quizzes of ``quiz_ids`` passed; one query."""
    if not quiz_ids or not user_ids:
        return {}
    rows = (
        Attempt.objects.filter(
            user_id__in=list(user_ids), quiz_id__in=list(quiz_ids), status=Attempt.Status.GRADED
        )
        .order_by("user_id", "quiz_id", "number")
        .values_list("user_id", "quiz_id", "percent", "quiz__grading_method", "quiz__pass_mark")
    )
    percents: dict[tuple[int, int], list[Decimal]] = defaultdict(list)
    rules: dict[int, tuple[str, int]] = {}
    for user_id, quiz_id, percent, method, pass_mark in rows:
        if percent is None:  # never for a graded attempt
            continue
        percents[(user_id, quiz_id)].append(percent)
        rules[quiz_id] = (method, pass_mark)
    passed: dict[int, set[int]] = defaultdict(set)
    for (user_id, quiz_id), values in percents.items():
        result = result_by_method(values, rules[quiz_id][0])
        if result is not None and result >= rules[quiz_id][1]:
            passed[user_id].add(quiz_id)
    return dict(passed)


class SectorLearnerCheck(Protocol):
    """Does ``user`` take part in the roll-out of sector ``sector_id`` (as a learner)?"""

    def __call__(self, *, user: User, sector_id: int) -> bool: ...


# Who learns in which sector is known above this app (lms.cohorts: enrolments in a sector's
# cohorts), so it is asked through this registry, filled from lms/cohorts/receivers.py.
_sector_learner_checks: list[SectorLearnerCheck] = []


def sector_learner_check_register(check: SectorLearnerCheck) -> None:
    if check not in _sector_learner_checks:
        _sector_learner_checks.append(check)


def quiz_open_to(*, user: User, quiz: Quiz) -> bool:
    """May this learner open and take ``quiz``? Shared quizzes are open to every learner; a
    sector's own quiz only to the sector's learners (for lms.cohorts: those with a not
    withdrawn enrolment in one of its cohorts). With no check registered, nobody."""
    if quiz.owning_sector_id is None:
        return True
    sector_id = quiz.owning_sector_id
    return any(check(user=user, sector_id=sector_id) for check in _sector_learner_checks)
