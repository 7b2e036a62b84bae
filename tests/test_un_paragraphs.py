"""UN documents: where a paragraph starts and ends, in several languages."""

from __future__ import annotations

import pytest
from helpers import build_un

_HRC_CLOSINGS = {
    "ar": (
        "إن مجلس حقوق الإنسان،\n\n1 - يرحب بتقرير المقرر الخاص؛\n\n2 - يقرر مواصلة النظر في هذه المسألة.\n\n"
        "                                                                الجلسة 44\n"
        "                                                        11 تشرين الأول/أكتوبر 2023\n"
    ),
    "ru": (
        "Совет по правам человека,\n\n1. призывает все государства принять меры;\n\n"
        "2. постановляет продолжить рассмотрение этого вопроса.\n\n"
        "                                                      51-е заседание\n"
        "                                                      3 апреля 2023 года\n"
    ),
    "zh": (
        "人权理事会，\n\n1. 吁请所有国家确保人人享有受教育权；\n\n2. 决定继续在同一议程项目下审议这一问题。\n\n"
        "                                                            第47次会议\n"
        "                                                            2024年4月3日\n"
    ),
}


@pytest.mark.parametrize("language", sorted(_HRC_CLOSINGS))
def test_the_last_paragraph_before_a_council_meeting_line_is_kept(language: str) -> None:
    extraction = build_un(_HRC_CLOSINGS[language], language)
    assert [c.action for c in extraction.commitments][-1] == "decides"
    assert extraction.document.meeting is not None and any(ch.isdigit() for ch in extraction.document.meeting)
    assert extraction.document.date == {"ar": "2023-10-11", "ru": "2023-04-03", "zh": "2024-04-03"}[language]
