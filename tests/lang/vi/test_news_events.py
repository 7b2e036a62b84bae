"""Vietnamese news: events and their places."""

from __future__ import annotations

from helpers import build_news


def test_vi_a_capitalised_word_that_a_lower_case_one_continues_is_no_place_alone() -> None:
    text = "Sáng 5/1/2025, tại Trụ sở Chính phủ, Thủ tướng chủ trì Hội nghị Chính phủ với các địa phương."
    event = build_news(text, "vi").events[0]
    assert event.place is not None and event.place.text == "Trụ sở Chính phủ"
    text = "Hội thảo Di cư diễn ra tại Trụ sở chính của Bộ."
    assert build_news(text, "vi").events[0].place is None
