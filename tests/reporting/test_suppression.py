"""Small-cell suppression: no suppressed count can be recovered from the same export.

The property test works on the CSV text the export produces, as an outsider would: it parses
the cells and totals back, then tries (1) the subtraction attack (a visible total minus the
visible cells it adds up leaves exactly one hidden cell) and (2) any linear combination of the
exact totals (Gaussian elimination over the hidden cells): neither may pin down a hidden count.
"""

import csv
import io
from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lms.reporting.aggregates import (
    SUPPRESSED,
    Cell,
    aggregate_csv_rows,
    shown_cell,
    shown_total,
    suppress,
)
from lms.reporting.exports import csv_lines

DIMENSIONS = ("period", "sector", "job_role", "region")
EVERYTHING = "Alle"


def _cells(draw_rows):
    merged = {}
    for key, enrolments, completions in draw_rows:
        merged[key] = (enrolments, min(completions, enrolments))
    return [Cell(key, e, c) for key, (e, c) in merged.items()]


cell_rows = st.lists(
    st.tuples(
        st.tuples(
            st.sampled_from(["2025-Q1", "2025-Q2", "2025-Q3"]),
            st.sampled_from(["Onderwijs", "Jeugd", "Welzijn"]),
            st.sampled_from(["Leerkracht", "Jeugdwerker", "Imam"]),
            st.sampled_from(["Antwerpen", "Limburg", "Onbekend"]),
        ),
        st.integers(min_value=1, max_value=40),
        st.integers(min_value=0, max_value=40),
    ),
    min_size=1,
    max_size=40,
)


def _export_text(cells) -> str:
    from django.utils import translation

    with translation.override("nl"):
        rows = aggregate_csv_rows(suppress(cells, DIMENSIONS))
        header = next(rows)
        return "".join(csv_lines(header, rows)).lstrip("\ufeff")


def _parse(text):
    rows = list(csv.reader(io.StringIO(text)))[1:]
    cells = [row for row in rows if EVERYTHING not in row[:4]]
    totals = [row for row in rows if EVERYTHING in row[:4]]
    return cells, totals


def _in_group(cell, total) -> bool:
    return all(t in (EVERYTHING, c) for t, c in zip(total[:4], cell[:4], strict=True))


def _determined(unknowns: int, equations: list[tuple[list[int], int]]) -> set[int]:
    """Indices of unknowns fixed by the equations (sum of listed unknowns = value)."""
    rows = []
    for members, _value in equations:
        row = [Fraction(0)] * unknowns
        for m in members:
            row[m] = Fraction(1)
        rows.append(row)
    pivots, r = [], 0
    for col in range(unknowns):
        pivot = next((i for i in range(r, len(rows)) if rows[i][col] != 0), None)
        if pivot is None:
            continue
        rows[r], rows[pivot] = rows[pivot], rows[r]
        rows[r] = [v / rows[r][col] for v in rows[r]]
        for i in range(len(rows)):
            if i != r and rows[i][col] != 0:
                factor = rows[i][col]
                rows[i] = [a - factor * b for a, b in zip(rows[i], rows[r], strict=True)]
        pivots.append(col)
        r += 1
    # An unknown is determined when some reduced row has it as its only non-zero entry.
    return {
        next(i for i, v in enumerate(row) if v != 0)
        for row in rows[:r]
        if sum(1 for v in row if v != 0) == 1
    }


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cell_rows)
def test_no_suppressed_value_can_be_recovered_from_the_export(draw_rows):
    cells = _cells(draw_rows)
    text = _export_text(cells)
    parsed_cells, totals = _parse(text)
    assert len(parsed_cells) == len(cells)
    for measure in (4, 5):  # enrolments, completions
        hidden = [i for i, row in enumerate(parsed_cells) if row[measure] == SUPPRESSED]
        index = {cell_index: n for n, cell_index in enumerate(hidden)}
        equations = []
        for total in totals:
            members = [i for i, row in enumerate(parsed_cells) if _in_group(row, total)]
            value = total[measure]
            visible_sum = sum(int(parsed_cells[i][measure]) for i in members if i not in index)
            if value.startswith(">="):
                # A bound anyone can compute from the visible cells: nothing more.
                assert int(value[2:]) == visible_sum
                assert any(i in index for i in members)
                continue
            unknown = [index[i] for i in members if i in index]
            # (1) the subtraction attack: total minus visible cells leaves one hidden cell.
            assert len(unknown) != 1, f"total {total} reveals a hidden cell"
            equations.append((unknown, int(value) - visible_sum))
        # (2) no combination of exact totals pins down any hidden cell.
        assert not _determined(len(hidden), equations)


@given(cell_rows)
def test_cells_under_five_are_hidden_and_the_rest_exact(draw_rows):
    cells = _cells(draw_rows)
    table = suppress(cells, DIMENSIONS)
    values = {cell.key: cell for cell in cells}
    for key, shown in table.rows:
        for measure in ("enrolments", "completions"):
            value = getattr(values[key], measure)
            assert shown[measure] == (SUPPRESSED if value < 5 else str(value))


def test_rule_examples():
    assert shown_cell(0) == shown_cell(4) == "<5"
    assert shown_cell(5) == "5"
    assert shown_total([5, 7, 12]) == "24"
    assert shown_total([3, 7, 12]) == ">=19"
    # The subtraction attack on the naive export (exact total 22 - 7 - 12 = 3) is closed.
    table = suppress(
        [Cell(("Q1", "A"), 3, 0), Cell(("Q1", "B"), 7, 5), Cell(("Q1", "C"), 12, 6)],
        ("period", "sector"),
    )
    totals = dict(table.totals)
    assert totals[("Q1", None)]["enrolments"] == ">=19"
    assert totals[(None, "B")]["enrolments"] == "7"  # its only cell is visible: exact
    assert totals[(None, None)]["completions"] == ">=11"
