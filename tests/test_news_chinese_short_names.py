"""Chinese news: a company named in full once, then by its name without the word for a company ("甲骨星公司 …
甲骨星计划"); a rival named after the word for it and before where it stands ("竞争对手 | 乙方公司 | 手中"); a
transliterated name after two posts joined by "兼", which runs over none of them.

Each excerpt is composed for the test; each test's docstring names what was wrong before.
"""

from __future__ import annotations

from helpers import build_news

_TEXT = (
    "新华社北京4月2日电 星辰微电子公司周一发布了一款新芯片，旨在从竞争对手蓝海芯科公司手中夺走市场份额。"
    "然而，蓝海芯科表示将推出新产品进行反击。星辰微电子公司服务器业务部高级副总裁兼总经理汤姆·卡特表示，公司将保持领先。"
)


def test_a_company_named_again_without_its_kind_word_is_that_company() -> None:
    """Before: "蓝海芯科公司" after "竞争对手" and before "手中" was no body, and "蓝海芯科" alone none."""
    extraction = build_news(_TEXT, "zh")
    bodies = [m for m in extraction.mentions if m.kind == "organization"]
    full = next(m for m in bodies if m.text == "蓝海芯科公司")
    short = [m for m in bodies if m.text == "蓝海芯科"]
    assert short and all(m.key == (full.key or m.key) for m in short)
    assert any(c.issuer is not None and c.issuer.text == "蓝海芯科" for c in extraction.commitments)


def test_a_short_name_is_none_inside_the_full_name_or_of_a_state() -> None:
    text = "新华社北京4月2日电 美国公司表示，美国将加征关税。甲乙软件公司发布新品，甲乙软件公司的股价上涨。"
    bodies = {m.text for m in build_news(text, "zh").mentions if m.kind == "organization"}
    assert "美国" not in bodies and "甲乙软件" not in bodies


def test_a_transliterated_name_after_joined_posts_runs_over_no_post() -> None:
    """Before: the person was "兼总经理汤姆·卡特", the words of the second post taken for a given name."""
    extraction = build_news(_TEXT, "zh")
    persons = {m.text for m in extraction.mentions if m.kind == "person"}
    assert "汤姆·卡特" in persons and not [p for p in persons if "总经理" in p]
    assert ("汤姆·卡特", "高级副总裁兼总经理") in {(h.person.text, h.post) for h in extraction.posts}
