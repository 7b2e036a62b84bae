"""Instrument numbers as Vietnamese texts type them, and the quarters a plan's tables write like symbols.

Composed lines: the Government numbers a series of its 2025 resolutions "66.2/2025/NQ-CP", the
Party's programmes are "10-CTr/TU", a clerk types "31/2015/TT- BYT"; a task table dates its
tasks "Quý IV/2026" (the fourth quarter), which is no document of any series.
"""

from __future__ import annotations

import pytest

from kg import lang
from kg.finders.actors import find_actors
from kg.finders.instruments import find_instruments
from kg.finders.text import DocumentText
from kg.model import Document, Segment, Span


def _keys(text: str, language: str) -> list[str | None]:
    document = Document(source="x", text=text, language=language, segments=[Segment(Span(0, len(text)), "main")])
    news = DocumentText(document, lang.get(language))
    return [m.key for m in find_instruments(news, find_actors(news)).mentions]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Căn cứ Nghị quyết số\n66.2/2025/NQ-CP ngày 28 tháng 8 năm 2025 của Chính phủ;", "66.2/2025/NQ-CP"),
        ("thực hiện Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Tỉnh uỷ;", "10-CTr/TU"),
        ("Bãi bỏ Thông tư số 31/2015/TT- BYT ngày 14 tháng 10 năm 2015.", "31/2015/TT-BYT"),
    ],
)
def test_a_number_as_typed_is_the_instrument_s_whole_key(text: str, key: str) -> None:
    assert _keys(text, "vi") == [key]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("|\nSở Tài chính\n|\nQuý IV/2026\n|\nBáo cáo", "vi"),
        ("Las obras terminan en el primer trimestre (I/2025) y el segundo (II/2025).", "es"),
    ],
)
def test_a_quarter_written_like_a_symbol_is_no_document(text: str, language: str) -> None:
    assert _keys(text, language) == []


def test_a_clause_number_with_a_point_is_no_instrument() -> None:
    assert _keys("theo điểm a khoản 2.3/2025 của quy chế", "vi") == []


def test_the_tail_of_a_number_typed_with_a_digit_lost_is_no_number() -> None:
    """Before, "Quyết định số 48/202 /QĐ-UBND" cited an instrument "202/QĐ-UBND", the tail of the number."""
    assert "202/QĐ-UBND" not in _keys("bãi bỏ Quyết định số 48/202 /QĐ-UBND ngày 6 tháng 5 năm 2021.", "vi")
    # a number typed with a space before its slash is still one
    assert "9/2025/QĐ-UBND" in _keys("Quyết định số 9 /2025/QĐ-UBND ngày 1 tháng 2 năm 2025.", "vi")
