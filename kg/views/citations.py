"""The citation page's layout: works on a year axis, a crowded year wrapped into sub-columns, each year bounded.

A build of thousands of documents cites hundreds of works of one year; drawn as
one column they make a band taller than any screen. So each year (and the block
of undated works) draws at most ``YEAR_WORKS`` works, the most cited first, in
sub-columns of ``COLUMN_ROWS`` within the year's band; the rest are counted
under the band ("and N more") and listed, by year, below the network.

Every band has the width of the widest, so that x still means time: a year's
tick is at the centre of its band, and a year of one column draws it on the tick.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

__all__ = [
    "COLUMN_ROWS",
    "LISTED_PER_YEAR",
    "YEAR_WORKS",
    "NotDrawn",
    "YearLayout",
    "drawable",
    "left_out",
    "year_layout",
]

#: At most this many works of one year (and as many undated works) are drawn, the most cited first.
YEAR_WORKS = 36
#: A year's works wrap into sub-columns of this many rows within its band.
COLUMN_ROWS = 12
#: The list below the network names at most this many of the works of a year it does not draw.
LISTED_PER_YEAR = 100
COLUMN_WIDTH = 110  # pixels between two sub-columns (a year of one column: between two years)
ROW_HEIGHT = 70
MAX_TICKS = 30
UNDATED = "undated"


@dataclass(frozen=True)
class NotDrawn:
    """The works of one year (or undated) the network leaves out, the most cited first (at most ``LISTED_PER_YEAR``)."""

    year: str
    count: int
    works: list[tuple[str, int]]  # work, times cited


@dataclass
class YearLayout:
    positions: dict[Any, tuple[float, float]] = field(default_factory=dict)
    ticks: list[tuple[float, str]] = field(default_factory=list)  # x, year
    notes: list[tuple[float, float, str]] = field(default_factory=list)  # x, y, "and N more" under a band


def drawable(graph: nx.DiGraph, years: dict[str, int | None]) -> set[str]:
    """The works a year may draw: its ``YEAR_WORKS`` most cited (the undated likewise)."""
    return {work for _, ranked in _ranked_by_year(graph, graph.nodes, years) for work in ranked[:YEAR_WORKS]}


def left_out(graph: nx.DiGraph, years: dict[str, int | None], shown: set[str]) -> list[NotDrawn]:
    """The works of ``graph`` not ``shown``, by year (undated last), the most cited first."""
    return [
        NotDrawn(
            str(year) if year else UNDATED, len(ranked), [(w, graph.in_degree(w)) for w in ranked[:LISTED_PER_YEAR]]
        )
        for year, ranked in _ranked_by_year(graph, set(graph.nodes) - shown, years)
    ]


def _ranked_by_year(
    graph: nx.DiGraph, works: Iterable[str], years: dict[str, int | None]
) -> list[tuple[int | None, list[str]]]:
    by_year: dict[int | None, list[str]] = defaultdict(list)
    for work in works:
        by_year[years.get(work)].append(work)
    return [
        (year, sorted(group, key=lambda w: (-graph.in_degree(w), -graph.out_degree(w), w)))
        for year, group in sorted(by_year.items(), key=lambda item: (item[0] is None, item[0] or 0))
    ]


def year_layout(shown: nx.DiGraph, years: dict[str, int | None], not_drawn: dict[str, int]) -> YearLayout:
    """x from the year of each work, sub-columns within a crowded year, undated works in a band left of the axis.

    ``not_drawn`` counts, by year ("undated" for the undated band), the works left out: noted under the band.
    """
    bands: dict[int | None, list[str]] = defaultdict(list)
    for node in sorted(shown.nodes, key=lambda n: (-shown.in_degree(n), -shown.out_degree(n), n)):
        bands[years.get(node)].append(node)
    dated = sorted(year for year in bands if year is not None)
    widest = max((math.ceil(len(nodes) / COLUMN_ROWS) for nodes in bands.values()), default=1)
    band_width = COLUMN_WIDTH * widest
    first = dated[0] if dated else 0
    layout = YearLayout()
    for year, nodes in bands.items():
        centre = float((year - first) * band_width) if year is not None else -2.0 * band_width
        _place_band(layout, nodes, centre)
        left_out = not_drawn.get(str(year) if year is not None else UNDATED, 0)
        if left_out:
            bottom = (min(len(nodes), COLUMN_ROWS) - 1) / 2 * ROW_HEIGHT + ROW_HEIGHT
            layout.notes.append((centre, bottom, f"and {left_out} more (listed below)"))
    if dated:
        step = max(1, math.ceil((dated[-1] - first + 1) / MAX_TICKS))
        layout.ticks = [(float((year - first) * band_width), str(year)) for year in range(first, dated[-1] + 1, step)]
    if None in bands:
        layout.ticks.append((-2.0 * band_width, UNDATED))
    return layout


def _place_band(layout: YearLayout, nodes: list[str], centre: float) -> None:
    """The most cited at the top of the first sub-column; sub-columns centred on the band's tick."""
    count = math.ceil(len(nodes) / COLUMN_ROWS)
    for index, node in enumerate(nodes):
        column, row = divmod(index, COLUMN_ROWS)
        rows = min(COLUMN_ROWS, len(nodes) - column * COLUMN_ROWS)
        x = centre + (column - (count - 1) / 2) * COLUMN_WIDTH
        layout.positions[node] = (x, (row - (rows - 1) / 2) * ROW_HEIGHT)
