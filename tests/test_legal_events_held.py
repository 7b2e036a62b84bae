"""An instrument's events are dated or placed: a rule about a kind of ceremony or meeting ("Lễ tang đối với công
chức", "the annual conference shall be frugal") says of no event when or where it is held."""

from __future__ import annotations

from helpers import build_legal

VI_RULES = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\n\nSố: 40/2025/QĐ-UBND\n\nHòa Minh, ngày 8 tháng 8 năm 2025\n\n"
    "QUYẾT ĐỊNH\n\nVỀ VIỆC TỔ CHỨC LỄ TANG VÀ HỘI NGHỊ\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\n"
    "QUYẾT ĐỊNH:\n\nĐiều 1. Lễ tang đối với công chức được tổ chức trang nghiêm, tiết kiệm.\n\n"
    "Điều 2. Hội nghị tổng kết được tổ chức ngày 15 tháng 12 năm 2025 tại Hòa Minh.\n\n"
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLục Văn Thái\n"
)

EN_RULES = (
    "PROVINCE OF EASTVALE\n\nDECISION No. 40\n\nOn ceremonies and conferences\n\nHaving regard to the Local "
    "Government Act;\n\nDECIDES:\n\nArticle 1. The annual conference of departments shall be organised frugally.\n\n"
    "Article 2. The review conference shall be held in Eastvale on 15 December 2025.\n\n"
    "Article 3. This Decision enters into force on signature.\n\nFor the Governor\n\nMara Linden\n"
)


def _events(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.start) for e in build_legal(text, language).events]


def test_a_vietnamese_rule_about_funerals_holds_no_event() -> None:
    events = _events(VI_RULES, "vi")
    assert not [name for name, start in events if name.startswith("Lễ tang")]
    assert ("Hội nghị tổng kết", "2025-12-15") in events  # a dated meeting stays


def test_an_english_rule_about_conferences_holds_no_undated_event() -> None:
    events = _events(EN_RULES, "en")
    assert not [name for name, start in events if start is None]
