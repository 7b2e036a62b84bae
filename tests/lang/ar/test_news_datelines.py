"""Arabic news: datelines, with the home state and the date they give."""

from __future__ import annotations

from helpers import news_document

from kg.builders.news import BUILDER
from kg.finders.text import DocumentText
from kg.lang import get


def test_arabic_wam_dateline_with_spaced_slashes_and_a_deadline_at_the_end_of_a_year() -> None:
    """ "أبوظبي في 12 نوفمبر / وام /" was no dateline; "بحلول نهاية عام 2026" was no deadline."""
    text = (
        "عنوان\n\nأبوظبي في 12 نوفمبر / وام / وقرر مجلس الوزراء تكليف وزارة الموارد البشرية والتوطين بإعداد خطة "
        "وطنية لرفع نسبة التوطين إلى 10% بحلول نهاية عام 2026.\n"
    )
    document = news_document(text, "ar")
    dateline = DocumentText(document, get("ar")).dateline
    assert dateline is not None and dateline.of(text) == "أبوظبي في 12 نوفمبر"
    (task,) = BUILDER.build(document).commitments
    assert task.deadline is not None and task.deadline.year == 2026
