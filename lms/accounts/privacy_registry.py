"""The registry through which every app says what the privacy export and erasure do with its
models (docs/decisions/0012-registries-for-privacy-and-roles.md).

It lives in accounts, the bottom layer, because every app may import accounts and none may
import ``lms.privacy`` (which sits on top and reads this registry). Each app fills it from its
own ``privacy.py``, imported in its ``AppConfig.ready()``:

- ``rules_register(Rule(...), ...)``: one rule per field that points to the user model;
- ``export_section_register(name, build, order=..., description=...)``: a JSON file of the
  learner's ZIP, ``build(user)`` returning its content;
- ``export_files_register(pattern, build, description=...)``: files added to the ZIP next to
  the JSON (``build(user)`` yields ``(path, bytes)``), described in its README by ``pattern``;
- ``erasure_step_register(model, field, step)``: work done just before a rule's own action,
  ``step(job)`` with the ``ErasureJob`` below;
- ``erasure_cleaner_register(cleaner, description=...)``: places that copy a name or email
  without a foreign key, cleaned before the rules run.

A rule names a field by the model that declares it ("wagtailcore.Page" covers every page type)
and says:

- ``export``: the file of the learner's ZIP that lists these rows (a registered section), or
  ``REFERENCES`` (listed generically in references.json: records that only name the user as
  author, grader, uploader...), or ``NOT_EXPORTED`` with the reason in ``why``;
- ``erase``: ``DELETE`` the rows (personal and not needed for any figure), ``KEEP`` them linked
  to the anonymised account (needed for aggregates or accountability; an erasure step blanks
  their free text), ``SET_NULL`` the reference, or ``UNLINK`` the account from a many-to-many
  relation.
"""

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q, TextField
from django.db.models.functions import Cast

REFERENCES = "references"
NOT_EXPORTED = ""


class Erase(StrEnum):
    DELETE = "delete"
    KEEP = "keep"
    SET_NULL = "set_null"
    UNLINK = "unlink"


@dataclass(frozen=True)
class Rule:
    model: str  # "app_label.ModelName" of the model that declares the field
    field: str
    export: str
    erase: Erase
    why: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.model, self.field)

    def model_class(self):
        return apps.get_model(self.model)


@dataclass(frozen=True)
class Section:
    name: str  # the file "<name>.json" of the export
    build: Callable[[Any], Any]  # build(user) -> JSON-serialisable content
    order: int  # position in the ZIP and in its README
    description: Any  # lazy text for the README


@dataclass(frozen=True)
class ExportFiles:
    pattern: str  # "certificates/*.pdf", as the README names them
    build: Callable[[Any], Iterable[tuple[str, bytes]]]
    description: Any  # lazy text for the README


@dataclass(frozen=True)
class Cleaner:
    clean: Callable[["ErasureJob"], None]
    description: Any  # lazy text, shown on the erasure screen


# --- what an erasure step receives -----------------------------------------------------------


def _json_forms(needle: str) -> list[str]:
    # JSON columns store non-ASCII characters escaped (\u00eb) on SQLite, as-is on PostgreSQL.
    escaped = json.dumps(needle)[1:-1]
    return [needle] if escaped == needle else [needle, escaped]


@dataclass
class ErasureJob:
    """One erasure in progress: the user, the strings that identify them in free text
    (``needles``) and their neutral replacement, the summary of counts and the files to delete
    after commit."""

    user: Any
    needles: list[str]
    replacement: str
    now: datetime
    files: list = field(default_factory=list)  # (storage, name) deleted after commit
    summary: dict = field(default_factory=dict)

    def count(self, key: str, value: int) -> None:
        if value:
            self.summary[key] = self.summary.get(key, 0) + value

    def forget_file(self, field_file) -> None:
        if field_file:
            self.files.append((field_file.storage, field_file.name))

    @staticmethod
    def json_forms(needle: str) -> list[str]:
        return _json_forms(needle)

    def replace(self, text: str) -> str:
        for needle in self.needles:
            text = re.sub(re.escape(needle), self.replacement, text, flags=re.IGNORECASE)
        return text

    def replace_json(self, value):
        if isinstance(value, str):
            return self.replace(value)
        if isinstance(value, list):
            return [self.replace_json(item) for item in value]
        if isinstance(value, dict):
            return {self.replace(key): self.replace_json(item) for key, item in value.items()}
        return value

    def mentions(self, queryset, *, text_fields=(), json_fields=()):
        """Rows of ``queryset`` whose text or JSON columns contain one of the needles."""
        condition = Q()
        annotations = {}
        for name in json_fields:
            annotations[f"_{name}_text"] = Cast(name, TextField())
        for needle in self.needles:
            for name in text_fields:
                condition |= Q(**{f"{name}__icontains": needle})
            for name in json_fields:
                for form in _json_forms(needle):
                    condition |= Q(**{f"_{name}_text__icontains": form})
        if not condition:
            return queryset.none()
        return queryset.annotate(**annotations).filter(condition)


# --- the registry ----------------------------------------------------------------------------

_rules: dict[tuple[str, str], Rule] = {}
_sections: dict[str, Section] = {}
_files: dict[str, ExportFiles] = {}
_steps: dict[tuple[str, str], list[Callable[[ErasureJob], None]]] = {}
_cleaners: list[Cleaner] = []


def iso(value: Any) -> str | None:
    """A date or time as the export writes it (ISO 8601), or None."""
    return value.isoformat() if value else None


def rules_register(*rules: Rule) -> None:
    for rule in rules:
        known = _rules.get(rule.key)
        if known is not None and known != rule:
            raise ImproperlyConfigured(f"Two different privacy rules for {rule.model}.{rule.field}")
        _rules[rule.key] = rule


def export_section_register(
    name: str, build: Callable[[Any], Any], *, order: int, description: Any
) -> None:
    known = _sections.get(name)
    if known is not None and known.build is not build:
        raise ImproperlyConfigured(f"Two privacy export sections named {name!r}")
    _sections[name] = Section(name=name, build=build, order=order, description=description)


def export_files_register(
    pattern: str, build: Callable[[Any], Iterable[tuple[str, bytes]]], *, description: Any
) -> None:
    _files[pattern] = ExportFiles(pattern=pattern, build=build, description=description)


def erasure_step_register(model: str, field_name: str, step: Callable[[ErasureJob], None]) -> None:
    steps = _steps.setdefault((model, field_name), [])
    if step not in steps:
        steps.append(step)


def erasure_cleaner_register(cleaner: Callable[[ErasureJob], None], *, description: Any) -> None:
    if all(known.clean is not cleaner for known in _cleaners):
        _cleaners.append(Cleaner(clean=cleaner, description=description))


def registered_rules() -> tuple[Rule, ...]:
    """Every rule, in the order the apps registered them (INSTALLED_APPS order)."""
    return tuple(_rules.values())


def registered_sections() -> tuple[Section, ...]:
    return tuple(sorted(_sections.values(), key=lambda section: (section.order, section.name)))


def registered_export_files() -> tuple[ExportFiles, ...]:
    return tuple(_files.values())


def erasure_steps(key: tuple[str, str]) -> tuple[Callable[[ErasureJob], None], ...]:
    return tuple(_steps.get(key, ()))


def erasure_cleaners() -> tuple[Cleaner, ...]:
    return tuple(_cleaners)
