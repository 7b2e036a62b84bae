"""Chinese news: persons and the posts they hold."""

from __future__ import annotations

import pytest
from helpers import build_news

from kg.model import Kind


def test_chinese_posts_take_the_organisation_written_before_them() -> None:
    """ "外交部发言人毛宁" gave a spokesperson of no organisation."""
    text = "标题\n\n国务院总理李强主持会议。外交部发言人毛宁表示，中方愿同各方一道努力。人力资源社会保障部部长王晓萍出席。\n"
    posts = {
        p.person.text: (p.post, p.organization.text if p.organization else None) for p in build_news(text, "zh").posts
    }
    assert posts == {
        "李强": ("国务院总理", "国务院"),
        "毛宁": ("发言人", "外交部"),
        "王晓萍": ("部长", "人力资源社会保障部"),
    }


def test_zh_the_party_and_portfolio_before_a_post_qualify_it() -> None:
    """Before: "反对党农业发言人朱莉·柯林斯" held "发言人" alone, the opposition's agriculture spokesperson lost."""
    text = (
        "标题\n\n但是，因为反对党农业发言人安娜·米勒表示保留，新计划仍可能受阻。外交部长佩恩是在会上宣布这一消息的。\n"
    )
    posts = {p.person.text: p.post for p in build_news(text, "zh").posts}
    assert posts["安娜·米勒"] == "反对党农业发言人"
    assert posts["佩恩"] == "外交部长"  # a known post after the clause's subject takes nothing before it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name in Latin letters right after the post, its transliteration in brackets
        ("新华社罗马3月16日电 众议院外交委员会副主席Paolo Rinaldi（里纳尔迪）告诉媒体。", ("Paolo Rinaldi", "副主席")),
        # a verb of telling ends the name ("告诉"), as does a time word ("上周")
        ("新华社罗马3月16日电 众议院外交委员会副主席里纳尔迪告诉媒体。", ("里纳尔迪", "副主席")),
        ("新华社罗马3月16日电 学校负责人亚瑟上周表示，学校将关闭。", ("亚瑟", "学校负责人")),
    ],
)
def test_a_person_after_a_post_named_in_latin_letters_or_before_a_verb_of_telling(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in {(h.person.text, h.post) for h in build_news(text, "zh").posts}


def test_a_single_latin_word_after_a_post_is_no_person() -> None:
    persons = [
        m.text for m in build_news("新华社罗马3月16日电 发言人Reuters报道了此事。", "zh").mentions if m.kind == "person"
    ]
    assert persons == []


def test_a_body_named_after_a_post_word_holds_no_person() -> None:
    """ "总理办公室": the office of the prime minister, not a prime minister named 办公室."""
    text = "## 标题\n\n政府和执政党在总理办公室举行政策会议。出席会议的有首相森川一郎。\n"
    persons = {m.text for m in build_news(text, "zh").mentions if m.kind == Kind.PERSON}
    assert "办公室" not in persons
    assert "森川一郎" in persons


def test_an_adverb_after_a_post_is_no_name() -> None:
    """ "森川首相特别强调": the prime minister stressed in particular; no one is called 特别."""
    text = "## 标题\n\n在会议上，森川首相特别强调将支持人力资源的发展。\n"
    persons = {m.text for m in build_news(text, "zh").mentions if m.kind == Kind.PERSON}
    assert "特别" not in persons


def test_a_counterpart_named_after_a_state_is_a_person() -> None:
    """ "她的越南同行范平明": the minister's counterpart of another state is named after the word for one;
    "同行的还有记者" (travelling with them) names no one."""
    text = "## 标题\n\n该协议是在外交部长佩恩和她的挪威同行范明上周讨论之后达成的。\n"
    holders = {p.person.text: p.post_name for p in build_news(text, "zh").posts}
    assert holders == {"佩恩": "Minister for Foreign Affairs", "范明": "Counterpart"}
    alone = build_news("## 标题\n\n同行的还有记者。\n", "zh")
    assert not [m for m in alone.mentions if m.kind == Kind.PERSON]
