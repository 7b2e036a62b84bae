"""Arabic news: organisations named by structure."""

from __future__ import annotations

from helpers import build_news

from kg.model import Kind


def test_ar_a_conjunction_written_on_a_body_defined_by_an_acronym_is_no_part_of_its_name() -> None:
    """Before: "وتنسيقية عائلات المفقودين" (and + the Coordination ...) was a second body's name, with "و"."""
    text = (
        "بيان\n\nتشغل منصب رئيسة الرابطة المتوسطية لضحايا النزاعات (LMVC) وتنسيقية أسر المختطفين بليبيا (CFML) "
        "منذ سنوات.\n"
    )
    names = [m.text for m in build_news(text, "ar").mentions if m.kind == Kind.ORGANIZATION and len(m.text) > 5]
    assert "تنسيقية أسر المختطفين بليبيا" in names
    assert not any(name.startswith("وتنسيقية") for name in names)
