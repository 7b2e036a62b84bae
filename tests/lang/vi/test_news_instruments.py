"""Vietnamese instruments named in running text: treaties between two parties, programmes for a period.

Each excerpt is composed for the test.
"""

from __future__ import annotations

from helpers import build_news


def _cited(text: str) -> dict[str, str | None]:
    return {" ".join(c.mention.text.split()): c.date for c in build_news(text, "vi").citations}


def test_a_name_that_defines_acronyms_and_its_short_form_are_one_treaty() -> None:
    """Before, the name stopped at "(CHXHCN)" ("... Cộng hòa Xã hội Chủ nghĩa"), and its short form was a second
    treaty."""
    text = (
        "Hà Nội, ngày 2/12/2025 - Căn cứ Hiệp định Thương mại giữa Chính phủ nước Cộng hòa Xã hội Chủ nghĩa "
        "(CHXHCN) Việt Nam và Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào (CHDCND) giai đoạn 2025 - 2030. "
        "Thực hiện Hiệp định Thương mại giữa Chính phủ nước CHXHCN Việt Nam và Chính phủ nước CHDCND Lào "
        "ký ngày 08 tháng 4 năm 2024."
    )
    assert _cited(text) == {
        "Hiệp định Thương mại giữa Chính phủ nước Cộng hòa Xã hội Chủ nghĩa (CHXHCN) Việt Nam và Chính phủ nước "
        "Cộng hòa Dân chủ Nhân dân Lào (CHDCND)": "2024-04-08"
    }


def test_the_years_a_text_applies_a_treaty_for_are_no_part_of_its_name() -> None:
    text = (
        "Hà Nội, ngày 2/12/2025 - Bộ ban hành Thông tư để thực hiện Hiệp định Thương mại giữa Việt Nam và Lào "
        "giai đoạn 2025-2030."
    )
    assert list(_cited(text)) == ["Hiệp định Thương mại giữa Việt Nam và Lào"]


def test_programmes_counted_by_a_plural_head_and_named_after_a_colon() -> None:
    """Before, the colon ended the clause, and the programmes named after it for 2021-2025 were no citation."""
    text = (
        "Hà Nội, ngày 19/11/2025 - Các Chương trình mục tiêu quốc gia: Xây dựng nông thôn mới, Giảm nghèo bền vững "
        "giai đoạn 2021-2025 đã hoàn thành. Chương trình giai đoạn 2026-2030 sẽ được trình Quốc hội."
    )
    assert list(_cited(text)) == [
        "Chương trình mục tiêu quốc gia: Xây dựng nông thôn mới, Giảm nghèo bền vững giai đoạn 2021-2025"
    ]


def test_a_report_named_for_what_it_does_with_an_instrument_ends_before_that_instrument() -> None:
    """Before, "Báo cáo đề xuất chủ trương đầu tư Chương trình ..." named no report: its words are in lower case;
    the programme it is about stays an instrument of its own."""
    text = (
        "Hà Nội, ngày 19/11/2025 - Bộ hoàn thiện Báo cáo đề xuất chủ trương đầu tư Chương trình mục tiêu quốc gia "
        "xây dựng nông thôn mới giai đoạn 2026-2035. Báo cáo tình hình, kết quả được gửi Chính phủ."
    )
    assert list(_cited(text)) == [
        "Báo cáo đề xuất chủ trương đầu tư",
        "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2026-2035",
    ]


def test_a_scheme_named_in_lower_case_where_it_is_approved_is_cited_by_its_name() -> None:
    """Before, "phê duyệt Đề án nâng cấp ..." named no scheme: after its head its words are in lower case."""
    text = (
        "Hà Nội, ngày 5/3/2025 - Theo Quyết định số 12/QĐ-TTg ngày 14 tháng 8 năm 2024, Bộ trưởng đã "
        "phê duyệt Đề án nâng cấp mạng lưới\nthư viện số cho các trường học miền núi; Sở sẽ thực hiện Đề án. "
        "Bộ đang xây dựng Đề án mới."
    )
    assert "Đề án nâng cấp mạng lưới thư viện số cho các trường học miền núi" in _cited(text)
    # "Đề án" with no verb of approval before it, or with no words of its own, names nothing
    assert not [name for name in _cited(text) if name in ("Đề án", "Đề án mới")]
