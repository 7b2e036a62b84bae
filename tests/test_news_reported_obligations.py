"""What a speaker says in reported speech that a body must do is the speaker's call on it.

Before, "X 表示，司法部必须调查…" gave no commitment: Chinese had no modal of obligation, and outside a
quotation the call had no issuer unless the text had an author; two unknown names (no key) were also taken
for one actor, so the body obliged was dropped. Each excerpt is composed for the test.
"""

from __future__ import annotations

from helpers import build_news


def _calls(text: str, language: str) -> list[tuple[str, str, list[str]]]:
    return [
        (c.action, c.issuer.text if c.issuer else "", [a.text for a in c.addressees])
        for c in build_news(text, language).commitments
    ]


def test_a_chinese_speaker_calls_on_the_body_that_must_act() -> None:
    text = "新华社华盛顿10月15日电 甲州总检察长约翰·史密斯（John Smith）表示，司法部必须调查该公司。"
    assert _calls(text, "zh") == [("calls-upon", "约翰·史密斯", ["司法部"])]


def test_a_russian_speaker_calls_for_what_must_be_done() -> None:
    text = "Москва, 5 марта 2024 года - Министр иностранных дел Иван Петров заявил, что все стороны должны соблюдать договоренности."
    assert [(action[:5], issuer) for action, issuer, _ in _calls(text, "ru")] == [("calls", "Иван Петров")]


def test_a_rule_told_by_no_one_is_no_call() -> None:
    """ "司法部必须在三十日内完成调查" with no speaker and no author states a rule."""
    assert _calls("新华社北京10月15日电 司法部必须在三十日内完成调查。", "zh") == []


def test_a_chinese_government_announcing_sanctions_decides_them() -> None:
    """Before: "甲国政府宣布对三家实体实施制裁" gave no commitment; "宣布" told by no body stays none."""
    text = "新华社北京4月2日电 甲国政府宣布对三家实体实施制裁。消息人士宣布对此不予置评。"
    assert [(action, issuer) for action, issuer, _ in _calls(text, "zh")] == [("decides", "甲国政府")]
