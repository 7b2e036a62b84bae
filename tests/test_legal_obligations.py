"""Whom an obligation binds in a legal text when no known body opens its clause: the subject after a long
condition ("Trong thời hạn 30 ngày kể từ ..., doanh nghiệp cho thuê lại phải nộp ..."), and a party named by a
group noun ("Đơn vị cung cấp dịch vụ ... có trách nhiệm kê khai ...").

Short instruments composed for these tests (Vietnamese, the language whose pack lists obligation markers and
group nouns). Each obligation is a directive to the party named between its marker and its clause's start;
words that are no party (a condition that runs on, "số tiền thuế phải nộp") bind no one.
"""

from __future__ import annotations

from kg.builders import get
from kg.model import Document, Extraction

LEGAL = get("legal")

HEAD = (
    "THÔNG TƯ\n\nSố: 5/2025/TT-BXD\n\nQUY ĐỊNH GIÁ DỊCH VỤ THỬ\n\nCăn cứ Luật Giá;\n\n"
    "Bộ trưởng Bộ Xây dựng ban hành Thông tư quy định giá dịch vụ thử.\n\n"
    "Điều 1. Phạm vi điều chỉnh\n\nThông tư này quy định giá dịch vụ thử.\n\nĐiều 2. Trách nhiệm thi hành\n\n"
)
TAIL = "\n\nNơi nhận:\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn Thử\n"


def _built(points: str) -> tuple[str, Extraction]:
    text = HEAD + points + TAIL
    return text, LEGAL.build(Document(source="tt.txt", text=text, language="vi"))


def _bound(points: str) -> list[tuple[str, str]]:
    text, extraction = _built(points)
    return [
        (" ".join(a.text.split()), c.force)
        for c in extraction.commitments
        for a in c.addressees
        if c.span.start > text.index("Điều 2.")
    ]


def test_a_group_noun_before_a_responsibility_names_the_party_it_binds() -> None:
    points = (
        "1. Cục Đăng kiểm Việt Nam có trách nhiệm tổ chức thực hiện.\n\n"
        "2. Đơn vị cung cấp dịch vụ thử nghiệm có trách nhiệm kê khai, niêm yết giá dịch vụ."
    )
    assert _bound(points) == [
        ("Cục Đăng kiểm Việt Nam", "directive"),
        ("Đơn vị cung cấp dịch vụ thử nghiệm", "directive"),
    ]
    text, extraction = _built(points)
    # the commitment's text runs from the party it binds
    assert any(c.span.of(text).startswith("Đơn vị cung cấp") for c in extraction.commitments)


def test_the_subject_after_a_long_condition_is_bound_by_its_obligation() -> None:
    points = (
        "1. Trong thời hạn 30 ngày kể từ ngày rút tiền ký quỹ để thanh toán cho người lao động theo quy định "
        "tại khoản 1 Điều 18 Nghị định số 145/2020/NĐ-CP, doanh nghiệp cho thuê lại phải nộp bổ sung tiền ký quỹ.\n\n"
        "2. Trường hợp tổ chức khai sai dẫn đến thiếu số tiền thuế phải nộp, tổ chức phải nộp đủ số tiền thuế."
    )
    assert _bound(points) == [("doanh nghiệp cho thuê lại", "directive"), ("tổ chức", "directive")]


def test_a_condition_past_a_label_opens_the_clause_too() -> None:
    points = "1. **Lưu ý về hồ sơ:** Trong thời hạn 10 ngày kể từ ngày nhận hồ sơ, đơn vị tiếp nhận phải trả lời."
    assert _bound(points) == [("đơn vị tiếp nhận", "directive")]


def test_a_comma_that_lists_the_subjects_nouns_opens_no_clause() -> None:
    # no condition before the comma: "đơn vị sử dụng công chức" is no party of its own
    points = "1. Người đứng đầu cơ quan, tổ chức, đơn vị sử dụng công chức có trách nhiệm đánh giá công chức."
    assert ("đơn vị sử dụng công chức", "directive") not in _bound(points)


def test_words_that_name_no_party_before_an_obligation_bind_no_one() -> None:
    points = (
        "1. Việc kê khai giá theo mẫu số 01 tại Phụ lục kèm theo phải bảo đảm đầy đủ thông tin.\n\n"
        "2. Trường hợp thiếu số tiền thuế, số tiền thuế phải nộp được tính lại.\n\n"
        "3. Người có kinh nghiệm, đang là viên chức, tổ chức cơ yếu mà không phải là công chức được tuyển dụng."
    )
    assert _bound(points) == []
