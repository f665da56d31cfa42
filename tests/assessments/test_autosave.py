"""Autosave of an open attempt over JSON: the same fields as the quiz form, the same rules as a
manual save (owner only, sequence, deadline, valid answers), and nothing of the key in reply."""

import json
import re
from datetime import datetime, timedelta

import pytest
from django.test import Client
from django.utils import timezone

from assessments.models import Attempt, Quiz, Response
from assessments.services import attempts_close_overdue
from tests.assessments.test_quiz_views import _form_for
from tests.factories import SECRETS, UserFactory

pytestmark = pytest.mark.django_db

SAVED_KEYS = {"status", "sequence", "saved_at"}
ERROR_KEYS = {"status", "error"}
CLOSED_KEYS = {"status", "error", "redirect"}


@pytest.fixture
def started(client, learner, every_type_quiz):
    """The learner, logged in, with an attempt at the every-type quiz just started."""
    client.force_login(learner)
    client.post(f"/quizzes/{every_type_quiz.pk}/start/")
    return Attempt.objects.get(user=learner)


def _url(attempt) -> str:
    return f"/attempts/{attempt.pk}/autosave/"


def _stored(attempt) -> dict:
    return dict(Response.objects.filter(attempt=attempt).values_list("question_id", "answer"))


def _question(quiz, type_name: str):
    return next(q for q in quiz.questions if type(q).__name__ == type_name)


def test_autosave_stores_the_answers_and_returns_the_next_sequence(
    client, started, every_type_quiz
):
    quiz = every_type_quiz
    response = client.post(_url(started), _form_for(quiz, started))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert set(body) == SAVED_KEYS
    assert body["status"] == "saved" and body["sequence"] == 1
    assert abs(datetime.fromisoformat(body["saved_at"]) - timezone.now()) < timedelta(minutes=1)
    started.refresh_from_db()
    assert started.sequence == 1 and started.status == "in_progress"
    stored = _stored(started)
    assert set(stored) == {q.pk for q in quiz.questions}
    single = _question(quiz, "SingleChoiceQuestion")
    assert stored[single.pk] == {"choice": single.options.get(is_correct=True).pk}
    assert stored[_question(quiz, "TrueFalseQuestion").pk] == {"value": True}

    # The page's script puts the returned sequence in the form: a manual save then goes through.
    manual = client.post(
        f"/attempts/{started.pk}/",
        {**_form_for(quiz, started, right=False), "action": "save"},
    )
    assert manual.status_code == 302
    started.refresh_from_db()
    assert started.sequence == 2
    assert _stored(started)[single.pk] == {"choice": single.options.get(is_correct=False).pk}


def test_the_quiz_page_points_its_script_at_the_autosave(client, started):
    html = client.get(f"/attempts/{started.pk}/").content.decode()
    assert f'data-autosave-url="/attempts/{started.pk}/autosave/"' in html
    region = re.search(r'<p class="quiz-autosave[^"]*"[^>]*>', html)
    assert region, "the live region for autosave messages is missing"
    assert 'role="status"' in region[0] and 'aria-live="polite"' in region[0]
    assert re.search(r'data-saved="[^"]*\{time\}[^"]*"', region[0])
    assert re.search(r'data-failed="[^"]+"', region[0])
    assert "<script>" not in html  # the strict CSP allows static scripts only


def test_a_stale_sequence_is_refused_and_changes_nothing(client, started, every_type_quiz):
    quiz = every_type_quiz
    first = _form_for(quiz, started)
    assert client.post(_url(started), first).status_code == 200
    before = _stored(started)
    stale = client.post(_url(started), _form_for(quiz, started, right=False))  # sequence 0 again
    assert stale.status_code == 409
    body = stale.json()
    assert set(body) == ERROR_KEYS and body["status"] == "error"
    assert "verouderd" in body["error"]
    started.refresh_from_db()
    assert started.sequence == 1 and _stored(started) == before


@pytest.mark.parametrize("sequence", ["", "abc", "-1", "7"])
def test_a_missing_or_invalid_sequence_is_refused(client, started, every_type_quiz, sequence):
    form = {**_form_for(every_type_quiz, started), "sequence": sequence}
    response = client.post(_url(started), form)
    assert response.status_code == 409
    started.refresh_from_db()
    assert started.sequence == 0 and not _stored(started)


def test_another_learners_attempt_is_not_found_and_unchanged(client, started, every_type_quiz):
    client.force_login(UserFactory())
    response = client.post(_url(started), _form_for(every_type_quiz, started))
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert set(response.json()) == ERROR_KEYS
    assert client.post("/attempts/999999/autosave/", {"sequence": "0"}).status_code == 404
    started.refresh_from_db()
    assert started.sequence == 0 and not _stored(started)


def test_a_submitted_attempt_is_refused_with_the_way_to_the_result(
    client, started, every_type_quiz
):
    quiz = every_type_quiz
    client.post(f"/attempts/{started.pk}/", {**_form_for(quiz, started), "action": "submit"})
    started.refresh_from_db()
    assert started.status != "in_progress"
    before = (started.sequence, _stored(started))
    response = client.post(_url(started), _form_for(quiz, started, right=False))
    assert response.status_code == 409
    body = response.json()
    assert set(body) == CLOSED_KEYS and body["status"] == "error"
    assert body["redirect"] == f"/attempts/{started.pk}/result/"
    assert "al ingediend" in body["error"]
    started.refresh_from_db()
    assert (started.sequence, _stored(started)) == before


def test_an_attempt_closed_at_its_deadline_is_refused_with_the_way_to_the_result(
    client, started, every_type_quiz
):
    late = timezone.now() + timedelta(hours=1)
    assert attempts_close_overdue(now=late) == 1
    started.refresh_from_db()
    before = (started.sequence, _stored(started))
    response = client.post(_url(started), _form_for(every_type_quiz, started))
    assert response.status_code == 409
    assert response.json()["redirect"] == f"/attempts/{started.pk}/result/"
    started.refresh_from_db()
    assert (started.sequence, _stored(started)) == before


def test_past_deadline_and_grace_is_refused(client, started, every_type_quiz):
    grace = every_type_quiz.grace_seconds
    Attempt.objects.filter(pk=started.pk).update(
        deadline=timezone.now() - timedelta(seconds=grace + 5)
    )
    response = client.post(_url(started), _form_for(every_type_quiz, started))
    assert response.status_code == 409
    body = response.json()
    assert body["status"] == "error" and "tijd" in body["error"]
    # Still open until the closing task grades it: the result page would send the learner back.
    assert "redirect" not in body
    started.refresh_from_db()
    assert started.sequence == 0 and not _stored(started)


def test_within_the_grace_period_autosave_still_works(client, started, every_type_quiz):
    Attempt.objects.filter(pk=started.pk).update(deadline=timezone.now() - timedelta(seconds=5))
    response = client.post(_url(started), _form_for(every_type_quiz, started))
    assert response.status_code == 200 and response.json()["status"] == "saved"


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_only_post_is_allowed(client, started, method):
    response = getattr(client, method)(_url(started))
    assert response.status_code == 405
    started.refresh_from_db()
    assert started.sequence == 0


def test_anonymous_visitors_get_a_json_refusal(client, started, every_type_quiz):
    client.logout()
    response = client.post(_url(started), _form_for(every_type_quiz, started))
    assert response.status_code == 401
    body = response.json()
    assert set(body) == ERROR_KEYS and body["error"]
    started.refresh_from_db()
    assert started.sequence == 0 and not _stored(started)


def _malformed(quiz, form: dict, case: str) -> dict:
    single = _question(quiz, "SingleChoiceQuestion")
    multiple = _question(quiz, "MultipleResponseQuestion")
    matching = _question(quiz, "MatchingQuestion")
    scenario = _question(quiz, "ScenarioJudgementQuestion")
    if case == "single":
        return {**form, f"q{single.pk}": "99999999"}
    if case == "multiple":
        return {**form, f"q{multiple.pk}": [str(multiple.options.first().pk), "99999999"]}
    if case == "matching":
        return {**form, f"q{matching.pk}-{matching.pairs.first().pk}": "99999999"}
    rating = f"q{scenario.pk}-{scenario.responses.first().pk}"
    return {**form, rating: "9"}


@pytest.mark.parametrize("case", ["single", "multiple", "matching", "scenario"])
def test_malformed_answers_get_a_message_and_nothing_is_stored(
    client, started, every_type_quiz, case
):
    form = _malformed(every_type_quiz, _form_for(every_type_quiz, started), case)
    response = client.post(_url(started), form)
    assert response.status_code == 400
    body = response.json()
    assert set(body) == ERROR_KEYS and body["status"] == "error" and body["error"]
    if case != "scenario":
        assert "onbekende optie" in body["error"]
    started.refresh_from_db()
    assert started.sequence == 0 and not _stored(started)


def test_autosave_is_csrf_protected_and_takes_the_token_from_the_header(
    learner, started, every_type_quiz
):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(learner)
    html = browser.get(f"/attempts/{started.pk}/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
    form = _form_for(every_type_quiz, started)
    assert browser.post(_url(started), form).status_code == 403
    started.refresh_from_db()
    assert started.sequence == 0 and not _stored(started)
    saved = browser.post(_url(started), form, headers={"X-CSRFToken": token})
    assert saved.status_code == 200 and saved.json()["sequence"] == 1


def _assert_no_secrets_in_json(response) -> None:
    body = response.content.decode()
    payload = json.loads(body)
    assert set(payload) <= SAVED_KEYS | CLOSED_KEYS, payload
    for secret in SECRETS:
        assert secret not in body, secret
    for word in ("is_correct", "correct_answer", "expert_rating", "score", "points", "feedback"):
        assert word not in body, word


def test_no_autosave_reply_over_a_whole_attempt_reveals_the_key(client, started, every_type_quiz):
    """Mirrors the HTML leak scan of the quiz pages: every JSON body of a whole attempt, saved
    answer by answer, with refusals and after submitting, holds nothing of the key."""
    quiz = every_type_quiz
    full = _form_for(quiz, started)
    scanned = []
    sequence = 0
    answered: dict = {"sequence": "0"}
    for name, value in full.items():  # one question field after another, as a learner answers
        if name == "sequence":
            continue
        answered = {**answered, name: value, "sequence": str(sequence)}
        reply = client.post(_url(started), answered)
        assert reply.status_code == 200, reply.content
        sequence = reply.json()["sequence"]
        scanned.append(reply)
    answered["sequence"] = str(sequence)
    scanned.append(client.post(_url(started), {**answered, "sequence": "0"}))  # stale
    scanned.append(client.post(_url(started), _malformed(quiz, answered, "single")))  # unknown
    scanned.append(client.post(_url(started), _malformed(quiz, answered, "scenario")))
    client.force_login(UserFactory())
    scanned.append(client.post(_url(started), answered))  # another learner
    client.force_login(started.user)
    submitted = client.post(
        f"/attempts/{started.pk}/", {**answered, "action": "submit"}, follow=True
    )
    assert "LIVC-R-SLEUTEL" in submitted.content.decode()  # the review now shows the key...
    scanned.append(client.post(_url(started), answered))  # ...but the JSON still does not
    statuses = [reply.status_code for reply in scanned]
    assert statuses == [200] * (len(full) - 1) + [409, 400, 400, 404, 409]
    for reply in scanned:
        _assert_no_secrets_in_json(reply)
    assert Attempt.objects.get(pk=started.pk).status == "needs_grading"


def test_review_policy_never_keeps_the_key_out_of_autosave_replies(
    client, started, every_type_quiz
):
    Quiz.objects.filter(pk=every_type_quiz.pk).update(review_policy=Quiz.ReviewPolicy.NEVER)
    form = _form_for(every_type_quiz, started)
    _assert_no_secrets_in_json(client.post(_url(started), form))
    client.post(f"/attempts/{started.pk}/", {**form, "sequence": "1", "action": "submit"})
    _assert_no_secrets_in_json(client.post(_url(started), form))
