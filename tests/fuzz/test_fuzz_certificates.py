"""Fuzzing certificate verification, the learner's PDF and the Open Badges endpoints.

What is fuzzed: the code typed in the verification form (``/certificates/verify/?code=``), the
code in ``/certificates/verify/<code>/`` (as a page and as JSON, with ``?format=`` and an Accept
header), ``/certificates/<code>/pdf/`` and ``/certificates/<code>/badge/`` (anonymous, the
certificate's learner, another learner) and the sector id of the issuer profile: random codes,
codes of the right shape that do not exist, the real codes with junk around them or in another
case, path-like strings (URL-quoted), unicode, NUL bytes and very long strings.

Invariants after every example: no 5xx; a 200 only for a code that exists (the verification
page for any existing code, the PDF and the badge only for the learner's own, valid one); a
real code still verifies with its status. The rate limit is raised for these tests so that it
hides nothing; one fuzzed test keeps the real limit and checks that it answers 429, not 5xx.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from certificates import services, views
from certificates.models import Certificate
from lms.cohorts.models import Enrollment
from tests.factories import (
    CertificateFactory,
    CertificateTemplateFactory,
    CohortFactory,
    EnrollmentFactory,
    UserFactory,
    course_tree,
)

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


class World:
    """A valid certificate of the graduate (its PDF rendered) and a revoked one of another
    learner in another sector, with a client for each of them and one anonymous."""

    def __init__(self, sector, other_sector):
        course, _lessons = course_tree(modules=0, title="Signalen van radicalisering herkennen")
        cohort = CohortFactory(sector=sector, course=course, enrolment_code="ATTEST26")
        template = CertificateTemplateFactory(sector=sector, validity_months=24)
        self.graduate = UserFactory(first_name="Zoë", last_name="Van den Bossche-Çelik")
        self.other = UserFactory(email="fuzz.ander@school.example")
        done = EnrollmentFactory(
            user=self.graduate,
            cohort=cohort,
            status=Enrollment.Status.COMPLETED,
            completed_at=timezone.now(),
        )
        self.valid = CertificateFactory(
            enrollment=done,
            template=template,
            expires_at=timezone.now() + datetime.timedelta(days=730),
        )
        # Rendered once now: the PDF view then streams it instead of rendering per example.
        services.certificate_render(certificate=self.valid)
        other_cohort = CohortFactory(sector=other_sector, course=course, enrolment_code="ATTESTJ6")
        revoked_enrolment = EnrollmentFactory(
            user=self.other, cohort=other_cohort, status=Enrollment.Status.COMPLETED
        )
        self.revoked = CertificateFactory(enrollment=revoked_enrolment, template=template)
        services.certificate_revoke(certificate=self.revoked, reason="Fout uitgereikt")
        self.revoked.refresh_from_db()
        self.codes = {self.valid.code: "valid", self.revoked.code: "revoked"}
        self.sector_ids = [sector.pk, other_sector.pk]
        self.clients = fuzz_clients(graduate=self.graduate, other=self.other)

    def snapshot(self) -> list:
        return list(
            Certificate.objects.order_by("pk").values_list("pk", "code", "revoked_at", "pdf")
        )


@pytest.fixture
def unlimited(settings):
    """The rate limit out of the way, so that it hides no behaviour of the look-up."""
    settings.CERTIFICATE_VERIFY_RATE = 10**9


@st.composite
def codes(draw, world) -> str:
    real = draw(st.sampled_from(sorted(world.codes)))
    around = st.sampled_from(["", " ", "\n", "/", "?", "#", "%", "\x00", "x", "é", "..", "\t"])
    return draw(
        st.one_of(
            st.just(real),
            tricky_text,
            st.from_regex(r"[A-Za-z0-9_-]{8,64}", fullmatch=True),
            st.tuples(around, st.just(real), around).map("".join),
            st.just(real.swapcase()),
            st.just(real[:-1]),
            st.just(real + real),
            st.just(f"https://example.org/certificates/verify/{real}/?x=1"),
            st.sampled_from(["..", ".", "%2e%2e", "../../etc/passwd", "verify", "pdf", "badge"]),
            st.tuples(st.sampled_from(TRICKY), st.text(max_size=10)).map("".join),
        )
    )


def _verify_url(code: str) -> str:
    return f"/certificates/verify/{path_segment(code)}/"


@fuzz_settings(max_examples=1500)
@given(
    data=st.data(),
    as_json=st.sampled_from(["query", "accept", "no"]),
    who=st.sampled_from(["anonymous", "graduate"]),
)
def test_fuzzed_verification_codes(world, unlimited, data, as_json, who):
    code = data.draw(codes(world))
    client = world.clients[who]
    query = {"format": "json"} if as_json == "query" else {}
    headers = {"accept": "application/json"} if as_json == "accept" else {}
    with rolled_back(client):
        before = world.snapshot()
        response = client.get(_verify_url(code), query, headers=headers)
        assert_no_server_error(response)
        status = world.codes.get(code)
        outcome(f"{status or 'unknown'}: {response.status_code}")
        if _reaches_view(code):
            assert response.status_code == (404 if status is None else 200)
            if as_json == "query":
                assert response.json()["status"] == (status or "unknown")
        else:  # no code, or a "/" in it: another URL, which is not found
            assert response.status_code in (302, 404)
        assert world.snapshot() == before


def _reaches_view(code: str) -> bool:
    """Whether ``/certificates/verify/<code>/`` is the verification view's URL at all."""
    return bool(code) and "/" not in code


@fuzz_settings(max_examples=2000)
@given(data=st.data(), padding=st.sampled_from(["", " ", "  ", "\t", "\n"]))
def test_fuzzed_verification_form(world, unlimited, data, padding):
    typed = padding + data.draw(st.one_of(codes(world), tricky_text)) + padding
    client = world.clients["anonymous"]
    with rolled_back(client):
        response = client.get("/certificates/verify/", {"code": typed})
        assert_no_server_error(response)
        if response.status_code == 302:
            target = response["Location"]
            assert target.startswith("/certificates/verify/")
            followed = client.get(target)
            assert_no_server_error(followed)
            found = followed.status_code == 200
            assert found == any(target == _verify_url(code) for code in world.codes)
        else:
            assert response.status_code == 400
            assert 'aria-invalid="true"' in response.content.decode()
        if typed.strip() in world.codes:  # a real code, as typed or pasted with spaces
            assert response["Location"] == _verify_url(typed.strip())


@pytest.mark.parametrize(
    "typed", ["0/0", "abcdefgh/ijkl", "abcdefgh\n/", "é" * 10, "a b c d e f g h"]
)
def test_a_typed_code_that_cannot_be_a_code_is_refused_in_the_form(world, typed):
    """Regression: a "/" in the typed code made the redirect to its page fail (500)."""
    response = world.clients["anonymous"].get("/certificates/verify/", {"code": typed})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'aria-invalid="true"' in html and 'id="verify-code-error"' in html


@fuzz_settings(max_examples=1200)
@given(
    data=st.data(),
    who=st.sampled_from(["anonymous", "graduate", "graduate", "other"]),
    endpoint=st.sampled_from(["pdf", "badge"]),
)
def test_fuzzed_pdf_and_badge_codes(world, data, who, endpoint):
    code = data.draw(codes(world))
    client = world.clients[who]
    with rolled_back(client):
        before = world.snapshot()
        response = client.get(f"/certificates/{path_segment(code)}/{endpoint}/")
        assert_no_server_error(response)
        own_valid = code == world.valid.code and who == "graduate"
        outcome(f"{endpoint} {who}: {response.status_code}")
        if response.status_code == 200:
            assert own_valid
        if own_valid:
            assert response.status_code == 200
        if who == "anonymous":  # to the login page (400 when that URL would be too long)
            assert response.status_code in (302, 400, 404)
        if endpoint == "badge" and code == world.revoked.code and who == "other":
            assert response.status_code == 410  # the learner's own, but revoked
        assert world.snapshot() == before


@pytest.mark.parametrize("code", ["\x00", "a\x00bcdefghij", "abc", "é" * 20, "x" * 65])
@pytest.mark.parametrize("endpoint", ["pdf", "badge"])
def test_a_string_that_cannot_be_a_code_is_not_found(world, code, endpoint):
    """Regression: a NUL byte in the code reached the database query, which PostgreSQL refuses
    (500); anything that is not a code's shape is now simply not found."""
    response = world.clients["graduate"].get(f"/certificates/{path_segment(code)}/{endpoint}/")
    assert response.status_code == 404
    assert (
        world.clients["graduate"].get(f"/certificates/{world.valid.code}/{endpoint}/").status_code
        == 200
    )


@fuzz_settings(max_examples=400)
@given(
    sector_id=st.one_of(st.integers(min_value=0, max_value=10**30), st.sampled_from([1, 2, 3])),
    document=st.sampled_from(["sector", "issuer", "jwks"]),
)
def test_fuzzed_issuer_documents(world, sector_id, document):
    client = world.clients["anonymous"]
    url = {
        "sector": f"/certificates/issuer/sectors/{sector_id}/",
        "issuer": "/certificates/issuer/",
        "jwks": "/certificates/issuer/jwks.json",
    }[document]
    response = client.get(url)
    assert_no_server_error(response)
    if document == "sector":
        assert response.status_code == (200 if sector_id in world.sector_ids else 404)
    else:
        assert response.status_code == 200


@fuzz_settings(max_examples=100)
@given(data=st.data(), as_json=st.booleans())
def test_the_rate_limit_answers_429_never_a_server_error(
    world, settings, monkeypatch, data, as_json
):
    """With the real limiter (set low here), look-ups beyond the limit are refused with 429
    and a Retry-After, whatever the code; the limit hides unknown and real codes alike."""
    from django.core.cache import cache

    # The limiter counts per clock minute: a fixed clock keeps every example in one window.
    monkeypatch.setattr(views, "time", SimpleNamespace(time=lambda: 1_700_000_050.0))
    settings.CERTIFICATE_VERIFY_RATE = 3
    cache.clear()
    client = world.clients["anonymous"]
    query = {"format": "json"} if as_json else {}
    for _ in range(3):
        allowed = client.get(_verify_url(world.valid.code), query)
        assert allowed.status_code == 200
    code = data.draw(codes(world))
    response = client.get(_verify_url(code), query)
    assert_no_server_error(response)
    if _reaches_view(code):
        assert response.status_code == 429
        assert response["Retry-After"] == "51"  # to the end of the fixed minute, plus one
        if as_json:
            assert response.json()["status"] == "rate_limited"
    else:
        assert response.status_code in (302, 404)
