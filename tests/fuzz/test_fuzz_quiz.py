"""Fuzzing quiz answering: start, answer (save or submit), autosave and result.

What is fuzzed: the answer form of a quiz with one question of every type, starting from a valid
form and then changing, adding and removing fields (question ids of this quiz, of another quiz,
huge, negative or non-numeric; values that are lists, unicode, other scripts' digits, NUL
bytes, very long strings), the sequence and the action; raw autosave bodies (malformed JSON,
JSON of the wrong type, broken multipart, junk url-encoding); and the attempt and quiz ids in
the URLs, as the owner, as another learner and anonymously.

Invariants after every example: no 5xx; a refused post stores nothing (answers and sequence
unchanged); a save moves the sequence by exactly one and never grades; a submitted attempt is
graded once (submitting again, autosaving or a late post change nothing); no Response for a
question outside the attempt; no Attempt appears or changes for another user.
"""

from urllib.parse import urlencode

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assessments.models import (
    Attempt,
    Response,
    ScenarioJudgementQuestion,
    ScenarioResponse,
)
from assessments.services import attempt_start
from tests.factories import EssayQuestionFactory, QuizFactory, UserFactory, every_type_quiz

from .conftest import (
    assert_no_server_error,
    fuzz_clients,
    fuzz_settings,
    outcome,
    rolled_back,
    tricky_text,
)

pytestmark = pytest.mark.django_db


class World:
    """The learner's open attempt at a quiz of every type, and what must never change."""

    def __init__(self):
        self.learner = UserFactory(email="fuzz.learner@school.example")
        self.other = UserFactory(email="fuzz.other@school.example")
        self.quiz = every_type_quiz()
        # A question of another quiz: answers for it must never be stored on this attempt.
        self.outside = EssayQuestionFactory(title="Elders", prompt="Niet in deze quiz.")
        self.elsewhere = QuizFactory(title="Andere quiz", questions=[self.outside])
        self.attempt = attempt_start(user=self.learner, quiz=self.quiz)
        self.others_attempt = attempt_start(user=self.other, quiz=self.quiz)
        self.others_state = _state(self.others_attempt)
        self.keys = _field_names(self.quiz)
        self.child_ids = _child_ids(self.quiz)
        self.text_fields = [
            f"q{q.pk}"
            for q in self.quiz.questions
            if type(q).__name__ in ("ShortAnswerQuestion", "EssayQuestion")
        ]
        self._valid_form = self._build_valid_form()
        self.users = {"owner": self.learner, "other": self.other}
        self.clients = fuzz_clients(**self.users)
        self.client = self.clients["owner"]

    def valid_form(self) -> dict:
        return dict(self._valid_form)

    def _build_valid_form(self) -> dict:
        """Right answers to every question, as the quiz page posts them."""
        data = {"sequence": str(self.attempt.sequence)}
        for question in self.quiz.questions:
            field = f"q{question.pk}"
            name = type(question).__name__
            if name == "SingleChoiceQuestion":
                data[field] = str(question.options.get(is_correct=True).pk)
            elif name == "MultipleResponseQuestion":
                data[field] = [str(o.pk) for o in question.options.filter(is_correct=True)]
            elif name == "TrueFalseQuestion":
                data[field] = "true"
            elif name in ("ShortAnswerQuestion", "EssayQuestion"):
                data[field] = "Ik luister eerst."
            elif name == "MatchingQuestion":
                for pair in question.pairs.all():
                    data[f"{field}-{pair.pk}"] = str(pair.pk)
            elif name == "OrderingQuestion":
                for position, item in enumerate(question.items.all(), start=1):
                    data[f"{field}-{item.pk}"] = str(position)
            elif name == "ScenarioJudgementQuestion":
                for response in question.responses.all():
                    data[f"{field}-{response.pk}"] = str(response.expert_rating)
        return data

    def check_others_untouched(self) -> None:
        assert _state(self.others_attempt) == self.others_state
        assert Attempt.objects.filter(user=self.other).count() == 1
        # Answers are only ever stored for questions drawn in their attempt.
        for attempt in Attempt.objects.all():
            assert not attempt.responses.exclude(question_id__in=attempt.question_ids).exists()
        assert not Response.objects.filter(question=self.outside).exists()


def _field_names(quiz) -> list[str]:
    names = []
    for question in quiz.questions:
        names.append(f"q{question.pk}")
        for relation in ("pairs", "items", "responses"):
            if hasattr(question, relation):
                names += [
                    f"q{question.pk}-{child.pk}" for child in getattr(question, relation).all()
                ]
    return names


def _state(attempt: Attempt) -> tuple:
    """Everything grading decides, and every stored answer with its score."""
    fresh = Attempt.objects.get(pk=attempt.pk)
    answers = sorted(
        Response.objects.filter(attempt=fresh).values_list("question_id", "answer", "score"),
        key=lambda row: row[0],
    )
    return (
        fresh.status,
        fresh.sequence,
        fresh.submitted_at,
        fresh.score,
        fresh.percent,
        fresh.passed,
        fresh.max_score,
        str(answers),
    )


def _child_ids(quiz) -> list[str]:
    ids = []
    for question in quiz.questions:
        for relation in ("options", "pairs", "items", "responses"):
            if hasattr(question, relation):
                ids += [str(child.pk) for child in getattr(question, relation).all()]
    return ids


def _keys(world):
    outside = world.outside.pk
    return st.one_of(
        st.sampled_from(world.keys),
        st.sampled_from(
            [
                f"q{outside}",
                f"q{outside}-1",
                "q0",
                "q-1",
                f"q{10**20}",
                "q",
                "q1.5",
                "sequence",
                "action",
                "csrfmiddlewaretoken",
            ]
        ),
        st.text(max_size=12),
    )


def _values(world):
    scalar = st.one_of(
        tricky_text,
        st.sampled_from(world.child_ids),
        st.sampled_from(["", "true", "false", "True", "0", "1", "3", "5", "6", "-1", " 2 "]),
    )
    return st.one_of(scalar, st.lists(scalar, max_size=4))


@st.composite
def fuzzed_form(draw, world) -> dict:
    """A valid form with fields changed, added and removed, and a fuzzed sequence/action."""
    data = world.valid_form()
    for key, value in draw(st.lists(st.tuples(_keys(world), _values(world)), max_size=6)):
        data[key] = value
    if draw(st.booleans()):  # text answers are stored as typed: fuzz them often
        data[draw(st.sampled_from(world.text_fields))] = draw(tricky_text)
    for key in draw(st.lists(st.sampled_from(sorted(data)), max_size=3)):
        data.pop(key, None)
    sequence = draw(
        st.one_of(
            st.just(str(world.attempt.sequence)),
            st.just(str(world.attempt.sequence)),
            st.none(),
            tricky_text,
        )
    )
    if sequence is None:
        data.pop("sequence", None)
    else:
        data["sequence"] = sequence
    action = draw(st.sampled_from(["submit", "submit", "save", None, "SUBMIT", "delete"]))
    if action is not None:
        data["action"] = action
    return data


def _post(client, url: str, form: dict, how: str):
    """Post as multipart (the browser's form) or as url-encoding with junk after it."""
    if how == "multipart":
        return client.post(url, form)
    body = urlencode(form, doseq=True)
    if how == "urlencoded-junk":
        body += "&%zz=%ff&=&&q%00=%00&" + "a" * 300
    return client.post(url, body, content_type="application/x-www-form-urlencoded")


def _check_graded_once(client, world, form: dict) -> None:
    """Once submitted, a second submit, an autosave and a late save change nothing."""
    url = f"/attempts/{world.attempt.pk}/"
    graded = _state(world.attempt)
    resubmit = {**form, "sequence": str(graded[1]), "action": "submit"}
    response = client.post(url, resubmit)
    assert_no_server_error(response)
    assert response.status_code == 302
    assert response["Location"] == f"/attempts/{world.attempt.pk}/result/"
    stale = client.post(url, {**form, "action": "submit"})
    assert_no_server_error(stale)
    autosave = client.post(f"{url}autosave/", resubmit)
    assert autosave.status_code == 409
    assert _state(world.attempt) == graded
    assert Attempt.objects.filter(user=world.learner).count() == 1


@fuzz_settings(max_examples=300)
@given(data=st.data())
def test_fuzzed_answer_posts(world, data):
    fuzz_client = world.client
    url = f"/attempts/{world.attempt.pk}/"
    form = data.draw(fuzzed_form(world))
    how = data.draw(st.sampled_from(["multipart", "multipart", "urlencoded", "urlencoded-junk"]))
    with rolled_back(fuzz_client):
        before = _state(world.attempt)
        response = _post(fuzz_client, url, form, how)
        assert_no_server_error(response)
        after = _state(world.attempt)
        outcome(f"{after[0]} after {response.status_code}")
        if after[0] != Attempt.Status.IN_PROGRESS:
            assert response.status_code == 302
            assert after[1] == before[1] + 1
            _check_graded_once(fuzz_client, world, form)
            result = fuzz_client.get(f"{url}result/")
            assert result.status_code == 200
        elif response.status_code == 302:  # saved
            assert after[1] == before[1] + 1
        else:  # refused: nothing of the request is stored
            assert response.status_code in (400, 409)
            assert after == before
        assert Attempt.objects.filter(user=world.learner).count() == 1
        world.check_others_untouched()


@fuzz_settings(max_examples=200)
@given(data=st.data())
def test_fuzzed_autosave_forms(world, data):
    fuzz_client = world.client
    url = f"/attempts/{world.attempt.pk}/autosave/"
    form = data.draw(fuzzed_form(world))
    how = data.draw(st.sampled_from(["multipart", "urlencoded", "urlencoded-junk"]))
    with rolled_back(fuzz_client):
        before = _state(world.attempt)
        response = _post(fuzz_client, url, form, how)
        assert_no_server_error(response)
        assert response["Content-Type"] == "application/json"
        after = _state(world.attempt)
        outcome(f"autosave answered {response.status_code}")
        assert after[0] == Attempt.Status.IN_PROGRESS  # autosave never grades
        if response.status_code == 200:
            body = response.json()
            assert body["status"] == "saved" and body["sequence"] == before[1] + 1
            assert after[1] == before[1] + 1
        else:
            assert response.status_code in (400, 409)
            assert response.json()["status"] == "error"
            assert after == before
        world.check_others_untouched()


json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**30), max_value=10**30),
        st.floats(allow_nan=False, allow_infinity=False),
        tricky_text,
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(tricky_text, children, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def raw_bodies(draw) -> tuple[bytes, str]:
    import json

    kind = draw(st.sampled_from(["json", "broken-json", "multipart", "text", "urlencoded"]))
    if kind == "json":
        body = json.dumps(draw(json_values)).encode()
        return body, draw(st.sampled_from(["application/json", "application/json; charset=utf-8"]))
    if kind == "broken-json":
        text = draw(st.sampled_from(['{"sequence": 0', "[1, 2,", "{'a': 1}", "nul", "{}}"]))
        return text.encode() + draw(st.binary(max_size=20)), "application/json"
    if kind == "multipart":
        boundary = draw(st.sampled_from(["BoUnDaRy", "", "x" * 200, "a b", '"']))
        return draw(st.binary(max_size=200)), f"multipart/form-data; boundary={boundary}"
    if kind == "urlencoded":
        return draw(st.binary(max_size=200)), "application/x-www-form-urlencoded"
    return draw(st.binary(max_size=200)), draw(st.sampled_from(["text/plain", "", "*/*"]))


@fuzz_settings(max_examples=200)
@given(body=raw_bodies())
def test_fuzzed_autosave_bodies(world, body):
    payload, content_type = body
    fuzz_client = world.client
    with rolled_back(fuzz_client):
        before = _state(world.attempt)
        response = fuzz_client.post(
            f"/attempts/{world.attempt.pk}/autosave/", payload, content_type=content_type
        )
        assert_no_server_error(response)
        # No valid sequence can be in such a body: nothing is ever stored.
        assert response.status_code in (400, 409)
        assert _state(world.attempt) == before
        world.check_others_untouched()


@fuzz_settings(max_examples=1100)
@given(
    who=st.sampled_from(["owner", "other", "anonymous"]),
    target=st.one_of(
        st.sampled_from(["own", "others", "quiz", "elsewhere"]),
        st.integers(min_value=0, max_value=10**30),
    ),
    endpoint=st.sampled_from(
        ["attempt-get", "attempt-post", "autosave", "result", "start", "quiz", "preview"]
    ),
    sequence=st.one_of(st.just("0"), tricky_text),
)
def test_fuzzed_ids_and_visitors(world, who, target, endpoint, sequence):
    fuzz_client = world.clients[who]
    ids = {
        "own": world.attempt.pk,
        "others": world.others_attempt.pk,
        "quiz": world.quiz.pk,
        "elsewhere": world.elsewhere.pk,
    }
    number = ids.get(target, target)
    requests = {
        "attempt-get": ("get", f"/attempts/{number}/"),
        "attempt-post": ("post", f"/attempts/{number}/"),
        "autosave": ("post", f"/attempts/{number}/autosave/"),
        "result": ("get", f"/attempts/{number}/result/"),
        "start": ("post", f"/quizzes/{number}/start/"),
        "quiz": ("get", f"/quizzes/{number}/"),
        "preview": ("get", f"/quizzes/{number}/preview/"),
    }
    method, url = requests[endpoint]
    with rolled_back(fuzz_client):
        counts = {
            user: Attempt.objects.filter(user=user).count() for user in (world.learner, world.other)
        }
        own = _state(world.attempt)
        form = {"sequence": sequence, "action": "submit"}
        response = getattr(fuzz_client, method)(url, form if method == "post" else None)
        assert_no_server_error(response)
        if who == "anonymous":
            assert response.status_code in (302, 401, 404, 405)
            assert _state(world.attempt) == own
        on_attempt = endpoint in ("attempt-get", "attempt-post", "autosave", "result")
        if on_attempt and number == world.others_attempt.pk and who == "owner":
            assert response.status_code == 404  # another learner's attempt is not found
        if who == "owner" and number == world.attempt.pk and endpoint == "result":
            assert response["Location"] == f"/attempts/{world.attempt.pk}/"  # still open
        started_elsewhere = (
            endpoint == "start" and number == world.elsewhere.pk and who != "anonymous"
        )
        for user, count in counts.items():
            expected = count + (1 if started_elsewhere and user == world.users.get(who) else 0)
            assert Attempt.objects.filter(user=user).count() == expected
        if who != "owner":
            assert _state(world.attempt) == own
        if who != "other":
            assert _state(world.others_attempt) == world.others_state


@pytest.mark.parametrize("rating", ["²", "9" * 5000])
@pytest.mark.parametrize("endpoint", ["", "autosave/"])
def test_an_unreadable_rating_is_refused_not_a_server_error(world, rating, endpoint):
    """Regression: ``"²".isdigit()`` is true but ``int("²")`` fails, as does ``int()`` of more
    than 4,300 digits; the scenario rating field crashed the answer and autosave views."""
    scenario = next(q for q in world.quiz.questions if isinstance(q, ScenarioJudgementQuestion))
    first = ScenarioResponse.objects.filter(question=scenario).first()
    form = {**world.valid_form(), f"q{scenario.pk}-{first.pk}": rating, "action": "submit"}
    before = _state(world.attempt)
    response = world.client.post(f"/attempts/{world.attempt.pk}/{endpoint}", form)
    assert response.status_code == 400
    assert "Het antwoord heeft een onverwachte vorm." in response.content.decode()
    assert _state(world.attempt) == before


@pytest.mark.parametrize("kind", ["ShortAnswerQuestion", "EssayQuestion"])
@pytest.mark.parametrize("endpoint", ["", "autosave/"])
def test_a_text_answer_with_a_nul_byte_is_refused_not_a_server_error(world, kind, endpoint):
    """Regression: PostgreSQL cannot store a NUL character in JSON; the answer reached the
    database and the save failed with a 500."""
    question = next(q for q in world.quiz.questions if type(q).__name__ == kind)
    form = {**world.valid_form(), f"q{question.pk}": "Ik luister\x00 eerst.", "action": "save"}
    before = _state(world.attempt)
    response = world.client.post(f"/attempts/{world.attempt.pk}/{endpoint}", form)
    assert response.status_code == 400
    if endpoint:
        assert response.json()["status"] == "error" and response.json()["error"]
    else:
        assert 'class="error-summary" role="alert"' in response.content.decode()
    assert _state(world.attempt) == before
