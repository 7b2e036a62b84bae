"""An official letter as a legal site publishes it: no heading above its line to its addressee, a type word further
down (a line of its prose that opens with an instrument's type and number, a site's own notice after the letter),
and its addressees listed on the lines under a salutation that stands alone in its table cell.

Letters composed for these tests: the letter is read from its salutation, never from a type word below it; the
addressees listed under the salutation are whom it is sent to, no tasks.
"""

from __future__ import annotations

import pytest
from helpers import build_legal

from kg.builders import choose
from kg.builders.legal import read
from kg.builders.legal.structure import LegalText
from kg.model import Document

VI_LETTER = (
    "**Kính gửi:**\n|\n- Sở Y tế;\n- Ủy ban nhân dân các xã, phường.\n|\n\n"
    "Ủy ban nhân dân Thành phố yêu cầu Sở Y tế thực hiện các nội dung sau:\n\n"
    "1. Sở Y tế chỉ đạo các bệnh viện thực hiện đúng\n"
    "Quyết định số 12/QĐ-BYT của Bộ Y tế về thanh toán chi phí khám bệnh.\n\n"
    "2. Sở Y tế báo cáo kết quả trước ngày 30 tháng 12 năm 2025.\n\n"
    "|\n*Nơi nhận:*\n- Như trên;\n- Lưu: VT.\n|\n**TM. ỦY BAN NHÂN DÂN**\nKT. CHỦ TỊCH\n**PHÓ CHỦ TỊCH**\n"
    "**Trần Văn Nam**\n|\n\n**THÔNG BÁO**\nTrang thông tin tạm dừng để bảo trì.\n"
)
EN_LETTER = (
    "Dear Director of the Health Department,\n\n"
    "The Ministry requests the Health Department to review the hospital payments as follows:\n\n"
    "1. The Health Department shall apply\n"
    "Decree No. 12 of 2024 on hospital payments to every claim.\n\n"
    "2. The Health Department shall report by 30 December 2025.\n\n"
    "For and on behalf of the Ministry of Health\n\nMary Jones\n"
)


def _structure(text: str, language: str) -> LegalText:
    return read(Document(source=f"x-{language}.txt", text=text, language=language)).legal


@pytest.mark.parametrize(("language", "text"), [("vi", VI_LETTER), ("en", EN_LETTER)])
def test_a_type_word_below_the_salutation_is_no_heading_of_the_letter(language, text) -> None:
    document = Document(source=f"x-{language}.txt", text=text, language=language)
    assert choose(document).name == "legal"
    legal = _structure(text, language)
    assert legal.type_line is None and legal.salutation is not None
    assert legal.start == 0  # the letter opens at its salutation, not at the type word of its prose or notice
    assert build_legal(text, language).document.kind == "letter"


def test_the_addressees_listed_under_a_salutation_alone_in_its_cell_are_no_tasks() -> None:
    legal = _structure(VI_LETTER, "vi")
    assert legal.salutation is not None
    assert "- Ủy ban nhân dân các xã, phường." in legal.salutation.of(VI_LETTER)
    tasks = [c.span.of(VI_LETTER) for c in build_legal(VI_LETTER, "vi").commitments]
    assert not any(task.startswith("- ") for task in tasks)  # "- Sở Y tế;" is whom the letter is sent to


VI_HEADED_LETTER = (
    "**Kính gửi:**\n|\n- Bảo hiểm xã hội tỉnh;\n- Các cơ sở khám bệnh trên địa bàn tỉnh.\n|\n\n"
    "Ủy ban nhân dân tỉnh yêu cầu các đơn vị thực hiện một số nội dung sau:\n\n"
    "**1. Bảo\nhiểm xã hội tỉnh An Giang**\n\n- Tổ chức kiểm tra đột xuất các cơ sở khám bệnh.\n\n"
    "- Thực hiện chế độ báo cáo hằng quý.\n\n"
    "**2. Các cơ sở khám bệnh trên địa bàn tỉnh**\n\n- Rà soát chi phí khám bệnh bất hợp lý.\n\n"
    "**3. Nội dung tuyên truyền**\n\n- Lợi ích của việc tham gia bảo hiểm y tế.\n\n"
    "|\n*Nơi nhận:*\n- Như trên;\n- Lưu: VT.\n|\n**TM. ỦY BAN NHÂN DÂN**\nKT. CHỦ TỊCH\n**PHÓ CHỦ TỊCH**\n"
    "**Trần Văn Nam**\n|"
)


def test_a_heading_that_names_a_party_gives_it_the_tasks_below_it() -> None:
    """ "1. Bảo hiểm xã hội tỉnh An Giang", "2. Các cơ sở khám bệnh ...": a body by its head word, or a plural, that the
    finders read only in part, heads its tasks; a topic ("3. Nội dung tuyên truyền") heads no one's."""
    tasks = {
        " ".join(c.span.of(VI_HEADED_LETTER).split()[:3]): [" ".join(a.text.split()) for a in c.addressees]
        for c in build_legal(VI_HEADED_LETTER, "vi").commitments
        if c.action == "tasks"
    }
    assert tasks["- Tổ chức"] == ["Bảo hiểm xã hội tỉnh An Giang"]
    assert tasks["- Thực hiện"] == ["Bảo hiểm xã hội tỉnh An Giang"]
    assert tasks["- Rà soát"] == ["Các cơ sở khám bệnh trên địa bàn tỉnh"]
    assert "- Lợi ích" not in tasks


@pytest.mark.parametrize(
    ("language", "text", "writer"),
    [
        (
            "vi",
            "**Kính gửi:**\n|\n- Các cục thuộc Bộ.\n|\n\n"
            "Thủ tướng Chính phủ đã ban hành Chỉ thị số 3/CT-TTg về chuyển đổi số. "
            "Bộ Y tế đã ban hành nhiều văn bản hướng dẫn.\n\n"
            "Bộ Y tế yêu cầu Thủ trưởng các cục thực hiện nghiêm các nhiệm vụ được giao./.\n\n"
            "|\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n|\n**BỘ TRƯỞNG**\nTrần Văn Nam\n|",
            "Bộ Y tế",
        ),
        (
            "en",
            "Dear Directors of the Departments,\n\n"
            "The Prime Minister issued Directive No. 3 of 2025 on digital transformation.\n\n"
            "The Ministry of Health instructs the Directors to carry out the tasks assigned.\n\n"
            "For and on behalf of the Ministry of Health\n\nMary Jones\n",
            "Ministry of Health",
        ),
    ],
)
def test_the_writer_of_a_letter_is_the_body_that_asks_not_the_one_its_account_opens_with(
    language: str, text: str, writer: str
) -> None:
    body = build_legal(text, language).document.body
    assert body is not None and writer in " ".join(body.text.split())


def test_what_a_body_did_in_a_letter_s_account_is_no_task_of_it() -> None:
    text = (
        "**Kính gửi:**\n|\n- Các cục thuộc Bộ.\n|\n\n"
        "Thủ tướng Chính phủ đã ban hành Chỉ thị số 3/CT-TTg về chuyển đổi số.\n\n"
        "Bộ Y tế yêu cầu Thủ trưởng các cục thực hiện nghiêm các nhiệm vụ được giao./.\n\n"
        "|\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n|\n**BỘ TRƯỞNG**\nTrần Văn Nam\n|"
    )
    tasks = [c.span.of(text) for c in build_legal(text, "vi").commitments if c.action == "tasks"]
    assert not any(task.startswith("Thủ tướng Chính phủ đã") for task in tasks)
    assert any("Bộ Y tế yêu cầu" in task or task.startswith("yêu cầu") for task in tasks)
