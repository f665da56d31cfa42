"""Reading and checking an enrolment import: formats, headers, every bad line, limits."""

import io
import zipfile

import pytest

from lms.cohorts import imports
from lms.cohorts.imports import ImportFileError, check_table, read_table

from .test_import_support import HEADER, csv_bytes, learner_rows, xlsx_bytes

GOOD = [
    ["an.peeters@school.example", "An", "Peeters", "teacher", "Sint-Jozefscollege"],
    ["Bram.De.Smet@Jeugd.example", "Bram", "De Smet", "Jeugdwerker", "JOC Gent"],
    ["chaima@ocmw.example", "Chaïma", "El Amrani", "", ""],
]


def _check(data: bytes):
    return check_table(read_table(data))


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
@pytest.mark.parametrize("bom", [True, False])
def test_csv_with_any_delimiter_and_with_or_without_bom(delimiter, bom):
    checked = _check(csv_bytes(GOOD, delimiter=delimiter, bom=bom))
    assert checked.errors == []
    assert [row.email for row in checked.rows] == [
        "an.peeters@school.example",
        "bram.de.smet@jeugd.example",
        "chaima@ocmw.example",
    ]
    assert [row.line for row in checked.rows] == [2, 3, 4]
    assert checked.rows[0].organisation == "Sint-Jozefscollege"
    assert checked.rows[2].first_name == "Chaïma"


def test_xlsx_first_sheet_with_numbers_and_blank_rows():
    rows = [
        *GOOD[:2],
        [None, None, None, None, None],
        ["dirk@stad.example", "Dirk", 42, None, None],
    ]
    checked = _check(xlsx_bytes(rows))
    assert checked.errors == []
    assert [(row.line, row.email) for row in checked.rows] == [
        (2, "an.peeters@school.example"),
        (3, "bram.de.smet@jeugd.example"),
        (5, "dirk@stad.example"),
    ]
    assert checked.rows[2].last_name == "42"


def test_dutch_headers_in_any_case_and_spacing_and_extra_columns_ignored():
    header = [" E-mailadres ", "VOORNAAM", "Familie naam", "Functie", "Organisatie", "Telefoon"]
    rows = [["an@school.example", "An", "Peeters", "Leerkracht", "GO!", "0470"]]
    checked = _check(csv_bytes(rows, header=header))
    assert checked.errors == []
    assert checked.ignored_columns == ["Telefoon"]
    row = checked.rows[0]
    assert (row.email, row.first_name, row.last_name, row.job_role, row.organisation) == (
        "an@school.example",
        "An",
        "Peeters",
        "teacher",
        "GO!",
    )


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("teacher", "teacher"),
        ("Youth_Worker", "youth_worker"),
        ("leerkracht", "teacher"),
        ("LEERLINGBEGELEIDER (CLB)", "pupil_guidance"),
        ("medewerker  lokaal bestuur", "local_official"),
        ("Job counsellor", "job_counsellor"),
        ("", "other"),
    ],
)
def test_job_role_by_code_or_label_in_any_case(given, expected):
    checked = _check(csv_bytes([["an@school.example", "An", "Peeters", given, ""]]))
    assert checked.errors == []
    assert checked.rows[0].job_role == expected


def test_every_bad_line_is_reported_with_its_line_and_column():
    rows = [
        ["ok@school.example", "Ok", "Peeters", "", ""],  # line 2
        ["not-an-email", "An", "Peeters", "", ""],  # line 3
        ["", "Bram", "De Smet", "", ""],  # line 4
        ["chaima@ocmw.example", "", "", "", ""],  # line 5
        ["dirk@stad.example", "Dirk", "Claes", "bakker", ""],  # line 6
        ["OK@school.example", "Ok", "Twice", "", ""],  # line 7: same email as line 2
        ["eva@school.example", "E" * 151, "Janssens", "", "x" * 201],  # line 8
        ["fien@school.example", "Fien\x1b", "Maes", "", ""],  # line 9
    ]
    checked = _check(csv_bytes(rows))
    found = {(error.line, error.field) for error in checked.errors}
    assert found == {
        (3, "email"),
        (4, "email"),
        (5, "first_name"),
        (5, "last_name"),
        (6, "job_role"),
        (7, "email"),
        (8, "first_name"),
        (8, "organisation"),
        (9, "first_name"),
    }
    assert [row.line for row in checked.rows] == [2]
    by_key = {(error.line, error.field): error for error in checked.errors}
    assert by_key[(3, "email")].column == "email"
    assert "not-an-email" in by_key[(3, "email")].reason
    assert "2" in by_key[(7, "email")].reason  # points to the first occurrence
    assert "bakker" in by_key[(6, "job_role")].reason
    assert "151" in by_key[(8, "first_name")].reason
    assert checked.total_rows == 8


def test_errors_name_the_column_as_written_in_the_file():
    header = ["E-mail", "Voornaam", "Achternaam"]
    checked = _check(csv_bytes([["x", "An", ""]], header=header))
    assert {(e.line, e.field, e.column) for e in checked.errors} == {
        (2, "email", "E-mail"),
        (2, "last_name", "Achternaam"),
    }


def test_blank_lines_are_skipped_but_keep_line_numbers():
    data = "email;first_name;last_name\r\n\r\nan@school.example;An;Peeters\r\n;;\r\nbad;B;C\r\n"
    checked = _check(data.encode())
    assert [row.line for row in checked.rows] == [3]
    assert [(e.line, e.field) for e in checked.errors] == [(5, "email")]


def test_a_staff_email_is_fine(trainer):
    checked = _check(csv_bytes([[trainer.email.upper(), "Tina", "Trainer", "", ""]]))
    assert checked.errors == []


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",  # an image
        b"%PDF-1.7\n\x00\x01\x02",  # a PDF
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64,  # an old .xls
        b"PK\x03\x04 not really a zip",  # a broken zip
        "email;first_name;last_name\nan@school.example;Zoë;Peeters\n".encode("latin-1"),
    ],
    ids=["png", "pdf", "xls", "broken-zip", "latin-1"],
)
def test_content_that_is_not_csv_or_xlsx_is_refused(data):
    with pytest.raises(ImportFileError):
        read_table(data)


def test_a_zip_that_is_not_a_workbook_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    with pytest.raises(ImportFileError):
        read_table(buffer.getvalue())


def test_latin_1_error_names_the_line():
    data = "email;first_name;last_name\nan@school.example;An;Peeters\nzoe@x.example;Zoë;P\n"
    with pytest.raises(ImportFileError, match="3"):
        read_table(data.encode("latin-1"))


@pytest.mark.parametrize(
    "data",
    [b"", b"  \r\n", b"email;first_name;last_name\r\n", b"naam;adres\r\nAn;Gent\r\n"],
    ids=["empty", "blank", "header-only", "wrong-columns"],
)
def test_files_without_learners_or_without_the_columns_are_refused(data):
    with pytest.raises(ImportFileError):
        _check(data)


def test_missing_column_is_named():
    with pytest.raises(ImportFileError, match="last_name"):
        _check(csv_bytes([["an@school.example", "An"]], header=["email", "voornaam"]))


def test_same_column_twice_is_refused():
    with pytest.raises(ImportFileError):
        _check(
            csv_bytes(
                [["a@b.example", "b@c.example", "A", "B"]],
                header=["email", "e-mail", "first_name", "last_name"],
            )
        )


def test_too_many_rows_is_refused(monkeypatch):
    monkeypatch.setattr(imports.parse, "MAX_ROWS", 5)
    assert _check(csv_bytes(learner_rows(5))).errors == []
    with pytest.raises(ImportFileError, match="5"):
        read_table(csv_bytes(learner_rows(6)))


def test_too_large_file_is_refused(monkeypatch):
    monkeypatch.setattr(imports.parse, "MAX_FILE_BYTES", 1024)
    with pytest.raises(ImportFileError):
        read_table(csv_bytes(learner_rows(40)))


def test_xlsx_that_unpacks_too_large_is_refused(monkeypatch):
    monkeypatch.setattr(imports.parse, "MAX_XLSX_UNPACKED_BYTES", 1024)
    with pytest.raises(ImportFileError):
        read_table(xlsx_bytes(learner_rows(50)))


def test_header_constant_matches_the_template_columns():
    assert tuple(HEADER) == imports.FIELDS


def test_unreadable_csv_names_the_line():
    data = (
        'email;first_name;last_name\nan@school.example;An;Peeters\nb@x.example;"B' + "x" * 140_000
    )
    with pytest.raises(ImportFileError, match="3"):
        read_table(data.encode())
