"""The table-of-figures finder on a document's text alone, with no builder's paragraphs or reading view."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.finders.tables import find_table_figures
from kg.lang import get
from kg.model import Statistic


def _rows(text: str, language: str) -> list[tuple[str | None, Decimal, str | None, str | None]]:
    figures: list[Statistic] = find_table_figures(text, get(language), language)
    return [(f.area.key if f.area else None, f.value, f.unit, f.period) for f in figures]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Annex\n\nThe rates of assessment for 2025, 2026 and 2027 shall be as follows:\n\n"
            "Member State\nPercentage\n\nFrance\n4.102\nTuvalu\n0.001\nUnited Kingdom of Great Britain and\nNorthern Ireland\n"
            "3.991\nTotal\n100.000\n",
        ),
        (
            "es",
            "Apéndice\n\nLas tasas de prorrateo para 2025, 2026 y 2027 serán las siguientes:\n\n"
            "Estado Miembro\nPorcentaje\n\nFrancia\n4,102\nTuvalu\n0,001\nReino Unido de Gran Bretaña e\nIrlanda del Norte\n"
            "3,991\nTotal\n100,000\n",
        ),
    ],
)
def test_a_table_of_an_appendix_gives_a_figure_a_state_and_its_total(language: str, text: str) -> None:
    """A label wrapped over two lines is one State; the period is the years the paragraph before names; a
    share that starts with a zero ("0,001") shows the column's decimal mark."""
    assert _rows(text, language) == [
        ("FRA", Decimal("4.102"), "percent", "2025/2027"),
        ("TUV", Decimal("0.001"), "percent", "2025/2027"),
        ("GBR", Decimal("3.991"), "percent", "2025/2027"),
        (None, Decimal("100"), "percent", "2025/2027"),
    ]


def test_lines_without_a_column_header_of_the_pack_are_no_table() -> None:
    assert _rows("Member State\nShare\n\nFrance\n4.102\n", "en") == []


def test_a_figure_whose_label_names_no_state_is_no_row() -> None:
    text = "Rates for 2025:\n\nMember State\nPercentage\n\nMiscellaneous items\n4.102\nFrance 3.5\n"
    assert _rows(text, "en") == [("FRA", Decimal("3.5"), "percent", "2025")]
