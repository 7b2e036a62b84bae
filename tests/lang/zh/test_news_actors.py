"""Chinese news: bodies, states and their parts, as actors."""

from __future__ import annotations

import pytest
from helpers import build_news


def test_chinese_words_ending_like_bodies_are_not_bodies() -> None:
    text = "标题\n\n领导干部要构建新发展格局。\n"
    assert not [m for m in build_news(text, "zh").mentions if m.kind == "government-agency"]


def _organization_names(text: str) -> set[str]:
    return {text[m.span.start : m.span.end] for m in build_news(text, "zh").mentions if m.kind == "organization"}


def test_a_party_named_by_one_character_before_its_tail_is_an_organisation() -> None:
    """Before: every name ending in "党" was left out, so "工党" (Labour) and "联盟党" (the Coalition) were lost."""
    text = "标题\n\n然而，如果工党不支持，新协议仍可能受阻，而且联盟党已经同意逐步取消该计划。\n"
    assert {"工党", "联盟党"} <= _organization_names(text)


def test_a_party_the_text_does_not_name_is_no_organisation() -> None:
    text = "标题\n\n反对党农业发言人表示保留，该党不支持，两党都同意，各党也反对。\n"
    assert not {name for name in _organization_names(text) if name.endswith("党")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社日内瓦3月5日电 决议以32票赞成、2票反对（俄罗斯、厄利垂亚）获得通过。", {"RUS", "ERI"}),
        ("新华社罗马3月16日电 义大利众议院通过议案，纽西兰表示欢迎。", {"ITA", "NZL"}),
        ("新华社罗马3月16日电 意大利众议院通过议案，新西兰表示欢迎。", {"ITA", "NZL"}),
    ],
)
def test_states_named_as_taiwan_writes_them_and_as_the_mainland_does(text: str, expected: set[str]) -> None:
    assert {m.key for m in build_news(text, "zh").mentions if m.kind == "state"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社纽约1月3日电 他告诉纽约时报，学校推迟开学。", "纽约时报"),
        ("新华社北京1月3日电 人民日报发表评论。", "人民日报"),
    ],
)
def test_a_newspaper_or_news_agency_is_an_organisation(text: str, expected: str) -> None:
    assert expected in {m.text for m in build_news(text, "zh").mentions if m.kind == "organization"}


def test_the_cabinet_standing_alone_is_a_body_and_no_tail_of_another_name() -> None:
    """ "由内阁批准": the cabinet of the state the text is about; "由该国内阁批准" ends a longer name instead."""
    alone = build_news("## 标题\n\n该预算将由内阁批准。\n", "zh")
    assert [m.text for m in alone.mentions if m.kind == "government-agency"] == ["内阁"]
    tail = build_news("## 标题\n\n该预算将由该国内阁批准。\n", "zh")
    assert "内阁" not in [m.text for m in tail.mentions if m.kind == "government-agency"]


def test_a_reposting_teams_credit_line_names_no_actor() -> None:
    """ "翻译/整理： 意大利罗马某农场  某人": the team that translated the story, no state the story is about."""
    text = "## 标题\n\n翻译/整理： 意大利罗马某农场  某人\n\n德国政府已经启动了一些措施。\n"
    states = [m.text for m in build_news(text, "zh").mentions if m.kind == "state"]
    assert states == ["德国"]
