"""CSV and XLSX exports of the report's selection: one row per enrolment, memory kept flat.

Rows are read with a server-side cursor (``.iterator(chunk_size=...)`` over ``values_list``) and
written as they come: the CSV is streamed to the client; the XLSX is written by openpyxl's
write-only workbook to an anonymous temporary file (write-only mode keeps no rows in memory,
the file is deleted when the response closes it) and then sent from disk. Lessons done are
counted per chunk of enrolments with one query, never per row.
"""

import csv
import tempfile
from collections import defaultdict
from collections.abc import Iterator

from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import LessonCompletion
from lms.accounts.models import JobRole
from lms.cohorts.completion import cohorts_requirements
from lms.cohorts.models import Cohort, Enrollment

from .selectors import ReportScope

CHUNK_SIZE = 2000

FIELDS = (
    "pk",
    "user_id",
    "cohort_id",
    "user__first_name",
    "user__last_name",
    "user__email",
    "user__job_role",
    "user__organisation",
    "status",
    "enrolled_at",
    "completed_at",
)


def export_header() -> list[str]:
    # The region is deliberately left out: it is used only in anonymised aggregates.
    return [
        _("First name"),
        _("Last name"),
        _("Email"),
        _("Job role"),
        _("Organisation"),
        _("Sector"),
        _("Cohort"),
        _("Course"),
        _("Status"),
        _("Enrolled at"),
        _("Completed at"),
        _("Lessons done"),
        _("Required lessons"),
    ]


def _local(value):
    return timezone.localtime(value).replace(tzinfo=None) if value else None


def export_rows(scope: ReportScope) -> Iterator[list]:
    """The selection's enrolments as rows of Python values (datetimes local, naive)."""
    cohort_ids = {c.pk for c in scope.cohorts.values()}
    cohorts = Cohort.objects.filter(pk__in=cohort_ids).select_related("course")
    if scope.cohort_id is not None:
        cohorts = cohorts.filter(pk=scope.cohort_id)
    elif scope.course_id is not None:
        cohorts = cohorts.filter(course_id=scope.course_id)
    requirements = cohorts_requirements(cohorts)
    all_keys = {key for r in requirements.values() for key in r.lesson_keys}
    job_roles = dict(JobRole.choices)
    statuses = dict(Enrollment.Status.choices)
    rows = (
        scope.enrollments()
        .order_by("cohort__sector__name", "cohort__name", "user__last_name", "user__email", "pk")
        .values_list(*FIELDS)
        .iterator(chunk_size=CHUNK_SIZE)
    )

    def flush(batch: list[tuple]) -> Iterator[list]:
        done: dict[int, set] = defaultdict(set)
        if all_keys:
            completions = LessonCompletion.objects.filter(
                user_id__in={row[1] for row in batch}, lesson_key__in=all_keys
            ).values_list("user_id", "lesson_key")
            for user_id, key in completions:
                done[user_id].add(key)
        for row in batch:
            _pk, user_id, cohort_id, first, last, email, role, org, status, enrolled, done_at = row
            cohort = scope.cohorts[cohort_id]
            required = requirements[cohort_id].lesson_keys if cohort_id in requirements else set()
            yield [
                first,
                last,
                email,
                str(job_roles.get(role, role)),
                org,
                scope.sectors.get(cohort.sector_id, ""),
                cohort.name,
                cohort.course_title,
                str(statuses.get(status, status)),
                _local(enrolled),
                _local(done_at),
                len(done[user_id] & required),
                len(required),
            ]

    batch: list[tuple] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= CHUNK_SIZE:
            yield from flush(batch)
            batch = []
    if batch:
        yield from flush(batch)


def safe_text(value) -> str:
    """Cells starting with =, +, - or @ would run as formulas in a spreadsheet."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


class _Echo:
    def write(self, value):
        return value


def csv_lines(header: list[str], rows) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield "\ufeff"  # so that spreadsheet programs read UTF-8
    yield writer.writerow(header)
    for row in rows:
        yield writer.writerow(
            [
                value.strftime("%Y-%m-%d %H:%M") if hasattr(value, "strftime") else safe_text(value)
                for value in row
            ]
        )


def xlsx_file(header: list[str], rows, *, title: str):
    """Write the rows to an anonymous temporary file (deleted on close) and return it, rewound."""
    # Lazy: openpyxl costs ~0.2 s to import and only XLSX exports need it, while every process
    # that loads the URLs imports this module.
    from openpyxl import Workbook  # noqa: PLC0415 - lazy heavy import (above)
    from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415 - lazy heavy import (above)
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # noqa: PLC0415 - lazy heavy import

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])

    def cell(value):
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)
        result = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str):
            result.data_type = "s"  # never a formula, even when the text starts with "="
        elif hasattr(value, "strftime"):
            result.number_format = "yyyy-mm-dd hh:mm"
        return result

    sheet.append([cell(value) for value in header])
    for row in rows:
        sheet.append([cell(value) for value in row])
    # Returned open: the FileResponse that sends it closes (and so deletes) it.
    handle = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115 - returned open (above)
    try:
        workbook.save(handle)
    except BaseException:
        handle.close()
        raise
    handle.seek(0)
    return handle
