"""Between a post and its holder's name may stand the post's scope ("el dirigente estatal del PAN, Luis
Quispe Torres", "le président national du Parti vert, Paul Girardin") and the holder's party by its acronym
("le maire LR de la commune, Paul Girardin"): neither is the holder, and "of" after the scope still names the
body the post is in.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news

from kg.model import Kind


@pytest.mark.parametrize(
    ("language", "text", "holder", "body"),
    [
        ("es", "MÉRIDA. El dirigente estatal del PAN, Luis Quispe Torres, insistió en la coalición.",
         "Luis Quispe Torres", "PAN"),
        ("es", "MÉRIDA. Luis Quispe Torres, comisionado político nacional del PRD, reiteró su postura.",
         "Luis Quispe Torres", "PRD"),
        ("fr", "LYON. Le président national du Parti Vert, Paul Girardin, a démissionné.",
         "Paul Girardin", "Parti Vert"),
    ],
)  # fmt: skip
def test_a_post_s_scope_stands_between_it_and_its_body(language: str, text: str, holder: str, body: str) -> None:
    [holding] = build_news(text, language).posts
    assert holding.person.text == holder
    assert holding.organization is not None and holding.organization.text == body


@pytest.mark.parametrize(
    ("language", "text", "holder"),
    [
        ("fr", "DIJON. Selon le maire LR de la commune, Paul Girardin, rien ne change.", "Paul Girardin"),
        ("fr", "DIJON. Le maire LR Paul Girardin a été condamné.", "Paul Girardin"),
        ("es", "MÉRIDA. El diputado PRI Luis Quispe Torres votó en contra.", "Luis Quispe Torres"),
    ],
)
def test_a_party_acronym_after_a_post_is_no_holder(language: str, text: str, holder: str) -> None:
    extraction = build_news(text, language)
    assert [h.person.text for h in extraction.posts] == [holder]
    assert not any(m.text in {"LR", "PRI"} for m in extraction.mentions if m.kind == Kind.PERSON)
