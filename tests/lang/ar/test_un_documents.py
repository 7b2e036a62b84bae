"""Arabic UN documents by kind: masthead, title, date, sponsors, signers, and how each kind speaks."""

from __future__ import annotations

import pytest
from helpers import build_un


def test_an_arabic_council_resolution_is_dated_by_its_masculine_adoption_line() -> None:
    text = (
        "الأمم المتحدة                                                          A/HRC/RES/54/10\n\n"
        "مجلس حقوق الإنسان\nالدورة الرابعة والخمسون\n11 أيلول/سبتمبر - 13 تشرين الأول/أكتوبر 2023\n\n"
        "قرار اتخذه مجلس حقوق الإنسان في 11 تشرين الأول/أكتوبر 2023\n\n54/10 - الحق في التنمية\n\n"
        "إن مجلس حقوق الإنسان،\n\n1 - يقرر مواصلة النظر في هذه المسألة.\n"
    )
    facts = build_un(text, "ar").document
    assert (facts.kind, facts.date, facts.title) == ("resolution", "2023-10-11", "الحق في التنمية")


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("الأمم المتحدة                                A/DEC/78/540\n\nالجمعية العامة\n\n"
         "78/540 - تنشيط أعمال اللجنة الثانية\n\nقررت الجمعية العامة أن تحيط علما بتقرير الأمين العام.\n",
         "A/DEC/78/540"),
        ("الجمعية العامة\n\nمقرر اتخذته الجمعية العامة في 22 كانون الأول/ديسمبر 2023\n\n"
         "78/540 - تنشيط أعمال اللجنة الثانية\n\nقررت الجمعية العامة أن تحيط علما بتقرير الأمين العام.\n", None),
    ],
)  # fmt: skip
def test_a_decision_is_known_by_its_symbol_or_its_adoption_line(text: str, symbol: str | None) -> None:
    facts = build_un(text, "ar").document
    assert (facts.kind, facts.symbol, facts.title) == ("decision", symbol, "تنشيط أعمال اللجنة الثانية")
    if symbol is None:
        assert facts.date == "2023-12-22"


def test_an_arabic_resolution_title_follows_its_number_and_a_dash() -> None:
    text = (
        "الأمم المتحدة                                   E/RES/2023/5\n\n"
        "قرار اتخذه المجلس الاقتصادي والاجتماعي في 7 حزيران/يونيه 2023\n\n"
        "2023/5 - تعميم مراعاة المنظور الجنساني\n\nإن المجلس الاقتصادي والاجتماعي،\n\n"
        "1 - يرحب بتقرير الأمين العام؛\n"
    )
    assert build_un(text, "ar").document.title == "تعميم مراعاة المنظور الجنساني"
