"""A plan's table of tasks: a commitment a row, to the body in the lead column, due when the row says."""

from __future__ import annotations

from helpers import build_legal

from kg import lang
from kg.builders.legal.tasks import read_task_table
from kg.finders.actors import Actors


def _cells(*rows: tuple[str, ...]) -> str:
    """A table as a legal-information site prints it: each cell between lines of a lone "|", a row ended by
    an empty cell."""
    return "".join("|\n" + "\n|\n".join(row) + "\n|\n" for row in rows)


VI_TABLE = _cells(
    ("**TT**", "**Nhiệm vụ**", "**Cơ quan chủ trì**", "**Cơ quan phối hợp**", "**Thời gian hoàn thành**"),
    ("**I**", "**Hoàn thiện thể chế**"),
    ("1", "Rà soát quy trình\nlưu trữ hồ sơ", "Sở Tư pháp", "Các sở, ngành", "Quý II/2027"),
    ("Số hóa hồ sơ lưu trữ", "Sở Nội vụ"),
    ("2", "Tuyên truyền về\nchuyển đổi số", "UBND xã, phường", "Sở Tư pháp", "Hằng năm"),
    ("3", "Lập kế hoạch bảo trì", "Sở Tư pháp", "Sở Nội vụ", "Năm 2025 - 2026"),
)

EN_TABLE = _cells(
    ("No.", "Task", "Lead agency", "Cooperating agencies", "Deadline"),
    ("1", "Digitise the land records", "Department of Justice", "District offices", "Q4 2026"),
    ("2", "Train archive staff", "Department of Home Affairs", "Department of Justice", "Annually"),
)


def _tasks(text: str, language: str) -> list[tuple[str, list[str], str | None, int | None]]:
    table = read_task_table(text, 0, len(text), lang.get(language), Actors(), None, None)
    assert table is not None
    return [
        (
            " ".join(c.span.of(text).split()),
            [a.text for a in c.addressees],
            c.deadline.date if c.deadline else None,
            c.deadline.year if c.deadline else None,
        )
        for c in table.commitments
    ]


def test_each_row_of_a_vietnamese_table_tasks_its_lead_body_by_its_quarter() -> None:
    assert _tasks(VI_TABLE, "vi") == [
        ("Rà soát quy trình lưu trữ hồ sơ", ["Sở Tư pháp"], "2027-06-30", 2027),
        # a row without its number continues the task above: due when it is
        ("Số hóa hồ sơ lưu trữ", ["Sở Nội vụ"], "2027-06-30", 2027),
        # a cycle is no deadline
        ("Tuyên truyền về chuyển đổi số", ["UBND xã, phường"], None, None),
        ("Lập kế hoạch bảo trì", ["Sở Tư pháp"], None, 2026),
    ]


def test_each_row_of_an_english_table_tasks_its_lead_agency() -> None:
    assert _tasks(EN_TABLE, "en") == [
        ("Digitise the land records", ["Department of Justice"], "2026-12-31", 2026),
        ("Train archive staff", ["Department of Home Affairs"], None, None),
    ]


def test_every_task_is_a_directive_of_the_issuer() -> None:
    table = read_task_table(EN_TABLE, 0, len(EN_TABLE), lang.get("en"), Actors(), None, None)
    assert table is not None
    assert {(c.action, c.force) for c in table.commitments} == {("tasks", "directive")}


def test_a_table_without_a_lead_column_tasks_no_one() -> None:
    figures = _cells(("STT", "Địa phương", "Kinh phí"), ("1", "Tỉnh A", "68.900"))
    schedule = _cells(("No.", "Venue", "Address"), ("1", "City Hall", "Main Street"))
    assert read_task_table(figures, 0, len(figures), lang.get("vi"), Actors(), None, None) is None
    assert read_task_table(schedule, 0, len(schedule), lang.get("en"), Actors(), None, None) is None


PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\n\nSố: 12/QĐ-UBND\n\nHòa Minh, ngày 3 tháng 3 năm 2025\n\n"
    "QUYẾT ĐỊNH\n\nBAN HÀNH KẾ HOẠCH SỐ HÓA HỒ SƠ\n\nCăn cứ Luật Lưu trữ;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch số hóa hồ sơ.\n\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
    "Điều 3. Giám đốc Sở Tư pháp chịu trách nhiệm thi hành Quyết định này./.\n\n"
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Minh Khang\n\n\n"
    "KẾ HOẠCH\n\nSỐ HÓA HỒ SƠ\n\nI. MỤC ĐÍCH\n\nBảo đảm hồ sơ được lưu trữ an toàn.\n\n"
    "PHỤ LỤC\n\nNHIỆM VỤ CỦA CÁC SỞ\n\n" + VI_TABLE
)


def test_a_decision_issuing_a_plan_tasks_each_lead_body_of_its_table() -> None:
    extraction = build_legal(PLAN)
    tasks = {
        " ".join(c.span.of(PLAN).split()): ([a.text for a in c.addressees], c.deadline.date if c.deadline else None)
        for c in extraction.commitments
        if c.span.start > PLAN.index("PHỤ LỤC")
    }
    assert tasks["Rà soát quy trình lưu trữ hồ sơ"] == (["Sở Tư pháp"], "2027-06-30")
    assert tasks["Số hóa hồ sơ lưu trữ"] == (["Sở Nội vụ"], "2027-06-30")
    # the row numbers of a table of tasks are no figures
    assert not [s for s in extraction.statistics if s.span.start > PLAN.index("PHỤ LỤC")]


def test_a_kind_of_instrument_a_task_yields_is_no_citation() -> None:
    table = _cells(
        ("**TT**", "**Nhiệm vụ**", "**Cơ quan chủ trì**", "**Thời gian hoàn thành**", "**Kết quả**"),
        ("1", "Sửa đổi quy trình theo Thông tư số 5/2024/TT-BTP", "Sở Tư pháp", "Quý I/2026", "Báo cáo"),
        ("2", "Báo cáo Ủy ban nhân dân tỉnh kết quả", "Sở Nội vụ", "Quý II/2026", "Nghị quyết"),
    )
    text = PLAN.replace(VI_TABLE, table)
    cited = build_legal(text).citations
    assert "5/2024/TT-BTP" in {c.mention.key for c in cited}
    assert not [c for c in cited if c.mention.key is None and c.mention.span.start > text.index("PHỤ LỤC")]


def test_each_task_lies_inside_the_paragraph_it_counts_in() -> None:
    extraction = build_legal(PLAN)
    tasks = [c for c in extraction.commitments if c.span.start > PLAN.index("PHỤ LỤC")]
    assert tasks
    for task in tasks:
        assert task.paragraph is not None and task.paragraph in extraction.paragraphs
        assert task.paragraph.span.start <= task.span.start and task.span.end <= task.paragraph.span.end
        assert task.paragraph.number == "1"  # the article that issues the plan


def test_the_prose_after_a_table_of_tasks_is_no_part_of_it() -> None:
    text = PLAN + "\nKinh phí thực hiện năm 2026 là 500 triệu đồng.\n"
    extraction = build_legal(text)
    assert 500_000_000 in {int(s.value) for s in extraction.statistics}


def test_the_departments_a_lead_cell_names_together_are_a_collective() -> None:
    """Before, "Các sở, ngành" in a lead cell was built as an organisation of that name."""
    table = _cells(
        ("**TT**", "**Nhiệm vụ**", "**Cơ quan chủ trì**", "**Thời gian hoàn thành**"),
        ("1", "Số hóa hồ sơ lưu trữ", "Các sở, ngành, UBND các xã, thị trấn", "Quý III/2026"),
        ("2", "Báo cáo tiến độ", "Sở Tư pháp", "Quý I/2027"),
    )
    extraction = build_legal(PLAN.replace(VI_TABLE, table))
    tasked = {
        a.text: a.kind for c in extraction.commitments if c.span.start > PLAN.index("PHỤ LỤC") for a in c.addressees
    }
    assert tasked.get("Các sở, ngành") == "actor"
    assert tasked.get("Sở Tư pháp") != "actor" and "Sở Tư pháp" in tasked
