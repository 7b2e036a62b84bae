"""Numbers as each country writes them: Mexican thousands and decimals, Chinese ten thousands, Maghrebi months.

Each excerpt is composed for the test; each test's docstring names what was read before.
"""

from __future__ import annotations

from decimal import Decimal

from kg.lang import get
from kg.text.numbers import find_quantities


def _read(text: str, language: str) -> list[tuple[Decimal, str, str]]:
    return [(q.value, q.qualifier, q.span.of(text)) for q in find_quantities(text, get(language))]


def test_mexican_units_written_after_the_thousands() -> None:
    """ "32 mil 653" was two figures, 32 000 and 653."""
    text = (
        "El año pasado fueron repatriados 32 mil 653 menores; 4 mil 3 viajaban solos y mil 411 tenían menos de 12 años."
    )
    assert _read(text, "es")[:3] == [
        (Decimal(32653), "exact", "32 mil 653"),
        (Decimal(4003), "exact", "4 mil 3"),
        (Decimal(1411), "exact", "mil 411"),
    ]


def test_mexican_thousands_of_millions_with_a_decimal_point() -> None:
    """ "mil 589.95 millones" was 589.95 million, and "tres mil 061.58 millones" 61.58 million."""
    text = (
        "Ingresaron mil 589.95 millones de dólares en marzo, tras tres mil 061.58 millones en el trimestre, "
        "en cinco millones 423.37 mil envíos."
    )
    assert [value for value, _, _ in _read(text, "es")] == [
        Decimal("1589950000"),
        Decimal("3061580000"),
        Decimal("5423370"),
    ]


def test_a_point_before_a_scale_word_is_decimal_unless_it_ends_in_zero() -> None:
    """ "2.075 millones" was 2 075 million; Spain's "1.500 millones" stays 1 500 million."""
    values = [value for value, _, _ in _read("Se invirtieron 2.075 millones de pesos y 1.500 millones de euros.", "es")]
    assert values == [Decimal("2075000"), Decimal("1500000000")]


def test_a_vietnamese_point_before_a_scale_word_groups_thousands() -> None:
    """ "2.615 tỷ đồng" was 2.615 billion, read as Mexico writes; Vietnamese groups thousands with points."""
    text = "Bổ sung 2.615 tỷ đồng cho 27 địa phương, trong đó 1.5 triệu đồng mỗi xã."
    assert [value for value, _, _ in _read(text, "vi")][:1] == [Decimal("2615000000000")]


def test_a_vietnamese_number_after_its_noun_names_one() -> None:
    """ "Nghị định thư 1", "Mục 3", "(đợt 2)" were amounts; a count puts its number first ("27 địa phương")."""
    text = "Ký Nghị định thư 1 của Hiệp định theo Mục 3 Chương IV, bổ sung (đợt 2) cho 27 địa phương."
    assert [value for value, _, _ in _read(text, "vi")] == [Decimal(27)]


def test_spanish_thousands_of_millions_are_not_split() -> None:
    text = "un mercado de unos 70 mil millones de dólares al año y al menos 70 mil vidas"
    assert [(v, q) for v, q, _ in _read(text, "es")] == [
        (Decimal("70000000000"), "about"),
        (Decimal("70000"), "at-least"),
    ]


def test_chinese_units_after_ten_thousands_and_more_than_inside_the_number() -> None:
    """ "2万5000人" was 20 000 and 5000; "130多万" was 130."""
    text = "计划吸引130多万新移民，其中2万5000人为难民，另有8万3500位新移民。"
    assert _read(text, "zh") == [
        (Decimal(1300000), "more-than", "130多万"),
        (Decimal(25000), "exact", "2万5000人"),
        (Decimal(83500), "exact", "8万3500"),
    ]


def test_a_year_after_a_scale_word_does_not_join_it() -> None:
    assert [v for v, _, _ in _read("预计达到3万 2025年完成", "zh")] == [Decimal(30000)]


def test_maghrebi_month_names_make_day_numbers_dates() -> None:
    """ "30 يوليوز 2025" and "الباب 12 من الدستور" were figures (30 and 12)."""
    assert _read("الرباط في 30 يوليوز 2025 وفي 3 شتنبر 2025، وفق الباب 12 من الدستور", "ar") == []
