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


def test_a_conjunction_written_on_an_instrument_s_head_is_no_word_of_its_name() -> None:
    """Before, "والقانون الجنائي" was cited with its "و" ("and"), as an instrument of another name."""
    text = "وتطالب الجمعية بمراجعة مدونة الأسرة والقانون الجنائي والدستور المغربي."
    names = {c.mention.text for c in build_news(text, "ar").citations}
    assert {"القانون الجنائي", "الدستور المغربي"} <= names
    assert not any(name.startswith("و") for name in names)
