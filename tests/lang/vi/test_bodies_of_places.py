"""A body named with the place it serves ("Công an tỉnh Hòa Minh", "Sở Y tế thành phố Hải Đông") is that place's
body, its name running on over the place; a capital after the prefix that opens the next words is no place."""

from __future__ import annotations

from helpers import build_legal

DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\n\nSố: 60/QĐ-UBND\n\nHòa Minh, ngày 9 tháng 9 năm 2025\n\nQUYẾT ĐỊNH\n\n"
    "VỀ VIỆC KIỂM TRA\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Công an tỉnh Hòa Minh chủ trì, phối hợp với Sở Y tế thành phố Hải Đông tổ chức kiểm tra; "
    "Ban Quản lý dự án báo cáo kết quả.\n\n"
    "Điều 2. Quyết định này thay thế Quyết định số 3/2020/QĐ-UBND của Ủy ban nhân dân tỉnh Quy định về kiểm tra.\n\n"
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLục Văn Thái\n"
)


def _names() -> set[str]:
    return {" ".join(m.text.split()) for m in build_legal(DECISION).mentions}


def test_a_body_named_with_its_place_is_one_body() -> None:
    assert {"Công an tỉnh Hòa Minh", "Sở Y tế thành phố Hải Đông"} <= _names()


def test_the_body_of_a_place_is_tasked() -> None:
    tasked = {a.text for c in build_legal(DECISION).commitments if c.action == "tasks" for a in c.addressees}
    assert "Công an tỉnh Hòa Minh" in tasked


def test_a_capital_opening_the_next_words_is_no_place() -> None:
    assert not [name for name in _names() if name.startswith("Ủy ban nhân dân tỉnh Quy")]
