"""Helpers shared by the bulk-import tests (this module holds no tests)."""

import csv
import io
from datetime import date

from lms.cohorts.models import Cohort

HEADER = ["email", "first_name", "last_name", "job_role", "organisation"]


def make_cohort(sector, course=None, **fields) -> Cohort:
    from tests.factories import course_tree

    if course is None:
        course, _lessons = course_tree(modules=1, lessons_per_module=1)
    return Cohort.objects.create(
        sector=sector,
        course=course,
        name=fields.pop("name", "Signalen herkennen – voorjaar"),
        starts_on=date(2026, 3, 1),
        **fields,
    )


def learner_rows(count: int, start: int = 0, domain: str = "school.example") -> list[list[str]]:
    return [
        [f"learner{n}@{domain}", f"Voornaam{n}", f"Achternaam{n}", "teacher", "GO! Atheneum"]
        for n in range(start, start + count)
    ]


def csv_bytes(rows, header=HEADER, delimiter=";", bom=True) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return (("\ufeff" if bom else "") + buffer.getvalue()).encode("utf-8")


def xlsx_bytes(rows, header=HEADER) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
