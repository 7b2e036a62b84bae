"""Between a post and its holder's name may stand the post's scope ("el dirigente estatal del PUV, Luis
Quispe Torres", "le président national du Parti Vert, Paul Girardin"), part of the post as written, with
"of" after it naming the body the post is in; and the holder's party by its acronym ("le maire UDV de la
ville, Paul Girardin"), no holder; a short family name after a post ("Phó Thủ tướng Hồ Văn An") is none.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news

from kg.model import Kind


@pytest.mark.parametrize(
    ("language", "text", "holder", "post", "body"),
    [
        ("es", "MÉRIDA. El dirigente estatal del PUV, Luis Quispe Torres, insistió en la coalición.",
         "Luis Quispe Torres", "dirigente estatal", "PUV"),
        ("es", "MÉRIDA. Luis Quispe Torres, comisionado político estatal del PSR, reiteró su postura.",
         "Luis Quispe Torres", "comisionado político estatal", "PSR"),
        ("fr", "LYON. Le président national du Parti Vert, Paul Girardin, a démissionné.",
         "Paul Girardin", "président national", "Parti Vert"),
        ("fr", "LYON. Paul Girardin, président national du Parti Vert, a démissionné.",
         "Paul Girardin", "président national", "Parti Vert"),
    ],
)  # fmt: skip
def test_a_post_s_scope_is_part_of_it_before_its_body(
    language: str, text: str, holder: str, post: str, body: str
) -> None:
    [holding] = build_news(text, language).posts
    assert (holding.person.text, holding.post) == (holder, post)
    assert holding.organization is not None and holding.organization.text == body


@pytest.mark.parametrize(
    ("language", "text", "holder"),
    [
        ("fr", "DIJON. Selon le maire UDV de la ville, Paul Girardin, rien ne change.", "Paul Girardin"),
        ("fr", "DIJON. Le maire UDV Paul Girardin a été condamné.", "Paul Girardin"),
        ("es", "MÉRIDA. El diputado PUV Luis Quispe Torres votó en contra.", "Luis Quispe Torres"),
        ("vi", "HÀ NỘI. Phó Thủ tướng Hồ Văn An phát biểu tại hội nghị.", "Hồ Văn An"),
    ],
)
def test_a_party_acronym_after_a_post_is_no_holder(language: str, text: str, holder: str) -> None:
    extraction = build_news(text, language)
    assert [h.person.text for h in extraction.posts] == [holder]
    assert not any(m.text in {"UDV", "PUV"} for m in extraction.mentions if m.kind == Kind.PERSON)
