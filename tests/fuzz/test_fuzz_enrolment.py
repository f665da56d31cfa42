"""Fuzzing self-enrolment with a code and the invitation links.

What is fuzzed: the code posted to ``/cohorts/enrol/`` (and given in ``?code=``): unicode,
whitespace, very long, SQL-ish, path characters, NUL bytes, the codes of a closed, an ended and
a full cohort, and the open cohort's code in other spellings and with junk around it; the token
of ``/cohorts/invitation/<token>/`` (random, the real tokens with junk around them, cut short,
with another case), by an anonymous visitor, the invited learner and someone else, with GET and
with POSTs of fuzzed passwords.

Invariants after every example: no 5xx; an enrolment is made only with the open cohort's code
(its letters and digits, in any case, within the form's 32 characters), exactly one, and a
second post makes no duplicate; any other code changes no enrolment; an invitation is accepted
only through its own token, by the invited person, and otherwise nothing changes (no enrolment,
no password).
"""

import datetime
import re

import pytest
from django.core import mail
from hypothesis import given
from hypothesis import strategies as st

from lms.accounts.models import User
from lms.cohorts.models import Enrollment
from lms.cohorts.services import enrollment_create, invitation_send
from tests.factories import DEFAULT_PASSWORD, CohortFactory, UserFactory

from .conftest import (
    TRICKY,
    assert_no_server_error,
    fuzz_clients,
    fuzz_settings,
    outcome,
    path_segment,
    rolled_back,
    tricky_text,
)

pytestmark = pytest.mark.django_db

ENROL = "/cohorts/enrol/"
OPEN_CODE = "GENT2026"


class World:
    """An open cohort with its code, a closed, an ended and a full one, two pending
    invitations (with their tokens) and a client for every visitor."""

    def __init__(self, sector, django_capture_on_commit_callbacks):
        capture = django_capture_on_commit_callbacks
        self.cohort = CohortFactory(
            sector=sector, name="Leerkrachten Gent", enrolment_code=OPEN_CODE
        )
        course = self.cohort.course
        self.closed = CohortFactory(
            sector=sector,
            course=course,
            name="Dicht",
            enrolment_code="DICHT2026",
            enrolment_open=False,
        )
        self.ended = CohortFactory(
            sector=sector,
            course=course,
            name="Voorbij",
            enrolment_code="OUD20245",
            starts_on=datetime.date(2024, 1, 1),
            ends_on=datetime.date(2024, 6, 30),
        )
        self.full = CohortFactory(
            sector=sector, course=course, name="Volzet", enrolment_code="VOL20266", capacity=1
        )
        enrollment_create(user=UserFactory(), cohort=self.full, source="staff")

        self.learner = UserFactory(email="fuzz.learner@school.example")
        self.colleague = UserFactory(email="fuzz.colleague@school.example")
        # Two invitations: one makes a new account (no password yet), one is for an account
        # that exists and must log in.
        with capture(execute=True):
            invitation_send(cohort=self.cohort, email="nieuw.fuzz@school.example")
        self.new_token = _token(mail.outbox[-1].body)
        with capture(execute=True):
            invitation_send(cohort=self.cohort, email=self.colleague.email)
        self.existing_token = _token(mail.outbox[-1].body)
        self.invitee = User.objects.get(email="nieuw.fuzz@school.example")
        self.tokens = {self.new_token: self.invitee, self.existing_token: self.colleague}

        self.clients = fuzz_clients(
            learner=self.learner, invitee=self.invitee, colleague=self.colleague
        )

    def enrolments(self) -> list:
        return list(
            Enrollment.objects.order_by("pk").values_list(
                "pk", "user_id", "cohort_id", "status", "invitation_digest"
            )
        )


def _token(body: str) -> str:
    return re.search(r"/cohorts/invitation/([^/\s]+)/", body)[1]


def _expected_code(posted: str) -> str | None:
    """The code the form accepts, as the learner typed it: stripped, at most 32 characters,
    no NUL; then only its letters and digits count, in any case."""
    value = posted.strip()
    if not value or len(value) > 32 or "\x00" in value:
        return None
    return "".join(ch for ch in value.upper() if ch.isalnum())


junk = st.lists(
    st.sampled_from([" ", "-", "  ", "\t", ".", "/", "_", "\u00a0", "\u2028", "*", "'", "\x00"]),
    max_size=4,
).map("".join)

codes = st.one_of(
    tricky_text,
    st.sampled_from(["GENT2026", "DICHT2026", "OUD20245", "VOL20266", "gent2026", "GENT 2026"]),
    st.tuples(
        junk, st.sampled_from([OPEN_CODE, OPEN_CODE.lower(), "GENT-2026", "G E N T 2 0 2 6"]), junk
    ).map("".join),
    st.tuples(st.sampled_from(TRICKY), st.just(OPEN_CODE), st.sampled_from(TRICKY)).map("".join),
    st.just(OPEN_CODE + " " * 40),
    st.just(" " * 40 + OPEN_CODE),
    st.just(OPEN_CODE * 5),
)


@fuzz_settings(max_examples=1600)
@given(code=codes, method=st.sampled_from(["post", "post", "post", "get"]))
def test_fuzzed_enrolment_codes(world, code, method):
    client = world.clients["learner"]
    with rolled_back(client):
        before = world.enrolments()
        if method == "get":
            response = client.get(ENROL, {"code": code})
            assert_no_server_error(response)
            assert response.status_code == 200
            assert world.enrolments() == before
            return
        response = client.post(ENROL, {"code": code})
        assert_no_server_error(response)
        after = world.enrolments()
        outcome("enrolled" if len(after) > len(before) else "refused")
        if _expected_code(code) == OPEN_CODE:
            assert response.status_code == 302
            added = [row for row in after if row not in before]
            assert len(after) == len(before) + 1 and len(added) == 1
            assert added[0][1:4] == (world.learner.pk, world.cohort.pk, "active")
            again = client.post(ENROL, {"code": code})
            assert_no_server_error(again)
            assert again.status_code == 400  # already enrolled: no duplicate
            assert world.enrolments() == after
        else:
            assert response.status_code == 400
            assert after == before


@st.composite
def tokens(draw, world) -> str:
    real = draw(st.sampled_from(sorted(world.tokens)))
    return draw(
        st.one_of(
            st.just(real),
            tricky_text,
            st.tuples(junk, st.just(real), junk).map("".join).filter(lambda t: t != real),
            st.just(real[:-1]),
            st.just(real.swapcase()),
            st.just(real + "/"),
            st.just(real + "x" * 100),
            st.text(
                alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
                min_size=43,
                max_size=43,
            ),
        )
    )


passwords = st.one_of(st.just(DEFAULT_PASSWORD), tricky_text)


@fuzz_settings(max_examples=900)
@given(
    data=st.data(),
    who=st.sampled_from(["anonymous", "invitee", "colleague", "learner"]),
    method=st.sampled_from(["get", "post", "post"]),
    password1=passwords,
    same=st.booleans(),
    password2=passwords,
)
def test_fuzzed_invitation_links(world, data, who, method, password1, same, password2):
    token = data.draw(tokens(world))
    client = world.clients[who]
    url = f"/cohorts/invitation/{path_segment(token)}/"
    form = {"password1": password1, "password2": password1 if same else password2}
    # Accepting logs the invitee in (or, with a new password, out): every example starts afresh.
    with rolled_back(client):
        before = world.enrolments()
        users = list(User.objects.order_by("pk").values_list("pk", "password"))
        response = client.get(url) if method == "get" else client.post(url, form)
        assert_no_server_error(response)
        invited = world.tokens.get(token)
        outcome(f"{'real' if invited else 'unknown'} token, {method}: {response.status_code}")
        if invited is None:  # not a real token: not found, and nothing changes
            # No token, or a "/" in it, is another URL (the site may offer its /nl/ version).
            single_segment = bool(token) and "/" not in token
            assert response.status_code in ((404,) if single_segment else (302, 404))
            assert world.enrolments() == before
            assert list(User.objects.order_by("pk").values_list("pk", "password")) == users
        else:
            _check_real_token(world, client, who, invited, method, response, before, users)


def _check_real_token(world, client, who, invited, method, response, before, users):
    visitor = {"invitee": world.invitee, "colleague": world.colleague, "learner": world.learner}
    person = visitor.get(who)
    mine = Enrollment.objects.get(user=invited, cohort=world.cohort)
    others = [row for row in world.enrolments() if row[0] != mine.pk]
    assert others == [row for row in before if row[0] != mine.pk]  # nobody else changes
    if person is not None and person != invited:
        assert response.status_code == 403  # someone else's invitation
        assert mine.status == "invited"
    elif method == "get":
        assert response.status_code == 200
        assert mine.status == "invited"
    elif mine.status == "active":
        assert response.status_code == 302
        if invited == world.invitee:  # the new account chose its password
            assert User.objects.get(pk=invited.pk).has_usable_password()
        # The same link a second time is no longer valid.
        again = client.get(response.request["PATH_INFO"])
        assert again.status_code == 404
    else:
        assert mine.status == "invited"
        assert response.status_code in (302, 400)  # login first, or a refused password
        assert list(User.objects.order_by("pk").values_list("pk", "password")) == users
