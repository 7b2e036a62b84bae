"""One measure across documents: the figures of the same measure and unit, by year, as line charts.

A measure is named by the words the figure's sentence gives it, and those words
often carry the period too ("the scale of assessments ... for 2019, 2020 and
2021"): two documents give the same measure for other years. So figures are
grouped by their measure's words with the numbers taken out, case and spacing
folded, and by unit; a measure is charted when two documents or more give it.
Each area is a line (a figure with no area is on the measure's own line); the
year is the first year of the figure's period, else that of its document.

What is drawn is bounded whatever the size of the build: the measures found in
most documents (``MAX_MEASURES``), on each chart the lines of the areas with
most figures (``MAX_LINES``), and in each table the first ``MAX_ROWS`` areas.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from kg.views.gather import Document, DocumentFacts, ViewData

__all__ = ["MAX_LINES", "MAX_MEASURES", "MAX_ROWS", "Chart", "Figure", "Measure", "chart", "measures"]

MAX_MEASURES = 60
MAX_LINES = 10
MAX_ROWS = 200

NO_AREA = "(no area)"
_NUMBERS = re.compile(r"\d[\d.,/\-–]*")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)")

# The chart's frame, in pixels.
WIDTH, HEIGHT = 720, 300
LEFT, RIGHT, TOP, BOTTOM = 70, 20, 28, 36
PALETTE = (
    "#0969da", "#cf222e", "#1a7f37", "#8250df", "#bc4c00",
    "#1b7c83", "#bf3989", "#9a6700", "#57606a", "#54aeff",
)  # fmt: skip


@dataclass(frozen=True)
class Figure:
    """One figure of a measure: its value in a year, where the document states it."""

    year: int
    value: float
    document: Document
    start: int
    quote: str


@dataclass
class Measure:
    key: str
    label: str  # the measure's words in the latest document that gives it
    unit: str
    latest: str = ""  # the date of that document
    lines: dict[str, list[Figure]] = field(default_factory=dict)  # area name ("" for none) → figures by year

    @property
    def documents(self) -> int:
        return len({figure.document.iri for figures in self.lines.values() for figure in figures})

    @property
    def years(self) -> list[int]:
        return sorted({figure.year for figures in self.lines.values() for figure in figures})

    def ranked_lines(self) -> list[tuple[str, list[Figure]]]:
        """Areas with most years first, then the largest latest value, then by name; figures of no area last.

        Where a measure is given by area, a figure of no area is another thing (most often their
        total), which would flatten the areas' lines: it is listed, not drawn.
        """
        return sorted(
            self.lines.items(),
            key=lambda item: (item[0] == "", -len({f.year for f in item[1]}), -item[1][-1].value, item[0]),
        )


def measure_key(measure: str, unit: str) -> str:
    """The words of a measure without its numbers, case and spacing folded, with its unit.

    >>> measure_key("scale of assessments for 2019, 2020 and 2021", "percent")
    'scale of assessments for # # and # | percent'
    """
    return " ".join(_NUMBERS.sub("#", measure).casefold().split()) + " | " + unit


def _year(period: str, document: Document) -> int | None:
    for text in (period, document.date):
        if found := _YEAR.search(text or ""):
            return int(found.group(1))
    return None


def measures(data: ViewData) -> list[Measure]:
    """The measures two documents or more give, those in most documents first, at most ``MAX_MEASURES``."""
    found: dict[str, Measure] = {}
    for graph in sorted(data.documents):
        _add_figures(found, data.documents[graph], data)
    across = [m for m in found.values() if m.documents >= 2]
    for measure in across:
        for figures in measure.lines.values():
            figures.sort(key=lambda f: (f.year, f.value, f.document.iri, f.start))
    across.sort(key=lambda m: (-m.documents, -len(m.lines), m.key))
    return across[:MAX_MEASURES]


def _add_figures(found: dict[str, Measure], facts: DocumentFacts, data: ViewData) -> None:
    document = facts.document
    for row in facts.statistics:
        year, value = _year(row["period"], document), _number(row["value"])
        if not row["measure"].strip() or year is None or value is None:
            continue
        key = measure_key(row["measure"], row["unit"])
        measure = found.setdefault(key, Measure(key, row["measure"], row["unit"]))
        if document.date >= measure.latest:
            measure.label, measure.latest = row["measure"], document.date
        area = data.entities[row["area"]].label if row["area"] in data.entities else ""
        measure.lines.setdefault(area, []).append(Figure(year, value, document, int(row["start"]), row["quote"]))


def _number(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


# --- the chart ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    title: str
    href: str


@dataclass(frozen=True)
class Line:
    name: str
    colour: str
    points: str  # an SVG polyline's points
    dots: list[Dot]


@dataclass(frozen=True)
class Chart:
    """A measure drawn: its lines (at most ``MAX_LINES``), axes and table (at most ``MAX_ROWS`` areas)."""

    lines: list[Line]
    x_ticks: list[tuple[float, str]]
    y_ticks: list[tuple[float, str]]
    years: list[int]
    rows: list[tuple[str, list[str]]]  # area, the value of each year ("" for none)
    areas: int  # how many areas the measure has, drawn or not


def chart(measure: Measure, href: str = "{page}#at-{start}") -> Chart:
    """Place the measure's figures in the frame; ``href`` makes a figure's link from its page and start."""
    years = measure.years
    ranked = measure.ranked_lines()
    drawn = [(area, figures) for area, figures in ranked[:MAX_LINES] if area or len(ranked) == 1]
    top = _nice_top(max(f.value for _, figures in drawn for f in figures))
    bottom = min(0.0, min(f.value for _, figures in drawn for f in figures))

    def x(year: int) -> float:
        if len(years) == 1:
            return LEFT + (WIDTH - LEFT - RIGHT) / 2
        return round(LEFT + (year - years[0]) / (years[-1] - years[0]) * (WIDTH - LEFT - RIGHT), 1)

    def y(value: float) -> float:
        return round(TOP + (top - value) / ((top - bottom) or 1.0) * (HEIGHT - TOP - BOTTOM), 1)

    lines = []
    for index, (area, figures) in enumerate(drawn):
        name = area or NO_AREA
        dots = [
            Dot(
                x(f.year),
                y(f.value),
                f"{name} · {f.year}: {_format(f.value)} {measure.unit} ({f.document.short_name})".strip(),
                href.format(page=f.document.page, start=f.start),
            )
            for f in _latest_by_year(figures)
        ]
        points = " ".join(f"{dot.x},{dot.y}" for dot in dots)
        lines.append(Line(name, PALETTE[index % len(PALETTE)], points, dots))
    steps = _years_shown(years)
    y_ticks = [(y(bottom + (top - bottom) * i / 4), _format(bottom + (top - bottom) * i / 4)) for i in range(5)]
    rows = [(area or NO_AREA, [_values_in(figures, year) for year in years]) for area, figures in ranked[:MAX_ROWS]]
    return Chart(lines, [(x(year), str(year)) for year in steps], y_ticks, years, rows, len(ranked))


def _latest_by_year(figures: list[Figure]) -> list[Figure]:
    """One figure a year, that of the latest document: several documents may restate one year's figure."""
    latest: dict[int, Figure] = {}
    for figure in figures:
        held = latest.get(figure.year)
        if held is None or (figure.document.date, figure.document.iri) > (held.document.date, held.document.iri):
            latest[figure.year] = figure
    return [latest[year] for year in sorted(latest)]


def _values_in(figures: list[Figure], year: int, keep: int = 3) -> str:
    """The distinct values the documents give for a year, at most ``keep`` of them."""
    values = list(dict.fromkeys(_format(f.value) for f in figures if f.year == year))
    return " / ".join(values[:keep]) + (" …" if len(values) > keep else "")


def _years_shown(years: list[int]) -> list[int]:
    if not years:
        return []
    step = max(1, math.ceil((years[-1] - years[0] + 1) / 12))  # at most a dozen ticks
    return list(range(years[0], years[-1] + 1, step))


def _nice_top(largest: float) -> float:
    """The top of the value axis: 1, 2 or 5 times a power of ten, at least the largest value."""
    if largest <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(largest))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= largest)


def _format(value: float) -> str:
    return f"{value:,.10g}"
