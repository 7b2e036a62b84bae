"""An hour of the day ("05 giờ sáng", "6 p.m.") is a time, no quantity; a number of hours is one, in hours."""

from __future__ import annotations

from helpers import build_legal

VI_RULE = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\n\nSố: 30/2025/QĐ-UBND\n\nHòa Minh, ngày 7 tháng 7 năm 2025\n\n"
    "QUYẾT ĐỊNH\n\nVỀ VIỆC GIỮ TRẬT TỰ CÔNG CỘNG\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Không sử dụng loa trước 05 giờ sáng và sau 23 giờ đêm. Chợ đêm đóng cửa trong vòng 48 giờ.\n\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐinh Công Hậu\n"
)

EN_RULE = (
    "PROVINCE OF EASTVALE\n\nDECISION No. 30\n\nOn public order\n\nHaving regard to the Local Government Act;\n\n"
    "DECIDES:\n\nArticle 1. Loudspeakers shall not be used before 6 a.m. or after 10 p.m. Night markets shall "
    "close within 48 hours.\n\nArticle 2. This Decision enters into force on signature.\n\n"
    "For the Governor\n\nMara Linden\n"
)


def _figures(text: str, language: str) -> dict[int, str | None]:
    return {int(s.value): s.unit for s in build_legal(text, language).statistics}


def test_hours_of_the_day_in_vietnamese_are_no_figures() -> None:
    figures = _figures(VI_RULE, "vi")
    assert 5 not in figures and 23 not in figures
    assert figures.get(48) == "hours"


def test_hours_of_the_day_in_english_are_no_figures() -> None:
    figures = _figures(EN_RULE, "en")
    assert 6 not in figures and 10 not in figures
    assert 48 in figures
