"""An official letter: its subject line is its title, its salutation's full stop ends its addressees, and the
one body the salutation names is the body its requests address, wherever the letter names it whole.

Letters composed for these tests, as a legal-information site prints them (no blank line between paragraphs).
"""

from __future__ import annotations

from helpers import build_legal

from kg.model import Commitment, Extraction

VI_LETTER = (
    "BỘ TƯ PHÁP\nCỤC HỘ TỊCH\n-------\n|\n|\nSố: 410/HT-NV\n*V/v hướng dẫn đăng ký hộ tịch*\n|\n"
    "*Hà Nội, ngày 12 tháng 3 năm 2025*\n|\n**Kính gửi:** Tư pháp tỉnh Hòa Minh.\n"
    "Cục Hộ tịch nhận được công văn số 88/HM-HT2 ngày 02/3/2025 của Tư pháp tỉnh Hòa Minh. Về vấn đề này,\n"
    "Cục Hộ tịch có ý kiến như sau:\n"
    "Đề nghị Tư pháp tỉnh Hòa Minh rà soát hồ sơ đăng ký và báo cáo kết quả.\n"
    "Cục Hộ tịch có ý kiến để Tư pháp tỉnh Hòa Minh biết./.\n|\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n|\n**KT. CỤC TRƯỞNG**\nPHÓ CỤC TRƯỞNG\nNgô Thanh Bình\n|\n"
)

EN_LETTER = (
    "MINISTRY OF JUSTICE\nCIVIL STATUS DEPARTMENT\n\nNo. 410/CS-RG\nSubject: guidance on civil registration\n\n"
    "Eastvale, 12 March 2025\n\nDear Registry Office of Eastvale Province.\n"
    "The Department received letter No. 88/EV-RG2 of 2 March 2025 from the Registry Office of Eastvale "
    "Province.\nThe Registry Office of Eastvale Province is requested to review the files and report back.\n\n"
    "For the Director\n\nLena Hartwell\n"
)


def _requests(extraction: Extraction, text: str) -> list[Commitment]:
    return [c for c in extraction.commitments if "rà soát" in c.span.of(text) or "review" in c.span.of(text)]


def test_a_vietnamese_letter_s_subject_is_its_title_and_its_addressee_is_asked_to_act() -> None:
    extraction = build_legal(VI_LETTER)
    assert extraction.document is not None
    assert extraction.document.title == "hướng dẫn đăng ký hộ tịch"
    requests = _requests(extraction, VI_LETTER)
    assert requests, [c.span.of(VI_LETTER) for c in extraction.commitments]
    assert [a.text for a in requests[0].addressees] == ["Tư pháp tỉnh Hòa Minh"]
    # the list of recipients after the letter is no commitment
    assert not [c for c in extraction.commitments if c.span.of(VI_LETTER).startswith("Nơi nhận")]


def test_a_unit_s_code_with_its_number_is_part_of_the_letter_number_cited() -> None:
    extraction = build_legal(VI_LETTER)
    assert "88/HM-HT2" in {c.mention.key for c in extraction.citations}


def test_an_english_letter_s_subject_is_its_title() -> None:
    extraction = build_legal(EN_LETTER, "en")
    assert extraction.document is not None
    assert extraction.document.title == "guidance on civil registration"


def test_a_letter_without_a_subject_line_takes_no_line_for_its_title() -> None:
    extraction = build_legal(VI_LETTER.replace("*V/v hướng dẫn đăng ký hộ tịch*\n", ""))
    assert extraction.document is not None
    assert extraction.document.title != "hướng dẫn đăng ký hộ tịch"
    assert not (extraction.document.title or "").startswith("Hà Nội")


def test_a_letter_the_addressee_wrote_is_that_body_s() -> None:
    extraction = build_legal(VI_LETTER)
    cited = next(c for c in extraction.citations if c.mention.key == "88/HM-HT2")
    assert cited.issuer is not None and cited.issuer.text == "Tư pháp tỉnh Hòa Minh"
