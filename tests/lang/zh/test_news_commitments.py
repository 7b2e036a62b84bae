"""Chinese news: commitments (pledges, calls, requests and tasks) with their issuers, addressees and deadlines."""

from __future__ import annotations

import pytest
from helpers import build_news, commitments_by_verb

from kg.model import Commitment


def _addressees(commitment: Commitment) -> list[str]:
    return [a.text for a in commitment.addressees]


_ZH = (
    "国务院印发方案\n\n新华社北京11月5日电 方案由国家发展改革委牵头，会同财政部、人力资源社会保障部等部门组织实施。"
    "方案要求各地区各部门到2025年底前完成重点任务。各省级人民政府每年向国务院报告进展情况。"
    "国务院决定设立专项基金。中方承诺继续支持发展中国家。\n"
)


def test_chinese_lead_body_and_cooperating_bodies_are_addressees() -> None:
    """No Chinese commitment was found: phrases were looked for between spaces Chinese does not write."""
    commitment = commitments_by_verb(build_news(_ZH, "zh"), _ZH)["牵头"]
    assert commitment.action == "tasks"
    assert _addressees(commitment) == ["国家发展改革委", "财政部", "人力资源社会保障部"]


def test_chinese_task_to_regions_and_departments_with_deadline() -> None:
    commitment = commitments_by_verb(build_news(_ZH, "zh"), _ZH)["要求"]
    assert _addressees(commitment) == ["各地区各部门"]
    assert commitment.deadline is not None and commitment.deadline.year == 2025


def test_chinese_yearly_report_to_the_state_council() -> None:
    commitment = commitments_by_verb(build_news(_ZH, "zh"), _ZH)["报告"]
    assert _addressees(commitment) == ["各省级人民政府"]
    assert commitment.cycle == "P1Y"
    assert commitment.issuer is not None and commitment.issuer.text == "国务院"


def test_chinese_decision_and_pledge_by_their_subjects() -> None:
    commitments = commitments_by_verb(build_news(_ZH, "zh"), _ZH)
    assert (commitments["决定"].action, commitments["决定"].issuer and commitments["决定"].issuer.text) == (
        "decides",
        "国务院",
    )
    pledge = commitments["承诺"]
    assert pledge.action == "commits" and pledge.issuer is not None and pledge.issuer.key == "CHN"


def test_a_verb_inside_an_instrument_s_name_is_no_commitment() -> None:
    """Before, "计划" (plans to) inside "农业签证计划" (a visa scheme) made a commitment of the sentence that cites it;
    the same word as a verb still pledges."""
    text = (
        "北京3月5日电 澳大利亚政府与越南签署了一项协议，这是在其农业签证计划下达成的第一个协议。中方计划继续支持越南。"
    )
    verbs = [text[c.verb.start : c.verb.end] for c in build_news(text, "zh").commitments if c.verb]
    assert verbs == ["计划"]
    assert text.index("中方计划") < next(c.verb.start for c in build_news(text, "zh").commitments if c.verb)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社罗马10月15日电 意大利政府执意决定所有员工都必须持有通行证。", ("decides", "decision", "意大利政府")),
        ("新华社北京3月5日电 澳大利亚政府已决定增加名额。", ("decides", "decision", "澳大利亚政府")),
        ("新华社北京3月5日电 澳大利亚政府也将增加名额。", ("will", "declaratory", "澳大利亚政府")),
        ("新华社北京3月5日电 外交部表示，将继续推动合作。", ("will", "declaratory", "外交部")),
    ],
)
def test_a_decision_or_pledge_with_an_adverb_or_after_a_verb_of_saying(
    text: str, expected: tuple[str, str, str]
) -> None:
    (commitment,) = build_news(text, "zh").commitments
    assert (commitment.action, commitment.force, commitment.issuer.text if commitment.issuer else None) == expected


def test_a_body_that_stops_a_practice_decides_it() -> None:
    """ "卫生部还停止公布……": a ministry halting what it published takes a measure; a factory stopping work does not."""
    text = "## 标题\n\n卫生部还停止公布每日死亡病例的疫苗接种情况。\n"
    [commitment] = build_news(text, "zh").commitments
    assert (commitment.action, commitment.issuer.text if commitment.issuer else None) == ("decides", "卫生部")
    assert build_news("## 标题\n\n工厂停止了生产。\n", "zh").commitments == []


def test_a_quoted_we_will_is_the_speakers_pledge() -> None:
    text = "## 标题\n\n外交部长王明表示，“我们将继续支持和平进程”。\n"
    [commitment] = build_news(text, "zh").commitments
    assert (commitment.action, commitment.issuer.text if commitment.issuer else None) == ("will", "王明")
