"""Helpers shared by the bulk-import tests (this module holds no tests)."""

import csv
import io

HEADER = ["email", "first_name", "last_name", "job_role", "organisation"]


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
