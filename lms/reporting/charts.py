"""Geometry of the report's charts, drawn as inline SVG by the templates.

Server-rendered SVG needs no JavaScript and nothing from a CDN; every shape is positioned with
SVG attributes (never ``style``), so the charts survive a strict Content-Security-Policy. Each
chart has a ``<table>`` alternative in the template with the same figures.
"""

from dataclasses import dataclass, field

# Colours with at least 3:1 contrast against the white chart background (WCAG 1.4.11).
ENROLLED_COLOUR = "#2e1f5e"
COMPLETED_COLOUR = "#007d7e"
TEXT_COLOUR = "#1e1e1e"
GRID_COLOUR = "#767676"


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    fill: str
    value: str = ""
    label: str = ""
    label_x: float = 0
    label_y: float = 0
    value_x: float = 0
    value_y: float = 0


@dataclass
class Chart:
    width: int
    height: int
    bars: list[Bar] = field(default_factory=list)
    labels: list[Bar] = field(default_factory=list)  # text-only items (axis labels)
    lines: list[tuple[float, float, float, float]] = field(default_factory=list)
    legend: list[Bar] = field(default_factory=list)
    text_colour: str = TEXT_COLOUR
    grid_colour: str = GRID_COLOUR


def _short(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def completion_bars(rows) -> Chart:
    """Horizontal bars: completion rate (0–100 %) per row (course), label above each bar."""
    width, left, bar_max, step = 640, 8, 520, 46
    chart = Chart(width=width, height=max(step * len(rows), step) + 8)
    for index, row in enumerate(rows):
        top = 8 + index * step
        rate = row.counts.rate or 0
        bar_width = round(bar_max * rate / 100, 1)
        chart.bars.append(
            Bar(
                x=left,
                y=top + 18,
                width=max(bar_width, 1),
                height=18,
                fill=COMPLETED_COLOUR,
                value="–" if row.counts.rate is None else f"{rate:g} %",
                label=_short(row.label),
                label_x=left,
                label_y=top + 12,
                value_x=left + max(bar_width, 1) + 6,
                value_y=top + 32,
            )
        )
    return chart


def monthly_bars(months, *, enrolled_label: str, completed_label: str) -> Chart:
    """Grouped vertical bars per month: enrolments and completions, with a scale."""
    group, gap, left, top, plot_height = 40, 8, 48, 40, 180
    width = max(640, left + len(months) * group + 16)
    chart = Chart(width=width, height=top + plot_height + 48)
    peak = max([m.enrolled for m in months] + [m.completed for m in months] + [1])
    scale = _nice_ceiling(peak)
    baseline = top + plot_height
    for fraction in (0, 0.5, 1):
        y = baseline - plot_height * fraction
        chart.lines.append((left - 4, y, width - 8, y))
        chart.labels.append(
            Bar(
                x=0,
                y=0,
                width=0,
                height=0,
                fill="",
                label=f"{round(scale * fraction):g}",
                label_x=left - 8,
                label_y=y + 4,
            )
        )
    bar_width = (group - gap) / 2
    for index, month in enumerate(months):
        x = left + index * group + gap / 2
        for offset, value, colour in (
            (0, month.enrolled, ENROLLED_COLOUR),
            (bar_width, month.completed, COMPLETED_COLOUR),
        ):
            height = round(plot_height * value / scale, 1)
            chart.bars.append(
                Bar(
                    x=x + offset,
                    y=baseline - height,
                    width=bar_width - 1,
                    height=height,
                    fill=colour,
                    value=str(value),
                )
            )
        chart.labels.append(
            Bar(
                x=0,
                y=0,
                width=0,
                height=0,
                fill="",
                label=month.label,
                label_x=x + bar_width,
                label_y=baseline + 16,
            )
        )
    for index, (label, colour) in enumerate(
        ((enrolled_label, ENROLLED_COLOUR), (completed_label, COMPLETED_COLOUR))
    ):
        x = left + index * 200
        chart.legend.append(
            Bar(x=x, y=8, width=14, height=14, fill=colour, label=label, label_x=x + 20, label_y=20)
        )
    return chart


def _nice_ceiling(value: int) -> int:
    """The smallest of 1, 2, 5 × 10^k at or above ``value``, for a readable scale."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            if factor * magnitude >= value:
                return factor * magnitude
        magnitude *= 10
