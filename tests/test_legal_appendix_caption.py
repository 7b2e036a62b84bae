"""A copy of an instrument that lost its heading (a conversion that starts at the type word and title) is
numbered and dated by the caption of its appendix after the signature: "(Kèm theo Nghị định số 297/2025/NĐ-CP
ngày 17 tháng 11 năm 2025 của Chính phủ)".

Short decrees composed for these tests: the caption gives the number and date only where it names the
instrument's own type, never another instrument's, and never where the heading has its number.
"""

from __future__ import annotations

from kg.builders import get
from kg.model import Document

LEGAL = get("legal")

BODY = (
    "**NGHỊ ĐỊNH**\n\nQUY ĐỊNH VỀ MỘT THỦ TỤC THỬ\n\n*Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;*\n\n"
    "*Chính phủ ban hành Nghị định quy định về một thủ tục thử.*\n\n"
    "**Điều 1.\nPhạm vi điều chỉnh**\n\nNghị định này quy định về một thủ tục thử.\n\n"
    "**Điều 2.\nHiệu lực thi hành**\n\nNghị định này có hiệu lực thi hành từ ngày ký.\n\n"
    "|\nNơi nhận:\n- Lưu: VT.\n|\n**TM. CHÍNH PHỦ**\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn Thử\n|\n\n"
    "**PHỤ LỤC**\n\n"
)


def _facts(text: str):  # type: ignore[no-untyped-def]
    return LEGAL.build(Document(source="nd.txt", text=text, language="vi")).document


def test_a_decree_without_its_heading_is_numbered_and_dated_by_its_appendix_caption() -> None:
    caption = "*(Kèm theo Nghị định số 12/2025/NĐ-CP ngày 05 tháng 3 năm 2025 của\nChính phủ)*\n\n**Mẫu số 01**\n"
    facts = _facts(BODY + caption)
    assert facts.symbol == "12/2025/NĐ-CP"
    assert facts.date == "2025-03-05"


def test_a_caption_that_names_another_type_of_instrument_gives_no_number() -> None:
    caption = "*(Kèm theo Thông tư số 7/2024/TT-BTC ngày 02 tháng 4 năm 2024 của Bộ Tài chính)*\n"
    facts = _facts(BODY + caption)
    assert facts.symbol is None
    assert facts.date != "2024-04-02"


def test_the_headings_own_number_wins_over_an_appendix_caption() -> None:
    headed = BODY.replace("**NGHỊ ĐỊNH**\n", "Số: 3/2025/NĐ-CP\n\n**NGHỊ ĐỊNH**\n")
    caption = "*(Kèm theo Nghị định số 12/2025/NĐ-CP ngày 05 tháng 3 năm 2025 của Chính phủ)*\n"
    assert _facts(headed + caption).symbol == "3/2025/NĐ-CP"
