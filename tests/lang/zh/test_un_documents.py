"""Chinese UN documents by kind: masthead, title, date, sponsors, signers, and how each kind speaks."""

from __future__ import annotations

from helpers import build_un


def test_a_chinese_masthead_prints_the_body_letter_spaced_and_the_agenda_item_with_a_mark() -> None:
    text = (
        "联 合 国                                                               A/79/210\n"
        "大    会                                                               Distr.: General\n"
        "                                                                       20 July 2024\n\n"
        "第七十九届会议\n临时议程*项目19(a)\n\n          可持续发展\n\n          秘书长的报告\n\n"
        "     1. 秘书长建议会员国加强合作。\n"
    )
    facts = build_un(text, "zh").document
    assert facts.body is not None and facts.body.key == "GA"
    assert (facts.agenda_items, facts.title) == ((19,), "可持续发展: 秘书长的报告")
