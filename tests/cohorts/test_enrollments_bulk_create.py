"""enrollments_bulk_create: enrollment_create's rules and rows, for many learners at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.services import lesson_complete
from lms.cohorts.models import Enrollment
from lms.cohorts.services import (
    EnrollmentError,
    enrollment_create,
    enrollment_withdraw,
    enrollments_bulk_create,
    invitation_send,
)
from lms.cohorts.signals import enrollment_completed
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

COMPARED = ("status", "source", "enrolled_at", "completed_at", "withdrawn_at", "invited_at")


@pytest.fixture
def announced():
    received = []

    def receiver(sender, enrollment, **kwargs):
        received.append(enrollment.pk)

    enrollment_completed.connect(receiver)
    yield received
    enrollment_completed.disconnect(receiver)


def _fields(enrollment: Enrollment) -> dict:
    enrollment.refresh_from_db()
    return {name: getattr(enrollment, name) for name in COMPARED} | {
        "invitation_digest": enrollment.invitation_digest
    }


def test_a_new_row_is_the_row_of_enrollment_create(cohort):
    now = timezone.now()
    one, two = UserFactory(), UserFactory()
    single = enrollment_create(user=one, cohort=cohort, source="import", now=now)
    [bulk] = enrollments_bulk_create(cohort=cohort, users=[two], source="import", now=now)
    assert _fields(bulk) == _fields(single)
    assert (bulk.user_id, bulk.cohort_id) == (two.pk, cohort.pk)


def test_withdrawn_learners_are_re_enrolled_on_their_row_as_by_enrollment_create(cohort):
    now = timezone.now()
    one, two = UserFactory(), UserFactory()
    rows = [enrollment_create(user=user, cohort=cohort, source="code") for user in (one, two)]
    for row in rows:
        enrollment_withdraw(enrollment=row)
    single = enrollment_create(user=one, cohort=cohort, source="import", now=now)
    [bulk] = enrollments_bulk_create(cohort=cohort, users=[two], source="import", now=now)
    assert bulk.pk == rows[1].pk  # the history row is kept
    assert _fields(bulk) == _fields(single)


def test_invited_learners_are_accepted_as_by_enrollment_create(cohort):
    now = timezone.now()
    invited = timezone.now()
    one, two = (
        invitation_send(cohort=cohort, email=email, base_url="http://x", now=invited)
        for email in ("een@school.example", "twee@school.example")
    )
    single = enrollment_create(user=one.user, cohort=cohort, source="staff", now=now)
    [bulk] = enrollments_bulk_create(cohort=cohort, users=[two.user], source="staff", now=now)
    assert bulk.pk == two.pk
    assert _fields(bulk) == _fields(single)
    assert bulk.status == "active" and bulk.invitation_digest == ""


def test_learners_already_in_the_cohort_are_skipped_and_a_repeat_is_harmless(cohort):
    users = [UserFactory() for _n in range(3)]
    enrollment_create(user=users[0], cohort=cohort, source="code")
    created = enrollments_bulk_create(cohort=cohort, users=users + users[1:2], source="import")
    assert sorted(e.user_id for e in created) == sorted(u.pk for u in users[1:])
    assert enrollments_bulk_create(cohort=cohort, users=users, source="import") == []
    assert Enrollment.objects.filter(cohort=cohort).count() == 3
    assert Enrollment.objects.get(cohort=cohort, user=users[0]).source == "code"


def test_capacity_is_kept_and_nothing_is_written_when_exceeded(cohort):
    cohort.capacity = 3
    cohort.save()
    enrollment_create(user=UserFactory(), cohort=cohort, source="code")
    with pytest.raises(EnrollmentError):
        enrollments_bulk_create(
            cohort=cohort, users=[UserFactory() for _n in range(3)], source="import"
        )
    assert Enrollment.objects.filter(cohort=cohort).count() == 1
    enrollments_bulk_create(cohort=cohort, users=[UserFactory(), UserFactory()], source="import")
    assert Enrollment.objects.filter(cohort=cohort).count() == 3


def test_a_learner_who_did_the_course_is_complete_and_announced_once(
    cohort, course, announced, django_capture_on_commit_callbacks
):
    _course, lessons = course
    done, fresh = UserFactory(), UserFactory()
    for lesson in lessons:
        lesson_complete(user=done, lesson=lesson)
    with django_capture_on_commit_callbacks(execute=True):
        enrollments = enrollments_bulk_create(cohort=cohort, users=[done, fresh], source="import")
    statuses = {e.user_id: Enrollment.objects.get(pk=e.pk).status for e in enrollments}
    assert statuses == {done.pk: "completed", fresh.pk: "active"}
    completed = Enrollment.objects.get(user=done, cohort=cohort)
    assert completed.completed_at is not None
    assert announced == [completed.pk]


def test_invitations_in_bulk_are_not_evaluated(cohort, announced):
    users = [UserFactory() for _n in range(2)]
    created = enrollments_bulk_create(
        cohort=cohort, users=users, source="invitation", status="invited"
    )
    assert {e.status for e in created} == {"invited"}
    assert announced == []


@pytest.mark.parametrize("size", [5, 60])
def test_queries_grow_per_batch_not_per_learner(cohort, size):
    users = [UserFactory() for _n in range(size)]
    with CaptureQueriesContext(connection) as queries:
        created = enrollments_bulk_create(cohort=cohort, users=users, source="import")
    assert len(created) == size
    assert len(queries.captured_queries) <= 14
