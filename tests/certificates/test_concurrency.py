"""Two workers issuing the certificate of the same enrollment at once still give exactly one
(PostgreSQL row lock on the enrollment, with the partial unique constraint as safety net)."""

import threading

import pytest
from django.db import connection

from certificates.models import Certificate
from certificates.services import certificate_issue
from lms.cohorts.models import Enrollment
from tests.factories import (
    CertificateTemplateFactory,
    CohortFactory,
    EnrollmentFactory,
    SectorFactory,
    UserFactory,
    course_tree,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
WORKERS = 8


@pytest.fixture
def enrollment():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL's row locks; SQLite serialises writers anyway")
    course, _lessons = course_tree(modules=0, title="Parallel attest")
    sector = SectorFactory(name="Welzijn", slug="welzijn")
    CertificateTemplateFactory(sector=sector, validity_months=12)
    cohort = CohortFactory(sector=sector, course=course, enrolment_code="PARATTST")
    return EnrollmentFactory(user=UserFactory(), cohort=cohort, status=Enrollment.Status.COMPLETED)


def _run_parallel(work, count: int) -> list:
    barrier = threading.Barrier(count)
    outcomes: list = []
    lock = threading.Lock()

    def run():
        try:
            barrier.wait()
            outcome = work()
        except Exception as exc:  # every failure is reported by the test
            outcome = f"{type(exc).__name__}: {exc}"
        finally:
            connection.close()
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_workers_issuing_at_once_give_one_certificate(enrollment):
    outcomes = _run_parallel(lambda: certificate_issue(enrollment=enrollment).pk, WORKERS)
    assert all(isinstance(o, int) for o in outcomes), outcomes
    assert len(set(outcomes)) == 1
    assert Certificate.objects.filter(enrollment=enrollment).count() == 1
    assert Certificate.objects.get().rendered_at is not None


def test_the_constraint_catches_an_issuer_that_skipped_the_lock(enrollment, monkeypatch):
    """Were the row lock ever bypassed, the database constraint still keeps one certificate and
    the loser returns the winner's."""
    from certificates import services

    winner = certificate_issue(enrollment=enrollment)
    real = services.enrollment_current_certificate
    answers = iter([None])  # the first check misses the winner, as in a race

    def lookup(*, enrollment_id):
        return next(answers, None) or real(enrollment_id=enrollment_id)

    monkeypatch.setattr(services, "enrollment_current_certificate", lookup)
    assert certificate_issue(enrollment=enrollment) == winner
    assert Certificate.objects.filter(enrollment=enrollment).count() == 1
