"""A province's department bears the field of the ministry above it, commas and all: "Sở Văn hóa, Thể thao và
Du lịch" is one body, as "Bộ Văn hóa, Thể thao và Du lịch" is; "Sở Tài chính, Sở Xây dựng" are two."""

from __future__ import annotations

from helpers import build_legal

DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\n\nSố: 21/QĐ-UBND\n\nHòa Minh, ngày 6 tháng 6 năm 2025\n\n"
    "QUYẾT ĐỊNH\n\nVỀ VIỆC TỔ CHỨC LỄ HỘI\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Tổ chức Lễ hội mùa xuân năm 2026.\n\n"
    "Điều 2. Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức lễ hội; Sở Tài chính, Sở Xây dựng phối hợp.\n\n"
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nVũ Thành Đạt\n"
)


def test_a_department_named_after_its_ministry_s_field_is_one_body() -> None:
    names = {" ".join(m.text.split()) for m in build_legal(DECISION).mentions}
    assert "Sở Văn hóa, Thể thao và Du lịch" in names
    assert "Sở Văn hóa" not in names


def test_departments_listed_with_commas_stay_apart() -> None:
    names = {" ".join(m.text.split()) for m in build_legal(DECISION).mentions}
    assert {"Sở Tài chính", "Sở Xây dựng"} <= names
