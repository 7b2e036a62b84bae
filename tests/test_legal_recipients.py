"""The recipients list under an instrument's last article, on short instruments composed for these tests.

Before, the whole closing block was blanked for the finders, so an office holder the instrument is sent
to ("- Bộ trưởng Nguyễn Văn An (để b/c);") was no person of it. Its items are read on their own lines:
office holders named with their post are persons holding that post; the bodies it is copied to, often cut
short by the list's abbreviations ("HĐND, UBND các tỉnh"), are not made actors of it.
"""

from __future__ import annotations

import pytest

from kg.builders import get
from kg.model import Document, Extraction, Kind

LEGAL = get("legal")

CIRCULAR = (
    "BỘ TÀI CHÍNH\n\nSố: 9/2025/TT-BTC\n\nHà Nội, ngày 05 tháng 02 năm 2025\n\nTHÔNG TƯ\n\nVề phí hải quan\n\n"
    "Căn cứ Luật Hải quan;\n\nBộ trưởng Bộ Tài chính ban hành Thông tư.\n\n"
    "Điều 1. Phí được thu theo biểu kèm theo Thông tư này.\n\n"
    "Điều 2. Thông tư này có hiệu lực thi hành kể từ ngày ký.\n\n"
    "Nơi nhận:\n- Thủ tướng, các Phó Thủ tướng Chính phủ;\n- HĐND, UBND các tỉnh, thành phố;\n"
    "{recipient}\n- Lưu: VT, CST (5).\n\nKT. BỘ TRƯỞNG\n\nTHỨ TRƯỞNG\n\nLê Văn Bình\n"
)
DECISION = (
    "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 15/QĐ-TTg\n\nHà Nội, ngày 10 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\n\n"
    "Về việc giao dự toán\n\nCăn cứ Luật Ngân sách nhà nước;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Giao dự toán cho các bộ.\n\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
    "Nơi nhận:\n- Như Điều 2;\n{recipient}\n- Lưu: VT, KTTH.\n\nKT. THỦ TƯỚNG\n\nPHÓ THỦ TƯỚNG\n\nTrần Văn Cường\n"
)


def _built(text: str) -> Extraction:
    return LEGAL.build(Document(source="x-vi.txt", text=text, language="vi"))


@pytest.mark.parametrize(
    ("template", "recipient", "name", "post"),
    [
        (CIRCULAR, "- Bộ trưởng Nguyễn Văn An (để b/c);", "Nguyễn Văn An", "Bộ trưởng"),
        (DECISION, "- Phó Thủ tướng Hồ Văn Dũng;", "Hồ Văn Dũng", "Phó Thủ tướng"),
    ],
)
def test_an_office_holder_the_instrument_is_sent_to_holds_the_post_printed(
    template: str, recipient: str, name: str, post: str
) -> None:
    text = template.format(recipient=recipient)
    extraction = _built(text)
    holders = {h.person.text: h.post for h in extraction.posts}
    assert holders.get(name) == post
    assert name in [m.text for m in extraction.mentions if m.kind == Kind.PERSON]
    assert [m.text for m in extraction.document.signatories] == [template.rstrip().rsplit("\n", 1)[-1]]


def test_the_bodies_of_a_recipients_list_are_no_actors_of_the_instrument() -> None:
    """ "HĐND, UBND các tỉnh" is an abbreviation of the provinces' councils and committees, a copy sent."""
    text = CIRCULAR.format(recipient="- Văn phòng Trung ương và các Ban của Đảng;")
    closing = text.index("Nơi nhận:")
    assert not [
        m.text
        for m in _built(text).mentions
        if m.span.start > closing and m.kind != Kind.POST and m.kind != Kind.PERSON
    ]


@pytest.mark.parametrize(
    ("template", "recipient", "unit", "parent"),
    [
        (CIRCULAR, "- Cục Hải quan (Bộ Tài chính);", "Cục Hải quan", "Bộ Tài chính"),
        (DECISION, "- Vụ Pháp chế (Bộ Tư pháp);", "Vụ Pháp chế", "Bộ Tư pháp"),
    ],
)
def test_a_unit_named_whole_with_its_parent_body_is_an_organisation_of_it(
    template: str, recipient: str, unit: str, parent: str
) -> None:
    """ "Cục Hải quan (Bộ Tài chính)": a unit written up to its parent's brackets is named whole."""
    text = template.format(recipient=recipient)
    closing = text.index("Nơi nhận:")
    found = [m for m in _built(text).mentions if m.span.start > closing and m.text == unit]
    assert found and found[0].parent is not None and found[0].parent.text == parent
