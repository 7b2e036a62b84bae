"""Tables of figures in UN resolutions (a scale of assessments): each row whose label names a State is a
figure with that State as its area, the unit from the column header, the period from the years of the
paragraph before the table; the total row has no area; a table printed over two pages is one table."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.builders.un import BUILDER
from kg.model import Document

_HEAD = {
    "en": ("The General Assembly,", "Recalling its resolution 70/245,",
           "1. Resolves that the scale of assessments for 2031, 2032 and 2033 shall be as follows:",
           "Member State\nPercentage", "Total", "2. Decides to review the scale;"),
    "fr": ("L’Assemblée générale,", "Rappelant sa résolution 70/245,",
           "1. Décide que le barème des quotes-parts pour 2031, 2032 et 2033 sera le suivant :",
           "État Membre\nQuote-part (en pourcentage)", "Total", "2. Décide de réexaminer le barème ;"),
    "zh": ("大会，", "回顾其第70/245号决议，",
           "1．决定2031年、2032年和2033年会费分摊比额表如下：",
           "会员国\n百分比", "共计", "2．决定审查比额表；"),
}  # fmt: skip
_TOTAL = {"en": "100.000", "fr": "100,000", "zh": "100.000"}
_ROWS = {
    "en": (("Brazil", "2.948"), ("Japan", "8.564"), ("Viet Nam", "0.077")),
    "fr": (("Brésil", "2,948"), ("Japon", "8,564"), ("Viet Nam", "0,077")),
    "zh": (("巴西", "2.948"), ("日本", "8.564"), ("越南", "0.077")),
}


def _resolution(language: str, split_page: bool = False) -> str:
    issuer, recalling, lead, header, total, after = _HEAD[language]
    rows = [f"{name} \n{rate} " for name, rate in _ROWS[language]]
    if split_page:  # the header printed again on the next page, after its furniture
        rows.insert(2, f"\nA/RES/79/999\n \n2/3\n \n{header}")
    body = "\n".join(rows)
    return (
        f"United Nations\nA/RES/79/999\n\nGeneral Assembly\nDistr.: General\n\n{issuer}\n\n{recalling}\n\n"
        f"{lead}\n\n{header}\n{body}\n{total}\n{_TOTAL[language]}\n\n{after}\n"
    )


def _figures(text: str, language: str):  # type: ignore[no-untyped-def]
    extraction = BUILDER.build(Document(source=f"scale-{language}.txt", text=text, language=language))
    return {(s.area.key if s.area else None): s for s in extraction.statistics if s.unit == "percent"}


@pytest.mark.parametrize("language", ["en", "fr", "zh"])
def test_each_row_is_a_figure_of_its_state(language: str) -> None:
    figures = _figures(_resolution(language), language)
    assert figures["BRA"].value == Decimal("2.948")
    assert figures["JPN"].value == Decimal("8.564")
    assert figures["VNM"].value == Decimal("0.077")
    assert {figures[key].period for key in ("BRA", "JPN", "VNM")} == {"2031/2033"}


@pytest.mark.parametrize("language", ["en", "fr", "zh"])
def test_the_total_row_has_no_area_and_the_quote_is_the_row(language: str) -> None:
    text = _resolution(language)
    figures = _figures(text, language)
    assert figures[None].value == Decimal(100)
    assert figures["BRA"].span.of(text).split()[0] == _ROWS[language][0][0]


def test_a_table_over_two_pages_is_read_whole() -> None:
    figures = _figures(_resolution("en", split_page=True), "en")
    assert {"BRA", "JPN", "VNM"} <= set(figures)


def test_numbers_without_a_header_are_no_table() -> None:
    text = _resolution("en").replace("Percentage", "Notes")
    assert "BRA" not in _figures(text, "en")


def test_a_column_writes_its_decimal_mark_one_way() -> None:
    """Spanish may group thousands with ",": a row that starts with a zero ("0,007") shows the column's decimal
    mark, so "2,948" is 2.948 and the total "100,000" is 100."""
    text = (
        "United Nations\nA/RES/79/999\n\nLa Asamblea General,\n\nRecordando su resolución 70/245,\n\n"
        "1. Resuelve que la escala de cuotas para 2031, 2032 y 2033 sea la siguiente:\n\n"
        "Estado Miembro\nPorcentaje\nAfganistán \n0,007 \nBrasil \n2,948 \nEstados Unidos de América \n22,000 \n"
        "Total\n100,000\n\n2. Decide examinar la escala;\n"
    )
    figures = _figures(text, "es")
    assert (figures["AFG"].value, figures["BRA"].value, figures["USA"].value) == (
        Decimal("0.007"),
        Decimal("2.948"),
        Decimal(22),
    )
    assert figures[None].value == Decimal(100)
