"""Writes of the quiz engine: starting, saving, submitting and grading attempts.

Everything happens on the server. Saves and submits lock the attempt row and carry the
attempt's sequence number, so a stale, repeated or parallel post changes nothing and an attempt
is graded exactly once. Deadlines (time limit plus grace) are enforced here, not in the browser.
"""

import random
import secrets
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, Protocol

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.accounts.models import User
from lms.errors import ApplicationError, Conflict, NotAllowed, ValidationFailed
from lms.sectors.models import Sector

from .models import Attempt, InvalidAnswer, Question, Quiz, Response
from .selectors import Answer, result_by_method
from .signals import attempt_graded
from .tasks import schedule_close


class AttemptError(ApplicationError):
    """A request on an attempt that cannot be carried out; ``str()`` is the learner's message."""


class AttemptClosed(AttemptError, Conflict):
    pass


class StaleSubmission(AttemptError, Conflict):
    pass


class NoAttemptsLeft(AttemptError, NotAllowed):
    pass


class AnswerError(AttemptError, ValidationFailed):
    """An answer that does not fit its question; nothing of the request is stored."""

    def __init__(self, question_id: int, message: str):
        super().__init__(message)
        self.question_id = question_id


def _now(now: datetime | None) -> datetime:
    return now or timezone.now()


def _draw_questions(quiz: Quiz) -> list[int]:
    fixed = [qq.question_id for qq in quiz.quiz_questions.all()]
    drawn: list[int] = []
    rng = secrets.SystemRandom()
    for pool in quiz.pools.all():
        candidates = list(
            Question.objects.filter(tags__name=pool.tag)
            .filter(Q(owning_sector__isnull=True) | Q(owning_sector_id=quiz.owning_sector_id))
            .exclude(pk__in=fixed + drawn)
            .values_list("pk", flat=True)
            .distinct()
        )
        drawn += rng.sample(candidates, min(pool.count, len(candidates)))
    ids = fixed + drawn
    if quiz.shuffle_questions:
        rng.shuffle(ids)
    return ids


def _option_orders(quiz: Quiz, question_ids: list[int]) -> dict[str, list[int]]:
    orders: dict[str, list[int]] = {}
    rng = random.Random(secrets.randbits(64))  # noqa: S311 - display order, not a secret
    for question in Question.objects.filter(pk__in=question_ids):
        for relation in ("options", "pairs", "items", "responses"):
            if hasattr(question, relation):
                ids = [item.pk for item in getattr(question, relation).all()]
                if quiz.shuffle_choices or relation in ("pairs", "items"):
                    rng.shuffle(ids)  # matching and ordering are always shown shuffled
                orders[str(question.pk)] = ids
    return orders


class AttemptSectorResolver(Protocol):
    """The sector ``user`` takes ``quiz`` in, or None when the resolver cannot tell."""

    def __call__(self, *, user: User, quiz: Quiz) -> Sector | None: ...


# Apps above this one (cohorts) tell which sector a learner takes a quiz in; assessments itself
# only knows the quiz's owning sector.
_sector_resolvers: list[AttemptSectorResolver] = []


def attempt_sector_resolver_register(resolver: AttemptSectorResolver) -> None:
    if resolver not in _sector_resolvers:
        _sector_resolvers.append(resolver)


def attempt_sector(*, user: User, quiz: Quiz) -> Sector | None:
    """The sector whose trainers grade and analyse this learner's attempts at ``quiz``."""
    for resolver in _sector_resolvers:
        sector = resolver(user=user, quiz=quiz)
        if sector is not None:
            return sector
    owning_sector: Sector | None = quiz.owning_sector  # Quiz's base is untyped (modelcluster)
    return owning_sector


def attempt_start(*, user: User, quiz: Quiz, now: datetime | None = None) -> Attempt:
    """Start a new attempt, or return the one still in progress."""
    now = _now(now)
    with transaction.atomic():
        # Lock the learner's attempts at this quiz so two tabs cannot both start one.
        existing = list(
            Attempt.objects.select_for_update().filter(user=user, quiz=quiz).order_by("number")
        )
        open_attempt = next((a for a in existing if a.status == Attempt.Status.IN_PROGRESS), None)
        if open_attempt is not None and not _expired(open_attempt, now):
            return open_attempt
        if open_attempt is not None:
            _finish(open_attempt, now=now, automatically=True)
        if quiz.closes_at and now >= quiz.closes_at:
            raise AttemptClosed(_("This quiz is closed."))
        if quiz.max_attempts and len(existing) >= quiz.max_attempts:
            raise NoAttemptsLeft(_("You have used all your attempts at this quiz."))
        question_ids = _draw_questions(quiz)
        if not question_ids:
            raise AttemptError(_("This quiz has no questions yet."))
        deadline = (
            now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
        )
        if quiz.closes_at and (deadline is None or deadline > quiz.closes_at):
            deadline = quiz.closes_at
        attempt = Attempt.objects.create(
            user=user,
            quiz=quiz,
            sector=attempt_sector(user=user, quiz=quiz),
            number=(max((a.number for a in existing), default=0) + 1),
            started_at=now,
            deadline=deadline,
            question_ids=question_ids,
            option_orders=_option_orders(quiz, question_ids),
        )
        schedule_close(attempt)
        return attempt


def _expired(attempt: Attempt, now: datetime) -> bool:
    if attempt.deadline is None:
        return False
    return now > attempt.deadline + timedelta(seconds=attempt.quiz.grace_seconds)


def _locked(attempt: Attempt, user: User) -> Attempt:
    locked = (
        Attempt.objects.select_for_update()
        .select_related("quiz")
        .filter(pk=attempt.pk, user=user)
        .first()
    )
    if locked is None:
        raise AttemptError(_("This attempt does not exist."))
    return locked


def _has_nul(value: object) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(key) or _has_nul(item) for key, item in value.items())
    if isinstance(value, list | tuple):
        return any(_has_nul(item) for item in value)
    return False


def _store_answers(attempt: Attempt, answers: dict[str, Any]) -> None:
    questions = {q.pk: q for q in Question.objects.filter(pk__in=attempt.question_ids)}
    cleaned: dict[int, Answer] = {}
    for key, answer in (answers or {}).items():
        try:
            question = questions[int(key)]
        except (KeyError, TypeError, ValueError):
            raise AnswerError(
                0, _("The answer is for a question that is not in this attempt.")
            ) from None
        try:
            cleaned[question.pk] = question.clean_answer(answer)
        except InvalidAnswer as exc:
            raise AnswerError(question.pk, " ".join(exc.messages)) from None
        if _has_nul(cleaned[question.pk]):
            # PostgreSQL cannot store U+0000 in JSON; no keyboard types it, a crafted post can.
            raise AnswerError(
                question.pk,
                _("The answer contains an invisible null character. Retype it and try again."),
            )
    for question_id, answer in cleaned.items():
        Response.objects.update_or_create(
            attempt=attempt, question_id=question_id, defaults={"answer": answer}
        )


def attempt_save(
    *,
    attempt: Attempt,
    user: User,
    answers: dict[str, Any],
    sequence: int,
    now: datetime | None = None,
) -> Attempt:
    """Autosave answers without grading them."""
    now = _now(now)
    with transaction.atomic():
        locked = _locked(attempt, user)
        _check_open(locked, sequence, now)
        _store_answers(locked, answers)
        locked.sequence += 1
        locked.save(update_fields=["sequence"])
    return locked


def _check_open(attempt: Attempt, sequence: int, now: datetime) -> None:
    if attempt.status != Attempt.Status.IN_PROGRESS:
        raise AttemptClosed(_("This attempt has already been submitted."))
    if _expired(attempt, now):
        raise AttemptClosed(
            _("The time for this attempt is over; your saved answers have been kept.")
        )
    if sequence != attempt.sequence:
        raise StaleSubmission(
            _("This page is out of date (the attempt was changed in another window). Reload it.")
        )


def attempt_submit(
    *,
    attempt: Attempt,
    user: User,
    answers: dict[str, Any],
    sequence: int,
    now: datetime | None = None,
) -> Attempt:
    """Store the last answers and grade the attempt, exactly once."""
    now = _now(now)
    with transaction.atomic():
        locked = _locked(attempt, user)
        _check_open(locked, sequence, now)
        _store_answers(locked, answers)
        _finish(locked, now=now, automatically=False)
    return locked


def _finish(attempt: Attempt, *, now: datetime, automatically: bool) -> None:
    """Grade every drawn question of a locked, open attempt and close it."""
    questions = {q.pk: q for q in Question.objects.filter(pk__in=attempt.question_ids)}
    responses = {r.question_id: r for r in attempt.responses.all()}
    total = Decimal(0)
    maximum = Decimal(0)
    pending = False
    for question_id in attempt.question_ids:
        question = questions.get(question_id)
        if question is None:
            continue
        maximum += question.points
        response = responses.get(question_id) or Response(
            attempt=attempt, question=question, answer={}
        )
        try:
            score = question.grade(response.answer)
        except InvalidAnswer:
            score = Decimal(0)
        if question.manual_grading:
            pending = pending or bool(response.answer.get("text", "").strip())
            score = (
                score
                if score is not None
                else (None if response.answer.get("text", "").strip() else Decimal(0))
            )
        response.score = score
        response.save()
        total += score or Decimal(0)
    attempt.submitted_at = now
    attempt.closed_automatically = automatically
    attempt.max_score = maximum
    attempt.sequence += 1
    if pending:
        attempt.status = Attempt.Status.NEEDS_GRADING
        attempt.score = attempt.percent = attempt.passed = None
    else:
        _record_result(attempt, total)
    attempt.save()


def _record_result(attempt: Attempt, total: Decimal) -> None:
    attempt.status = Attempt.Status.GRADED
    attempt.score = total
    attempt.percent = (
        (100 * total / attempt.max_score).quantize(Decimal("0.01"))
        if attempt.max_score
        else Decimal(0)
    )
    attempt.passed = attempt.percent >= attempt.quiz.pass_mark
    # robust: a failing listener is logged; the learner's graded attempt still answers with 200.
    transaction.on_commit(lambda: attempt_graded.send(sender=Attempt, attempt=attempt), robust=True)


def attempts_close_overdue(*, now: datetime | None = None) -> int:
    """Close and grade every attempt whose deadline and grace have passed; returns how many."""
    now = _now(now)
    closed = 0
    candidates = Attempt.objects.filter(
        status=Attempt.Status.IN_PROGRESS, deadline__isnull=False, deadline__lt=now
    )
    for attempt_id in candidates.values_list("pk", flat=True):
        with transaction.atomic():
            attempt = (
                Attempt.objects.select_for_update(skip_locked=True)
                .select_related("quiz")
                .filter(pk=attempt_id)
                .first()
            )
            if (
                attempt is None
                or attempt.status != Attempt.Status.IN_PROGRESS
                or not _expired(attempt, now)
            ):
                continue
            _finish(attempt, now=now, automatically=True)
            closed += 1
    return closed


def response_grade(
    *,
    response: Response,
    grader: User,
    score: Decimal,
    feedback: str = "",
    now: datetime | None = None,
) -> Attempt:
    """A trainer's grade for an essay answer; the attempt's result is final once all are graded."""
    now = _now(now)
    with transaction.atomic():
        attempt = (
            Attempt.objects.select_for_update().select_related("quiz").get(pk=response.attempt_id)
        )
        response = Response.objects.get(pk=response.pk)
        question = Question.objects.get(pk=response.question_id)  # the polymorphic subclass
        if not question.manual_grading:
            raise AttemptError(_("Only essay answers are graded by hand."))
        if attempt.status != Attempt.Status.NEEDS_GRADING:
            raise AttemptError(_("This attempt is not waiting for grading."))
        score = Decimal(score)
        if not Decimal(0) <= score <= question.points:
            raise AttemptError(
                _("Give a score between 0 and %(points)s.") % {"points": question.points}
            )
        response.score = score
        response.grader_feedback = feedback
        response.graded_by = grader
        response.graded_at = now
        response.save()
        scores = list(attempt.responses.values_list("score", flat=True))
        graded = [value for value in scores if value is not None]
        if len(graded) == len(scores):
            _record_result(attempt, sum(graded, Decimal(0)))
            attempt.save()
    return attempt


def quiz_result(*, user: User, quiz: Quiz) -> Decimal | None:
    """The learner's percentage for ``quiz`` by its grading method (graded attempts only)."""
    percents = [
        percent
        for percent in Attempt.objects.filter(user=user, quiz=quiz, status=Attempt.Status.GRADED)
        .order_by("number")
        .values_list("percent", flat=True)
        if percent is not None  # a graded attempt always has one
    ]
    return result_by_method(percents, quiz.grading_method)


__all__ = [
    "AnswerError",
    "AttemptClosed",
    "AttemptError",
    "NoAttemptsLeft",
    "StaleSubmission",
    "attempt_save",
    "attempt_sector",
    "attempt_sector_resolver_register",
    "attempt_start",
    "attempt_submit",
    "attempts_close_overdue",
    "quiz_result",
    "response_grade",
]
