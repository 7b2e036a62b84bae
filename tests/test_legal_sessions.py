"""The legislature of a session a legal text names, on short instruments composed for these tests.

Before, "kỳ họp thứ 9" of "Quốc hội khóa XV" was keyed by its number alone, so the 10th session of the
14th National Assembly and the 10th of the 15th were one session.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import VI_LAW, rows

from kg import lang
from kg.builders import get
from kg.model import Document, Extraction, Kind
from kg.text.deadlines import find_legislature

LEGAL = get("legal")

NOTICE = (
    "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 9/TB-VPCP\n\nHà Nội, ngày 19 tháng 11 năm 2025\n\nTHÔNG BÁO\n\n"
    "Kết luận của Phó Thủ tướng tại cuộc họp\n\nPhó Thủ tướng kết luận như sau:\n\n"
    "1. Giao Bộ Tài chính chủ trì hoàn thiện hồ sơ để kịp báo cáo Quốc hội tại Kỳ họp thứ 10 của Quốc hội "
    "khóa {term}.\n\n2. Giao Bộ Tư pháp thẩm định hồ sơ.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\n\nPHÓ CHỦ NHIỆM\n\n"
    "Nguyễn Văn An\n"
)


def _built(text: str) -> Extraction:
    return LEGAL.build(Document(source="x-vi.txt", text=text, language="vi"))


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        ("vi", "Luật này được Quốc hội khóa XV, kỳ họp thứ 9 thông qua.", 15),
        ("vi", "trình Quốc hội tại Kỳ họp thứ 8 của Quốc hội khoá XIV", 14),
        ("vi", "Quốc hội khóa 13", 13),
        ("fr", "adoptée par l'Assemblée nationale au cours de la XVIe législature", 16),
        ("fr", "pendant la 17e législature", 17),
    ],
)
def test_the_legislature_and_its_number(language: str, text: str, number: int) -> None:
    found = find_legislature(text, lang.get(language), 0, len(text))
    assert found is not None and found[1] == number


@pytest.mark.parametrize(("language", "text"), [("vi", "khóa học kỹ năng"), ("fr", "la législature suivante")])
def test_no_legislature_where_none_is_numbered(language: str, text: str) -> None:
    assert find_legislature(text, lang.get(language), 0, len(text)) is None


def test_the_session_that_adopted_a_law_is_of_its_legislature() -> None:
    (session,) = [e for e in _built(VI_LAW).events if e.kind == Kind.SESSION]
    assert session.legislature == 15  # "Quốc hội ... khóa XV, kỳ họp thứ 4 thông qua"
    assert session.series is not None and session.series.text.startswith("Quốc hội")


def test_a_task_due_at_a_session_is_due_in_the_legislature_after_the_body() -> None:
    (task,) = [c for c in _built(NOTICE.format(term="XV")).commitments if c.deadline]
    assert task.deadline is not None and (task.deadline.session, task.deadline.legislature) == (10, 15)


def test_the_same_session_number_in_two_legislatures_is_two_sessions(tmp_path: Path) -> None:
    from kg.pipeline import build
    from kg.query import open_store

    for term, number in (("XIV", 8), ("XV", 9)):
        text = NOTICE.format(term=term).replace("9/TB-VPCP", f"{number}/TB-VPCP")
        (tmp_path / f"notice-{term}.txt").write_text(text, encoding="utf-8")
    build(sorted(tmp_path.glob("*.txt")), tmp_path / "out")
    store = open_store(tmp_path / "out")
    sessions = {
        str(r[0].value)
        for r in store.query("SELECT ?s WHERE { ?c <https://w3id.org/policy-kg/ontology#dueAtSession> ?s }")
    }
    assert len(sessions) == 2 and all(s.endswith(("/14/10", "/15/10")) for s in sessions)


def test_a_session_held_and_a_session_due_are_one_node(tmp_path: Path) -> None:
    """A law adopted at "khóa XV, kỳ họp thứ 10" and a notice's task due "tại Kỳ họp thứ 10 của Quốc hội khóa
    XV" name one session."""
    from kg.pipeline import build
    from kg.query import open_store

    law = VI_LAW.replace("khóa XV, kỳ họp thứ 4", "khóa XV, kỳ họp thứ 10")
    (tmp_path / "law-vi.txt").write_text(law, encoding="utf-8")
    (tmp_path / "notice-vi.txt").write_text(NOTICE.format(term="XV"), encoding="utf-8")
    build(sorted(tmp_path.glob("*.txt")), tmp_path / "out")
    store = open_store(tmp_path / "out")
    due = {
        str(r[0].value)
        for r in store.query("SELECT ?s WHERE { ?c <https://w3id.org/policy-kg/ontology#dueAtSession> ?s }")
    }
    held = {str(r["event"]) for r in rows(store, "events") if r.get("kind") == "session"}
    assert len(due) == 1 and due <= held and due.pop().endswith("/15/10")
