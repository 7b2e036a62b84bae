"""A law that amends others is named by all it amends: "Luật sửa đổi, bổ sung một số điều của Luật A, Luật B và
Luật C số 57/2024/QH15", "Law amending the Law on A and the Law on B".

Excerpts composed for these tests. Before, the name stopped at its first comma or lower-case word ("Luật Sửa
đổi", "Luật Quản lý"), and each law it amends was cited on its own; now one citation runs to its number, its
date or its clause's end, and the number word before the number is no part of the name.
"""

from __future__ import annotations

from helpers import build_news


def _cited(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(" ".join(c.mention.text.split()), c.mention.key) for c in build_news(text, language).citations]


def test_vietnamese_amending_law_runs_over_the_laws_it_amends_to_its_number() -> None:
    text = (
        "Hà Nội, ngày 3 tháng 3 năm 2025 - Chính phủ ban hành nghị định căn cứ Luật sửa đổi, bổ sung một số điều "
        "của Luật Quy hoạch,\nLuật Đầu tư và Luật Đấu thầu số\n57/2024/QH15 và Luật Doanh nghiệp số 59/2020/QH14."
    )
    assert _cited(text, "vi") == [
        (
            "Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư và Luật Đấu thầu số 57/2024/QH15",
            "57/2024/QH15",
        ),
        ("Luật Doanh nghiệp số 59/2020/QH14", "59/2020/QH14"),
    ]


def test_vietnamese_amending_law_without_a_number_ends_with_its_clause() -> None:
    text = (
        "Hà Nội, ngày 3 tháng 3 năm 2025 - Luật Đầu tư công được sửa đổi tại Luật Sửa đổi, bổ sung một số điều của "
        "Luật Hải quan, Luật Thuế xuất khẩu, thuế nhập khẩu, Luật Quản lý, sử dụng tài sản công; các bộ thực hiện."
    )
    names = [name for name, _ in _cited(text, "vi")]
    assert (
        "Luật Sửa đổi, bổ sung một số điều của Luật Hải quan, Luật Thuế xuất khẩu, thuế nhập khẩu, "
        "Luật Quản lý, sử dụng tài sản công"
    ) in names
    # no law it amends is cited alone, cut at a comma
    assert not {"Luật Quản lý", "Luật Sửa đổi", "Luật Hải quan"} & set(names)


def test_english_amending_law_is_one_name_without_its_number_word() -> None:
    text = (
        "HANOI, 3 March 2025 - The decree is issued under the Law amending and supplementing a number of articles "
        "of the Law on Planning, the Law on Investment and the Law on Bidding No. 57/2024/QH15, and under the Law "
        "on Enterprises."
    )
    names = [name for name, _ in _cited(text, "en")]
    assert names[0] == (
        "Law amending and supplementing a number of articles of the Law on Planning, the Law on Investment and "
        "the Law on Bidding"
    )
    assert "Law on Bidding No" not in names and "Law on Planning" not in names
    assert "Law on Enterprises" in names
