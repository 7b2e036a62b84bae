"""Vietnamese legal texts: durations are figures with their unit, and numbers that name (a protocol, a
section, a round, the freedoms of the air) or date something are none."""

from __future__ import annotations

from decimal import Decimal

from helpers import build_news

from kg.lang import get
from kg.text.numbers import find_quantities


def test_vi_a_duration_is_an_amount_of_years_months_or_days_and_a_date_none() -> None:
    text = (
        "Thời hạn bổ nhiệm là 05 năm; thời hạn xử lý không quá 90 ngày, trả 12 tháng lương, "
        "xác nhận trong 10 ngày làm việc, có hiệu lực từ ngày 01 tháng 7 năm 2025."
    )
    read = [(q.value, q.unit) for q in find_quantities(text, get("vi"))]
    assert read == [
        (Decimal(5), "years"),
        (Decimal(90), "days"),
        (Decimal(12), "months"),
        (Decimal(10), "working days"),
    ]


def test_vi_numbers_after_a_noun_and_before_a_preposition_are_no_figures() -> None:
    text = "Thông qua Nghị định thư 1 về các quyền vận chuyển 3, 4 và 5 giữa các Bên, bổ sung 27 tỷ đồng."
    values = [s.value for s in build_news(text, "vi").statistics]
    assert values == [Decimal(27000000000)]


def test_vi_a_time_limit_is_the_most_time_allowed() -> None:
    text = (
        "Hàng hóa hư hỏng được tiêu hủy trong vòng 36 giờ kể từ khi phát hiện; "
        "nếu có dịch bệnh thì không để quá 12 giờ. Kho có 40 người làm việc."
    )
    qualifiers = {int(s.value): s.qualifier for s in build_news(text, "vi").statistics}
    assert qualifiers == {36: "at-most", 12: "at-most", 40: "exact"}
