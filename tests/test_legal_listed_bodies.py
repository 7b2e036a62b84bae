"""The bodies listed after a colon that closes an addressee's words ("Thủ trưởng các cơ quan: A, B") are whom
the task binds; a decision that replaces another repeals it; a number typed with a space before its slash."""

from __future__ import annotations

from helpers import build_legal

VI_DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\n\nSố: 15/2025/QĐ-UBND\n\nHòa Minh, ngày 5 tháng 5 năm 2025\n\n"
    "QUYẾT ĐỊNH\n\nVỀ VIỆC PHÊ DUYỆT DANH MỤC DỰ ÁN\n\nCăn cứ Luật Đầu tư công;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Phê duyệt Danh mục dự án năm 2026.\n\n"
    "Điều 2. Quyết định này thay thế Quyết định số 4/2020/QĐ-UBND ngày 02 tháng 3 năm 2020.\n\n"
    "Điều 3. Thủ trưởng các cơ quan: Sở Tài chính, Sở Xây dựng; Chủ tịch Ủy ban nhân dân các xã căn cứ "
    "Quyết định thi hành./.\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
    "Trịnh Văn Lộc\n\n\nPHỤ LỤC\n\n(Kèm theo Quyết định số 15 /2025/QĐ-UBND)\n"
)

EN_DECISION = (
    "PROVINCE OF EASTVALE\n\nDECISION No. 15\n\nOn the list of projects\n\nHaving regard to the Public Investment "
    "Act;\n\nDECIDES:\n\nArticle 1. The list of projects for 2026 is approved.\n\n"
    "Article 2. This Decision enters into force on signature.\n\n"
    "Article 3. The heads of the following agencies: the Department of Finance, the Department of Construction, "
    "shall implement this Decision.\n\nFor the Governor\n\nMara Linden\n"
)


def _addressees_of_article(text: str, language: str, number: str) -> set[str]:
    extraction = build_legal(text, language)
    return {
        " ".join(a.text.split())
        for c in extraction.commitments
        if c.paragraph is not None and c.paragraph.number == number
        for a in c.addressees
    }


def test_a_vietnamese_task_binds_the_bodies_listed_after_its_colon() -> None:
    assert {"Sở Tài chính", "Sở Xây dựng"} <= _addressees_of_article(VI_DECISION, "vi", "3")


def test_an_english_task_binds_the_bodies_listed_after_its_colon() -> None:
    assert {"Department of Finance", "Department of Construction"} <= _addressees_of_article(EN_DECISION, "en", "3")


def test_a_decision_that_replaces_another_decides() -> None:
    extraction = build_legal(VI_DECISION)
    assert {c.force for c in extraction.commitments if c.paragraph and c.paragraph.number == "2"} == {"decision"}


def test_its_own_number_typed_with_a_space_is_no_citation() -> None:
    cited = {c.mention.key for c in build_legal(VI_DECISION).citations}
    assert "4/2020/QĐ-UBND" in cited
    assert not [key for key in cited if key and key.endswith("2025/QĐ-UBND")]
