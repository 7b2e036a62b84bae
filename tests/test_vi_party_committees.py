"""The Party's committee in a body, named by its head word "Đảng ủy" (also spelt "Đảng uỷ").

Composed lines of a notice relaying a leader's conclusions: "Giao Đảng ủy Chính phủ ...", "Giao Đảng
uỷ Công an Trung ương chủ trì ..." (the page may break the name after "Đảng"). Each committee is
one organisation, not the body it sits in; the Party named alone ("chủ trương của Đảng") is none.
"""

from __future__ import annotations

from kg import lang
from kg.finders.actors import find_actors
from kg.finders.text import DocumentText
from kg.model import Document, Segment, Span


def _organizations(text: str) -> list[str]:
    document = Document(source="x", text=text, language="vi", segments=[Segment(Span(0, len(text)), "main")])
    return [" ".join(m.text.split()) for m in find_actors(DocumentText(document, lang.get("vi"))).organizations]


def test_a_party_committee_is_named_by_its_head_word() -> None:
    found = _organizations("Giao Đảng ủy Chính phủ chỉ đạo Đảng uỷ Bộ Y tế chủ trì xây dựng quy trình.")
    assert "Đảng ủy Chính phủ" in found and "Đảng uỷ Bộ Y tế" in found
    assert "Đảng uỷ Công an Trung ương" in _organizations("Giao Đảng\nuỷ Công an Trung ương chủ trì, phối hợp.")


def test_the_party_named_alone_is_no_committee() -> None:
    assert not any(
        name.startswith("Đảng") for name in _organizations("Thực hiện đúng chủ trương của Đảng và Nhà nước.")
    )
