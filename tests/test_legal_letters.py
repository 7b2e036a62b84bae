"""An official letter whose page lost its heading: no type line, no number, its text opening with the line to its
addressee ("Kính gửi:", "Dear"), signed on behalf of its writer.

Short letters composed for these tests: the letter is read as an instrument of its own kind, its writer is the
body that opens its first sentence to open with one (never the addressee of its salutation), its signer the
name of its closing block, and its request to its addressee a request, not an announcement of the points below.
"""

from __future__ import annotations

import pytest
from helpers import build_legal

from kg.builders import choose, get
from kg.model import Document

LEGAL = get("legal")

VI_LETTER = (
    "**Kính gửi:** Công ty Cổ phần Ánh Dương\n\n"
    "Sở Tài chính nhận được công văn số 12/AD ngày 02/3/2025 của Công ty về việc hoàn thuế.\n\n"
    "Sở Tài chính đề nghị các doanh nghiệp rà soát hồ sơ hoàn thuế, nội dung cụ thể như sau:\n\n"
    "1. Doanh nghiệp lập hồ sơ hoàn thuế theo mẫu.\n\n"
    "2. Doanh nghiệp gửi hồ sơ trước ngày 20 tháng 6.\n\n"
    "Sở Tài chính trả lời để Công ty biết./.\n\n"
    "|\n*Nơi nhận:*\n- Như trên;\n- Lưu: VT.\n|\n**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**\n**Trần Thị Lan**\n|"
)
EN_LETTER = (
    "Dear Managing Director of Sunrise Trading Company,\n\n"
    "The Tax Department received the letter of your company on the refund of taxes.\n\n"
    "The Tax Department requests the enterprises to review their refund files.\n\n"
    "For and on behalf of the Tax Department\n\nMary Jones\n"
)


@pytest.mark.parametrize(
    ("language", "text", "writer", "signer"),
    [
        ("vi", VI_LETTER, "Sở Tài chính", "Trần Thị Lan"),
        ("en", EN_LETTER, "Tax Department", "Mary Jones"),
    ],
)
def test_a_letter_without_its_heading_is_read_with_its_writer_and_signer(language, text, writer, signer) -> None:
    document = Document(source=f"x-{language}.txt", text=text, language=language)
    assert choose(document).name == "legal"
    facts = build_legal(text, language).document
    assert facts.kind == "letter"
    assert facts.body is not None and writer in facts.body.text
    # the salutation names whom the letter is sent to, never who sends it
    assert "Ánh Dương" not in facts.body.text and "Sunrise" not in facts.body.text
    assert [p.text for p in facts.signatories] == [signer]


def test_a_letters_request_is_kept_with_the_points_it_leads_in() -> None:
    extraction = build_legal(VI_LETTER, "vi")
    requests = [c for c in extraction.commitments if c.verb is not None and c.verb.of(VI_LETTER) == "đề nghị"]
    assert [c.span.of(VI_LETTER).split()[:4] for c in requests] == [["Sở", "Tài", "chính", "đề"]]
    assert requests[0].force == "exhortatory"
    assert [a.text for a in requests[0].addressees] == ["doanh nghiệp"]
    # the points it leads in ask the same of the enterprises; the writer's account of what it did is no rule
    points = [c for c in extraction.commitments if c not in requests]
    assert [c.span.of(VI_LETTER).split()[0] for c in points] == ["Doanh", "Doanh"]
    assert {a.text for c in points for a in c.addressees} == {"Doanh nghiệp"}


def test_text_with_a_salutation_but_no_signature_is_no_letter() -> None:
    text = "Kính gửi: Quý bạn đọc\n\nHôm nay trời đẹp. Chúng tôi giới thiệu một cuốn sách mới của tác giả.\n"
    document = Document(source="x.txt", text=text, language="vi")
    assert LEGAL.score(document) == 0.0


def test_a_letters_addressee_is_named_again_by_its_head_word_and_the_law_it_quotes_binds_no_one() -> None:
    text = (
        "**Kính gửi:** Công ty TNHH Ánh Dương\n\n"
        "Cục Thuế nhận được công văn của Công ty về việc nộp thuế.\n\n"
        "Tại Điều 59 Luật Quản lý thuế quy định:\n\n*“Bộ trưởng Bộ Tài chính quy định số lần nộp dần.”*\n\n"
        "Về nộp dần tiền thuế, đề nghị Công ty liên hệ với cơ quan thuế quản lý trực tiếp.\n\n"
        "Cục Thuế trả lời để Công ty TNHH Ánh Dương biết./.\n\n"
        "|\n*Nơi nhận:*\n- Như trên;\n- Lưu: VT.\n|\n**KT. CỤC TRƯỞNG**\n**PHÓ CỤC TRƯỞNG**\n**Lê Văn Hùng**\n|"
    )
    extraction = build_legal(text, "vi")
    commitments = [(c.span.of(text).split()[:3], [a.text for a in c.addressees]) for c in extraction.commitments]
    # "Công ty" alone is the letter's addressee; the quoted law and the writer's own account are no commitments
    assert commitments == [(["đề", "nghị", "Công"], ["Công ty TNHH Ánh Dương"])]


@pytest.mark.parametrize(
    ("language", "text", "notifier"),
    [
        (
            "vi",
            "BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG\n\nSố 9-TB/VPTW\n\nHà Nội, ngày 26 tháng 11 năm 2025\n\n"
            "THÔNG BÁO KẾT LUẬN\nCỦA ĐỒNG CHÍ TỔNG BÍ THƯ\n\nĐồng chí Tổng Bí thư kết luận như sau:\n\n"
            "1. Giao Đảng uỷ Chính phủ chỉ đạo rà soát chính sách.\n\n"
            "2. Giao Đảng uỷ Quốc hội giám sát việc thực hiện.\n\n"
            "Văn phòng Trung ương Đảng xin thông báo để các cơ quan có liên quan biết, thực hiện.\n\n"
            "Nơi nhận:\n- Lưu.\n\nK/T CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nLê Thị Hoa\n",
            "Văn phòng Trung ương Đảng",
        ),
        (
            "en",
            "NOTICE No. 9\non the conclusions of the Prime Minister\n\nThe Prime Minister concluded as follows:\n\n"
            "1. The Ministry of Finance shall review the tax policies.\n\n"
            "2. The Ministry of Health shall report on the vaccines.\n\n"
            "The Government Office hereby notifies the agencies for their information and implementation.\n\n"
            "For and on behalf of the Government Office\n\nJohn Smith\n",
            "Government Office",
        ),
    ],
)
def test_a_notice_of_conclusions_is_issued_by_the_body_that_notifies_it(language, text, notifier) -> None:
    facts = build_legal(text, language).document
    assert facts.body is not None and " ".join(facts.body.text.split()) == notifier


def test_a_clause_after_the_ground_it_stands_on_tasks_the_body_that_opens_it() -> None:
    """Before, "Trên cơ sở ..., Sở Nội vụ tỉnh Hòa Minh hoàn thiện ..." was no task: only a phrase of time (with a
    number) was read past its comma."""
    text = (
        "**Kính gửi:** Sở Nội vụ tỉnh Hòa Minh.\n\n"
        "Bộ Nội vụ nhận được công văn số 7/SNV ngày 02/3/2025 của Sở Nội vụ tỉnh Hòa Minh về việc tuyển dụng.\n\n"
        "Về vấn đề này, Bộ Tư pháp đã có ý kiến tại công văn số 9/BTP.\n\n"
        "Trên cơ sở kết luận của Bộ Tư pháp, Sở Nội vụ tỉnh Hòa Minh hoàn thiện hồ sơ tuyển dụng.\n\n"
        "Bộ Nội vụ trả lời để Sở Nội vụ tỉnh Hòa Minh biết./.\n\n"
        "|\n*Nơi nhận:*\n- Như trên;\n- Lưu: VT.\n|\n**KT. BỘ TRƯỞNG**\n**THỨ TRƯỞNG**\n**Trần Thị Lan**\n|"
    )
    extraction = build_legal(text, "vi")
    tasked = {a.text for c in extraction.commitments if c.action == "tasks" for a in c.addressees}
    assert any("Sở Nội vụ" in name for name in tasked)
    # a leading phrase that is no ground or time keeps its comma: what a body did is told, no task given
    assert not any("Bộ Tư pháp" in name for name in tasked)


def _letter_from(writer: str, addressee: str) -> str:
    return (
        f"**Kính gửi:** {addressee}.\n\n"
        f"{writer} nhận được công văn số 5/KT ngày 02/3/2025 của {addressee} về việc quyết toán kinh phí.\n\n"
        f"Về vấn đề này, {writer} đề nghị {addressee} rà soát hồ sơ quyết toán của các đơn vị.\n\n"
        f"{writer} trả lời để {addressee} biết./.\n\n"
        "|\n*Nơi nhận:*\n- Như trên;\n- Lưu: VT.\n|\n**KT. CỤC TRƯỞNG**\n**PHÓ CỤC TRƯỞNG**\n**Trần Thị Lan**\n|"
    )


@pytest.mark.parametrize(
    ("writer", "addressee", "force"),
    [
        ("Cục Kiểm toán", "Kiểm toán tỉnh Hòa Minh", "directive"),
        ("Cục Kiểm toán", "Chi cục Kiểm toán khu vực III", "directive"),
        # another body's office, or a firm, is asked: the writer cannot instruct it
        ("Cục Kiểm toán", "Sở Tài chính tỉnh Hòa Minh", "exhortatory"),
        ("Cục Kiểm toán", "Công ty Cổ phần Ánh Dương", "exhortatory"),
    ],
)
def test_a_letters_request_to_the_writers_own_local_office_directs_it(writer, addressee, force) -> None:
    """Before, "đề nghị" from a central office to its own provincial office was read as a plea (exhortatory)."""
    text = _letter_from(writer, addressee)
    extraction = build_legal(text, "vi")
    requests = [c for c in extraction.commitments if c.verb is not None and c.verb.of(text) == "đề nghị"]
    assert [c.force for c in requests] == [force]
