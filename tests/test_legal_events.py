"""The events and persons a legal text names, on short instruments composed for these tests: the session of
the legislature that adopted a law (dated by its adoption formula), the meeting whose conclusions a notice
relays, and no person named by a word of the instrument's structure."""

from __future__ import annotations

from helpers import VI_LAW

from kg.builders import get
from kg.model import Document

LEGAL = get("legal")


def _events(text: str) -> list[tuple[str, str, str | None]]:
    extraction = LEGAL.build(Document(source="x-vi.txt", text=text, language="vi"))
    return [(" ".join(e.name.split()), e.kind, e.start) for e in extraction.events]


def test_the_session_that_adopted_a_law_is_an_event_on_the_day_of_adoption() -> None:
    ((name, kind, start),) = _events(VI_LAW)
    assert name.startswith("kỳ họp thứ 4") and (kind, start) == ("session", "2022-11-10")


def test_the_meeting_a_notice_relays_is_an_event_on_its_day() -> None:
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 9/TB-VPCP\n\nHà Nội, ngày 19 tháng 11 năm 2025\n\nTHÔNG BÁO\n\n"
        "Kết luận của Phó Thủ tướng tại cuộc họp về Chương trình\n\n"
        "Ngày 18 tháng 11 năm 2025, tại trụ sở Chính phủ, Phó Thủ tướng Nguyễn Văn Bình đã chủ trì cuộc họp về "
        "Chương trình mục tiêu quốc gia. Tham dự cuộc họp có Bộ trưởng Bộ Tài chính Trần Văn Cường. "
        "Phó Thủ tướng kết luận như sau:\n\n"
        "1. Giao Bộ Tài chính chủ trì hoàn thiện hồ sơ.\n\n"
        "KT. BỘ TRƯỞNG, CHỦ NHIỆM\n\nPHÓ CHỦ NHIỆM\n\nNguyễn Văn An\n"
    )
    meetings = [(name, start) for name, kind, start in _events(text) if kind == "meeting"]
    assert meetings == [("cuộc họp về Chương trình mục tiêu quốc gia", "2025-11-18")]  # who attended: no name


def test_a_word_that_opens_a_recital_or_the_number_under_a_post_is_no_person() -> None:
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 9/QĐ-TTg\n\nHà Nội, ngày 03 tháng 12 năm 2025\n\nQUYẾT ĐỊNH\n\nVề việc bổ sung\n"
        "THỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Bổ sung 221 tỷ đồng cho các địa phương.\n\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn An\n"
    )
    extraction = LEGAL.build(Document(source="x-vi.txt", text=text, language="vi"))
    assert [h.person.text for h in extraction.posts] == ["Nguyễn Văn An"]
    assert not [m for m in extraction.mentions if m.kind == "person" and m.text != "Nguyễn Văn An"]


def test_the_working_session_a_notice_relays_is_an_event_on_its_day() -> None:
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 12/TB-VPCP\n\nHà Nội, ngày 6 tháng 5 năm 2025\n\nTHÔNG BÁO KẾT LUẬN\n\n"
        "Ngày 5/5/2025, tại trụ sở Chính phủ, Thủ tướng Chính phủ đã có buổi làm việc với Bộ Y tế về công tác "
        "phòng, chống dịch. Thủ tướng kết luận như sau:\n\n"
        "1. Giao Bộ Y tế chủ trì xây dựng kế hoạch.\n\n2. Giao Bộ Tài chính bố trí kinh phí.\n\n"
        "KT. BỘ TRƯỞNG, CHỦ NHIỆM\n\nPHÓ CHỦ NHIỆM\n\nNguyễn Văn An\n"
    )
    meetings = [(name, start) for name, kind, start in _events(text) if kind == "meeting"]
    assert [start for _, start in meetings] == ["2025-05-05"]
    assert meetings[0][0].startswith("buổi làm việc")


_RITES = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\n\nSố: 41/2025/QĐ-UBND\n\nHòa Minh, ngày 3 tháng 10 năm 2025\n\n"
    "QUYẾT ĐỊNH\n\nVỀ VIỆC TỔ CHỨC NGHI LỄ\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Lễ tang của công chức thực hiện theo Nghị định số 12/2020/NĐ-CP ngày 3 tháng 4 năm 2020 "
    "của Chính phủ.\n\n"
    "Điều 2. Hội nghị tổng kết được tổ chức ngày 5 tháng 12 năm 2025 tại tỉnh Hòa Minh.\n\n"
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐinh Công Hậu\n"
)


def test_the_day_an_instrument_was_issued_is_no_day_of_an_event() -> None:
    """Before, "Lễ tang" (a funeral, any funeral) became an event dated by the decree its sentence cites."""
    events = _events(_RITES)
    assert not [start for name, kind, start in events if name.startswith("Lễ tang")]
    assert "2025-12-05" in [start for name, kind, start in events if name.startswith("Hội nghị")]
