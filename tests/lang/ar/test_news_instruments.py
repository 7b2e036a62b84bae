"""Arabic news: instruments cited by kind and number, with their issuers and dates."""

from __future__ import annotations

from helpers import build_news, citations_of


def test_arabic_cabinet_decision_with_arabic_indic_digits() -> None:
    """ "قرار مجلس الوزراء رقم ٤١٢ لسنة ٢٠٢٤" was no instrument, and ٤١٢ a figure."""
    text = (
        "عنوان\n\nالرياض، 16 نوفمبر 2024 (واس) - أصدر مجلس الوزراء قرار مجلس الوزراء رقم ٤١٢ لسنة ٢٠٢٤ "
        "بشأن تنظيم العمالة. كما صدر المرسوم الملكي رقم م/٣٥ بالموافقة على الاتفاقية.\n"
    )
    extraction = build_news(text, "ar")
    citations = citations_of(extraction)
    assert citations["412/2024"][1] == "مجلس الوزراء"
    assert "م/35" in citations
    assert not extraction.statistics
