"""Fuzzing the bulk enrolment import: upload, preview and confirm in the admin, as a trainer.

What is fuzzed: the uploaded file. Clean lists (header names in any language and order, extra
columns, random delimiter, quoting and line ends, UTF-8 with or without BOM, UTF-16, .xlsx;
names with quotes, accents and formula injection such as ``=cmd|' /C calc'!A0``; emails of new,
existing, withdrawn and already enrolled learners in any case); the same lists with one bad row
(invalid or duplicate email, missing name, unknown job role, control characters, too long);
messy files (random headers and cells, NUL bytes, latin-1, UTF-16 without BOM, UTF-32, unclosed
quotes, very long lines, many columns, missing header); and junk named .xlsx (random bytes,
a ZIP signature with junk, a real workbook cut short, a ZIP without a workbook).

Invariants after every example: no 5xx, on the upload, the preview and the confirmation;
uploading never writes users or enrolments; a file with any invalid row cannot be confirmed and
confirming it writes nothing (nothing half-written); confirming a valid file enrols exactly the
learners of the file and creates exactly the accounts the preview counted, and a clean list is
always accepted.
"""

import csv
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from lms.accounts.models import User
from lms.cohorts.models import Enrollment, EnrollmentImport
from lms.cohorts.services import enrollment_create, enrollment_withdraw
from tests.cohorts.test_import_support import xlsx_bytes
from tests.factories import CohortFactory, UserFactory

from .conftest import (
    TRICKY,
    assert_no_server_error,
    fuzz_client,
    fuzz_settings,
    outcome,
    rolled_back,
    tricky_text,
)

pytestmark = pytest.mark.django_db

HEADER_NAMES = {
    "email": ["email", "E-mailadres", "e-mail", "Mail", "courriel", "Email Address"],
    "first_name": ["first_name", "Voornaam", "prénom", "Given name", "FIRST NAME"],
    "last_name": ["last_name", "Achternaam", "Familienaam", "nom", "Surname"],
    "job_role": ["job_role", "Functie", "rol", "Job role"],
    "organisation": ["organisation", "Organisatie", "organization"],
}
JOB_ROLES = ["", "teacher", "Leerkracht", "youth_worker", "Jeugdwerker", "other", "TEACHER"]
EXISTING = "bestaand.fuzz@school.example"
WITHDRAWN = "gestopt.fuzz@school.example"
ACTIVE = "actief.fuzz@school.example"


class World:
    """A cohort with an existing account, a withdrawn and an active learner, and the
    trainer's client."""

    def __init__(self, sector, trainer):
        self.cohort = CohortFactory(sector=sector)
        UserFactory(email=EXISTING)
        withdrawn = enrollment_create(
            user=UserFactory(email=WITHDRAWN), cohort=self.cohort, source="staff"
        )
        enrollment_withdraw(enrollment=withdrawn)
        enrollment_create(user=UserFactory(email=ACTIVE), cohort=self.cohort, source="staff")
        self.client = fuzz_client(trainer)
        self.upload_url = reverse("cohorts_import:upload", args=[self.cohort.pk])

    def state(self) -> tuple:
        return (
            list(User.objects.order_by("pk").values_list("pk", "email", "password")),
            list(
                Enrollment.objects.order_by("pk").values_list(
                    "pk", "user_id", "cohort_id", "status", "source"
                )
            ),
        )

    def active_emails(self) -> set[str]:
        return set(
            Enrollment.objects.filter(
                cohort=self.cohort, status=Enrollment.Status.ACTIVE
            ).values_list("user__email", flat=True)
        )


# A real workbook, made once: openpyxl stamps the time in it, and examples must not vary.
WORKBOOK = xlsx_bytes([["a@school.example", "An", "Ng"]])

# --- files --------------------------------------------------------------------------------

# Printable text without control characters: what a spreadsheet cell holds.
cell_text = st.text(
    alphabet=st.characters(categories=["L", "M", "N", "P", "S", "Zs"], exclude_characters="\x85"),
    max_size=30,
)
names = st.one_of(
    st.sampled_from(["An", "Zoë", "Çelik", "O'Brien", 'Jan "Jos"', "Van den Bossche", "Ng"]),
    st.sampled_from(["=cmd|' /C calc'!A0", "+32 470 12 34 56", "@SUM(A1:A9)", "-1+1", "=1+1"]),
    st.tuples(st.characters(categories=["L"]), cell_text).map("".join),
)
local_parts = st.from_regex(r"[a-z][a-z0-9]{0,10}", fullmatch=True)
domains = st.sampled_from(["school.example", "GO-atheneum.be", "vzw.example.org", "bücher.example"])


@st.composite
def learners(draw) -> list[dict]:
    """1 to 6 learners with distinct valid emails (some already known to the platform)."""
    count = draw(st.integers(min_value=1, max_value=6))
    rows = []
    for index in range(count):
        email = draw(
            st.one_of(
                st.builds(
                    lambda local, domain, i=index: f"{local}.{i}@{domain}", local_parts, domains
                ),
                st.sampled_from([EXISTING, WITHDRAWN, ACTIVE]),
            )
        )
        if email.lower() in {row["email"].strip().lower() for row in rows}:
            continue
        if draw(st.booleans()):
            email = email.upper() if draw(st.booleans()) else f"  {email} "
        rows.append(
            {
                "email": email,
                "first_name": draw(names),
                "last_name": draw(names),
                "job_role": draw(st.sampled_from(JOB_ROLES)),
                "organisation": draw(st.one_of(st.just(""), cell_text)),
            }
        )
    return rows


@st.composite
def layouts(draw) -> dict:
    """Which columns, under which names, in which order, and how the CSV is written."""
    fields = ["email", "first_name", "last_name"]
    fields += [name for name in ("job_role", "organisation") if draw(st.booleans())]
    columns = [(field, draw(st.sampled_from(HEADER_NAMES[field]))) for field in fields]
    if draw(st.booleans()):
        columns.append((None, draw(st.sampled_from(["Opmerking", "Notes", "", "Telefoon"]))))
    return {
        "columns": draw(st.permutations(columns)),
        "delimiter": draw(st.sampled_from([";", ",", "\t"])),
        "quoting": draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])),
        "lineterminator": draw(st.sampled_from(["\r\n", "\n"])),
        "encoding": draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "xlsx"])),
        "blank_lines": draw(st.booleans()),
    }


def _table(layout: dict, rows: list[dict], extra: str) -> list[list[str]]:
    header = [name for _field, name in layout["columns"]]
    body = [
        [row.get(field, extra) if field else extra for field, _name in layout["columns"]]
        for row in rows
    ]
    if layout["blank_lines"]:
        body.insert(len(body) // 2, [""] * len(header))
    return [header, *body]


def _xlsx(table: list[list[str]]) -> bytes:
    """A workbook whose cells are all text, as a list typed or pasted in Excel is: a name such
    as ``=1+1`` stays a name here (openpyxl would store it as a formula)."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row_number, row in enumerate(table, start=1):
        for column_number, value in enumerate(row, start=1):
            sheet.cell(row=row_number, column=column_number, value=value).data_type = "s"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _encode(layout: dict, table: list[list[str]]) -> tuple[bytes, str]:
    if layout["encoding"] == "xlsx":
        return _xlsx(table), "Lijst.xlsx"
    buffer = io.StringIO(newline="")
    writer = csv.writer(
        buffer,
        delimiter=layout["delimiter"],
        quoting=layout["quoting"],
        lineterminator=layout["lineterminator"],
    )
    writer.writerows(table)
    return buffer.getvalue().encode(layout["encoding"]), "learners.csv"


@st.composite
def clean_files(draw) -> tuple[bytes, str, list[dict]]:
    rows = draw(learners())
    layout = draw(layouts())
    data, name = _encode(layout, _table(layout, rows, draw(cell_text)))
    return data, name, rows


BAD_ROWS = {
    "invalid email": {"email": "nope"},
    "email without domain": {"email": "a@"},
    "email with a space": {"email": "x y@school.example"},
    "missing email": {"email": ""},
    "missing last name": {"last_name": ""},
    "missing first name": {"first_name": "   "},
    "unknown job role": {"job_role": "kok"},
    "control character": {"first_name": "An\x01"},
    "first name too long": {"first_name": "A" * 151},
    "email too long": {"email": "a" * 250 + "@school.example"},
}


@st.composite
def files_with_a_bad_row(draw) -> tuple[bytes, str]:
    rows = draw(learners())
    layout = draw(layouts())
    problem = draw(st.sampled_from([*BAD_ROWS, "duplicate email"]))
    bad = dict(draw(st.sampled_from(rows)))
    if problem == "duplicate email":
        bad["email"] = bad["email"].strip().swapcase()
    else:
        bad.update(BAD_ROWS[problem])
        bad["email"] = (
            bad["email"] if "email" in BAD_ROWS[problem] else f"z{len(rows)}@school.example"
        )
    if problem == "control character" and layout["encoding"] == "xlsx":
        layout["encoding"] = "utf-8"  # openpyxl cannot even write it
    if problem == "unknown job role":
        layout["columns"] = [*layout["columns"], ("job_role", "functie")]
        layout["columns"] = list({field: (field, n) for field, n in layout["columns"]}.values())
    rows.insert(draw(st.integers(min_value=0, max_value=len(rows))), bad)
    data, name = _encode(layout, _table(layout, rows, ""))
    return data, name


@st.composite
def messy_files(draw) -> tuple[bytes, str]:
    known = [name for aliases in HEADER_NAMES.values() for name in aliases]
    header = draw(
        st.one_of(
            # The right columns, so that the fuzzed cells reach the line checks and the preview.
            st.permutations(["email", "voornaam", "achternaam", "functie", "organisatie"]).map(
                list
            ),
            st.one_of(
                st.lists(st.one_of(st.sampled_from(known), tricky_text), max_size=8),
                st.just([]),
            ),
        )
    )
    cell = st.one_of(tricky_text, st.emails(), names, st.sampled_from(JOB_ROLES))
    rows = draw(st.lists(st.lists(cell, max_size=8), max_size=6))
    delimiter = draw(st.sampled_from([";", ",", "\t", "|", " "]))
    buffer = io.StringIO(newline="")
    csv.writer(
        buffer, delimiter=delimiter, lineterminator=draw(st.sampled_from(["\r\n", "\n", "\r"]))
    ).writerows(([header] if header else []) + rows)
    text = buffer.getvalue()
    twist = draw(
        st.one_of(
            st.just("none"),
            st.sampled_from(
                ["unclosed quote", "long line", "many columns", "nul", "junk bytes", "only bom"]
            ),
        )
    )
    if twist == "unclosed quote":
        text = text + '"an;"bert"";' + '"\n' + text
    elif twist == "long line":
        text = text + "a" * draw(st.sampled_from([10_000, 200_000])) + "\n"
    elif twist == "many columns":
        text = ";".join(["email", "first_name", "last_name"] + ["x"] * 3000) + "\n" + text
    elif twist == "nul":
        text = text.replace(delimiter, "\x00", 1) if delimiter in text else "\x00" + text
    elif twist == "only bom":
        text = "\ufeff"
    encoding = draw(
        st.one_of(
            st.just("utf-8"),
            st.sampled_from(
                ["utf-8-sig", "latin-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]
            ),
        )
    )
    data = text.encode(encoding, errors="replace")
    if twist == "junk bytes":
        data = draw(st.binary(max_size=40)) + data + draw(st.binary(max_size=40))
    name = draw(
        st.sampled_from(["learners.csv", "Lijst.CSV", "lijst.txt", "a.xlsx", "../../x.csv"])
    )
    return data, name


@st.composite
def junk_workbooks(draw) -> tuple[bytes, str]:
    kind = draw(
        st.sampled_from(["random", "zip signature", "cut short", "zip without workbook", "bytes"])
    )
    if kind == "random":
        data = draw(st.binary(min_size=1, max_size=300))
    elif kind == "zip signature":
        data = b"PK\x03\x04" + draw(st.binary(max_size=300))
    elif kind == "cut short":
        data = WORKBOOK[: draw(st.integers(min_value=1, max_value=len(WORKBOOK) - 1))]
    elif kind == "zip without workbook":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr(
                draw(st.sampled_from(["a.txt", "xl/x.xml", "[Content_Types].xml"])),
                draw(st.binary(max_size=50)),
            )
        data = buffer.getvalue()
    else:
        data = draw(
            st.sampled_from(
                [
                    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40,
                    b"%PDF-1.7\n",
                    b"\x89PNG\r\n\x1a\n",
                ]
            )
        )
    return data, draw(st.sampled_from(["Lijst.xlsx", "learners.XLSX", "x.xlsx"]))


# --- the flow -----------------------------------------------------------------------------


def _upload(world, data: bytes, name: str):
    return world.client.post(world.upload_url, {"file": SimpleUploadedFile(name, data)})


def _confirm(world, item, capture):
    """Confirm as the trainer; the queued commit runs at once (as the worker would)."""
    with capture(execute=True):
        response = world.client.post(
            reverse("cohorts_import:confirm", args=[world.cohort.pk, item.pk])
        )
    assert_no_server_error(response)
    assert response.status_code == 302
    item.refresh_from_db()
    return item


def _upload_preview_confirm(world, data: bytes, name: str, capture):
    """Upload, look at the preview, confirm; returns the import and its report as previewed
    (None if the upload was refused) and the state before, after checking what holds for any
    file."""
    before = world.state()
    imports_before = EnrollmentImport.objects.count()
    response = _upload(world, data, name)
    assert_no_server_error(response)
    outcome(f"upload answered {response.status_code}")
    assert world.state() == before  # uploading never writes users or enrolments
    if response.status_code != 302:
        assert response.status_code == 400
        assert EnrollmentImport.objects.count() == imports_before
        return None, None, before
    item = EnrollmentImport.objects.latest("pk")
    preview = world.client.get(response["Location"])
    assert_no_server_error(preview)
    assert preview.status_code == 200
    report = item.report
    refused = bool(report["refusal"])
    assert refused == bool(report["errors"] or report["capacity"]["exceeded"])
    item = _confirm(world, item, capture)
    outcome("refused" if refused else "imported")
    if refused:  # nothing half-written: the import cannot even start
        assert item.status == EnrollmentImport.Status.VALIDATED
        assert world.state() == before
        return item, report, before
    assert item.status == EnrollmentImport.Status.DONE, item.report.get("failure")
    counts = report["counts"]
    users_before, enrolments_before = before
    users_after, enrolments_after = world.state()
    assert len(users_after) == len(users_before) + counts["new_accounts"]
    new_enrolments = len(enrolments_after) - len(enrolments_before)
    assert new_enrolments == counts["new_accounts"] + counts["existing_accounts"]
    assert (
        counts["valid"]
        == counts["rows"]
        == (
            counts["new_accounts"]
            + counts["existing_accounts"]
            + counts["reactivated"]
            + counts["already_enrolled"]
        )
    )
    shown = {row["email"] for row in report["preview"]}
    assert shown <= world.active_emails()  # every learner shown is now enrolled
    return item, report, before


@fuzz_settings(max_examples=200)
@given(file=clean_files())
def test_fuzzed_clean_lists_enrol_exactly_their_learners(
    world, django_capture_on_commit_callbacks, file
):
    data, name, rows = file
    with rolled_back(world.client):
        item, report, _before = _upload_preview_confirm(
            world, data, name, django_capture_on_commit_callbacks
        )
        assert item is not None, "a clean list must be accepted"
        assert not report["refusal"]
        emails = {row["email"].strip().lower() for row in rows}
        assert {row["email"] for row in report["preview"]} == emails  # all rows shown
        assert world.active_emails() == emails | {ACTIVE}
        assert set(
            Enrollment.objects.filter(cohort=world.cohort, source="import").values_list(
                "user__email", flat=True
            )
        ) == emails - {ACTIVE}


@fuzz_settings(max_examples=150)
@given(file=files_with_a_bad_row())
def test_fuzzed_lists_with_a_bad_row_write_nothing(world, django_capture_on_commit_callbacks, file):
    data, name = file
    with rolled_back(world.client):
        item, report, before = _upload_preview_confirm(
            world, data, name, django_capture_on_commit_callbacks
        )
        if item is not None:
            assert report["refusal"] and report["errors"]
            assert item.status == EnrollmentImport.Status.VALIDATED
        assert world.state() == before


@fuzz_settings(max_examples=300)
@given(file=messy_files())
def test_fuzzed_messy_files(world, django_capture_on_commit_callbacks, file):
    data, name = file
    with rolled_back(world.client):
        _upload_preview_confirm(world, data, name, django_capture_on_commit_callbacks)


@fuzz_settings(max_examples=150)
@given(file=junk_workbooks())
def test_fuzzed_junk_named_xlsx(world, django_capture_on_commit_callbacks, file):
    data, name = file
    with rolled_back(world.client):
        item, _report, before = _upload_preview_confirm(
            world, data, name, django_capture_on_commit_callbacks
        )
        assert item is None  # none of these is a workbook with learners
        assert world.state() == before


def test_tricky_strings_in_a_header_only_file_are_refused_cleanly(world):
    """Every TRICKY string as a header cell: refused with a message, never a server error."""
    for text in TRICKY:
        response = _upload(world, f"{text};voornaam\r\n".encode(), "a.csv")
        assert response.status_code == 400
    assert not EnrollmentImport.objects.exists()


def test_an_email_that_lower_casing_makes_too_long_is_a_line_error(
    world, django_capture_on_commit_callbacks
):
    """Regression: the length was checked before lower-casing, which can lengthen an address
    ("İ" becomes "i" and a combining dot). Such a list passed the preview, then its commit
    failed on PostgreSQL (varchar 254) or stored an over-long address on SQLite."""
    domain = ".".join(["İ" * 30] * 4) + ".example"
    email = "a" * 60 + "@" + domain
    assert len(email) <= 254 < len(email.lower())
    data = f"email;voornaam;achternaam\r\n{email};An;Peeters\r\nok@school.example;Jo;Ng\r\n"
    with rolled_back(world.client):
        item, report, before = _upload_preview_confirm(
            world, data.encode(), "a.csv", django_capture_on_commit_callbacks
        )
        assert [(error["line"], error["field"]) for error in report["errors"]] == [(2, "email")]
        assert item.status == EnrollmentImport.Status.VALIDATED
        assert world.state() == before
