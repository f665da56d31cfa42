"""The learner side of quizzes: start, answer (save, autosave or submit) and see the result.

Only question texts and option texts reach the browser while an attempt is open; keys, weights
and feedback are shown on the result page when the quiz's review policy allows it. The autosave
endpoint answers in JSON with nothing but its status, the new sequence and a message.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods, require_POST

from lms.http import error_response, error_status

from .models import Attempt, Question, Quiz
from .selectors import quiz_open_to
from .services import AttemptError, attempt_save, attempt_start, attempt_submit


def _field(question) -> str:
    return f"q{question.pk}"


def _questions(attempt: Attempt) -> list[Question]:
    by_id = {q.pk: q for q in Question.objects.filter(pk__in=attempt.question_ids)}
    return [by_id[pk] for pk in attempt.question_ids if pk in by_id]


def _posted_answers(questions: list[Question], data) -> dict[str, dict | None]:
    answers: dict[str, dict | None] = {}
    for question in questions:
        try:
            answers[str(question.pk)] = question.answer_from_post(data, _field(question))
        except ValueError:
            # A value the quiz page never sends (e.g. "²" or 5,000 digits as a rating). None is
            # refused by the question's clean_answer inside the service, after the checks of
            # the attempt itself, so the post is rejected whole like any other invalid answer.
            answers[str(question.pk)] = None
    return answers


def _posted_sequence(data) -> int:
    try:
        return int(data.get("sequence", ""))
    except ValueError:
        return -1  # never a valid sequence: refused as stale


def _open_quiz(request, quiz_id: int) -> Quiz:
    """The quiz, if this learner may take it; another sector's quiz is simply not found."""
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    if not quiz_open_to(user=request.user, quiz=quiz):
        raise Http404
    return quiz


@login_required
def quiz_detail(request, quiz_id: int):
    quiz = _open_quiz(request, quiz_id)
    attempts = list(Attempt.objects.filter(user=request.user, quiz=quiz).order_by("number"))
    open_attempt = next((a for a in attempts if a.status == Attempt.Status.IN_PROGRESS), None)
    left = None if not quiz.max_attempts else max(quiz.max_attempts - len(attempts), 0)
    return render(
        request,
        "assessments/quiz_detail.html",
        {"quiz": quiz, "attempts": attempts, "open_attempt": open_attempt, "attempts_left": left},
    )


@login_required
@require_POST
def quiz_start(request, quiz_id: int):
    quiz = _open_quiz(request, quiz_id)
    try:
        attempt = attempt_start(user=request.user, quiz=quiz)
    except AttemptError as exc:
        messages.error(request, str(exc))
        return redirect("assessments:quiz", quiz_id=quiz.pk)
    return redirect("assessments:attempt", attempt_id=attempt.pk)


@login_required
@require_http_methods(["GET", "POST"])
def attempt_take(request, attempt_id: int):
    # Another learner's attempt is simply not found.
    attempt = get_object_or_404(
        Attempt.objects.select_related("quiz"), pk=attempt_id, user=request.user
    )
    if attempt.status != Attempt.Status.IN_PROGRESS:
        if request.method == "POST":
            # A second tab or a late post: say that these answers were not taken into account.
            messages.error(
                request,
                gettext(
                    "This attempt was already submitted; the answers from this page were not saved."
                ),
            )
        return redirect("assessments:result", attempt_id=attempt.pk)
    questions = _questions(attempt)
    error = None
    status = 200
    if request.method == "POST":
        answers = _posted_answers(questions, request.POST)
        sequence = _posted_sequence(request.POST)
        action = attempt_submit if request.POST.get("action") == "submit" else attempt_save
        try:
            attempt = action(attempt=attempt, user=request.user, answers=answers, sequence=sequence)
        except AttemptError as exc:
            error, status = str(exc), error_status(exc)
            attempt.refresh_from_db()
            if attempt.status != Attempt.Status.IN_PROGRESS:
                messages.error(request, error)
                return redirect("assessments:result", attempt_id=attempt.pk)
        else:
            if attempt.status != Attempt.Status.IN_PROGRESS:
                return redirect("assessments:result", attempt_id=attempt.pk)
            messages.success(request, _saved_message())
            return redirect("assessments:attempt", attempt_id=attempt.pk)
    saved = {r.question_id: r.answer for r in attempt.responses.all()}
    items = [
        {
            "question": q,
            "number": index,
            "field": _field(q),
            "options": q.option_items(attempt.option_orders.get(str(q.pk))),
            "answer": saved.get(q.pk, {}),
            "template": q.template_name,
        }
        for index, q in enumerate(questions, start=1)
    ]
    seconds_left = None
    if attempt.deadline:
        seconds_left = max(int((attempt.deadline - timezone.now()).total_seconds()), 0)
    return render(
        request,
        "assessments/attempt.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "items": items,
            "error": error,
            "seconds_left": seconds_left,
        },
        status=status,
    )


def _saved_message() -> str:
    return gettext("Your answers are saved. You can go on or submit.")


def _autosave_error(message: str, status: int) -> JsonResponse:
    return JsonResponse({"status": "error", "error": message}, status=status)


def _result_link(attempt: Attempt) -> dict:
    if attempt.status == Attempt.Status.IN_PROGRESS:
        return {}
    # Nothing can be saved any more: the page's script offers the way to the result.
    return {"redirect": reverse("assessments:result", kwargs={"attempt_id": attempt.pk})}


@require_POST
def attempt_autosave(request, attempt_id: int):
    """Save the answers of an open attempt for the quiz page's script, which posts the same
    fields as the form; the reply is JSON (status, new sequence, time) and never a page."""
    if not request.user.is_authenticated:
        # A redirect to the login page would reach the script as HTML; say it in JSON.
        return _autosave_error(
            gettext("You are no longer logged in. Log in again to go on."), status=401
        )
    attempt = (
        Attempt.objects.select_related("quiz").filter(pk=attempt_id, user=request.user).first()
    )
    if attempt is None:  # another learner's attempt is simply not found
        return _autosave_error(gettext("This attempt does not exist."), status=404)
    # A submitted or expired attempt is refused by attempt_save, like a stale sequence.
    answers = _posted_answers(_questions(attempt), request.POST)
    now = timezone.now()
    try:
        attempt = attempt_save(
            attempt=attempt,
            user=request.user,
            answers=answers,
            sequence=_posted_sequence(request.POST),
            now=now,
        )
    except AttemptError as exc:
        attempt.refresh_from_db()
        return error_response(request, exc, **_result_link(attempt))
    return JsonResponse(
        {
            "status": "saved",
            "sequence": attempt.sequence,
            "saved_at": timezone.localtime(now).isoformat(timespec="seconds"),
        }
    )


def review_allowed(attempt: Attempt) -> bool:
    quiz = attempt.quiz
    if attempt.status == Attempt.Status.IN_PROGRESS:
        return False
    if quiz.review_policy == Quiz.ReviewPolicy.AFTER_SUBMIT:
        return True
    if quiz.review_policy == Quiz.ReviewPolicy.AFTER_CLOSE:
        return bool(quiz.closes_at and timezone.now() >= quiz.closes_at)
    return False


@login_required
def attempt_result(request, attempt_id: int):
    attempt = get_object_or_404(
        Attempt.objects.select_related("quiz"), pk=attempt_id, user=request.user
    )
    if attempt.status == Attempt.Status.IN_PROGRESS:
        return redirect("assessments:attempt", attempt_id=attempt.pk)
    review = review_allowed(attempt)
    rows = []
    if review:
        responses = {r.question_id: r for r in attempt.responses.all()}
        for index, question in enumerate(_questions(attempt), start=1):
            response = responses.get(question.pk)
            answer = response.answer if response else {}
            rows.append(
                {
                    "number": index,
                    "question": question,
                    "response": response,
                    "answer": question.answer_display(answer),
                    "correct": question.correct_display(),
                }
            )
    return render(
        request,
        "assessments/result.html",
        {"attempt": attempt, "quiz": attempt.quiz, "review": review, "rows": rows},
    )


@login_required
def quiz_preview(request, quiz_id: int):
    """Quiz authors see the quiz as a learner would, without starting an attempt."""
    if not request.user.has_perm("assessments.view_quiz"):
        raise PermissionDenied
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    # Sector staff preview shared quizzes and their own sector's; another sector's is not found.
    policy = Quiz.snippet_viewset.permission_policy
    if not policy.user_has_permission_for_instance(request.user, "view", quiz):
        raise Http404
    question_ids = [qq.question_id for qq in quiz.quiz_questions.all()]
    by_id = {q.pk: q for q in Question.objects.filter(pk__in=question_ids)}
    items = [
        {
            "question": question,
            "number": index,
            "field": _field(question),
            "options": question.option_items(None),
            "answer": {},
            "template": question.template_name,
        }
        for index, question in enumerate((by_id[pk] for pk in question_ids if pk in by_id), start=1)
    ]
    return render(request, "assessments/preview.html", {"quiz": quiz, "items": items})
