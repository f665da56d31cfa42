"""Shared pieces of the fuzz tests: reproducible hypothesis settings, clients that turn a
server error into a 500 response instead of an exception, and a per-example rollback.

The world (users, quiz, cohort, certificate, logged-in clients) is built once per test function
by the ``world`` fixture below from the test module's ``World`` class; every example runs inside
a savepoint that is rolled back afterwards, so examples are cheap and independent and the
invariants can be checked before anything is undone.
The four files run about 10,300 examples; ``--hypothesis-show-statistics`` shows how often each
path (enrolled, refused, graded, ...) was taken.
"""

import copy
import inspect
import os
from contextlib import contextmanager
from urllib.parse import quote

import pytest
from django.db import transaction
from django.test import Client
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context

# A longer run (e.g. nightly) multiplies every test's examples: FUZZ_SCALE=10.
SCALE = float(os.environ.get("FUZZ_SCALE", "1"))


def fuzz_settings(max_examples: int):
    """Same examples on every run (CI reproducible), no example database, no time limits."""
    return settings(
        max_examples=max(1, round(max_examples * SCALE)),
        deadline=None,
        derandomize=True,
        database=None,
        print_blob=False,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
            HealthCheck.filter_too_much,
        ],
    )


@contextmanager
def rolled_back(*clients):
    """Run one example in a savepoint and undo everything it wrote.

    The ``clients`` get their cookies back too: their sessions are rows that the rollback
    restores, so a login, logout or session flush during the example leaves no trace."""
    cookies = [(client, copy.deepcopy(client.cookies)) for client in clients]
    try:
        with transaction.atomic():
            yield
            transaction.set_rollback(True)
    finally:
        for client, saved in cookies:
            client.cookies = saved


def assert_no_server_error(response) -> None:
    assert response.status_code < 500, (
        f"{response.request['REQUEST_METHOD']} {response.request['PATH_INFO']!r} "
        f"answered {response.status_code}"
    )


def outcome(label: str) -> None:
    """Count an outcome for ``--hypothesis-show-statistics`` (how often each path was taken)."""
    if currently_in_test_context():
        event(label)


def path_segment(text: str) -> str:
    """``text`` as one URL path segment (slashes and all)."""
    return quote(text, safe="")


def fuzz_client(user=None) -> Client:
    """A test client (logged in as ``user``, if any) that answers a server error with a 500
    instead of raising it, so that the status is what is asserted."""
    client = Client(raise_request_exception=False)
    if user is not None:
        client.force_login(user)
    return client


def fuzz_clients(**users) -> dict[str, Client]:
    """One ``fuzz_client`` per visitor: an anonymous one and one logged in as each of
    ``users`` (made once per world: logging in per example is slow)."""
    return {"anonymous": fuzz_client(), **{who: fuzz_client(user) for who, user in users.items()}}


@pytest.fixture
def world(request, db):
    """The test module's ``World``, built once per test function; the names of its
    ``__init__`` parameters are the fixtures it is given."""
    world_class = request.module.World
    names = inspect.signature(world_class).parameters
    return world_class(**{name: request.getfixturevalue(name) for name in names})


# --- strategies shared by the surfaces ----------------------------------------------------

# Characters that have broken parsers before: NUL and other controls, separators, quotes,
# path characters, SQL, HTML, right-to-left marks, combining marks, digits of other scripts
# (``"²".isdigit()`` is true, ``int("²")`` fails), non-BMP characters.
TRICKY = [
    "\x00",
    "\x01",
    "\x1b",
    "\x7f",
    "\t",
    "\r\n",
    "\n",
    "\u2028",
    "\u202e",
    "\ufeff",
    "\u0307",
    "²",
    "١٢",
    "߀",
    "Ⅻ",
    "½",
    "𝟗",
    "😀",
    "İ",
    "ß",
    "ﬀ",
    "'",
    '"',
    "`",
    ";",
    ",",
    "/",
    "\\",
    "..",
    "%",
    "%00",
    "%2F",
    "?",
    "#",
    "&",
    "=",
    "+",
    "' OR '1'='1",
    "'; DROP TABLE cohorts_enrollment; --",
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "-2+3",
    "\u00a0",
]

tricky_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(TRICKY),
    st.lists(st.one_of(st.sampled_from(TRICKY), st.text(max_size=5)), max_size=6).map("".join),
    st.integers().map(str),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.sampled_from(["9" * 5000, "x" * 10_000, "é" * 3000, "0" * 300 + "1"]),
)
