"""What the privacy export and erasure do with quiz attempts and responses
(lms/accounts/privacy_registry.py)."""

from django.utils.translation import gettext_lazy as _

from lms.accounts.privacy_registry import (
    REFERENCES,
    Erase,
    ErasureJob,
    Rule,
    erasure_step_register,
    export_section_register,
    iso,
    rules_register,
)

from .models import Attempt, EssayQuestion, Response


def quiz_attempts(user) -> list[dict]:
    attempts = list(
        Attempt.objects.filter(user=user)
        .select_related("quiz", "sector")
        .order_by("started_at", "pk")
    )
    responses: dict[int, list] = {}
    for r in (
        Response.objects.filter(attempt__user=user)
        .select_related("question")
        .order_by("attempt_id", "pk")
    ):
        responses.setdefault(r.attempt_id, []).append(
            {
                "question": r.question.prompt,
                "answer": r.answer,
                "score": r.score,
                "points": r.question.points,
                "feedback_from_trainer": r.grader_feedback,
                "graded_at": iso(r.graded_at),
            }
        )
    return [
        {
            "quiz": a.quiz.title,
            "sector": a.sector.name if a.sector else None,
            "number": a.number,
            "status": a.status,
            "started_at": iso(a.started_at),
            "deadline": iso(a.deadline),
            "submitted_at": iso(a.submitted_at),
            "score": a.score,
            "max_score": a.max_score,
            "percent": a.percent,
            "passed": a.passed,
            "responses": responses.get(a.pk, []),
        }
        for a in attempts
    ]


def attempts_erase(job: ErasureJob) -> None:
    """Essay texts and trainers' feedback are the learner's words (or words to them); scores
    stay."""
    responses = Response.objects.filter(attempt__user=job.user)
    job.count(
        "assessments.Response.essay_text",
        responses.filter(question_id__in=EssayQuestion.objects.values("pk")).update(
            answer={"text": ""}
        ),
    )
    job.count(
        "assessments.Response.grader_feedback",
        responses.exclude(grader_feedback="").update(grader_feedback=""),
    )


def register() -> None:
    rules_register(
        Rule(
            "assessments.Attempt",
            "user",
            "quiz_attempts",
            Erase.KEEP,
            "Pass rates and item analysis count attempts and scores; essay texts and grader "
            "feedback are blanked.",
        ),
        Rule(
            "assessments.Response",
            "graded_by",
            REFERENCES,
            Erase.SET_NULL,
            "Staff who graded an essay.",
        ),
    )
    export_section_register(
        "quiz_attempts",
        quiz_attempts,
        order=60,
        description=_("Your quiz attempts with your answers, scores and feedback."),
    )
    erasure_step_register("assessments.Attempt", "user", attempts_erase)
