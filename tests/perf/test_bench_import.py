"""Benchmark: a 10,000-learner enrolment import through the real path, against row by row.

The real path is what the admin does: the upload check (read, check every line, sort the rows
against the database), then the confirmed task (read and check again, commit in bulk in one
transaction). The baselines enrol row by row, on 500 rows extrapolated to 10,000: through the
singular services (``user_create`` + ``enrollment_create``, what the bulk services replace) and,
to compare with earlier figures, ``user_create`` + a bare ``Enrollment.objects.create``. All
run inside the test's transaction, so the baselines pay no commit per row: the speed-ups are
lower bounds.

Figures are printed, never asserted; what is asserted is the outcome. Target: <= 20 s for the
whole import on a 2-core machine. Run with `make bench` (PostgreSQL when DATABASE_URL is set).
"""

import time

import pytest
from django.db import connection
from django.utils import timezone

from lms.accounts.models import User
from lms.accounts.services import user_create
from lms.cohorts.imports import enrollment_import_confirm, enrollment_import_create
from lms.cohorts.models import Enrollment, EnrollmentImport
from lms.cohorts.services import enrollment_create
from tests.cohorts.test_import_support import csv_bytes, learner_rows
from tests.factories import CohortFactory

pytestmark = [pytest.mark.perf, pytest.mark.django_db]

ROWS = 10_000
BASELINE_ROWS = 500


def test_bench_import_10000_learners(sector, trainer, django_capture_on_commit_callbacks):
    cohort = CohortFactory(sector=sector, name="Bench import", enrolment_code="BENCH001")
    data = csv_bytes(learner_rows(ROWS))
    users_before = User.objects.count()

    start = time.perf_counter()
    enrollment_import = enrollment_import_create(
        cohort=cohort, uploaded_by=trainer, filename="learners.csv", data=data
    )
    checked = time.perf_counter()
    with django_capture_on_commit_callbacks(execute=True):
        assert enrollment_import_confirm(enrollment_import=enrollment_import)
    done = time.perf_counter()

    enrollment_import.refresh_from_db()
    assert enrollment_import.status == EnrollmentImport.Status.DONE, enrollment_import.report
    assert enrollment_import.report["result"]["new_accounts"] == ROWS
    assert Enrollment.objects.filter(cohort=cohort, source="import").count() == ROWS
    assert User.objects.count() == users_before + ROWS

    # Two baselines on the same course: the singular services row by row (what the bulk path
    # replaces: user_create + enrollment_create, with its cohort lock, capacity and completion
    # check), and the earlier, cheaper loop (user_create + a bare Enrollment.objects.create).
    services_rate = _row_by_row(sector, cohort.course, "BENCH002", "services.example", True)
    bare_rate = _row_by_row(sector, cohort.course, "BENCH003", "bare.example", False)

    total = done - start
    print(
        f"\nimport of {ROWS:,} learners on {connection.vendor}: {total:.2f} s "
        f"(upload check {checked - start:.2f} s, task {done - checked:.2f} s; target <= 20 s)"
    )
    for label, seconds_per_row in (
        ("user_create + enrollment_create", services_rate),
        ("user_create + Enrollment.objects.create", bare_rate),
    ):
        baseline = seconds_per_row * ROWS
        print(
            f"row by row ({label}), {BASELINE_ROWS:,} rows extrapolated to {ROWS:,}: "
            f"{baseline:.2f} s  ->  speed-up x{baseline / total:.1f}"
        )
    # The goal: the bulk path through the services is at least 12 times the singular services
    # row by row (the same rules: account, cohort lock, capacity, completion check).
    assert services_rate * ROWS / total >= 12


def _row_by_row(sector, course, code: str, domain: str, services: bool) -> float:
    """Seconds per row of enrolling ``BASELINE_ROWS`` new learners one by one."""
    cohort = CohortFactory(sector=sector, course=course, name=f"Bench {code}", enrolment_code=code)
    rows = learner_rows(BASELINE_ROWS, domain=domain)
    start = time.perf_counter()
    for email, first_name, last_name, job_role, organisation in rows:
        user = user_create(
            email=email,
            first_name=first_name,
            last_name=last_name,
            job_role=job_role,
            organisation=organisation,
        )
        if services:
            enrollment_create(user=user, cohort=cohort, source=Enrollment.Source.IMPORT)
        else:
            Enrollment.objects.create(
                user=user,
                cohort=cohort,
                status=Enrollment.Status.ACTIVE,
                source=Enrollment.Source.IMPORT,
                enrolled_at=timezone.now(),
            )
    elapsed = time.perf_counter() - start
    assert Enrollment.objects.filter(cohort=cohort).count() == BASELINE_ROWS
    return elapsed / BASELINE_ROWS
