"""The structure of Chinese UN resolutions as printed: full-width marks and the closing date.

Chinese texts number paragraphs "1．" or "１．" (full-width stop and digits), letter
sub-paragraphs "（a）", end a chapeau with "：" and print the adoption date on the line before
the meeting line. Each excerpt is composed in the style of real resolutions; each must give
the paragraphs and commitments its ASCII-printed twin gives.
"""

from __future__ import annotations

import pytest
from helpers import build_un

from kg.model import Extraction

TRADE = """联合国                                                    A/RES/75/200
大会                                                      Distr.: General
                                                          2020年12月28日

第七十五届会议
议程项目17(a)

75/200{stop}国际贸易与发展

大会，

回顾其2018年12月20日第73/220号决议，

重申《2030年可持续发展议程》，

注意到联合国贸易和发展会议秘书长关于国际贸易与发展的报告，

{1}{stop}注意到秘书长的报告；

{2}{stop}重申国际贸易是包容性经济增长和减贫的引擎；

{3}{stop}强调必须推动普遍、有章可循、开放、透明、非歧视和公平的多边贸易体制；

{4}{stop}促请所有国家避免颁布和适用不符合国际法的单方面经济措施；

{5}{stop}鼓励会员国加强区域经济一体化；

{6}{stop}欢迎世界贸易组织第十二届部长级会议的筹备工作；

{7}{stop}请联合国贸易和发展会议继续开展关于贸易与发展的分析工作；

{8}{stop}敦促发展伙伴为贸易援助提供资金；

{9}{stop}邀请国际社会支持最不发达国家融入多边贸易体制；

{10}{stop}决定将题为“国际贸易与发展”的分项目列入大会第七十六届会议临时议程。

第46次全体会议
"""

TRADE_OPERATIVE = ["notes", "reaffirms", "stresses", "calls-upon", "encourages", "welcomes", "requests", "urges",
                   "invites", "decides"]  # fmt: skip

CLOSING = """大会，

注意到数字鸿沟依然存在，

1. 重申国际贸易是可持续发展的引擎；

2. 请秘书长向大会第七十六届会议提交关于本决议执行情况的报告；

3. 决定将题为“国际贸易与发展”的分项目列入大会第七十六届会议临时议程。
{closing}"""

CHAPEAU = """大会，

回顾其关于单方面经济措施的各项决议，

1. 重申各国有权自由选择本国的经济制度；

2. 促请所有会员国{colon}
{open}a{close}{space}不颁布或适用不符合国际法和《联合国宪章》的单方面经济措施；
{open}b{close}{space}采取必要的行政或立法措施，抵制此类措施的域外适用；

3. 请秘书长向大会第七十七届会议提交报告。
"""


def _structure(extraction: Extraction) -> list[tuple[str, str | None]]:
    return [(paragraph.section, paragraph.number) for paragraph in extraction.paragraphs]


def _actions(extraction: Extraction, section: str) -> list[str]:
    return [c.action for c in extraction.commitments if c.paragraph and c.paragraph.section == section]


def _trade(stop: str, digits: str = "0123456789") -> str:
    numbers = [str(n).translate(str.maketrans("0123456789", digits)) for n in range(11)]
    return TRADE.format(*numbers, stop=stop)  # "{1}" is paragraph 1, as printed


@pytest.mark.parametrize(
    ("stop", "digits"),
    [("．", "0123456789"), ("．", "０１２３４５６７８９")],
    ids=["full-width-stop", "full-width-digits"],
)
def test_full_width_paragraph_numbers_are_read_as_numbers(stop: str, digits: str) -> None:
    text = _trade(stop, digits)
    extraction = build_un(text, "zh")
    assert _structure(extraction) == [("preamble", None)] * 3 + [("operative", str(n)) for n in range(1, 11)]
    assert _actions(extraction, "operative") == TRADE_OPERATIVE
    assert _actions(extraction, "preamble") == ["recalls", "reaffirms", "notes"]
    # the last preambular paragraph stops at its comma, not in paragraph 1
    assert extraction.paragraphs[2].span.of(text).endswith("国际贸易与发展的报告，")
    assert extraction.document.meeting == "第46次全体会议"


def test_full_width_numbers_give_what_ascii_numbers_give() -> None:
    ascii_printed, full_width = build_un(_trade(". "), "zh"), build_un(_trade("．", "０１２３４５６７８９"), "zh")
    assert _structure(full_width) == _structure(ascii_printed)
    assert [c.action for c in full_width.commitments] == [c.action for c in ascii_printed.commitments]


def test_a_title_after_a_full_width_stop_is_the_title() -> None:
    assert build_un(_trade("．"), "zh").document.title == "国际贸易与发展"


@pytest.mark.parametrize(
    "closing",
    ["\n2020年12月21日\n第46次全体会议\n", "\n\n2020年12月21日\n\n第46次全体会议\n", "2020年12月21日\n第46次全体会议\n",
     "\n第46次全体会议\n2020年12月21日\n", ""],
    ids=["date-then-meeting", "blank-lines-between", "no-blank-line", "meeting-then-date", "no-closing"],
)  # fmt: skip
def test_the_last_paragraph_before_the_closing_is_kept(closing: str) -> None:
    extraction = build_un(CLOSING.format(closing=closing), "zh")
    assert _structure(extraction) == [("preamble", None), ("operative", "1"), ("operative", "2"), ("operative", "3")]
    assert _actions(extraction, "operative") == ["reaffirms", "requests", "decides"]
    last = extraction.paragraphs[-1]
    assert last.span.of(CLOSING.format(closing=closing)).endswith("临时议程。")


def test_the_closing_date_still_dates_the_resolution() -> None:
    text = "A/RES/75/200\n\n" + CLOSING.format(closing="\n2020年12月21日\n第46次全体会议\n")
    extraction = build_un(text, "zh")
    assert extraction.document.date == "2020-12-21"
    assert extraction.document.meeting == "第46次全体会议"


@pytest.mark.parametrize(
    ("colon", "open_", "close", "space"),
    [("：", "(", ")", " "), ("：", "（", "）", ""), ("：", "（", "）", " "), (":", "(", ")", " ")],
    ids=["full-width-colon", "full-width-brackets", "full-width-brackets-spaced", "ascii"],
)
def test_a_chapeau_keeps_its_paragraph_and_its_letters(colon: str, open_: str, close: str, space: str) -> None:
    text = CHAPEAU.format(colon=colon, open=open_, close=close, space=space)
    extraction = build_un(text, "zh")
    assert _structure(extraction) == [
        ("preamble", None),
        ("operative", "1"),
        ("operative", "2"),
        ("operative", "2(a)"),
        ("operative", "2(b)"),
        ("operative", "3"),
    ]
    # each lettered item carries on the call: what the Member States are called upon to do
    assert _actions(extraction, "operative") == ["reaffirms", "calls-upon", "calls-upon", "calls-upon", "requests"]
    chapeau = extraction.paragraphs[2]
    assert chapeau.span.of(text).endswith(f"促请所有会员国{colon}")
    calls = [c for c in extraction.commitments if c.action == "calls-upon"]
    assert [[a.text for a in c.addressees] for c in calls] == [["会员国"]] * 3


def test_chinese_numerals_in_brackets_open_no_sub_paragraph() -> None:
    text = (
        CHAPEAU.format(colon="：", open="（", close="）", space="")
        .replace("（a）", "（一）")
        .replace("（b）", "（二）")
    )
    assert "2(一)" not in [number for _, number in _structure(build_un(text, "zh"))]
