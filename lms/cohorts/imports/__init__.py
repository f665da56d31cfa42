"""Bulk enrolment from a CSV or Excel file, one module per step.

``parse`` reads the file into a table, ``check`` checks every line, ``plan`` sorts the rows
against the cohort (and builds the preview), ``commit`` writes them all or nothing through the
bulk services, and ``lifecycle`` keeps the ``EnrollmentImport`` record (upload, confirmation,
the background task and its progress, purging files nobody confirmed). Reading and checking
never write.

Line numbers are those a spreadsheet shows: the header is line 1. The names below are the ones
the admin views, the task and the tests use; constants that tests change live in their step's
module (``parse.MAX_ROWS``, ``plan.BATCH_SIZE``).
"""

from .check import FIELDS, CheckedFile, ImportRow, LineError, check_table, job_role_lookup
from .commit import ImportRefused, enrollment_import_commit
from .lifecycle import (
    enrollment_import_can_confirm,
    enrollment_import_confirm,
    enrollment_import_create,
    enrollment_import_run,
    enrollment_imports_purge_files,
)
from .parse import MAX_FILE_BYTES, MAX_ROWS, ImportFileError, Table, read_table, too_big_message
from .plan import ImportPlan, build_report, check_file, plan_import

__all__ = [
    "FIELDS",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "CheckedFile",
    "ImportFileError",
    "ImportPlan",
    "ImportRefused",
    "ImportRow",
    "LineError",
    "Table",
    "build_report",
    "check_file",
    "check_table",
    "enrollment_import_can_confirm",
    "enrollment_import_commit",
    "enrollment_import_confirm",
    "enrollment_import_create",
    "enrollment_import_run",
    "enrollment_imports_purge_files",
    "job_role_lookup",
    "plan_import",
    "read_table",
    "too_big_message",
]
