"""Step 2 of an enrolment import: checking every line of a table, writing nothing.

The columns are recognised by their header (English, Dutch or French names); every problem is
reported with its line and column, and the good lines become ``ImportRow``s.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.validators import validate_email
from django.db.models import CharField
from django.utils import translation
from django.utils.translation import gettext as _

from lms.accounts.models import JobRole, User, normalise_email

from .parse import ImportFileError, Table

FIELDS = ("email", "first_name", "last_name", "job_role", "organisation")
REQUIRED_COLUMNS = ("email", "first_name", "last_name")


def _max_length(name: str) -> int:
    field = User._meta.get_field(name)
    if not isinstance(field, CharField) or field.max_length is None:
        raise ImproperlyConfigured(f"User.{name} must be a CharField with a max_length.")
    return field.max_length


MAX_LENGTHS = {
    name: _max_length(name) for name in ("email", "first_name", "last_name", "organisation")
}

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
class CheckedFile:
    rows: list[ImportRow]
    errors: list[LineError]
    columns: dict[str, str]  # field -> the column's name in the file
    ignored_columns: list[str]

    @property
    def total_rows(self) -> int:
        return len(self.rows) + len({e.line for e in self.errors})


def _header_key(name: str) -> str:
    return re.sub(r"[\s_.\-]+", "", name.strip().lower())


def _label_key(text: str) -> str:
    return " ".join(str(text).lower().replace("_", " ").split())


def job_role_lookup() -> dict[str, str]:
    """Job roles by their code and by their label in each interface language."""
    lookup = {_label_key(value): value for value in JobRole.values}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for value, label in JobRole.choices:
                lookup.setdefault(_label_key(str(label)), value)
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
        job_role: str = JobRole.OTHER
        raw_role = record.get("job_role", "")
        if raw_role and "job_role" not in bad:
            known_role = roles.get(_label_key(raw_role))
            if known_role is not None:
                job_role = known_role
            else:
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
