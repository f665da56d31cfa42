"""Step 1 of an enrolment import: reading a CSV or Excel file into a table of text.

Nothing here knows about learners or cohorts; the table's lines keep the numbers a spreadsheet
shows (the header is line 1).
"""

import codecs
import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from lms.errors import ValidationFailed

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000
# An .xlsx is a zip: refuse one that unpacks to far more than any list of learners needs.
MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024
XLSX_SIGNATURE = b"PK\x03\x04"
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old .xls format


class ImportFileError(ValidationFailed):
    """The file as a whole cannot be used; the message is shown as it is."""


@dataclass
class Table:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (line, values) of the non-blank lines after the header


def read_table(data: bytes) -> Table:
    """Read a CSV (UTF-8, with or without BOM, `;` `,` or tab) or an .xlsx workbook's first
    sheet, recognised by content rather than by file name."""
    if not data.strip():
        raise ImportFileError(_("The file is empty."))
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(too_big_message())
    if data.startswith(XLSX_SIGNATURE):
        lines = _xlsx_lines(data)
    elif data.startswith(OLE_SIGNATURE):
        raise ImportFileError(
            _("This is an old Excel file (.xls). Save it as .xlsx or as CSV UTF-8 and try again.")
        )
    else:
        lines = _csv_lines(_decode(data))
    return _table(lines)


def too_big_message() -> str:
    return _("The file is larger than %(size)s MB. Split it into smaller files.") % {
        "size": MAX_FILE_BYTES // (1024 * 1024)
    }


def _not_a_table_message() -> str:
    return _(
        "This file is not a CSV file or an Excel workbook (.xlsx). Save the list from your "
        "spreadsheet as CSV UTF-8 or as .xlsx and try again."
    )


def _decode(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" export.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ImportFileError(_not_a_table_message()) from exc
    if b"\x00" in data[:8192]:
        raise ImportFileError(_not_a_table_message())
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportFileError(
            _(
                "The file is not in UTF-8 (first unreadable character on line %(line)s). In "
                "Excel, save it as “CSV UTF-8” or as .xlsx and try again."
            )
            % {"line": line}
        ) from exc


def _csv_lines(text: str) -> Iterator[list[str]]:
    first_line = text.split("\n", 1)[0]
    # The header names the columns, so the separator that splits it most is the file's.
    delimiter = max((";", ",", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 0
    try:
        for line, values in enumerate(reader, start=1):  # noqa: B007 (used after the loop)
            yield values
    except csv.Error as exc:
        raise ImportFileError(
            _("Line %(line)s cannot be read as CSV; look for a quotation mark that is not closed.")
            % {"line": line + 1}
        ) from exc


def _xlsx_lines(data: bytes) -> Iterator[list[str]]:
    # openpyxl takes about half a second to import and only Excel uploads need it.
    import openpyxl  # noqa: PLC0415 - lazy heavy import, only for .xlsx files

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            names = {member.filename for member in members}
            unpacked = sum(member.file_size for member in members)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportFileError(_("The Excel file is damaged or incomplete.")) from exc
    if "xl/workbook.xml" not in names:
        raise ImportFileError(_not_a_table_message())
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise ImportFileError(too_big_message())
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a malformed workbook
        raise ImportFileError(_("The Excel file is damaged or incomplete.")) from exc
    try:
        if not workbook.worksheets:
            raise ImportFileError(_("The Excel file has no sheet."))
        sheet = workbook.worksheets[0]
        try:
            for values in sheet.iter_rows(values_only=True):
                yield [_cell_text(value) for value in values]
        except ImportFileError:
            raise
        except Exception as exc:
            raise ImportFileError(_("The Excel file is damaged or incomplete.")) from exc
    finally:
        workbook.close()


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


def _table(lines: Iterable[list[str]]) -> Table:
    lines = iter(lines)
    header = None
    rows: list[tuple[int, list[str]]] = []
    for line, values in enumerate(lines, start=1):
        values = [value.strip() for value in values]
        if line == 1:
            header = values
            continue
        if not any(values):
            continue  # blank lines are skipped; they keep their number in the count
        rows.append((line, values))
        if len(rows) > MAX_ROWS:
            raise ImportFileError(
                _("The file has more than %(max)s learners. Split it into smaller files.")
                % {"max": number_format(MAX_ROWS, force_grouping=True)}
            )
    if header is None:
        raise ImportFileError(_("The file is empty."))
    return Table(header=header, rows=rows)
