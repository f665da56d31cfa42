"""Benchmark: a 10,000-learner enrolment import through the real path, against row by row.

The real path is what the admin does: the upload check (read, check every line, sort the rows
against the database), then the confirmed task (read and check again, commit in bulk in one
transaction). The baseline enrols the way a naive loop would: ``user_create`` and one
``Enrollment.objects.create`` per row, on 1,000 rows, extrapolated to 10,000. Both run inside
the test's transaction, so the baseline pays no commit per row: the speed-up is a lower bound.

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
from tests.cohorts.test_import_support import csv_bytes, learner_rows
from tests.factories import CohortFactory

pytestmark = [pytest.mark.perf, pytest.mark.django_db]

ROWS = 10_000
BASELINE_ROWS = 1_000


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

    baseline_cohort = CohortFactory(
        sector=sector, course=cohort.course, name="Bench baseline", enrolment_code="BENCH002"
    )
    rows = learner_rows(BASELINE_ROWS, domain="baseline.example")
    base_start = time.perf_counter()
    for email, first_name, last_name, job_role, organisation in rows:
        user = user_create(
            email=email,
            first_name=first_name,
            last_name=last_name,
            job_role=job_role,
            organisation=organisation,
        )
        Enrollment.objects.create(
            user=user,
            cohort=baseline_cohort,
            status=Enrollment.Status.ACTIVE,
            source=Enrollment.Source.IMPORT,
            enrolled_at=timezone.now(),
        )
    baseline = (time.perf_counter() - base_start) * ROWS / BASELINE_ROWS
    assert Enrollment.objects.filter(cohort=baseline_cohort).count() == BASELINE_ROWS

    total = done - start
    print(
        f"\nimport of {ROWS:,} learners on {connection.vendor}: {total:.2f} s "
        f"(upload check {checked - start:.2f} s, task {done - checked:.2f} s; target <= 20 s)"
        f"\nrow by row (user_create + Enrollment.create), {BASELINE_ROWS:,} rows extrapolated "
        f"to {ROWS:,}: {baseline:.2f} s  ->  speed-up x{baseline / total:.1f}"
    )
