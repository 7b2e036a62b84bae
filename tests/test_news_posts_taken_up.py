"""A post a person took up, named after the name and a link of becoming ("..., who became Mayor of
Brackenfield", "..., devenu président de la Fondation Verte", "... الذي أصبح رئيسا للرابطة ..."), with its
body; Arabic writes the post in the accusative ("رئيسا"). A link before no post ("devenu célèbre") or before a
longer word ("رئيسية") holds nothing.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


@pytest.mark.parametrize(
    ("language", "text", "holder", "post", "body"),
    [
        ("en", "LONDON. The fund was set up by Ms Anna Brookfield, who became Mayor of Brackenfield in 2019.",
         "Anna Brookfield", "Mayor", "Brackenfield"),
        ("fr", "LYON. Le projet est porté par Paul Girardin, devenu président de la Fondation Verte en 2019, "
               "selon Paul Girardin.", "Paul Girardin", "President", "Fondation Verte"),
        ("ar", "الرباط. صادق المجلس على لائحة وكيلها الأستاذ سعيد المراكشي الذي أصبح رئيسا للرابطة الوطنية "
               "لحقوق الطفل بحكم النظام.", "سعيد المراكشي", "President", "لرابطة الوطنية لحقوق الطفل"),
    ],
)  # fmt: skip
def test_a_post_taken_up_after_the_name(language: str, text: str, holder: str, post: str, body: str) -> None:
    [holding] = build_news(text, language).posts
    assert (holding.person.text, holding.post_name) == (holder, post)
    assert holding.organization is not None and holding.organization.text.endswith(body)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "LYON. Le projet est porté par Paul Girardin, devenu célèbre en 2019, selon Paul Girardin."),
        ("ar", "الرباط. حضر الأستاذ سعيد المراكشي الذي أصبح رئيسية اللجنة."),
    ],
)
def test_a_link_of_becoming_before_no_post_holds_nothing(language: str, text: str) -> None:
    assert build_news(text, language).posts == []
