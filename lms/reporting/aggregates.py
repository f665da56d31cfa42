"""Anonymised aggregates for the research agenda: enrolments and completions counted per period,
sector, job role and region, with small-cell suppression. No names, emails or ids leave here.

The rule (docs/decisions/0009-small-cell-suppression.md):
1. primary suppression: every count below 5 (zero included) is shown as "<5";
2. totals: a total (per value of one dimension, and the grand total) is shown exactly only when
   none of the cells it adds up is suppressed; otherwise it is shown as ">=N", where N is the sum
   of the visible cells it adds up, a bound anyone can already compute from those cells.
So every exact figure in the export is a sum of visible figures only: no combination of exact
totals and visible cells says anything about a suppressed cell.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.db.models import Count, F, Q
from django.db.models.functions import TruncMonth, TruncQuarter
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.accounts.models import JobRole, Region
from lms.cohorts.models import Enrollment

from .selectors import ReportScope

THRESHOLD = 5
SUPPRESSED = "<5"
MEASURES = ("enrolments", "completions")
DIMENSIONS = ("period", "sector", "job_role", "region")
OPTIONAL_DIMENSIONS = ("sector", "job_role", "region")


@dataclass(frozen=True)
class Cell:
    key: tuple  # one value per dimension of the table, in order
    enrolments: int
    completions: int


@dataclass
class AggregateTable:
    dimensions: tuple[str, ...]
    rows: list[tuple[tuple, dict[str, str]]]  # (key, shown value per measure)
    totals: list[tuple[tuple, dict[str, str]]]  # key with None where a dimension is summed over

    @property
    def suppressed_cells(self) -> int:
        return sum(1 for _key, shown in self.rows for m in MEASURES if shown[m] == SUPPRESSED)


def shown_cell(value: int) -> str:
    return SUPPRESSED if value < THRESHOLD else str(value)


def shown_total(values: Iterable[int]) -> str:
    """A total of cells: exact if no cell in it is suppressed, else the visible cells' sum."""
    values = list(values)
    visible = [v for v in values if v >= THRESHOLD]
    if len(visible) == len(values):
        return str(sum(values))
    return f">={sum(visible)}"


def suppress(cells: Iterable[Cell], dimensions: tuple[str, ...]) -> AggregateTable:
    """Apply the suppression rule to ``cells`` (keys unique) and add the totals."""
    cells = sorted(cells, key=lambda c: tuple(str(v) for v in c.key))
    rows = [(cell.key, {m: shown_cell(getattr(cell, m)) for m in MEASURES}) for cell in cells]
    totals = []
    for index in range(len(dimensions)):
        groups: dict[object, list[Cell]] = defaultdict(list)
        for cell in cells:
            groups[cell.key[index]].append(cell)
        for value in sorted(groups, key=str):
            key = tuple(value if i == index else None for i in range(len(dimensions)))
            totals.append(
                (key, {m: shown_total(getattr(c, m) for c in groups[value]) for m in MEASURES})
            )
    if cells:
        totals.append(
            (
                (None,) * len(dimensions),
                {m: shown_total(getattr(c, m) for c in cells) for m in MEASURES},
            )
        )
    return AggregateTable(dimensions=dimensions, rows=rows, totals=totals)


def _period_label(value, period: str) -> str:
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        value = value.date()
    if period == "month":
        return f"{value.year}-{value.month:02d}"
    return f"{value.year}-Q{(value.month - 1) // 3 + 1}"


def aggregate_cells(
    *, scope: ReportScope, period: str = "quarter", dimensions: tuple[str, ...] = DIMENSIONS
) -> list[Cell]:
    """Counts of the selection per ``dimensions`` (period first): one GROUP BY query."""
    trunc = TruncMonth if period == "month" else TruncQuarter
    expressions = {
        "period": trunc("enrolled_at"),
        "sector": F("cohort__sector__name"),
        "job_role": F("user__job_role"),
        "region": F("user__region"),
    }
    rows = (
        scope.enrollments()
        .exclude(status=Enrollment.Status.INVITED)
        .values(**{f"d_{d}": expressions[d] for d in dimensions})
        .annotate(
            enrolments=Count("pk"),
            completions=Count("pk", filter=Q(status=Enrollment.Status.COMPLETED)),
        )
    )
    job_roles, regions = dict(JobRole.choices), dict(Region.choices)
    merged: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        key = []
        for dimension in dimensions:
            value = row[f"d_{dimension}"]
            if dimension == "period":
                value = _period_label(value, period)
            elif dimension == "job_role":
                value = str(job_roles.get(value, value))
            elif dimension == "region":
                value = str(regions[value]) if value in regions else _("Unknown")
            key.append(value)
        # Periods are truncated in the database's time zone and relabelled here: merge.
        merged[tuple(key)][0] += row["enrolments"]
        merged[tuple(key)][1] += row["completions"]
    return [Cell(key, e, c) for key, (e, c) in merged.items()]


def dimension_labels() -> dict[str, str]:
    return {
        "period": _("Period"),
        "sector": _("Sector"),
        "job_role": _("Job role"),
        "region": _("Region"),
    }


def aggregate_csv_rows(table: AggregateTable) -> Iterator[list[str]]:
    labels = dimension_labels()
    everything = _("All")
    yield [labels[d] for d in table.dimensions] + [_("Enrolments"), _("Completions")]
    for key, shown in table.rows:
        yield [str(v) for v in key] + [shown[m] for m in MEASURES]
    for key, shown in table.totals:
        yield [everything if v is None else str(v) for v in key] + [shown[m] for m in MEASURES]
