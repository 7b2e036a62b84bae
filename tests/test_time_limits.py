"""Time limits counted from when a text takes effect: "within 60 days", "trong thời hạn 30 ngày", "在30日内".

A decision or a resolution often gives a task a period rather than a date. The period is kept as an
ISO 8601 duration (``pk:dueWithin``), in every language, from phrases composed for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import build_news, rows

from kg.builders.un import BUILDER as UN
from kg.lang import get
from kg.model import Document
from kg.pipeline import build
from kg.query import open_store
from kg.readers.segment import segment
from kg.text.deadlines import find_deadline


@pytest.mark.parametrize(
    ("language", "text", "within"),
    [
        ("en", "to submit a report within 60 days of the adoption of this decision", "P60D"),
        ("fr", "de présenter un rapport dans un délai de 3 mois", "P3M"),
        ("es", "que presente un informe en un plazo de 90 días", "P90D"),
        ("ru", "представить доклад в течение 30 дней", "P30D"),
        ("ar", "تقديم تقرير خلال 60 يوماً من تاريخه", "P60D"),
        ("ar", "خلال مدة لا تتجاوز 6 أشهر", "P6M"),
        ("zh", "各地区要在3个月内完成", "P3M"),
        ("vi", "báo cáo Thủ tướng trong thời hạn 15 ngày kể từ ngày ký", "P15D"),
    ],
)
def test_a_time_limit_is_a_duration_in_every_language(language: str, text: str, within: str) -> None:
    due = find_deadline(text, get(language))
    assert due is not None and due.within == within and due.year is None and due.date is None


@pytest.mark.parametrize(
    ("language", "text", "year"),
    [
        ("en", "Shall take place during the first semester of the year 2022, and thereafter every four years", 2022),
        ("en", "to convene the review in the second half of 2026", 2026),
        ("fr", "le forum se tiendra au cours du premier semestre 2022", 2022),
        ("es", "el foro se celebrará durante el primer semestre de 2022", 2022),
        ("vi", "Giao Bộ Tài chính hoàn thành trong quý IV năm 2025", 2025),
        ("vi", "trình Chính phủ trong 6 tháng đầu năm 2026", 2026),
    ],
)
def test_a_part_of_a_year_makes_that_year_a_deadline(language: str, text: str, year: int) -> None:
    due = find_deadline(text, get(language))
    assert due is not None and due.year == year and due.date is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "within 5 km of the border"),  # a distance, not a time
        ("en", "the 60 days within which"),  # no word of time limit before the number
        ("vi", "trong 15 năm qua, kinh tế tăng trưởng"),  # "trong" alone: a past period
    ],
)
def test_no_time_limit_without_its_words_or_its_unit(language: str, text: str) -> None:
    due = find_deadline(text, get(language))
    assert due is None or due.within is None


def test_an_earlier_year_or_date_comes_first() -> None:
    due = find_deadline("to act by 2030 and report within 60 days", get("en"))
    assert due is not None and (due.year, due.within) == (2030, None)


def test_a_news_task_and_a_resolution_request_carry_their_time_limit() -> None:
    news = "Tiêu đề\n\nHà Nội, ngày 5/3/2024 - Thủ tướng giao Bộ Tài chính báo cáo trong thời hạn 30 ngày.\n"
    extraction = build_news(news, "vi")
    assert [c.deadline.within for c in extraction.commitments if c.deadline] == ["P30D"]
    assert extraction.statistics == []  # "30 ngày" says when, not how much
    un = "The General Assembly,\n\n1. Requests the Secretary-General to report within 90 days;\n"
    extraction = UN.build(Document(source="x", text=un, language="en", segments=segment(un, "en")))
    assert [c.deadline.within for c in extraction.commitments if c.deadline] == ["P90D"]


def test_the_commitments_query_gives_the_time_limit(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "decision.txt").write_text(
        "Ngân sách năm 2024\n\nHà Nội, ngày 5/3/2024 - Thủ tướng giao Bộ Tài chính báo cáo trong thời hạn 30 ngày.\n",
        encoding="utf-8",
    )
    build([corpus], tmp_path / "out")
    found = rows(open_store(tmp_path / "out"), "commitments")
    assert [row.get("within") for row in found] == ["P30D"]


@pytest.mark.parametrize(
    ("text", "year"),
    [("我国承诺2060年前实现碳中和", 2060), ("要求各地区2025年底前完成", 2025), ("到2030年实现", 2030)],
)
def test_a_chinese_year_made_a_deadline_by_the_word_after_it(text: str, year: int) -> None:
    due = find_deadline(text, get("zh"))
    assert due is not None and due.year == year


def test_a_chinese_year_without_a_word_of_deadline_is_none() -> None:
    assert find_deadline("2024年出口额达到3.5万亿元", get("zh")) is None
