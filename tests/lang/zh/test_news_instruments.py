"""Chinese news: instruments cited by kind and number, with their issuers and dates."""

from __future__ import annotations

from decimal import Decimal

from helpers import build_news, citations_of


def test_chinese_document_number_is_an_instrument_and_days_are_no_figures() -> None:
    """ "国发〔2024〕18号" was no instrument; "11月5日" and "6月30日" were four figures."""
    text = (
        "标题\n\n新华社北京11月5日电 国务院印发通知（国发〔2024〕18号），要求于2025年6月30日前完成，"
        "中央财政安排资金50亿元。\n"
    )
    extraction = build_news(text, "zh")
    assert "国发〔2024〕18号" in citations_of(extraction)
    assert [(s.value, s.unit) for s in extraction.statistics] == [(Decimal(5_000_000_000), "CNY")]
