"""A Vietnamese person whose given name is also a place's ("Nguyễn Hòa Bình", "Lê Thanh Hóa")."""

from __future__ import annotations

import pytest

from kg import lang
from kg.finders.actors import find_actors
from kg.finders.text import DocumentText
from kg.model import Document


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình đã chủ trì cuộc họp.", "Nguyễn Hòa Bình"),
        ("Bộ trưởng Bộ Tài chính Lê Thanh Hóa đã phát biểu tại hội nghị.", "Lê Thanh Hóa"),
    ],
)
def test_a_place_name_after_a_family_name_is_the_given_name(text, name) -> None:
    news = DocumentText(Document(source="x.txt", text=text, language="vi"), lang.get("vi"))
    assert name in [p.person.text for p in find_actors(news).posts]


def test_a_place_after_a_name_still_ends_it() -> None:
    text = "Bộ trưởng Nguyễn Văn An tại Hòa Bình đã phát biểu."
    news = DocumentText(Document(source="x.txt", text=text, language="vi"), lang.get("vi"))
    assert [p.person.text for p in find_actors(news).posts] == ["Nguyễn Văn An"]
