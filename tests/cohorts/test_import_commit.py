"""Committing an enrolment import: all or nothing, idempotent, bulk, and run as a task."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lms.accounts.models import User
from lms.accounts.roles import GROUP_NAMES, Role
from lms.cohorts import imports
from lms.cohorts.imports import (
    ImportRefused,
    check_file,
    enrollment_import_commit,
    enrollment_import_create,
)
from lms.cohorts.models import Enrollment, EnrollmentImport
from lms.cohorts.services import enrollment_create, enrollment_withdraw
from lms.cohorts.tasks import enrollment_import_task
from tests.factories import UserFactory

from .test_import_support import csv_bytes, learner_rows

pytestmark = pytest.mark.django_db


def _import(cohort, data: bytes) -> dict:
    checked, _plan = check_file(cohort=cohort, data=data)
    assert checked.errors == []
    return enrollment_import_commit(cohort=cohort, rows=checked.rows)


def _queued_import(cohort, data: bytes, user=None) -> EnrollmentImport:
    enrollment_import = EnrollmentImport(
        cohort=cohort,
        uploaded_by=user,
        original_filename="learners.csv",
        status=EnrollmentImport.Status.QUEUED,
        total_rows=data.count(b"\n") - 1,
    )
    enrollment_import.file.save("learners.csv", ContentFile(data), save=False)
    enrollment_import.save()
    return enrollment_import


def test_imported_accounts_are_what_user_create_makes(cohort):
    data = csv_bytes([["An.Peeters@School.example", "An", "Peeters", "Leerkracht", "GO! Gent"]])
    counts = _import(cohort, data)
    assert counts == {
        "new_accounts": 1,
        "existing_accounts": 0,
        "reactivated": 0,
        "already_enrolled": 0,
    }
    user = User.objects.get()
    assert user.email == "an.peeters@school.example"
    assert (user.first_name, user.last_name, user.job_role, user.organisation) == (
        "An",
        "Peeters",
        "teacher",
        "GO! Gent",
    )
    assert not user.has_usable_password()
    assert user.preferred_language == "nl"
    assert list(user.groups.values_list("name", flat=True)) == [GROUP_NAMES[Role.LEARNER]]
    enrollment = Enrollment.objects.get()
    assert (enrollment.user, enrollment.cohort, enrollment.status, enrollment.source) == (
        user,
        cohort,
        Enrollment.Status.ACTIVE,
        Enrollment.Source.IMPORT,
    )
    assert enrollment.enrolled_at is not None


def test_reimporting_the_same_file_enrols_nobody_twice(cohort):
    data = csv_bytes(learner_rows(25))
    first = _import(cohort, data)
    second = _import(cohort, data)
    assert first["new_accounts"] == 25
    assert second == {
        "new_accounts": 0,
        "existing_accounts": 0,
        "reactivated": 0,
        "already_enrolled": 25,
    }
    assert User.objects.count() == 25
    assert Enrollment.objects.filter(cohort=cohort).count() == 25
    learners = User.objects.get(email="learner0@school.example").groups.count()
    assert learners == 1


def test_existing_accounts_are_linked_by_email_in_any_case(cohort, learner, other_cohort):
    enrollment_create(user=learner, cohort=other_cohort, source="staff")
    before = User.objects.count()
    data = csv_bytes(
        [
            [
                "LEEN.Learner@School.Example",
                "Other",
                "Name",
                "imam of andere levensbeschouwelijke werker",
                "X",
            ],
            ["new.one@school.example", "New", "One", "", ""],
        ]
    )
    counts = _import(cohort, data)
    assert counts["existing_accounts"] == 1
    assert counts["new_accounts"] == 1
    assert User.objects.count() == before + 1
    learner.refresh_from_db()
    # The profile is the learner's own: the import links the account without changing it.
    assert (learner.first_name, learner.last_name) == ("Leen", "Peeters")
    assert Enrollment.objects.filter(user=learner, cohort=cohort).exists()
    assert Enrollment.objects.filter(user=learner, cohort=other_cohort).exists()


def test_staff_accounts_can_be_enrolled(cohort, trainer):
    counts = _import(cohort, csv_bytes([[trainer.email, "Tina", "Trainer", "", ""]]))
    assert counts["existing_accounts"] == 1
    assert Enrollment.objects.filter(user=trainer, cohort=cohort).exists()


def test_withdrawn_learners_are_enrolled_again(cohort, learner):
    enrollment_withdraw(enrollment=enrollment_create(user=learner, cohort=cohort, source="code"))
    counts = _import(cohort, csv_bytes([[learner.email, "Leen", "Peeters", "", ""]]))
    assert counts["reactivated"] == 1
    enrollment = Enrollment.objects.get(user=learner, cohort=cohort)
    assert enrollment.status == Enrollment.Status.ACTIVE
    assert enrollment.withdrawn_at is None


def test_capacity_is_checked_before_anything_is_written(cohort, learner):
    cohort.capacity = 3
    cohort.save()
    enrollment_create(user=learner, cohort=cohort, source="code")
    data = csv_bytes(learner_rows(3))
    checked, plan = check_file(cohort=cohort, data=data)
    assert plan.capacity_exceeded
    report = imports.build_report(checked, plan)
    assert report["capacity"] == {"capacity": 3, "taken": 1, "after": 4, "exceeded": True}
    assert report["refusal"]
    users = User.objects.count()
    with pytest.raises(ImportRefused):
        enrollment_import_commit(cohort=cohort, rows=checked.rows)
    assert User.objects.count() == users
    assert Enrollment.objects.filter(cohort=cohort).count() == 1
    # Learners already in the cohort take no extra place.
    assert _import(cohort, csv_bytes([*learner_rows(2), [learner.email, "L", "P", "", ""]]))


def test_a_file_with_bad_lines_imports_nothing_and_lists_every_one(cohort, trainer):
    rows = [
        *learner_rows(3),
        ["bad-email", "A", "B", "", ""],
        ["x@school.example", "", "B", "", ""],
    ]
    data = csv_bytes(rows)
    enrollment_import = enrollment_import_create(
        cohort=cohort, uploaded_by=trainer, filename="learners.csv", data=data
    )
    errors = enrollment_import.report["errors"]
    assert [(e["line"], e["field"]) for e in errors] == [(5, "email"), (6, "first_name")]
    assert enrollment_import.report["refusal"]
    assert not enrollment_import.file  # nothing to commit, nothing kept
    assert not imports.enrollment_import_confirm(enrollment_import=enrollment_import)
    # Even when such a file reaches the task, it writes nothing.
    queued = _queued_import(cohort, data, user=trainer)
    enrollment_import_task.enqueue(queued.pk)
    queued.refresh_from_db()
    assert queued.status == EnrollmentImport.Status.FAILED
    assert queued.report["failure"]
    assert not User.objects.filter(email__endswith="@school.example").exclude(pk=trainer.pk)
    assert not Enrollment.objects.filter(cohort=cohort).exists()


def test_task_reports_progress_in_batches_and_ends_done(cohort, trainer, monkeypatch):
    monkeypatch.setattr(imports.plan, "BATCH_SIZE", 10)
    enrollment_import = _queued_import(cohort, csv_bytes(learner_rows(35)), user=trainer)
    stored = enrollment_import.file.name
    with CaptureQueriesContext(connection) as queries:
        enrollment_import_task.enqueue(enrollment_import.pk)
    progress_updates = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].startswith("UPDATE") and "processed_rows" in q["sql"]
    ]
    # One to claim the import, one per batch of 10 (4), one when done.
    assert len(progress_updates) == 6
    enrollment_import.refresh_from_db()
    assert enrollment_import.status == EnrollmentImport.Status.DONE
    assert enrollment_import.processed_rows == enrollment_import.total_rows == 35
    assert enrollment_import.finished_at is not None
    assert enrollment_import.report["result"]["new_accounts"] == 35
    assert Enrollment.objects.filter(cohort=cohort, source="import").count() == 35
    assert not enrollment_import.file
    assert enrollment_import.file.storage.exists(stored)  # deleted only once committed


def test_task_deletes_the_file_after_commit(cohort, trainer, django_capture_on_commit_callbacks):
    enrollment_import = _queued_import(cohort, csv_bytes(learner_rows(2)), user=trainer)
    stored, storage = enrollment_import.file.name, enrollment_import.file.storage
    with django_capture_on_commit_callbacks(execute=True):
        enrollment_import_task.enqueue(enrollment_import.pk)
    assert not storage.exists(stored)


def test_task_runs_a_queued_import_only_once(cohort, trainer):
    enrollment_import = _queued_import(cohort, csv_bytes(learner_rows(2)), user=trainer)
    enrollment_import_task.enqueue(enrollment_import.pk)
    enrollment_import_task.enqueue(enrollment_import.pk)
    enrollment_import.refresh_from_db()
    assert enrollment_import.status == EnrollmentImport.Status.DONE
    assert enrollment_import.report["result"]["new_accounts"] == 2


def test_failure_half_way_writes_nothing(cohort, trainer, monkeypatch):
    UserFactory(email="learner1@school.example")
    enrollment_import = _queued_import(cohort, csv_bytes(learner_rows(30)), user=trainer)
    users = User.objects.count()

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    # Accounts are written first; the enrolments then fail.
    monkeypatch.setattr(Enrollment.objects, "bulk_create", broken)
    enrollment_import_task.enqueue(enrollment_import.pk)
    enrollment_import.refresh_from_db()
    assert enrollment_import.status == EnrollmentImport.Status.FAILED
    assert enrollment_import.report["failure"]
    assert enrollment_import.finished_at is not None
    assert "disk full" not in enrollment_import.report["failure"]
    assert User.objects.count() == users
    assert not Enrollment.objects.filter(cohort=cohort).exists()


def test_capacity_reached_after_the_preview_fails_the_task(cohort, trainer):
    enrollment_import = _queued_import(cohort, csv_bytes(learner_rows(3)), user=trainer)
    cohort.capacity = 2
    cohort.save()
    enrollment_import_task.enqueue(enrollment_import.pk)
    enrollment_import.refresh_from_db()
    assert enrollment_import.status == EnrollmentImport.Status.FAILED
    assert "2" in enrollment_import.report["failure"]
    assert not Enrollment.objects.filter(cohort=cohort).exists()


@pytest.mark.parametrize("size", [10, 200])
def test_commit_queries_do_not_grow_with_the_rows(cohort, size, django_assert_max_num_queries):
    # A mix of new and existing accounts, one already enrolled, one withdrawn.
    existing = [UserFactory(email=f"learner{n}@school.example") for n in range(3)]
    enrollment_create(user=existing[1], cohort=cohort, source="code")
    enrollment_withdraw(
        enrollment=enrollment_create(user=existing[2], cohort=cohort, source="code")
    )
    checked, _plan = check_file(cohort=cohort, data=csv_bytes(learner_rows(size)))
    with django_assert_max_num_queries(25):
        counts = enrollment_import_commit(cohort=cohort, rows=checked.rows)
    assert counts == {
        "new_accounts": size - 3,
        "existing_accounts": 1,
        "reactivated": 1,
        "already_enrolled": 1,
    }
    assert Enrollment.objects.filter(cohort=cohort, status="active").count() == size


def test_unconfirmed_files_are_deleted_after_a_day(cohort, trainer):
    from datetime import timedelta

    from django.utils import timezone

    enrollment_import = enrollment_import_create(
        cohort=cohort, uploaded_by=trainer, filename="a.csv", data=csv_bytes(learner_rows(1))
    )
    stored, storage = enrollment_import.file.name, enrollment_import.file.storage
    assert imports.enrollment_imports_purge_files() == 0
    later = timezone.now() + timedelta(days=1, minutes=1)
    assert imports.enrollment_imports_purge_files(now=later) == 1
    enrollment_import.refresh_from_db()
    assert not enrollment_import.file
    assert not storage.exists(stored)
    assert not imports.enrollment_import_can_confirm(enrollment_import)


def test_a_learner_who_already_did_the_course_is_complete_on_import(
    cohort, course, learner, django_capture_on_commit_callbacks
):
    from courses.services import lesson_complete

    _course, lessons = course
    for lesson in lessons:
        lesson_complete(user=learner, lesson=lesson)
    with django_capture_on_commit_callbacks(execute=True):
        _import(cohort, csv_bytes([[learner.email, "Leen", "Peeters", "", ""], *learner_rows(2)]))
    statuses = dict(Enrollment.objects.filter(cohort=cohort).values_list("user__email", "status"))
    assert statuses == {
        learner.email: Enrollment.Status.COMPLETED,
        "learner0@school.example": Enrollment.Status.ACTIVE,
        "learner1@school.example": Enrollment.Status.ACTIVE,
    }
