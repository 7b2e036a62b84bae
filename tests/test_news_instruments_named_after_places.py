"""Treaties and statutes named after a place in Arabic, which has no capitals to mark the name: "اتفاقية جنيف",
"نظام روما المنشئ للمحكمة الجنائية الدولية". A place right after a head is its name though it has no article;
"نظام", also a regime or a system, names an instrument only where a place follows it.

Each excerpt is composed for the test.
"""

from __future__ import annotations

from helpers import build_news


def _cited(text: str) -> list[str]:
    return [c.mention.span.of(text) for c in build_news(text, "ar").citations]


def test_a_convention_named_after_a_city() -> None:
    text = "الرباط في 3 مايو 2025 - تطالب الجمعية بالتصديق على اتفاقية اسطنبول دون تحفظ."
    assert _cited(text) == ["اتفاقية اسطنبول"]


def test_a_statute_named_after_a_city_runs_over_its_words_with_the_article() -> None:
    text = "الرباط في 3 مايو 2025 - يدعو المؤتمر إلى الانضمام إلى نظام روما المنشئ للمحكمة الجنائية الدولية."
    assert _cited(text) == ["نظام روما المنشئ للمحكمة الجنائية الدولية"]


def test_a_regime_or_a_system_and_an_unnamed_agreement_cite_nothing() -> None:
    text = "الرباط في 3 مايو 2025 - انتقد المؤتمر النظام السوري ونظام التعليم، ووقعت الحكومة اتفاقية تعاون."
    assert _cited(text) == []
