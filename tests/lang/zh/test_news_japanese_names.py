"""Japanese persons in Chinese news: a family name of two characters ("田中", "佐藤"), which the Chinese family
names do not hold, opens the name after a post ("首相田中一郎"); without a post before it, no name is read. Those present are
listed after "的有", which qualifies no post ("出席会议的有 | 首相").

Excerpts composed for the test.
"""

from __future__ import annotations

from helpers import build_news

from kg.model import Kind


def test_a_japanese_name_after_a_post() -> None:
    text = "新华社东京12月24日电 出席会议的有首相田中一郎和外相佐藤健太。"
    holdings = [(h.person.text, h.post, h.post_name) for h in build_news(text, "zh").posts]
    assert holdings == [("田中一郎", "首相", "Prime Minister"), ("佐藤健太", "外相", "Minister for Foreign Affairs")]


def test_a_japanese_family_name_without_a_post_is_no_person() -> None:
    extraction = build_news("新华社东京12月24日电 日本首相表示，中村地区将增加预算。", "zh")
    assert not any(m.kind == Kind.PERSON for m in extraction.mentions)
