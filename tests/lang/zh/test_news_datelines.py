"""Chinese news: datelines, with the home state and the date they give."""

from __future__ import annotations

from decimal import Decimal

from helpers import build_news, commitments_by_verb, news_document, resolved_key

from kg.builders.news import BUILDER
from kg.finders.text import DocumentText
from kg.lang import get


def test_chinese_paper_dateline_willing_pledge_and_a_months_end_deadline() -> None:
    """ "人民日报北京12月2日电" was no dateline; "中方愿...提供" was no commitment; "2025年6月底前" was no deadline
    and gave the figure 6."""
    text = (
        "标题\n\n人民日报北京12月2日电 中方愿在未来三年向老方提供5亿元人民币无偿援助。"
        "人力资源社会保障部牵头，于2025年6月底前出台具体措施。\n"
    )
    document = news_document(text, "zh")
    assert DocumentText(document, get("zh")).agency_state == "CHN"
    extraction = BUILDER.build(document)
    by_verb = commitments_by_verb(extraction, text)
    assert by_verb["愿在"].action == "intends" and by_verb["愿在"].issuer is not None
    assert resolved_key(by_verb["愿在"].issuer, "zh") == "CHN"
    assert by_verb["牵头"].deadline is not None and by_verb["牵头"].deadline.year == 2025
    assert [s.value for s in extraction.statistics] == [Decimal(500_000_000)]


def test_datelines_day_far_from_any_full_date_has_no_year() -> None:
    text = "标题\n\n新华社北京11月5日电 国务院要求将于2025年6月30日前出台细则。\n"
    assert build_news(text, "zh").document.date is None
