"""Tasks a plan gives to the body named on a heading line, the plan a decision issues after its signature, the
time limit under a task, and a dispatch read as an instrument.

Short instruments composed for these tests: "2. Sở Tài chính" over "a) Thẩm định ..." gives each item to the
Department; a decision's annexed plan ("KẾ HOẠCH" after the signature) holds tasks of the decision; a line
"Thời hạn hoàn thành: Trước ngày ..." is the due day of the task above it, no task itself.
"""

from __future__ import annotations

import pytest
from helpers import build_legal, tasks_addressed

from kg.builders.legal.page import join_soft_breaks
from kg.lang import get as get_pack
from kg.model import Extraction, Span

VI_HEAD = "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n\nSố: 12/QĐ-UBND\n\nAn Giang, ngày 05 tháng 02 năm 2025\n\nQUYẾT ĐỊNH\n\n"
VI_HEAD += "Về việc thi hành\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
VI_SIGNATURE = "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Bình\n\n"
EN_HEAD = "DECREE No. 7 of 2024\non the census\n\nThe President of the Republic,\n\n"
EN_HEAD += "Having regard to the Constitution;\n\nHEREBY DECREES:\n\n"


def _due(extraction: Extraction, text: str, after: int) -> dict[str, str | None]:
    """Each task after ``after``, by its first three words, with the day it is due."""
    return {
        " ".join(c.span.of(text).split()[:3]): c.deadline.date if c.deadline else None
        for c in extraction.commitments
        if c.action == "tasks" and c.span.start > after
    }


@pytest.mark.parametrize(
    ("language", "text", "tasks", "not_tasks"),
    [
        (
            "vi",
            VI_HEAD
            + "Điều 1. Tổ chức thực hiện\n\n1. Sở Tài chính\n\na) Thẩm định dự toán kinh phí thực hiện.\n\n"
            + "b) Bố trí kinh phí phù hợp.\n\n2. Sở Y tế:\n\n- Hướng dẫn các cơ sở khám bệnh.\n\n"
            + "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
            + VI_SIGNATURE,
            {
                "a) Thẩm định": ["Sở Tài chính"],
                "b) Bố trí": ["Sở Tài chính"],
                "- Hướng dẫn": ["Sở Y tế"],
            },
            ["1. Sở Tài", "2. Sở Y"],
        ),
        (
            "en",
            EN_HEAD
            + "Article 1. Implementation\n\n1. Ministry of Finance\n\n(a) Review the budget of the census.\n\n"
            + "(b) Allocate the funds in time.\n\n2. Ministry of Health:\n\n- Guide the hospitals.\n\n"
            + "Article 2. This Decree shall enter into force on 1 April 2024.\n\nJohn Smith\n",
            {
                "(a) Review the": ["Ministry of Finance"],
                "(b) Allocate the": ["Ministry of Finance"],
                "- Guide the": ["Ministry of Health"],
            },
            ["1. Ministry of", "2. Ministry of"],
        ),
    ],
)
def test_a_body_named_on_a_heading_line_is_given_the_tasks_below_it(language, text, tasks, not_tasks) -> None:
    addressed = tasks_addressed(build_legal(text, language), text)
    for opening, bodies in tasks.items():
        assert addressed.get(opening) == bodies, (opening, addressed)
    for heading in not_tasks:
        assert heading not in addressed  # the heading names the body; its tasks are below it


def test_a_numbered_clause_that_leads_in_its_list_keeps_its_own_task() -> None:
    """ "1. Cục Đăng kiểm có trách nhiệm:" is a clause with its verb, not a heading naming a body."""
    text = VI_HEAD + (
        "Điều 1. Trách nhiệm thi hành\n\n1. Bộ Tài chính có trách nhiệm:\n\na) Tổ chức triển khai.\n\n"
        "b) Tiếp nhận văn bản kê khai giá.\n\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
    )
    text += VI_SIGNATURE
    addressed = tasks_addressed(build_legal(text, "vi"), text)
    assert addressed.get("Bộ Tài chính") == ["Bộ Tài chính"]


def test_the_plan_a_decision_issues_after_its_signature_holds_tasks_with_their_time_limits() -> None:
    text = VI_HEAD + (
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm kê tài sản công.\n\n"
        "Điều 2. Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này.\n\n"
    )
    text += VI_SIGNATURE + "KẾ HOẠCH\n\nKIỂM KÊ TÀI SẢN CÔNG\n\nI. NHIỆM VỤ CỤ THỂ\n\n"
    text += "1. Trách nhiệm của đơn vị sử dụng tài sản:\n\n- Thành lập Tổ kiểm kê của đơn vị.\n\n"
    text += "Thời hạn hoàn thành: Trước ngày 30/11/2025.\n\n- Báo cáo kết quả kiểm kê.\n\n"
    text += "Thời\ngian hoàn thành: Trước ngày 31/3/2026.\n"
    extraction = build_legal(text, "vi")
    plan = text.index("KẾ HOẠCH\n")
    assert _due(extraction, text, plan) == {"- Thành lập": "2025-11-30", "- Báo cáo": "2026-03-31"}
    tasks = [c for c in extraction.commitments if c.action == "tasks" and c.span.start > plan]
    assert all([a.text for a in c.addressees] == ["đơn vị sử dụng tài sản"] for c in tasks)
    # the plan's tasks are the decision's, in the article that issues the plan
    assert {c.paragraph.number for c in tasks if c.paragraph} == {"1"}


def test_the_tasks_of_an_annexed_plan_lie_inside_a_paragraph_of_the_annex() -> None:
    text = VI_HEAD + "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm kê tài sản công.\n\n"
    text += "Điều 2. Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này.\n\n" + VI_SIGNATURE
    text += "KẾ HOẠCH\n\nKIỂM KÊ TÀI SẢN CÔNG\n\n1. Trách nhiệm của đơn vị sử dụng tài sản:\n\n"
    text += "- Thành lập Tổ kiểm kê của đơn vị.\n\n- Báo cáo kết quả kiểm kê.\n"
    extraction = build_legal(text, "vi")
    plan = text.index("KẾ HOẠCH\n")
    tasks = [c for c in extraction.commitments if c.action == "tasks" and c.span.start > plan]
    assert len(tasks) == 2
    for task in tasks:
        paragraph = task.paragraph
        assert paragraph is not None and paragraph in extraction.paragraphs
        # the annex is a paragraph of its own, numbered as the article that issues it
        assert (paragraph.section, paragraph.number) == ("annex", "1")
        assert paragraph.span.start <= task.span.start and task.span.end <= paragraph.span.end
    # the plan's tasks hold the issuing article: it gets no decision of its own besides them
    first = next(p for p in extraction.paragraphs if p.section == "operative" and p.number == "1")
    assert not [c for c in extraction.commitments if c.paragraph == first and c.action == "decides"]


def test_a_line_that_gives_a_time_limit_is_the_due_day_of_the_task_above_it() -> None:
    text = EN_HEAD + (
        "Article 1. Duties of the census offices\n\n1. Set up the census teams.\n\nDeadline: 30 November 2024.\n\n"
        "2. Report the results.\n\nArticle 2. This Decree shall enter into force on 1 April 2024.\n\nJohn Smith\n"
    )
    due = _due(build_legal(text, "en"), text, 0)
    assert due == {"1. Set up": "2024-11-30", "2. Report the": None}


@pytest.mark.parametrize(
    ("line", "joined"),
    [
        ("- Phụ\ntrách chung công tác.\n", "- Phụ trách chung công tác.\n"),
        ("+ Sở\nXây dựng: hướng dẫn.\n", "+ Sở Xây dựng: hướng dẫn.\n"),
        ("1.2.\nSở Tài chính\n", "1.2. Sở Tài chính\n"),
        ("Thời\ngian hoàn thành: Tháng 12/2025.\n", "Thời gian hoàn thành: Tháng 12/2025.\n"),
        ("Article 1\nMinistry of Finance\n", "Article 1\nMinistry of Finance\n"),
        ("- Review the budget.\n- Guide\na) the hospitals.\n", "- Review the budget.\n- Guide\na) the hospitals.\n"),
        # past an article's number, its bold closed (blanked to spaces), the article's text runs on
        ("  Điều 5.   Chánh\nThanh tra Sở Tư pháp\n", "  Điều 5.   Chánh Thanh tra Sở Tư pháp\n"),
        ("**Điều 5. **Chánh\nThanh tra Sở Tư pháp\n", "**Điều 5. **Chánh Thanh tra Sở Tư pháp\n"),
        # a title in bold on the article's line is no text cut short
        ("  Điều 4. Thẩm quyền  \nBộ trưởng quy định.\n", "  Điều 4. Thẩm quyền  \nBộ trưởng quy định.\n"),
    ],
)
def test_a_line_broken_after_an_items_mark_or_before_small_letters_runs_on(line: str, joined: str) -> None:
    assert join_soft_breaks(line, Span(0, len(line)), get_pack("vi")) == joined


@pytest.mark.parametrize(
    ("formula", "addressee"),
    [("THỦ TƯỚNG CHÍNH PHỦ điện:", "Bộ Công an"), ("BỘ TRƯỞNG BỘ CÔNG THƯƠNG điện:", "Bộ Xây dựng")],
)
def test_a_dispatch_is_an_instrument_whose_numbered_points_give_tasks(formula: str, addressee: str) -> None:
    text = "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 9/CĐ-TTg\n\nHà Nội, ngày 21 tháng 11 năm 2025\n\nCÔNG ĐIỆN\n\n"
    text += f"Về việc ứng phó mưa lũ\n\n{formula}\n\n- Bộ trưởng các Bộ;\n\nTrong những ngày qua, mưa lớn.\n\n"
    text += f"1. {addressee} theo chức năng, nhiệm vụ chủ trì ứng phó mưa lũ.\n\n"
    text += "2. Văn phòng Chính phủ theo dõi, đôn đốc.\n\nTHỦ TƯỚNG\n\nPhạm Văn Nam\n"
    extraction = build_legal(text, "vi")
    assert extraction.document.symbol == "9/CĐ-TTg"
    assert extraction.document.kind == "government-document"
    assert extraction.document.date == "2025-11-21"
    addressed = [
        [" ".join(a.text.split()) for a in c.addressees] for c in extraction.commitments if c.action == "tasks"
    ]
    assert [addressee] in addressed and ["Văn phòng Chính phủ"] in addressed


def test_an_annexed_plan_ends_at_its_appendix_and_its_signature_line_is_no_task() -> None:
    text = VI_HEAD + "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch số hóa dữ liệu.\n\n"
    text += "Điều 2. Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này.\n\n" + VI_SIGNATURE
    text += "KẾ HOẠCH\n\nSỐ HÓA DỮ LIỆU\n\nI. TỔ CHỨC THỰC HIỆN\n\n"
    text += "1. Công an Thành phố chủ trì kiểm tra an toàn hệ thống.\n\nỦY BAN NHÂN DÂN TỈNH AN GIANG\n\n"
    text += "PHỤ LỤC\n\nNHIỆM VỤ CỦA CÁC SỞ\n\n|\nTT\n|\nNhiệm vụ\n|\nThời gian dự kiến hoàn thành\n|\n"
    extraction = build_legal(text, "vi")
    plan, appendix = text.index("KẾ HOẠCH\n"), text.index("PHỤ LỤC\n")
    in_plan = [c for c in extraction.commitments if plan < c.span.start]
    # the city police is a body ("Công an Thành phố"), tasked; no commitment in the appendix's table
    assert [[a.text for a in c.addressees] for c in in_plan] == [["Công an Thành phố"]]
    assert all(c.span.end < appendix for c in in_plan)
