"""Limits written as signs or as "không vượt quá": a plan's targets and a rule's caps are no exact figures.

Composed sentences: a provincial plan sets shares of firms "≥ 30%" by a year, a regulation caps prizes
at "không vượt quá 60%", an English text writes "≥ 40%" and "≤ 5%". A figure after "vượt" (exceeds)
alone stays more than it.
"""

from __future__ import annotations

import pytest

from kg import lang
from kg.finders.figures import find_statistics
from kg.finders.text import DocumentText
from kg.model import Document, Segment, Span


def _figures(text: str, language: str) -> list[tuple[str, str | None, str]]:
    document = Document(source="x", text=text, language=language, segments=[Segment(Span(0, len(text)), "main")])
    return [
        (str(s.value), s.unit, s.qualifier) for s in find_statistics(DocumentText(document, lang.get(language)), [])
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("vi", "Đến hết năm 2030: Có ≥\n30% doanh nghiệp ứng dụng công nghệ số.", [("30", "percent", "at-least")]),
        ("vi", "Tổng số giải không vượt quá 60% tổng số dự án dự thi.", [("60", "percent", "at-most")]),
        (
            "en",
            "By 2030, ≥ 40% of firms use digital tools; ≤ 5% of them lack internet access.",
            [("40", "percent", "at-least"), ("5", "percent", "at-most")],
        ),
        ("vi", "Mức trợ cấp vượt 20% so với năm trước.", [("20", "percent", "more-than")]),
    ],
)
def test_a_limit_sign_or_phrase_qualifies_the_figure_after_it(language, text, expected) -> None:
    assert _figures(text, language) == expected
