"""A task due by a quarter or a month ("trong Quý II/2026", "trong tháng 12", "by December 2025") is due by that
period's last day."""

from __future__ import annotations

import pytest
from helpers import build_legal

VI_DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\n\nSố: 50/QĐ-UBND\n\nHòa Minh, ngày 8 tháng 8 năm 2025\n\nQUYẾT ĐỊNH\n\n"
    "VỀ VIỆC SỐ HÓA\n\nCăn cứ Luật Lưu trữ;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Sở Tư pháp hoàn thành việc số hóa hồ sơ {}.\n\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLục Văn Thái\n"
)

EN_DECISION = (
    "PROVINCE OF EASTVALE\n\nDECISION No. 50\n\nOn digitisation\n\nHaving regard to the Archives Act;\n\nDECIDES:\n\n"
    "Article 1. The Department of Justice shall complete the digitisation of records {}.\n\n"
    "Article 2. This Decision enters into force on signature.\n\nFor the Governor\n\nMara Linden\n"
)


def _due(text: str, language: str) -> set[str | None]:
    return {
        c.deadline.date if c.deadline else None
        for c in build_legal(text, language).commitments
        if c.action == "tasks" and c.paragraph is not None and c.paragraph.number == "1"
    }


@pytest.mark.parametrize(
    ("written", "due"),
    [
        ("trong Quý II/2026", "2026-06-30"),
        ("trong quý IV năm 2025", "2025-12-31"),
        ("trong tháng 12/2025", "2025-12-31"),
        ("trong tháng 12", "2025-12-31"),  # of the decision's year
    ],
)
def test_a_vietnamese_task_due_by_a_period_is_due_by_its_last_day(written: str, due: str) -> None:
    assert _due(VI_DECISION.format(written), "vi") == {due}


@pytest.mark.parametrize(("written", "due"), [("by Q2 2026", "2026-06-30"), ("by December 2025", "2025-12-31")])
def test_an_english_task_due_by_a_period_is_due_by_its_last_day(written: str, due: str) -> None:
    assert _due(EN_DECISION.format(written), "en") == {due}


def test_a_task_in_the_course_of_something_has_no_deadline() -> None:
    assert _due(VI_DECISION.format("trong quá trình quản lý"), "vi") == {None}
