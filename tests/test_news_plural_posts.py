"""A post written in the plural is held by each of the names listed after it: "los presidentes Ana Ruiz y Luis
Paz", "les ministres Marc Durand et Paul Girard". The packs list these plural posts (``plural_posts``); a plural
post before no names ("los presidentes de los partidos") is held by no one.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


@pytest.mark.parametrize(
    ("language", "text", "holders"),
    [
        ("es", "LIMA. Los presidentes Ana Ruiz Paz y Luis Quispe tienen previsto un encuentro.",
         ["Ana Ruiz Paz", "Luis Quispe"]),
        ("fr", "PARIS. Les ministres Marc Durand et Paul Girard ont signé l'accord.", ["Marc Durand", "Paul Girard"]),
        ("en", "WASHINGTON. Senators Anna Brookfield and Tom Halvorsen introduced a bill.",
         ["Anna Brookfield", "Tom Halvorsen"]),
        ("es", "MÉRIDA. Los diputados Ana Ruiz Paz y Luis Quispe presentaron la iniciativa.",
         ["Ana Ruiz Paz", "Luis Quispe"]),
        ("fr", "LYON. Les députés Marc Durand et Paul Girard ont voté contre.", ["Marc Durand", "Paul Girard"]),
    ],
)  # fmt: skip
def test_each_name_after_a_plural_post_holds_it(language: str, text: str, holders: list[str]) -> None:
    posts = build_news(text, language).posts
    assert [h.person.text for h in posts] == holders
    assert len({h.post_name for h in posts}) == 1


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "LIMA. Los presidentes de los partidos firmaron el acuerdo."),
        ("fr", "PARIS. Les ministres se sont réunis hier."),
        ("en", "WASHINGTON. Senators from both parties met on Monday."),
        ("es", "MÉRIDA. Los diputados aprobaron la reforma."),
    ],
)
def test_a_plural_post_before_no_names_is_held_by_no_one(language: str, text: str) -> None:
    assert build_news(text, language).posts == []
