"""Chinese news: bodies, states and their parts, as actors."""

from __future__ import annotations

from helpers import build_news


def test_chinese_words_ending_like_bodies_are_not_bodies() -> None:
    text = "标题\n\n领导干部要构建新发展格局。\n"
    assert not [m for m in build_news(text, "zh").mentions if m.kind == "government-agency"]
