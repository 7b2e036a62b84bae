"""Vietnamese news: persons and the posts they hold."""

from __future__ import annotations

from helpers import build_news


def test_vi_holders_listed_after_a_post_and_a_colon_each_hold_it() -> None:
    text = (
        "Cùng dự có các Phó Thủ tướng: Trần Hồng Hà, Lê Thành Long, Hồ Đức Phớc; "
        "Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng."
    )
    held = {(p.person.text, p.post_name) for p in build_news(text, "vi").posts}
    assert {
        ("Trần Hồng Hà", "Deputy Prime Minister"),
        ("Lê Thành Long", "Deputy Prime Minister"),
        ("Hồ Đức Phớc", "Deputy Prime Minister"),
        ("Nguyễn Thị Hồng", "Governor"),
    } <= held
