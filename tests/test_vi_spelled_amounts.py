"""Amounts spelt out in Vietnamese words before a scale word: "hai tỷ đồng", "năm trăm triệu đồng".

Excerpts composed for these tests. Before, Vietnamese had no number words, so a deposit of "hai tỷ đồng" was no
figure. Words that also mean something else before a scale word ("một tỷ lệ": a rate; "năm": a year) are
left alone.
"""

from __future__ import annotations

import pytest
from helpers import build_news


def _amounts(text: str) -> list[tuple[str, str | None, str]]:
    return [(str(s.value), s.unit, s.span.of(text)) for s in build_news(text, "vi").statistics]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Doanh nghiệp phải duy trì mức ký quỹ hai tỷ đồng theo quy định.", ("2000000000", "VND", "hai tỷ đồng")),
        ("Thành phố chi năm trăm triệu đồng cho dự án.", ("500000000", "VND", "năm trăm triệu đồng")),
        ("Mỗi hộ được hỗ trợ mười triệu đồng.", ("10000000", "VND", "mười triệu đồng")),
    ],
)
def test_an_amount_spelt_in_words_before_a_scale_word_is_a_figure(text: str, amount: tuple[str, str, str]) -> None:
    assert _amounts(text) == [amount]


def test_words_that_are_no_count_before_a_scale_word_give_no_figure() -> None:
    assert _amounts("Trong năm tỷ lệ hộ nghèo giảm mạnh, còn một tỷ lệ nhỏ hộ cận nghèo.") == []


def test_a_number_in_words_that_runs_on_is_not_read_from_its_first_part() -> None:
    # the words restate the digits; "hai nghìn" alone would be 2000
    text = "Bổ sung 2.615 tỷ đồng (hai nghìn sáu trăm mười lăm tỷ đồng) cho các địa phương."
    assert _amounts(text) == [("2615000000000", "VND", "2.615 tỷ đồng")]
