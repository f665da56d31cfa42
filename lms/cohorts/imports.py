"""Bulk enrolment from a CSV or Excel file: reading, checking and committing it.

Reading and checking never write. The commit writes everything in one transaction or nothing:
missing accounts, their learner role and the enrolments, with bulk statements whose number
grows per batch of rows, never per row. Re-importing the same file is harmless: learners already
in the cohort are skipped and existing accounts are linked, never duplicated or changed.

Line numbers are those a spreadsheet shows: the header is line 1.
"""

import codecs
import csv
import io
import logging
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from lms.accounts.models import JobRole, Language, User, normalise_email
from lms.accounts.roles import GROUP_NAMES, Role

from .models import Cohort, Enrollment, EnrollmentImport

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000
# An .xlsx is a zip: refuse one that unpacks to far more than any list of learners needs.
MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024
BATCH_SIZE = 500
PREVIEW_ROWS = 10
# A checked file that nobody confirms is deleted after this long (it holds personal data).
UNCONFIRMED_FILE_LIFETIME = timedelta(days=1)

FIELDS = ("email", "first_name", "last_name", "job_role", "organisation")
REQUIRED_COLUMNS = ("email", "first_name", "last_name")
MAX_LENGTHS = {
    name: User._meta.get_field(name).max_length
    for name in ("email", "first_name", "last_name", "organisation")
}
HOLDING = (Enrollment.Status.INVITED, Enrollment.Status.ACTIVE, Enrollment.Status.COMPLETED)

# Header names after _header_key(): lower case, without spaces, dashes, dots or underscores.
HEADER_ALIASES = {
    "email": ("email", "emailadres", "emailaddress", "mail", "mailadres", "courriel"),
    "first_name": ("firstname", "voornaam", "givenname", "prenom", "prénom"),
    "last_name": ("lastname", "achternaam", "familienaam", "surname", "familyname", "nom"),
    "job_role": ("jobrole", "functie", "rol", "role", "job", "fonction"),
    "organisation": ("organisation", "organization", "organisatie", "organisme"),
}
_HEADER_LOOKUP = {alias: name for name, aliases in HEADER_ALIASES.items() for alias in aliases}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
XLSX_SIGNATURE = b"PK\x03\x04"
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old .xls format


class ImportFileError(Exception):
    """The file as a whole cannot be used; the message is shown as it is."""


class ImportRefused(Exception):
    """The import cannot be committed (errors, capacity); nothing was written."""


@dataclass(frozen=True)
class LineError:
    line: int
    field: str  # one of FIELDS, or "" for the line as a whole
    column: str  # the column's name as written in the file
    reason: str


@dataclass(frozen=True)
class ImportRow:
    line: int
    email: str
    first_name: str
    last_name: str
    job_role: str
    organisation: str


@dataclass
class Table:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (line, values) of the non-blank lines after the header


@dataclass
class CheckedFile:
    rows: list[ImportRow]
    errors: list[LineError]
    columns: dict[str, str]  # field -> the column's name in the file
    ignored_columns: list[str]

    @property
    def total_rows(self) -> int:
        return len(self.rows) + len({e.line for e in self.errors})


@dataclass
class ImportPlan:
    """What committing ``rows`` would do to the cohort, as things stand in the database."""

    new: list[ImportRow] = field(default_factory=list)
    existing: list[tuple[ImportRow, int]] = field(default_factory=list)  # enrol these users
    reactivate: list[tuple[ImportRow, int]] = field(default_factory=list)  # withdrawn before
    already: list[tuple[ImportRow, int]] = field(default_factory=list)  # skipped
    capacity: int | None = None
    seats_taken: int = 0

    @property
    def seats_needed(self) -> int:
        return len(self.new) + len(self.existing) + len(self.reactivate)

    @property
    def capacity_exceeded(self) -> bool:
        return self.capacity is not None and self.seats_taken + self.seats_needed > self.capacity

    def counts(self) -> dict[str, int]:
        return {
            "new_accounts": len(self.new),
            "existing_accounts": len(self.existing),
            "reactivated": len(self.reactivate),
            "already_enrolled": len(self.already),
        }

    def capacity_message(self) -> str:
        return _(
            "This import would bring the cohort to %(after)s learners, above its capacity of "
            "%(capacity)s (%(taken)s places are taken now). Raise the capacity or import fewer "
            "learners."
        ) % {
            "after": self.seats_taken + self.seats_needed,
            "capacity": self.capacity,
            "taken": self.seats_taken,
        }


# --- reading ------------------------------------------------------------------------------


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
    import openpyxl

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


def _header_key(name: str) -> str:
    return re.sub(r"[\s_.\-]+", "", name.strip().lower())


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


# --- checking -----------------------------------------------------------------------------


def _label_key(text: str) -> str:
    return " ".join(str(text).lower().replace("_", " ").split())


def job_role_lookup() -> dict[str, str]:
    """Job roles by their code and by their label in each interface language."""
    lookup = {_label_key(value): value for value in JobRole.values}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for value, label in JobRole.choices:
                lookup.setdefault(_label_key(label), value)
    return lookup


def _shorten(value: str, limit: int = 60) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def check_table(table: Table) -> CheckedFile:
    """Check every line; return the good rows and every problem with its line and column."""
    columns: dict[str, int] = {}
    names: dict[str, str] = {}
    ignored = []
    for index, name in enumerate(table.header):
        key = _HEADER_LOOKUP.get(_header_key(name))
        if key is None:
            if name:
                ignored.append(name)
            continue
        if key in columns:
            raise ImportFileError(
                _("The columns “%(first)s” and “%(second)s” both hold %(field)s.")
                % {"first": names[key], "second": name, "field": key}
            )
        columns[key] = index
        names[key] = name
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        raise ImportFileError(
            _(
                "The first line must name the columns. Missing: %(missing)s. Expected: email, "
                "first_name, last_name and optionally job_role and organisation (Dutch names "
                "such as e-mailadres, voornaam, achternaam, functie and organisatie work too)."
            )
            % {"missing": ", ".join(missing)}
        )
    if not table.rows:
        raise ImportFileError(_("The file names the columns but lists no learners."))

    roles = job_role_lookup()
    allowed_roles = ", ".join(str(label) for label in JobRole.labels)
    seen: dict[str, int] = {}
    rows: list[ImportRow] = []
    errors: list[LineError] = []
    for line, values in table.rows:
        record = {
            key: (values[index] if index < len(values) else "") for key, index in columns.items()
        }
        line_errors: list[LineError] = []

        def problem(name: str, reason: str, line=line, errors=line_errors) -> None:
            errors.append(LineError(line=line, field=name, column=names[name], reason=reason))

        for name, value in record.items():
            if _CONTROL.search(value):
                problem(name, _("Contains invisible control characters."))
            elif name in MAX_LENGTHS and len(value) > MAX_LENGTHS[name]:
                problem(
                    name,
                    _("Too long: %(length)s characters, at most %(max)s.")
                    % {"length": len(value), "max": MAX_LENGTHS[name]},
                )
        bad = {error.field for error in line_errors}

        email = normalise_email(record["email"])
        if "email" not in bad:
            if not email:
                problem("email", _("The email address is missing."))
            elif len(email) > MAX_LENGTHS["email"]:
                # Lower-casing can lengthen an address ("İ" becomes "i" and a combining dot).
                problem(
                    "email",
                    _("Too long: %(length)s characters, at most %(max)s.")
                    % {"length": len(email), "max": MAX_LENGTHS["email"]},
                )
            else:
                try:
                    validate_email(email)
                except ValidationError:
                    problem(
                        "email",
                        _("“%(value)s” is not a valid email address.")
                        % {"value": _shorten(record["email"])},
                    )
                else:
                    if email in seen:
                        problem(
                            "email",
                            _("This email address is also on line %(line)s.")
                            % {"line": seen[email]},
                        )
                    else:
                        seen[email] = line
        for name, reason in (
            ("first_name", _("The first name is missing.")),
            ("last_name", _("The last name is missing.")),
        ):
            if name not in bad and not record[name]:
                problem(name, reason)
        job_role = JobRole.OTHER
        raw_role = record.get("job_role", "")
        if raw_role and "job_role" not in bad:
            job_role = roles.get(_label_key(raw_role))
            if job_role is None:
                problem(
                    "job_role",
                    _("Unknown job role “%(value)s”. Use one of: %(allowed)s.")
                    % {"value": _shorten(raw_role), "allowed": allowed_roles},
                )
        if line_errors:
            errors.extend(line_errors)
            continue
        rows.append(
            ImportRow(
                line=line,
                email=email,
                first_name=record["first_name"],
                last_name=record["last_name"],
                job_role=job_role,
                organisation=record.get("organisation", ""),
            )
        )
    return CheckedFile(
        rows=rows,
        errors=errors,
        columns=names,
        ignored_columns=ignored,
    )


def _batches(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def plan_import(
    *,
    cohort: Cohort,
    rows: list[ImportRow],
    batch_size: int | None = None,
    on_batch: Callable[[int], None] | None = None,
) -> ImportPlan:
    """Sort the rows into new accounts, existing accounts to enrol, withdrawn learners to
    re-enrol and learners already in the cohort; two queries per batch of rows."""
    batch_size = batch_size or BATCH_SIZE
    plan = ImportPlan(capacity=cohort.capacity)
    done = 0
    for batch in _batches(rows, batch_size):
        emails = [row.email for row in batch]
        users = dict(
            User.objects.annotate(email_ci=Lower("email"))
            .filter(email_ci__in=emails)
            .values_list("email_ci", "pk")
        )
        statuses = dict(
            Enrollment.objects.filter(cohort=cohort, user_id__in=users.values()).values_list(
                "user_id", "status"
            )
        )
        for row in batch:
            user_id = users.get(row.email)
            if user_id is None:
                plan.new.append(row)
            elif user_id not in statuses:
                plan.existing.append((row, user_id))
            elif statuses[user_id] == Enrollment.Status.WITHDRAWN:
                plan.reactivate.append((row, user_id))
            else:
                plan.already.append((row, user_id))
        done += len(batch)
        if on_batch is not None:
            on_batch(done)
    if cohort.capacity is not None:
        plan.seats_taken = Enrollment.objects.filter(cohort=cohort, status__in=HOLDING).count()
    return plan


def check_file(*, cohort: Cohort, data: bytes) -> tuple[CheckedFile, ImportPlan]:
    """Read and check a file for ``cohort``; raises ImportFileError when it is unusable."""
    checked = check_table(read_table(data))
    return checked, plan_import(cohort=cohort, rows=checked.rows)


def build_report(checked: CheckedFile, plan: ImportPlan) -> dict:
    """What the preview shows, stored as JSON on the EnrollmentImport."""
    actions = {}
    for kind, items in (
        ("existing", plan.existing),
        ("reactivate", plan.reactivate),
        ("already", plan.already),
    ):
        for row, _user_id in items:
            actions[row.line] = kind
    labels = dict(JobRole.choices)
    preview = [
        {
            **asdict(row),
            "job_role_label": str(labels.get(row.job_role, row.job_role)),
            "action": actions.get(row.line, "new"),
        }
        for row in checked.rows[:PREVIEW_ROWS]
    ]
    refusal = ""
    if checked.errors:
        lines = len({error.line for error in checked.errors})
        refusal = ngettext(
            "%(count)s line has errors. Correct the file and upload it again; nothing was "
            "imported.",
            "%(count)s lines have errors. Correct the file and upload it again; nothing was "
            "imported.",
            lines,
        ) % {"count": lines}
    elif plan.capacity_exceeded:
        refusal = plan.capacity_message()
    return {
        "errors": [asdict(error) for error in checked.errors],
        "columns": checked.columns,
        "ignored_columns": checked.ignored_columns,
        "counts": {"rows": checked.total_rows, "valid": len(checked.rows), **plan.counts()},
        "capacity": {
            "capacity": plan.capacity,
            "taken": plan.seats_taken,
            "after": plan.seats_taken + plan.seats_needed,
            "exceeded": plan.capacity_exceeded,
        },
        "preview": preview,
        "refusal": refusal,
    }


# --- committing ---------------------------------------------------------------------------


def enrollment_import_commit(
    *,
    cohort: Cohort,
    rows: list[ImportRow],
    now: datetime | None = None,
    batch_size: int | None = None,
) -> dict[str, int]:
    """Create the missing accounts and enrol everyone, all or nothing; returns the counts.

    Imported accounts get what ``user_create`` gives: a normalised email, an unusable password
    (they set one through "forgot password" or an invitation) and the learner role. Existing
    accounts are linked as they are; their profile is theirs to change."""
    now = now or timezone.now()
    batch_size = batch_size or BATCH_SIZE
    with transaction.atomic():
        # Serialises imports and enrolments of this cohort, so the capacity check holds.
        cohort = Cohort.objects.select_for_update().get(pk=cohort.pk)
        plan = plan_import(cohort=cohort, rows=rows, batch_size=batch_size)
        if plan.capacity_exceeded:
            raise ImportRefused(plan.capacity_message())

        users = []
        for row in plan.new:
            user = User(
                email=row.email,
                first_name=row.first_name,
                last_name=row.last_name,
                job_role=row.job_role,
                organisation=row.organisation,
                preferred_language=Language.DUTCH,
                date_joined=now,
            )
            user.set_unusable_password()
            users.append(user)
        User.objects.bulk_create(users, batch_size=batch_size)
        if any(user.pk is None for user in users):  # backends that return no ids
            ids = {}
            for batch in _batches([user.email for user in users], batch_size):
                ids.update(User.objects.filter(email__in=batch).values_list("email", "pk"))
            for user in users:
                user.pk = ids[user.email]
        if users:
            learner_group = Group.objects.get(name=GROUP_NAMES[Role.LEARNER])
            membership = User.groups.through
            membership.objects.bulk_create(
                [membership(user_id=user.pk, group_id=learner_group.pk) for user in users],
                batch_size=batch_size,
                ignore_conflicts=True,
            )

        new_ids = [user.pk for user in users]
        existing_ids = [user_id for _row, user_id in plan.existing]
        Enrollment.objects.bulk_create(
            [
                Enrollment(
                    user_id=user_id,
                    cohort=cohort,
                    status=Enrollment.Status.ACTIVE,
                    source=Enrollment.Source.IMPORT,
                    enrolled_at=now,
                )
                for user_id in new_ids + existing_ids
            ],
            batch_size=batch_size,
            ignore_conflicts=True,
        )
        reactivated_ids = [user_id for _row, user_id in plan.reactivate]
        for batch in _batches(reactivated_ids, batch_size):
            # As enrollment_create re-enrols a withdrawn learner: the history row is kept.
            Enrollment.objects.filter(
                cohort=cohort, user_id__in=batch, status=Enrollment.Status.WITHDRAWN
            ).update(
                status=Enrollment.Status.ACTIVE,
                source=Enrollment.Source.IMPORT,
                enrolled_at=now,
                withdrawn_at=None,
                completed_at=None,
            )
        _evaluate_completion(
            cohort=cohort,
            new_ids=new_ids,
            existing_ids=existing_ids + reactivated_ids,
            now=now,
            batch_size=batch_size,
        )
    return plan.counts()


def _evaluate_completion(
    *, cohort: Cohort, new_ids: list[int], existing_ids: list[int], now, batch_size: int
) -> None:
    """A learner who already did what the cohort asks is complete on enrolling, as with
    ``enrollment_create``; completion itself is still decided in completion.py."""
    from .completion import cohort_requirements, enrollment_evaluate, enrollments_progress

    requirements = cohort_requirements(cohort)
    candidates = list(existing_ids)
    if not (requirements.lesson_keys or requirements.quiz_ids or requirements.sessions):
        candidates += new_ids  # nothing to do: everyone is complete at once
    for batch in _batches(candidates, batch_size):
        enrollments = list(
            Enrollment.objects.filter(
                cohort=cohort, user_id__in=batch, status=Enrollment.Status.ACTIVE
            )
        )
        progress = enrollments_progress(enrollments, {cohort.pk: requirements})
        for enrollment in enrollments:
            if progress[enrollment.pk].complete:
                enrollment_evaluate(enrollment=enrollment, now=now)


# --- the EnrollmentImport record ----------------------------------------------------------


def enrollment_import_create(
    *, cohort: Cohort, uploaded_by: User, filename: str, data: bytes
) -> EnrollmentImport:
    """Check an uploaded file and record the result; raises ImportFileError when unusable.

    The file is kept only when it can be committed: a file with errors teaches nothing more."""
    checked, plan = check_file(cohort=cohort, data=data)
    report = build_report(checked, plan)
    enrollment_import = EnrollmentImport(
        cohort=cohort,
        uploaded_by=uploaded_by,
        original_filename=filename[:255],
        status=EnrollmentImport.Status.VALIDATED,
        total_rows=len(checked.rows),
        report=report,
    )
    if not report["refusal"]:
        enrollment_import.file.save(filename, ContentFile(data), save=False)
    enrollment_import.save()
    enrollment_imports_purge_files()
    return enrollment_import


def enrollment_import_can_confirm(enrollment_import: EnrollmentImport) -> bool:
    return (
        enrollment_import.status == EnrollmentImport.Status.VALIDATED
        and not enrollment_import.report.get("refusal")
        and bool(enrollment_import.file)
    )


def enrollment_import_confirm(*, enrollment_import: EnrollmentImport) -> bool:
    """Queue a checked import once (a double click queues it once); False if it cannot be."""
    from .tasks import enrollment_import_enqueue

    if not enrollment_import_can_confirm(enrollment_import):
        return False
    with transaction.atomic():
        queued = EnrollmentImport.objects.filter(
            pk=enrollment_import.pk, status=EnrollmentImport.Status.VALIDATED
        ).update(status=EnrollmentImport.Status.QUEUED)
        if queued:
            enrollment_import.status = EnrollmentImport.Status.QUEUED
            enrollment_import_enqueue(enrollment_import)
    return bool(queued)


def _set_progress(import_id: int, processed: int) -> None:
    EnrollmentImport.objects.filter(pk=import_id).update(processed_rows=processed)


def enrollment_import_run(*, import_id: int) -> str:
    """The background task's work: check the stored file again, then commit it.

    The check runs outside the transaction and reports progress per batch (a transaction's
    writes are invisible to the progress page until it commits); the commit is all or nothing
    and marks the import done in the same transaction. Returns the final status."""
    claimed = EnrollmentImport.objects.filter(
        pk=import_id, status=EnrollmentImport.Status.QUEUED
    ).update(status=EnrollmentImport.Status.RUNNING, processed_rows=0)
    enrollment_import = EnrollmentImport.objects.select_related("cohort", "uploaded_by").get(
        pk=import_id
    )
    if not claimed:  # already taken by another worker, or not confirmed
        return enrollment_import.status
    uploader = enrollment_import.uploaded_by
    language = uploader.preferred_language if uploader else settings.LANGUAGE_CODE
    with translation.override(language):
        try:
            _run(enrollment_import)
        except (ImportFileError, ImportRefused) as exc:
            _fail(enrollment_import, str(exc))
        except Exception:
            logger.exception("Enrolment import %s failed", import_id)
            _fail(
                enrollment_import,
                _(
                    "The import stopped on an unexpected error; nothing was saved. Try again "
                    "later or ask a platform administrator."
                ),
            )
    return enrollment_import.status


def _run(enrollment_import: EnrollmentImport) -> None:
    cohort = enrollment_import.cohort
    try:
        with enrollment_import.file.open("rb") as handle:
            data = handle.read()
    except (ValueError, OSError) as exc:
        raise ImportRefused(
            _("The uploaded file is no longer available. Upload it again.")
        ) from exc
    checked = check_table(read_table(data))
    if checked.errors:
        raise ImportRefused(_("The file has lines with errors; nothing was imported."))
    plan = plan_import(
        cohort=cohort,
        rows=checked.rows,
        on_batch=lambda done: _set_progress(enrollment_import.pk, done),
    )
    if plan.capacity_exceeded:
        raise ImportRefused(plan.capacity_message())
    with transaction.atomic():
        counts = enrollment_import_commit(cohort=cohort, rows=checked.rows)
        enrollment_import.report = {**enrollment_import.report, "result": counts}
        _finish(enrollment_import, EnrollmentImport.Status.DONE)
        enrollment_import.processed_rows = len(checked.rows)
        enrollment_import.save(
            update_fields=["status", "report", "finished_at", "processed_rows", "file"]
        )


def _finish(enrollment_import: EnrollmentImport, status: str) -> None:
    enrollment_import.status = status
    enrollment_import.finished_at = timezone.now()
    if enrollment_import.file:
        name = enrollment_import.file.name
        storage = enrollment_import.file.storage
        # Storage is not transactional: delete the personal data once the outcome is saved.
        transaction.on_commit(lambda: storage.delete(name))
        enrollment_import.file = ""
    # The first rows were shown to confirm the import; the enrolments themselves remain.
    enrollment_import.report.pop("preview", None)


def _fail(enrollment_import: EnrollmentImport, message: str) -> None:
    enrollment_import.refresh_from_db(fields=["report"])
    enrollment_import.report = {**enrollment_import.report, "failure": message}
    _finish(enrollment_import, EnrollmentImport.Status.FAILED)
    enrollment_import.save(update_fields=["status", "report", "finished_at", "file"])


def enrollment_imports_purge_files(*, now: datetime | None = None) -> int:
    """Delete the files (and the preview rows) of checked imports nobody confirmed in a day."""
    cutoff = (now or timezone.now()) - UNCONFIRMED_FILE_LIFETIME
    stale = EnrollmentImport.objects.filter(
        status=EnrollmentImport.Status.VALIDATED, created_at__lt=cutoff
    ).exclude(file="")
    count = 0
    for enrollment_import in stale:
        enrollment_import.file.delete(save=False)
        enrollment_import.report.pop("preview", None)
        enrollment_import.save(update_fields=["file", "report"])
        count += 1
    return count
