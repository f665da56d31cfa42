"""Quizzes and their questions: the question bank, the quiz settings and how each type grades.

Question is a django-polymorphic base; every type implements ``grade(answer)`` returning a score
between 0 and its points (or ``None`` when a trainer must grade it, as for essays), so attempt
grading never asks which type it has. Answers are plain JSON-able dicts, validated by the type's
``clean_answer``. Grading happens on the server only.
"""

import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from typing import ClassVar, Self

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from polymorphic.managers import PolymorphicManager
from polymorphic.models import PolymorphicModel
from taggit.models import TaggedItemBase
from wagtail.models import Orderable

TWO_PLACES = Decimal("0.01")


def _score(fraction: Decimal, points: Decimal) -> Decimal:
    fraction = min(max(fraction, Decimal(0)), Decimal(1))
    return (fraction * points).quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


class InvalidAnswer(ValidationError):
    """An answer that does not fit its question (unknown option, wrong shape)."""


class QuestionTag(TaggedItemBase):
    content_object = ParentalKey(
        "assessments.Question", related_name="tagged_items", on_delete=models.CASCADE
    )


class Question(PolymorphicModel, ClusterableModel):
    owning_sector = models.ForeignKey(
        "sectors.Sector",
        verbose_name=_("owning sector"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Empty means a shared question for every sector."),
    )
    title = models.CharField(_("internal title"), max_length=200)
    prompt = models.TextField(_("question"))
    general_feedback = models.TextField(_("feedback after answering"), blank=True)
    points = models.DecimalField(
        _("points"),
        max_digits=5,
        decimal_places=2,
        default=Decimal(1),
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    tags = ClusterTaggableManager(through=QuestionTag, blank=True, verbose_name=_("pools (tags)"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # For the type checker only (the manager is PolymorphicModel's): non_polymorphic() gives
    # plain Questions, not the PolymorphicModel base the library assumes.
    objects: ClassVar[PolymorphicManager[Self, Self]]

    manual_grading = False
    template_name = ""

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def clean_answer(self, answer) -> dict:
        """Validate the shape of a learner's answer; raise InvalidAnswer otherwise."""
        if not isinstance(answer, dict):
            raise InvalidAnswer(_("The answer has an unexpected form."))
        return answer

    def grade(self, answer) -> Decimal | None:
        raise NotImplementedError

    def answer_from_post(self, data, field: str) -> dict:
        """Read this question's answer from a submitted form (fields prefixed ``field``)."""
        raise NotImplementedError

    def answer_display(self, answer) -> str:
        """The learner's answer in words, for the review page."""
        return ""

    def correct_display(self) -> str:
        """The expected answer in words, shown only when the review policy allows it."""
        return ""

    def option_items(self, order: list[int] | None):
        """The options in the order this learner sees them (texts only, never the key)."""
        relation = next(
            (r for r in ("options", "pairs", "items", "responses") if hasattr(self, r)), None
        )
        if relation is None:
            return []
        items = {item.pk: item for item in getattr(self, relation).all()}
        ordered = [items[pk] for pk in (order or []) if pk in items]
        return ordered + [item for pk, item in items.items() if item not in ordered]


def _ids(values, allowed: set[int]) -> list[int]:
    if not isinstance(values, list | tuple):
        raise InvalidAnswer(_("The answer has an unexpected form."))
    try:
        ids = [int(value) for value in values]
    except (TypeError, ValueError):
        raise InvalidAnswer(_("The answer refers to an unknown option.")) from None
    if not set(ids) <= allowed or len(set(ids)) != len(ids):
        raise InvalidAnswer(_("The answer refers to an unknown option."))
    return ids


class SingleChoiceQuestion(Question):
    class Meta:
        verbose_name = _("single choice question")

    def clean_answer(self, answer) -> dict:
        answer = super().clean_answer(answer)
        if answer.get("choice") in (None, ""):
            return {"choice": None}
        (choice,) = _ids([answer["choice"]], {c.pk for c in self.options.all()})
        return {"choice": choice}

    def grade(self, answer) -> Decimal:
        answer = self.clean_answer(answer)
        correct = {c.pk for c in self.options.all() if c.is_correct}
        return _score(Decimal(answer["choice"] in correct), self.points)

    template_name = "assessments/questions/single_choice.html"

    def answer_from_post(self, data, field: str) -> dict:
        return {"choice": data.get(field) or None}

    def answer_display(self, answer) -> str:
        chosen = {o.pk: o.text for o in self.options.all()}.get((answer or {}).get("choice"))
        return chosen or ""

    def correct_display(self) -> str:
        return "; ".join(o.text for o in self.options.all() if o.is_correct)


class SingleChoiceOption(Orderable):
    question = ParentalKey(SingleChoiceQuestion, related_name="options", on_delete=models.CASCADE)
    text = models.CharField(_("option"), max_length=500)
    is_correct = models.BooleanField(_("correct"), default=False)
    feedback = models.TextField(_("feedback on this option"), blank=True)


class MultipleResponseQuestion(Question):
    class Scoring(models.TextChoices):
        PARTIAL = "partial", _("Partial credit: right choices minus wrong ones")
        ALL_OR_NOTHING = "all_or_nothing", _("All or nothing")

    scoring = models.CharField(
        _("scoring"), max_length=16, choices=Scoring.choices, default=Scoring.PARTIAL
    )

    class Meta:
        verbose_name = _("multiple response question")

    def clean_answer(self, answer) -> dict:
        answer = super().clean_answer(answer)
        return {"choices": _ids(answer.get("choices", []), {c.pk for c in self.options.all()})}

    def grade(self, answer) -> Decimal:
        chosen = set(self.clean_answer(answer)["choices"])
        options = list(self.options.all())
        correct = {c.pk for c in options if c.is_correct}
        wrong = {c.pk for c in options if not c.is_correct}
        if self.scoring == self.Scoring.ALL_OR_NOTHING:
            return _score(Decimal(chosen == correct), self.points)
        if not correct:
            return _score(Decimal(not chosen), self.points)
        # Each right choice earns 1/|correct|; each wrong one costs 1/|wrong| of that share,
        # so choosing everything never earns more than choosing nothing.
        gained = Decimal(len(chosen & correct)) / len(correct)
        lost = Decimal(len(chosen & wrong)) / len(wrong) if wrong else Decimal(0)
        return _score(gained - lost, self.points)

    template_name = "assessments/questions/multiple_response.html"

    def answer_from_post(self, data, field: str) -> dict:
        return {"choices": data.getlist(field)}

    def answer_display(self, answer) -> str:
        chosen = set((answer or {}).get("choices", []))
        return "; ".join(o.text for o in self.options.all() if o.pk in chosen)

    def correct_display(self) -> str:
        return "; ".join(o.text for o in self.options.all() if o.is_correct)


class MultipleResponseOption(Orderable):
    question = ParentalKey(
        MultipleResponseQuestion, related_name="options", on_delete=models.CASCADE
    )
    text = models.CharField(_("option"), max_length=500)
    is_correct = models.BooleanField(_("correct"), default=False)
    feedback = models.TextField(_("feedback on this option"), blank=True)


class TrueFalseQuestion(Question):
    correct_answer = models.BooleanField(_("the statement is true"))
    feedback_true = models.TextField(_("feedback on 'true'"), blank=True)
    feedback_false = models.TextField(_("feedback on 'false'"), blank=True)

    class Meta:
        verbose_name = _("true/false question")

    def clean_answer(self, answer) -> dict:
        value = super().clean_answer(answer).get("value")
        if value not in (True, False, None):
            raise InvalidAnswer(_("Answer true or false."))
        return {"value": value}

    def grade(self, answer) -> Decimal:
        value = self.clean_answer(answer)["value"]
        return _score(Decimal(value is not None and value == self.correct_answer), self.points)

    template_name = "assessments/questions/true_false.html"

    def answer_from_post(self, data, field: str) -> dict:
        return {"value": {"true": True, "false": False}.get(data.get(field, ""))}

    def answer_display(self, answer) -> str:
        value = (answer or {}).get("value")
        return "" if value is None else str(_("True") if value else _("False"))

    def correct_display(self) -> str:
        return str(_("True") if self.correct_answer else _("False"))


class MatchingQuestion(Question):
    class Meta:
        verbose_name = _("matching question")

    def clean_answer(self, answer) -> dict:
        pairs = super().clean_answer(answer).get("pairs", {})
        if not isinstance(pairs, dict):
            raise InvalidAnswer(_("The answer has an unexpected form."))
        allowed = {p.pk for p in self.pairs.all()}
        cleaned = {}
        for left, right in pairs.items():
            (left_id,) = _ids([left], allowed)
            if right in (None, ""):
                continue
            (right_id,) = _ids([right], allowed)
            cleaned[left_id] = right_id
        return {"pairs": cleaned}

    def grade(self, answer) -> Decimal:
        matched = self.clean_answer(answer)["pairs"]
        pairs = [p.pk for p in self.pairs.all()]
        if not pairs:
            return _score(Decimal(0), self.points)
        right = sum(1 for pk in pairs if matched.get(pk) == pk)
        return _score(Decimal(right) / len(pairs), self.points)

    template_name = "assessments/questions/matching.html"

    def answer_from_post(self, data, field: str) -> dict:
        return {"pairs": {p.pk: data.get(f"{field}-{p.pk}") or None for p in self.pairs.all()}}

    def answer_display(self, answer) -> str:
        rights = {p.pk: p.right for p in self.pairs.all()}
        given = {int(k): v for k, v in (answer or {}).get("pairs", {}).items()}
        return "; ".join(f"{p.left} → {rights.get(given.get(p.pk), '—')}" for p in self.pairs.all())

    def correct_display(self) -> str:
        return "; ".join(f"{p.left} → {p.right}" for p in self.pairs.all())


class MatchingPair(Orderable):
    """A left-hand item and the right-hand item that belongs to it; learners see the right-hand
    items shuffled and answer by pair id."""

    question = ParentalKey(MatchingQuestion, related_name="pairs", on_delete=models.CASCADE)
    left = models.CharField(_("item"), max_length=300)
    right = models.CharField(_("matches"), max_length=300)


class OrderingQuestion(Question):
    class Meta:
        verbose_name = _("ordering question")

    def clean_answer(self, answer) -> dict:
        order = super().clean_answer(answer).get("order", [])
        return {"order": _ids(order, {i.pk for i in self.items.all()})}

    def grade(self, answer) -> Decimal:
        order = self.clean_answer(answer)["order"]
        expected = [item.pk for item in self.items.all()]  # Orderable: in sort_order
        if not expected:
            return _score(Decimal(0), self.points)
        in_place = sum(1 for given, wanted in zip(order, expected, strict=False) if given == wanted)
        return _score(Decimal(in_place) / len(expected), self.points)

    template_name = "assessments/questions/ordering.html"

    def answer_from_post(self, data, field: str) -> dict:
        positions = []
        for item in self.items.all():
            try:
                positions.append((int(data.get(f"{field}-{item.pk}", "")), item.pk))
            except ValueError:
                positions.append((10_000, item.pk))
        return {"order": [pk for _position, pk in sorted(positions)]}

    def answer_display(self, answer) -> str:
        texts = {i.pk: i.text for i in self.items.all()}
        return " → ".join(texts.get(pk, "?") for pk in (answer or {}).get("order", []))

    def correct_display(self) -> str:
        return " → ".join(i.text for i in self.items.all())


class OrderingItem(Orderable):
    question = ParentalKey(OrderingQuestion, related_name="items", on_delete=models.CASCADE)
    text = models.CharField(_("item"), max_length=300)


def normalise_text(text: str, *, case: bool, accents: bool) -> str:
    text = " ".join((text or "").split())
    if not case:
        text = text.casefold()
    if not accents:
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    return text


class ShortAnswerQuestion(Question):
    case_sensitive = models.BooleanField(_("case matters"), default=False)
    accents_matter = models.BooleanField(_("accents matter"), default=False)

    class Meta:
        verbose_name = _("short answer question")

    def clean_answer(self, answer) -> dict:
        text = super().clean_answer(answer).get("text", "")
        if not isinstance(text, str) or len(text) > 500:
            raise InvalidAnswer(_("Give a short answer of at most 500 characters."))
        return {"text": text}

    def grade(self, answer) -> Decimal:
        given = normalise_text(
            self.clean_answer(answer)["text"], case=self.case_sensitive, accents=self.accents_matter
        )
        best = Decimal(0)
        for accepted in self.accepted_answers.all():
            expected = normalise_text(
                accepted.text, case=self.case_sensitive, accents=self.accents_matter
            )
            if given and given == expected:
                best = max(best, Decimal(accepted.credit) / 100)
        return _score(best, self.points)

    template_name = "assessments/questions/short_answer.html"

    def answer_from_post(self, data, field: str) -> dict:
        return {"text": data.get(field, "")}

    def answer_display(self, answer) -> str:
        return (answer or {}).get("text", "")

    def correct_display(self) -> str:
        return " / ".join(a.text for a in self.accepted_answers.all() if a.credit == 100)


class AcceptedAnswer(Orderable):
    question = ParentalKey(
        ShortAnswerQuestion, related_name="accepted_answers", on_delete=models.CASCADE
    )
    text = models.CharField(_("accepted answer"), max_length=500)
    credit = models.PositiveSmallIntegerField(
        _("credit (%)"), default=100, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )


class ScenarioJudgementQuestion(Question):
    """A situation with candidate responses that the learner rates (1-5) or ranks; the score is
    how close the judgement comes to the expert key."""

    class Mode(models.TextChoices):
        RATE = "rate", _("Rate each response from 1 (poor) to 5 (very good)")
        RANK = "rank", _("Rank the responses from best to worst")

    situation = models.TextField(_("situation"))
    mode = models.CharField(_("mode"), max_length=8, choices=Mode.choices, default=Mode.RATE)

    class Meta:
        verbose_name = _("scenario judgement question")

    def clean_answer(self, answer) -> dict:
        answer = super().clean_answer(answer)
        allowed = {r.pk for r in self.responses.all()}
        if self.mode == self.Mode.RANK:
            return {"ranking": _ids(answer.get("ranking", []), allowed)}
        ratings = answer.get("ratings", {})
        if not isinstance(ratings, dict):
            raise InvalidAnswer(_("The answer has an unexpected form."))
        cleaned = {}
        for key, value in ratings.items():
            (pk,) = _ids([key], allowed)
            if value in (None, ""):
                continue
            if not isinstance(value, int) or not 1 <= value <= 5:
                raise InvalidAnswer(_("Rate every response from 1 to 5."))
            cleaned[pk] = value
        return {"ratings": cleaned}

    def grade(self, answer) -> Decimal:
        answer = self.clean_answer(answer)
        responses = list(self.responses.all())
        if not responses:
            return _score(Decimal(0), self.points)
        if self.mode == self.Mode.RANK:
            expert = [
                r.pk
                for r in sorted(
                    responses, key=lambda r: (-r.expert_rating, r.sort_order or 0, r.pk)
                )
            ]
            given = answer["ranking"]
            if len(given) != len(expert):
                return _score(Decimal(0), self.points)
            worst = sum(abs(i - (len(expert) - 1 - i)) for i in range(len(expert))) or 1
            distance = sum(abs(given.index(pk) - position) for position, pk in enumerate(expert))
            return _score(1 - Decimal(distance) / worst, self.points)
        ratings = answer["ratings"]
        distance = sum(
            abs(ratings.get(r.pk, 3) - r.expert_rating) if r.pk in ratings else 4 for r in responses
        )
        return _score(1 - Decimal(distance) / (4 * len(responses)), self.points)

    template_name = "assessments/questions/scenario_judgement.html"

    def answer_from_post(self, data, field: str) -> dict:
        if self.mode == self.Mode.RANK:
            positions = []
            for response in self.responses.all():
                try:
                    positions.append((int(data.get(f"{field}-{response.pk}", "")), response.pk))
                except ValueError:
                    positions.append((10_000, response.pk))
            return {"ranking": [pk for _position, pk in sorted(positions)]}
        ratings = {}
        for response in self.responses.all():
            value = data.get(f"{field}-{response.pk}", "")
            ratings[response.pk] = int(value) if value.isdigit() else None
        return {"ratings": ratings}

    def answer_display(self, answer) -> str:
        texts = {r.pk: r.text for r in self.responses.all()}
        answer = answer or {}
        if self.mode == self.Mode.RANK:
            return " → ".join(texts.get(pk, "?") for pk in answer.get("ranking", []))
        ratings = {int(k): v for k, v in answer.get("ratings", {}).items()}
        return "; ".join(f"{texts[pk]}: {ratings.get(pk, '—')}" for pk in texts)

    def correct_display(self) -> str:
        return "; ".join(f"{r.text}: {r.expert_rating}" for r in self.responses.all())


class ScenarioResponse(Orderable):
    question = ParentalKey(
        ScenarioJudgementQuestion, related_name="responses", on_delete=models.CASCADE
    )
    text = models.TextField(_("possible response"))
    expert_rating = models.PositiveSmallIntegerField(
        _("expert rating (1-5)"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    feedback = models.TextField(_("expert comment"), blank=True)


class EssayQuestion(Question):
    """Graded by a trainer of the learner's sector; ``grade`` returns None until then."""

    guidance_for_graders = models.TextField(_("guidance for graders"), blank=True)
    max_words = models.PositiveIntegerField(_("maximum words"), default=500)

    manual_grading = True

    class Meta:
        verbose_name = _("essay question")

    def clean_answer(self, answer) -> dict:
        text = super().clean_answer(answer).get("text", "")
        if not isinstance(text, str):
            raise InvalidAnswer(_("The answer has an unexpected form."))
        if len(text.split()) > self.max_words:
            raise InvalidAnswer(
                _("Keep your answer under %(count)s words.") % {"count": self.max_words}
            )
        return {"text": text}

    def grade(self, answer) -> None:
        self.clean_answer(answer)
        return None

    template_name = "assessments/questions/essay.html"

    def answer_from_post(self, data, field: str) -> dict:
        return {"text": data.get(field, "")}

    def answer_display(self, answer) -> str:
        return (answer or {}).get("text", "")


class Quiz(ClusterableModel):
    """A set of questions with the rules for taking it."""

    class GradingMethod(models.TextChoices):
        HIGHEST = "highest", _("Highest attempt")
        LAST = "last", _("Last attempt")
        FIRST = "first", _("First attempt")
        AVERAGE = "average", _("Average of the attempts")

    class ReviewPolicy(models.TextChoices):
        AFTER_SUBMIT = "after_submit", _("Right after submitting")
        AFTER_CLOSE = "after_close", _("After the quiz closes")
        NEVER = "never", _("Never (score only)")

    title = models.CharField(_("title"), max_length=200)
    intro = models.TextField(_("introduction"), blank=True)
    owning_sector = models.ForeignKey(
        "sectors.Sector",
        verbose_name=_("owning sector"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Empty means a shared quiz for every sector."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MaxValueValidator(100)]
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("maximum attempts"), default=0, help_text=_("0 means unlimited.")
    )
    grading_method = models.CharField(
        _("grading method"),
        max_length=16,
        choices=GradingMethod.choices,
        default=GradingMethod.HIGHEST,
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"), null=True, blank=True, help_text=_("Empty means no time limit.")
    )
    grace_seconds = models.PositiveSmallIntegerField(
        _("grace period (seconds)"),
        default=30,
        help_text=_("Answers sent this long after the deadline are still accepted."),
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=False)
    shuffle_choices = models.BooleanField(_("shuffle choices"), default=False)
    review_policy = models.CharField(
        _("review"), max_length=16, choices=ReviewPolicy.choices, default=ReviewPolicy.AFTER_SUBMIT
    )
    closes_at = models.DateTimeField(_("closes at"), null=True, blank=True)

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title


class QuizQuestion(Orderable):
    quiz = ParentalKey(Quiz, related_name="quiz_questions", on_delete=models.CASCADE)
    question = models.ForeignKey(
        Question, verbose_name=_("question"), on_delete=models.PROTECT, related_name="+"
    )


class QuizPool(Orderable):
    """Draw ``count`` random questions tagged ``tag`` at the start of every attempt."""

    quiz = ParentalKey(Quiz, related_name="pools", on_delete=models.CASCADE)
    tag = models.CharField(_("pool (tag)"), max_length=100)
    count = models.PositiveSmallIntegerField(
        _("questions to draw"), validators=[MinValueValidator(1)]
    )


class Attempt(models.Model):
    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        NEEDS_GRADING = "needs_grading", _("Waiting for a trainer")
        GRADED = "graded", _("Graded")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
        verbose_name=_("user"),
    )
    quiz = models.ForeignKey(
        Quiz, on_delete=models.PROTECT, related_name="attempts", verbose_name=_("quiz")
    )
    # The sector the learner took the quiz in (their cohort's, else the quiz's own): trainers of
    # this sector grade its essays and see it in item analysis.
    sector = models.ForeignKey(
        "sectors.Sector",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    number = models.PositiveSmallIntegerField(_("attempt number"))
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.IN_PROGRESS
    )
    started_at = models.DateTimeField(_("started at"))
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    closed_automatically = models.BooleanField(_("closed when time ran out"), default=False)
    # The drawn questions in the order this learner sees them, and the order of their options.
    question_ids = models.JSONField(default=list)
    option_orders = models.JSONField(default=dict)
    # Every save or submit must carry the current value; a stale or repeated post is refused.
    sequence = models.PositiveIntegerField(default=0)
    score = models.DecimalField(_("score"), max_digits=7, decimal_places=2, null=True, blank=True)
    max_score = models.DecimalField(_("maximum score"), max_digits=7, decimal_places=2, default=0)
    percent = models.DecimalField(
        _("percentage"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    passed = models.BooleanField(_("passed"), null=True)

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["quiz", "user", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz", "number"], name="assessments_attempt_number_unique"
            ),
        ]
        indexes = [
            models.Index(fields=["status", "deadline"], name="assessments_attempt_open_idx"),
            models.Index(fields=["sector", "status"], name="assessments_attempt_sector_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.quiz} #{self.number}"


class Response(models.Model):
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="responses")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")
    answer = models.JSONField(_("answer"), default=dict)
    score = models.DecimalField(_("score"), max_digits=5, decimal_places=2, null=True, blank=True)
    grader_feedback = models.TextField(_("feedback from the trainer"), blank=True)
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    graded_at = models.DateTimeField(_("graded at"), null=True, blank=True)

    class Meta:
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question"], name="assessments_response_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.attempt} – {self.question}"
