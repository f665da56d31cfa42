"""Parallel registrations never overbook a session; parallel cancellations each promote exactly
one waiting learner (PostgreSQL row locks on the session)."""

import threading

import pytest
from django.db import connection

from lms.scheduling import services
from lms.scheduling.models import Registration
from tests.factories import (
    CohortFactory,
    EnrollmentFactory,
    SectorFactory,
    TrainingSessionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
LEARNERS = 50
CAPACITY = 20


@pytest.fixture
def crowded():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL's row locks; SQLite serialises writers anyway")
    from tests.factories import course_tree

    course, _lessons = course_tree(modules=0, title="Parallel")
    cohort = CohortFactory(sector=SectorFactory(), course=course, enrolment_code="PARALLEL")
    session = TrainingSessionFactory(cohort=cohort, capacity=CAPACITY)
    users = [UserFactory() for _ in range(LEARNERS)]
    for user in users:
        EnrollmentFactory(user=user, cohort=cohort)
    return session, users


def _run_parallel(work, items) -> list[str]:
    barrier = threading.Barrier(len(items))
    outcomes: list[str] = []
    lock = threading.Lock()

    def run(item):
        try:
            barrier.wait()
            outcome = work(item)
        except Exception as exc:  # every failure is reported by the test
            outcome = f"{type(exc).__name__}: {exc}"
        finally:
            connection.close()
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=run, args=(item,)) for item in items]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def _register(session):
    def work(user):
        return services.registration_create(session=session, user=user).registration.status

    return work


def _counts(session) -> dict[str, int]:
    rows = Registration.objects.filter(session=session).values_list("status", flat=True)
    return {status: list(rows).count(status) for status in Registration.Status.values}


def test_fifty_learners_at_once_fill_twenty_places(crowded):
    session, users = crowded
    outcomes = _run_parallel(_register(session), users)
    assert sorted(set(outcomes)) == ["registered", "waitlisted"], outcomes
    assert outcomes.count("registered") == CAPACITY
    assert outcomes.count("waitlisted") == LEARNERS - CAPACITY
    assert _counts(session) == {
        "registered": CAPACITY,
        "waitlisted": LEARNERS - CAPACITY,
        "cancelled": 0,
    }
    # The waitlist is a strict line: positions 1..30, no ties.
    waiting = Registration.objects.filter(session=session, status="waitlisted")
    positions = sorted(services.waitlist_position(registration=r) for r in waiting)
    assert positions == list(range(1, LEARNERS - CAPACITY + 1))

    # One cancellation promotes exactly one: the first in line.
    first_in_line = waiting.order_by("queued_at", "pk").first()
    holder = Registration.objects.filter(session=session, status="registered").first()
    promoted = services.registration_cancel(registration=holder)
    assert [r.pk for r in promoted] == [first_in_line.pk]
    assert _counts(session) == {
        "registered": CAPACITY,
        "waitlisted": LEARNERS - CAPACITY - 1,
        "cancelled": 1,
    }


def test_two_cancellations_at_once_promote_exactly_two(crowded):
    session, users = crowded
    for user in users:
        services.registration_create(session=session, user=user)
    line = list(
        Registration.objects.filter(session=session, status="waitlisted").order_by(
            "queued_at", "pk"
        )
    )
    holders = list(Registration.objects.filter(session=session, status="registered")[:2])

    def cancel(registration):
        return len(services.registration_cancel(registration=registration))

    outcomes = _run_parallel(cancel, holders)
    assert sorted(outcomes) == [1, 1], outcomes
    assert _counts(session) == {
        "registered": CAPACITY,
        "waitlisted": LEARNERS - CAPACITY - 2,
        "cancelled": 2,
    }
    promoted = set(
        Registration.objects.filter(
            pk__in=[r.pk for r in line[:3]], status="registered"
        ).values_list("pk", flat=True)
    )
    assert promoted == {line[0].pk, line[1].pk}


def test_the_same_learner_registering_twice_at_once_gets_one_registration(crowded):
    session, users = crowded
    learner = users[0]
    outcomes = _run_parallel(lambda _n: _register(session)(learner), list(range(10)))
    assert outcomes.count("registered") == 1, outcomes
    assert all(o.startswith("AlreadyRegistered") for o in outcomes if o != "registered")
    assert Registration.objects.filter(session=session, user=learner).count() == 1
