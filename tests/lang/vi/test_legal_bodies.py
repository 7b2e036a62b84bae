"""Vietnamese bodies and posts a government text tasks: the social security agency and its offices ("Bảo hiểm xã
hội Việt Nam", "Bảo hiểm xã hội Thành phố"), written with a capital where the insurance is not ("chế độ bảo hiểm
xã hội"), and the head of an agency ("Thủ trưởng các cơ quan liên quan").

Short dispatches composed for these tests.
"""

from __future__ import annotations

import pytest

from kg.builders import get
from kg.model import Document, Extraction

LEGAL = get("legal")

HEAD = (
    "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 9/CĐ-TTg\n\nHà Nội, ngày 21 tháng 11 năm 2025\n\nCÔNG ĐIỆN\n\n"
    "Về việc chi trả bảo hiểm\n\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n\n- Bộ trưởng các Bộ.\n\nMưa lũ gây thiệt hại lớn.\n\n"
)
END = "\n\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nTrần Văn Nam\n"


def _built(body: str) -> tuple[Extraction, str]:
    text = HEAD + body + END
    return LEGAL.build(Document(source="x-vi.txt", text=text, language="vi")), text


def _organizations(extraction: Extraction) -> list[str]:
    return [m.text for m in extraction.mentions if m.kind in ("government-agency", "organization")]


def test_the_social_security_agency_is_a_body_its_insurance_is_not() -> None:
    extraction, _ = _built(
        "1. Bộ Tài chính hướng dẫn chi trả chế độ bảo hiểm xã hội cho người dân.\n\n"
        "2. Giao Bảo hiểm xã hội Thành phố chủ trì rà soát hồ sơ hưởng chế độ."
    )
    organizations = _organizations(extraction)
    assert "Bảo hiểm xã hội Thành phố" in organizations
    assert not any(name.startswith("bảo hiểm") for name in organizations)  # the insurance, no body
    tasks = {tuple(a.text for a in c.addressees) for c in extraction.commitments if c.action == "tasks"}
    assert ("Bảo hiểm xã hội Thành phố",) in tasks


def test_the_head_of_an_agency_is_a_post_a_directive_tasks() -> None:
    extraction, _ = _built("1. Thủ trưởng các cơ quan liên quan rà soát hồ sơ hưởng chế độ bảo hiểm.")
    assert "Thủ trưởng" in [p.text for p in extraction.mentions if p.kind == "post"]
    (task,) = [c for c in extraction.commitments if c.action == "tasks"]
    assert task.addressees[0].text == "Thủ trưởng"


COUNCIL = (
    "HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n-------\n\nSố: 12/2025/NQ-HĐND\n\nHà Nội, ngày 27 tháng 11 năm 2025\n\n"
    "NGHỊ QUYẾT\n\nQuy định mức hỗ trợ dân quân\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\n"
    "Hội đồng nhân dân ban hành Nghị quyết.\n\nĐiều 1. Mức hỗ trợ là 500.000 đồng/người/tháng.\n\n"
    "Điều 2. Tổ chức thực hiện\n\n1. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện Nghị quyết.\n\n"
    "2. Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân giám sát việc thực hiện Nghị quyết.\n\n"
    "Nơi nhận:\n- Thường trực HĐND, UBND Thành phố;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Thị Lan\n"
)


def test_a_council_s_standing_body_is_tasked_with_supervising_its_resolution() -> None:
    extraction = LEGAL.build(Document(source="x-vi.txt", text=COUNCIL, language="vi"))
    supervising = [c for c in extraction.commitments if "giám sát" in c.span.of(COUNCIL)]
    assert [[a.text for a in c.addressees] for c in supervising] == [["Thường trực Hội đồng nhân dân"]]
    assert supervising[0].force == "directive"
    # the recipients list sends it a copy: no task of its
    assert all("Nơi nhận" not in c.span.of(COUNCIL) for c in extraction.commitments)


def test_a_post_broken_over_the_line_of_its_articles_number_is_tasked_whole() -> None:
    """Before, "**Điều 2. **Chánh | Văn phòng ..." left the line break in the post: no Chief of Office was tasked."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\n\nSố: 41/QĐ-UBND\n\nHòa Minh, ngày 3 tháng 10 năm 2025\n\nQUYẾT ĐỊNH\n\n"
        "VỀ VIỆC THỬ NGHIỆM\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
        "**Điều 1. **Ban hành Quy chế thử nghiệm.\n\n**Điều 2. **Chánh\nVăn phòng Sở Nội vụ và Thủ trưởng các đơn vị "
        "có liên quan chịu trách nhiệm thi hành Quyết định này./.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐinh Công Hậu\n"
    )
    extraction = LEGAL.build(Document(source="x-vi.txt", text=text, language="vi"))
    addressees = [m.text for c in extraction.commitments for m in c.addressees]
    assert "Chánh Văn phòng" in addressees


def test_the_city_a_post_s_body_serves_is_no_holder_of_the_post() -> None:
    """Before, "Chánh Văn phòng Ủy ban nhân dân Thành phố" read "Thành" as the Chief of Office's name, and the
    post was lost with it."""
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÒA MINH\n\nSố: 41/QĐ-UBND\n\nHòa Minh, ngày 3 tháng 10 năm 2025\n\n"
        "QUYẾT ĐỊNH\n\nVỀ VIỆC THỬ NGHIỆM\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Ban hành Quy chế thử nghiệm.\n\n"
        "Điều 2. Chánh Văn phòng Ủy ban nhân dân Thành phố và Thủ trưởng các đơn vị có liên quan "
        "chịu trách nhiệm thi hành Quyết định này./.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐinh Công Hậu\n"
    )
    extraction = LEGAL.build(Document(source="x-vi.txt", text=text, language="vi"))
    addressees = [m.text for c in extraction.commitments for m in c.addressees]
    assert "Chánh Văn phòng" in addressees
    persons = {m.text for m in extraction.mentions if m.kind == "person"}
    assert "Thành" not in persons and "Đinh Công Hậu" in persons


def test_a_province_s_or_a_city_s_party_committee_is_a_body() -> None:
    """Before, "Thành ủy Thành phố" named no body: "Thành ủy" was no head of a body's name."""
    extraction, _ = _built(
        "1. Giao Sở Nội vụ chủ trì sơ kết Chương trình số 12-CTr/TU của Thành ủy Thành phố.\n\n"
        "2. Kết quả được báo cáo Tỉnh uỷ Hòa Minh trước ngày 15 tháng 12."
    )
    organizations = _organizations(extraction)
    assert "Thành ủy Thành phố" in organizations
    assert "Tỉnh uỷ Hòa Minh" in organizations
    # "thành" and "tỉnh" in running words open no body
    assert not any(name.startswith(("thành", "tỉnh")) for name in organizations)


@pytest.mark.parametrize("committee", ["Ủy ban", "Uỷ ban"])
def test_a_body_named_inside_a_body_s_name_goes_on_with_it(committee: str) -> None:
    """Before, "Ban Thường trực Ủy ban Mặt trận ..." was cut after "Ủy": the word "ban" of the inner body's head,
    in lower case, ended the name (in either spelling, "Ủy" or the older "Uỷ")."""
    extraction, _ = _built(
        f"1. Giao Sở Nội vụ phối hợp với Ban Thường trực {committee} Mặt trận Tổ quốc Việt Nam tỉnh Hòa Minh "
        "để kiểm tra việc tổ chức lễ hội."
    )
    organizations = _organizations(extraction)
    assert f"Ban Thường trực {committee} Mặt trận Tổ quốc Việt Nam tỉnh Hòa Minh" in organizations
    assert "Sở Nội vụ" in organizations
