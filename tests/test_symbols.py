"""UN symbols: finding and canonicalising them (resolution numbers: tests/test_finders_resolutions.py)."""

from __future__ import annotations

import pytest
from helpers import nonempty
from hypothesis import given
from hypothesis import strategies as st

from kg.text.symbols import canonicalize, find_symbols, is_un_symbol, series_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("adopted (A/RES/70/1).", ["A/RES/70/1"]),
        ("see A/C.2/72/L.66 and A/C.2/72/SR.15", ["A/C.2/72/L.66", "A/C.2/72/SR.15"]),
        ("report (A/72/64-E/2017/12)", ["A/72/64-E/2017/12"]),
        ("A/67/65/Corr.1-E/2012/48/Corr.1", ["A/67/65/CORR.1-E/2012/48/CORR.1"]),
        ("resolution A/RES/57/270 B of 2003", ["A/RES/57/270B"]),
        ("E/HLPF/2017/4, TD/B/64/2 and E/CN.16/2017/2", ["E/HLPF/2017/4", "TD/B/64/2", "E/CN.16/2017/2"]),
        ("in FCCC/CP/2015/10/Add.1, decision 1/CP.21", ["FCCC/CP/2015/10/ADD.1"]),
        ("A/HRC/RES/35/1", ["A/HRC/RES/35/1"]),
    ],
)
def test_find_symbols(text: str, expected: list[str]) -> None:
    assert [symbol for _, symbol in find_symbols(text)] == expected


NOT_SYMBOLS = ("17-23261", "18-22354 (E)    160119", "6/10", "2/36", "*1822354*", "TCP/IP", "402/QĐ-TTg",
               "and/or", "http://example.org/Documents/WG-Report2017.pdf")  # fmt: skip


@pytest.mark.parametrize("text", NOT_SYMBOLS)
def test_job_numbers_pages_and_other_slashes_are_not_symbols(text: str) -> None:
    assert find_symbols(text) == []


def test_spans_are_offsets_into_the_text_also_with_arabic_digits() -> None:
    text = "انظر A/C.2/72/SR.2 و A/C.2/72/SR.3."
    for span, symbol in nonempty(find_symbols(text)):
        assert canonicalize(span.of(text)) == symbol


def test_is_un_symbol() -> None:
    assert is_un_symbol("A/RES/57/270B")
    assert not is_un_symbol("a/res/70/1")  # not canonical
    assert not is_un_symbol("69/2020/QH14")
    assert not is_un_symbol(None)


def test_series() -> None:
    assert series_of("A/RES/70/1") == "A"
    assert series_of("E/CN.16/2017/2") == "E/CN.16"


@given(st.text())
def test_find_symbols_never_raises_and_spans_fit(text: str) -> None:
    for span, symbol in find_symbols(text):
        assert 0 <= span.start < span.end <= len(text)
        assert is_un_symbol(symbol)


@given(st.text())
def test_canonicalize_is_idempotent(text: str) -> None:
    once = canonicalize(text)
    assert canonicalize(once) == once


@given(st.from_regex(r"[A-Z]{1,4}(/(RES|C\.[1-6]|[0-9]{1,4}|L\.[0-9]{1,3})){1,4}", fullmatch=True))
def test_generated_symbols_are_found_whole(symbol: str) -> None:
    text = f"see ({symbol}) here"
    found = find_symbols(text)
    if any(char.isdigit() for char in symbol):
        assert [s for _, s in found] == [canonicalize(symbol)]
