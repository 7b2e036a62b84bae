"""What the Vietnamese pack knows, checked on text written the way Vietnamese news writes it."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from kg import lang
from kg.text.numbers import find_quantities, parse_number

VI = lang.get("vi")


def test_dots_group_thousands_and_commas_mark_decimals() -> None:
    assert parse_number("475.198", VI) == Decimal(475198)
    assert parse_number("1.234.567", VI) == Decimal(1234567)
    assert parse_number("3,6", VI) == Decimal("3.6")
    assert parse_number("2,5 tỷ", VI) == Decimal(2_500_000_000)
    assert parse_number("860 nghìn", VI) == Decimal(860_000)


@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    [("hơn 5.000", "more-than"), ("trên 5.000", "more-than"), ("gần 5.000", "about"),
     ("khoảng 5.000", "about"), ("dưới 5.000", "less-than"), ("ít nhất 5.000", "at-least"),
     ("tối đa 5.000", "at-most")],
)  # fmt: skip
def test_qualifiers(phrase, qualifier) -> None:
    (quantity,) = find_quantities(phrase, VI)
    assert (quantity.value, quantity.qualifier) == (Decimal(5000), qualifier)


def test_months_and_ordinals() -> None:
    assert VI.months["tháng 10"] == 10 and VI.months["tháng mười hai"] == 12 and VI.months["tháng giêng"] == 1
    assert VI.parse_ordinal("thứ năm") == 5
    assert VI.parse_ordinal("khóa 73") == 73
    assert VI.parse_ordinal("năm 2020") is None


def test_posts_have_english_names_and_organisation_heads_have_kinds() -> None:
    assert VI.posts["Phó Cục trưởng"] == "Deputy Director General"
    assert all(name and name[0].isupper() for name in VI.posts.values())
    assert set(VI.organization_heads.values()) <= {"government-agency", "organization"}


@pytest.mark.parametrize("number", ["402/QĐ-TTg", "69/2020/QH14", "152/2020/NĐ-CP", "03/2023/TT-BLĐTBXH"])
def test_instrument_numbers(number) -> None:
    assert re.fullmatch(str(VI.extra["instrument_number"]), number)


@pytest.mark.parametrize("text", ["20/3/2020", "USD/VND", "3/4", "2017-2022"])
def test_what_is_not_an_instrument_number(text) -> None:
    assert re.search(str(VI.extra["instrument_number"]), text) is None


def test_issuer_and_type_codes_cover_the_commonest_instruments() -> None:
    issuers = VI.extra["issuer_codes"]
    types = VI.extra["instrument_type_codes"]
    assert issuers["TTg"] == "Prime Minister" and issuers["QH"] == "National Assembly"
    assert types["QĐ"] == "decision" and types["NĐ"] == "decree"


def test_furniture_cues_are_headings_not_sentences() -> None:
    cues = VI.extra["furniture_cues"]
    assert "Cùng chủ đề" in cues and "Tin liên quan" in cues
    assert all(len(cue.split()) <= 5 and not cue.endswith(".") for cue in cues)
