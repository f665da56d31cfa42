"""Benchmark: 200 learners submit the same quiz at the same moment, each attempt twice.

A real gunicorn (gthread workers) serves the platform on the PostgreSQL test database; 200
learners with an open attempt post "submit" at once, and every attempt is posted a second time
in parallel with other answers (a double click, a second tab). Figures are printed, never
asserted; what is asserted is the outcome: no 5xx, every attempt graded exactly once, the grade
belonging to the answers of one of the two posts, and the other post told so.

Run with `make bench` and `DATABASE_URL=postgres://...`; on SQLite the benchmark is skipped.
BENCH_GUNICORN_WORKERS and BENCH_GUNICORN_THREADS try other gunicorn shapes.
"""

import html
import http.client
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from http.cookies import SimpleCookie
from importlib import import_module
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

from assessments.models import (
    Attempt,
    Quiz,
    QuizQuestion,
    Response,
    SingleChoiceOption,
    TrueFalseQuestion,
)
from assessments.services import attempt_start
from tests.factories import SingleChoiceQuestionFactory, TrueFalseQuestionFactory, UserFactory

pytestmark = [
    pytest.mark.perf,
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="needs PostgreSQL (set DATABASE_URL=postgres://...): gunicorn reads the test "
        "database from another process, and parallel submits rely on its row locks",
    ),
    # Committed data, so the gunicorn processes see it; the snapshot brings back the data
    # migrations' site and home page for the benchmarks that run after this one.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PROJECT_ROOT = Path(__file__).resolve().parents[2]
LEARNERS = 200
SINGLE_CHOICE_QUESTIONS = 5
# Two cores: a few processes (each with its own GIL) with a few threads each, so requests
# waiting on PostgreSQL do not hold a whole process. 12 database connections in all.
GUNICORN_WORKERS = int(os.environ.get("BENCH_GUNICORN_WORKERS", "3"))
GUNICORN_THREADS = int(os.environ.get("BENCH_GUNICORN_THREADS", "4"))
HTTP_TIMEOUT = 120
SEQUENTIAL_ROUNDS = 20
FORM = "application/x-www-form-urlencoded"
ALREADY_SUBMITTED = "This attempt has already been submitted."

CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
SEQUENCE_FIELD = re.compile(r'name="sequence" value="(\d+)"')


@dataclass
class Reply:
    status: int
    location: str
    cookies: dict[str, str]
    body: str
    started: float
    ended: float

    @property
    def ms(self) -> float:
        return (self.ended - self.started) * 1000


@dataclass
class Learner:
    index: int
    attempt_id: int
    cookies: dict[str, str]
    csrf_token: str = ""
    sequence: int = -1
    replies: dict[str, Reply] = field(default_factory=dict)


# --- data ----------------------------------------------------------------------------------


def _build_quiz() -> tuple[Quiz, list[dict]]:
    """Five single-choice questions and one true/false; returns the quiz and, per question,
    its form field with one right and one wrong value."""
    keys = []
    for number in range(1, SINGLE_CHOICE_QUESTIONS + 1):
        question = SingleChoiceQuestionFactory(
            title=f"Signaal {number}",
            prompt=f"Vraag {number}?",
            options=[
                SingleChoiceOption(text="Niets op zich", is_correct=True),
                SingleChoiceOption(text="Radicalisering"),
                SingleChoiceOption(text="Een misdrijf"),
            ],
        )
        right = question.options.get(is_correct=True).pk
        wrong = question.options.filter(is_correct=False).first().pk
        keys.append({"question": question, "right": str(right), "wrong": str(wrong)})
    statement = TrueFalseQuestionFactory(
        title="Luisteren", prompt="Luisteren helpt.", correct_answer=True
    )
    keys.append({"question": statement, "right": "true", "wrong": "false"})
    quiz = Quiz(
        title="Piekbelasting",
        time_limit_minutes=30,
        shuffle_questions=True,
        shuffle_choices=True,
    )
    quiz.save()
    quiz.quiz_questions.set([QuizQuestion(question=key["question"]) for key in keys])
    quiz.save()
    return quiz, keys


def _answers(keys: list[dict], learner: int, copy: str) -> list[tuple[str, str]]:
    """Copy "a" answers four of the six questions right, copy "b" exactly the other two, so
    the stored answers and the score show which of the two posts was graded."""
    answers = []
    for position, key in enumerate(keys):
        right = (learner + position) % 3 != 0
        if copy == "b":
            right = not right
        answers.append((f"q{key['question'].pk}", key["right"] if right else key["wrong"]))
    return answers


def _stored_answer(key: dict, value: str) -> dict:
    if isinstance(key["question"], TrueFalseQuestion):
        return {"value": value == "true"}
    return {"choice": int(value)}


def _expected_score(keys: list[dict], answers: list[tuple[str, str]]) -> Decimal:
    return sum(
        (
            key["question"].points
            for key, (_, v) in zip(keys, answers, strict=True)
            if v == key["right"]
        ),
        Decimal(0),
    )


def _session_cookies(user) -> dict[str, str]:
    """A logged-in session written straight to the session store, as `login()` would, so the
    benchmark neither pays for nor trips django-axes on 200 password logins."""
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = user._meta.pk.value_to_string(user)
    store[BACKEND_SESSION_KEY] = "lms.accounts.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return {settings.SESSION_COOKIE_NAME: store.session_key}


@contextmanager
def _grading_log():
    """A trigger that records every write of a finished status to an attempt, from any process:
    grading twice would write it twice."""
    table = Attempt._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE bench_attempt_finish (attempt_id bigint NOT NULL, status text NOT NULL)"
        )
        cursor.execute(
            "CREATE FUNCTION bench_attempt_finish_log() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN INSERT INTO bench_attempt_finish VALUES (NEW.id, NEW.status); RETURN NEW; "
            "END $$"
        )
        cursor.execute(
            f"CREATE TRIGGER bench_attempt_finish AFTER UPDATE ON {table} FOR EACH ROW "
            f"WHEN (NEW.status <> '{Attempt.Status.IN_PROGRESS}') "
            "EXECUTE FUNCTION bench_attempt_finish_log()"
        )
    try:

        def rows() -> list[tuple[int, str]]:
            with connection.cursor() as cursor:
                cursor.execute("SELECT attempt_id, status FROM bench_attempt_finish")
                return cursor.fetchall()

        yield rows
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TRIGGER IF EXISTS bench_attempt_finish ON {table}")
            cursor.execute("DROP FUNCTION IF EXISTS bench_attempt_finish_log()")
            cursor.execute("DROP TABLE IF EXISTS bench_attempt_finish")


# --- the server ----------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _test_database_url() -> str:
    db = connection.settings_dict
    credentials = quote(db["USER"] or "postgres", safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    host = db["HOST"] or "127.0.0.1"
    port = db["PORT"] or 5432
    return f"postgres://{credentials}@{host}:{port}/{quote(db['NAME'], safe='')}"


@dataclass
class Server:
    port: int
    log: str = ""  # gunicorn's output, once it has stopped

    def first_error(self) -> str:
        """The first traceback gunicorn or Django logged, for the assertion message."""
        start = self.log.find("Traceback")
        if start < 0:
            return ""
        return self.log[max(self.log.rfind("\n", 0, start - 1), 0) : start + 6000]


@contextmanager
def _gunicorn():
    """gunicorn on a free local port, serving the test database."""
    server = Server(port=_free_port())
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "DATABASE_URL": _test_database_url(),
        "PYTHONUNBUFFERED": "1",
    }
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "lms.wsgi:application",
        f"--bind=127.0.0.1:{server.port}",
        "--worker-class=gthread",
        f"--workers={GUNICORN_WORKERS}",
        f"--threads={GUNICORN_THREADS}",
        "--backlog=2048",
        f"--timeout={HTTP_TIMEOUT}",
        "--graceful-timeout=10",
    ]
    with tempfile.TemporaryFile("w+") as log:
        process = subprocess.Popen(
            command, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
        )

        def log_text() -> str:
            log.flush()
            log.seek(0)
            return log.read()

        try:
            deadline = time.monotonic() + 60
            while True:
                if process.poll() is not None:
                    pytest.fail(f"gunicorn exited with {process.returncode}:\n{log_text()}")
                try:
                    if _http(server.port, "GET", "/healthz", {}).status == 200:
                        break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    pytest.fail(f"gunicorn did not answer /healthz within 60 s:\n{log_text()}")
                time.sleep(0.2)
            yield server
        except BaseException:
            server.log = log_text()
            print(f"\n--- gunicorn ---\n{server.first_error() or server.log[-4000:]}")
            raise
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            server.log = log_text()


def _http(
    port: int, method: str, path: str, cookies: dict[str, str], form=None, barrier=None
) -> Reply:
    """One request on its own connection; with ``barrier``, sent when all parties are ready."""
    headers = {"Connection": "close"}
    if cookies:
        headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
    body = None
    if form is not None:
        body = urlencode(form)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if barrier is not None:
        barrier.wait()
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=HTTP_TIMEOUT)
    try:
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        content = response.read().decode("utf-8", "replace")
        ended = time.perf_counter()
        jar = SimpleCookie()
        for header in response.msg.get_all("Set-Cookie") or []:
            jar.load(header)
        return Reply(
            status=response.status,
            location=response.getheader("Location", ""),
            cookies={name: morsel.value for name, morsel in jar.items()},
            body=content,
            started=started,
            ended=ended,
        )
    finally:
        conn.close()


# --- figures -------------------------------------------------------------------------------


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[max(round(fraction * len(ordered)) - 1, 0)]


def _print_figures(label: str, replies: list[Reply]) -> None:
    samples = [reply.ms for reply in replies]
    wall = max(r.ended for r in replies) - min(r.started for r in replies)
    statuses = ", ".join(
        f"{code}: {n}" for code, n in sorted(Counter(r.status for r in replies).items())
    )
    print(
        f"\n{label:<34} {len(replies):>3} requests  "
        f"p50 {statistics.median(samples):7.1f} ms  p95 {_percentile(samples, 0.95):7.1f} ms  "
        f"max {max(samples):7.1f} ms  {len(replies) / wall:6.1f} req/s  [{statuses}]"
    )


def _already_submitted_texts() -> set[str]:
    texts = set()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            texts.add(gettext(ALREADY_SUBMITTED))
    return texts


# --- the benchmark -------------------------------------------------------------------------


def test_bench_parallel_quiz_submits():
    quiz, keys = _build_quiz()
    learners = []
    for index in range(LEARNERS):
        user = UserFactory()
        attempt = attempt_start(user=user, quiz=quiz)
        learners.append(Learner(index=index, attempt_id=attempt.pk, cookies=_session_cookies(user)))

    with _grading_log() as grading_writes, _gunicorn() as server:
        port = server.port

        # Every learner opens the attempt page: the CSRF cookie and token, and the sequence.
        def open_attempt(learner: Learner) -> Reply:
            reply = _http(port, "GET", f"/attempts/{learner.attempt_id}/", learner.cookies)
            assert reply.status == 200, (reply.status, reply.location, reply.body[:500])
            learner.cookies.update(reply.cookies)
            learner.csrf_token = CSRF_FIELD.search(reply.body).group(1)
            learner.sequence = int(SEQUENCE_FIELD.search(reply.body).group(1))
            return reply

        clients = GUNICORN_WORKERS * GUNICORN_THREADS
        with ThreadPoolExecutor(max_workers=clients) as pool:
            page_replies = list(pool.map(open_attempt, learners))
        assert all(learner.sequence == 0 for learner in learners)

        # Then all of them submit at once, every attempt twice with different answers.
        posts = [(learner, copy) for learner in learners for copy in ("a", "b")]
        barrier = threading.Barrier(len(posts), timeout=60)

        def submit(post: tuple[Learner, str]) -> Reply:
            learner, copy = post
            form = [
                ("csrfmiddlewaretoken", learner.csrf_token),
                ("sequence", str(learner.sequence)),
                ("action", "submit"),
                *_answers(keys, learner.index, copy),
            ]
            try:
                reply = _http(
                    port,
                    "POST",
                    f"/attempts/{learner.attempt_id}/",
                    learner.cookies,
                    form=form,
                    barrier=barrier,
                )
            except BaseException:
                barrier.abort()
                raise
            learner.replies[copy] = reply
            return reply

        with ThreadPoolExecutor(max_workers=len(posts)) as pool:
            submit_replies = list(pool.map(submit, posts))

        # Whoever was redirected follows the redirect, as a browser would, with any message.
        def follow(post: tuple[Learner, str]) -> tuple[Learner, str, Reply | None]:
            learner, copy = post
            reply = learner.replies[copy]
            if reply.status != 302:
                return learner, copy, None
            return (
                learner,
                copy,
                _http(port, "GET", reply.location, {**learner.cookies, **reply.cookies}),
            )

        with ThreadPoolExecutor(max_workers=clients) as pool:
            followed = list(pool.map(follow, posts))
        writes = Counter(attempt_id for attempt_id, _status in grading_writes())

    _print_figures(f"GET attempt page ({clients} clients)", page_replies)
    _print_figures(f"POST submit ({len(submit_replies)} at once)", submit_replies)
    print(
        f"gunicorn gthread {GUNICORN_WORKERS} workers x {GUNICORN_THREADS} threads, "
        f"{LEARNERS} learners, {len(keys)} questions per attempt"
    )

    # No server errors anywhere.
    assert all(r.status < 500 for r in page_replies + submit_replies), server.first_error()
    assert "Traceback" not in server.log, server.first_error()

    # Every post ends on the attempt's result page or is refused with a 4xx page saying why.
    already_submitted = _already_submitted_texts()
    outcomes = Counter()
    for learner, copy, result in followed:
        reply = learner.replies[copy]
        if reply.status == 302:
            assert reply.location == f"/attempts/{learner.attempt_id}/result/", reply.location
            assert result is not None and result.status == 200, result and result.status
            told = any(html.escape(text) in result.body for text in already_submitted)
            outcomes["302 to result + 'already submitted'" if told else "302 to result"] += 1
        else:
            assert 400 <= reply.status < 500, reply.status
            assert 'role="alert"' in reply.body, reply.body[:500]
            outcomes[f"{reply.status} with an explanation"] += 1
    print("outcomes: " + ", ".join(f"{label}: {n}" for label, n in sorted(outcomes.items())))

    # In the database: each attempt finished once, with the answers and score of one post.
    attempts = {a.pk: a for a in Attempt.objects.filter(quiz=quiz)}
    responses: dict[int, dict[int, Response]] = {}
    for response in Response.objects.filter(attempt__quiz=quiz):
        responses.setdefault(response.attempt_id, {})[response.question_id] = response
    winners = Counter()
    for learner in learners:
        attempt = attempts[learner.attempt_id]
        assert writes[attempt.pk] == 1, f"attempt {attempt.pk} finished {writes[attempt.pk]} times"
        assert attempt.status == Attempt.Status.GRADED
        assert attempt.submitted_at is not None and not attempt.closed_automatically
        assert attempt.sequence == 1
        stored = {
            question_id: response.answer for question_id, response in responses[attempt.pk].items()
        }
        matching = [
            copy
            for copy in ("a", "b")
            if stored
            == {
                key["question"].pk: _stored_answer(key, value)
                for key, (_, value) in zip(keys, _answers(keys, learner.index, copy), strict=True)
            }
        ]
        assert len(matching) == 1, (attempt.pk, stored)
        winners[matching[0]] += 1
        assert attempt.score == _expected_score(keys, _answers(keys, learner.index, matching[0]))
        assert attempt.score == sum(r.score for r in responses[attempt.pk].values())
    assert sum(writes.values()) == LEARNERS
    print(
        f"graded once each: {LEARNERS} attempts; graded post a: {winners['a']}, b: {winners['b']}"
    )


@pytest.mark.django_db
def test_bench_one_submit_at_a_time(django_capture_on_commit_callbacks):
    """The service time of a submit without contention, in-process: what the burst above
    queues up for. Includes the receivers of attempt_graded, which run in the request."""
    quiz, keys = _build_quiz()
    samples, query_counts = [], []
    for index in range(SEQUENTIAL_ROUNDS):
        user = UserFactory()
        attempt = attempt_start(user=user, quiz=quiz)
        client = Client()
        client.force_login(user)
        assert client.get(f"/attempts/{attempt.pk}/").status_code == 200
        form = [("sequence", "0"), ("action", "submit"), *_answers(keys, index, "a")]
        started = time.perf_counter()
        with (
            CaptureQueriesContext(connection) as queries,
            django_capture_on_commit_callbacks(execute=True),
        ):
            reply = client.post(f"/attempts/{attempt.pk}/", urlencode(form), content_type=FORM)
        samples.append((time.perf_counter() - started) * 1000)
        query_counts.append(len(queries))
        assert reply.status_code == 302
        assert reply["Location"] == f"/attempts/{attempt.pk}/result/"
    print(
        f"\none submit at a time ({len(keys)} questions, {SEQUENTIAL_ROUNDS} learners)  "
        f"p50 {statistics.median(samples):.1f} ms  max {max(samples):.1f} ms  "
        f"{max(query_counts)} queries"
    )
