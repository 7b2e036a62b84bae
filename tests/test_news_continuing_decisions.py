"""Arabic: a sentence opening with "كما" (also) goes on with the subject of the one before, so its decision
("كما قرر عقد دورته المقبلة") is that subject's; with no decision before, it is no one's.

Each excerpt is composed for the test.
"""

from __future__ import annotations

from helpers import build_news


def test_arabic_a_decision_opened_by_kama_is_the_previous_subjects() -> None:
    text = (
        "بلاغ\nبقلم رئيس المنظمة\n\nأنهى المؤتمر الخامس للمنظمة الوطنية لحماية البيئة أشغاله يوم الأحد 11 مارس 2001. "
        "ولقد قرر المؤتمر تعديل القانون الأساسي. كما قرر عقد دورته المقبلة يوم 13 أبريل.\n"
    )
    decisions = [c for c in build_news(text, "ar").commitments if c.force == "decision"]
    assert len(decisions) == 2
    assert {c.issuer.text for c in decisions if c.issuer} == {"للمنظمة الوطنية لحماية البيئة"}


def test_arabic_kama_with_no_decision_before_decides_nothing() -> None:
    text = "بلاغ\n\nتحدث الحاضرون عن البيئة. كما قرر عقد دورته المقبلة يوم 13 أبريل.\n"
    assert not [c for c in build_news(text, "ar").commitments if c.force == "decision"]
