"""An organisation's own organs, named bare in its statements ("المكتب التنفيذي", "le bureau national"): organs of
the body the text names first, each an entity under that body.

Each excerpt is composed for the test. Before, a bare organ was no actor at all, so a list item that asks the
author's own organs had no addressee and only exhorted them.
"""

from __future__ import annotations

import pytest
from helpers import build_news

from kg import resolve
from kg.model import Mention

_ORGANS = {
    "ar": (
        "بيان الجمعية المغربية للسكك\n\nالرباط، 3 مايو 2025 - اجتمع المكتب التنفيذي وصادق المجلس الوطني على التقرير.\n",
        "الجمعية المغربية للسكك",
        ["المكتب التنفيذي", "المجلس الوطني"],
    ),
    "fr": (
        "Communiqué de la Ligue des Cheminots Réunis\n\nParis, le 3 mai 2025 - Le bureau national s'est réuni et "
        "le conseil national a adopté le rapport.\n",
        "Ligue des Cheminots Réunis",
        ["bureau national", "conseil national"],
    ),
}


def _organs(text: str, language: str) -> list[Mention]:
    return [m for m in build_news(text, language).mentions if m.parent is not None and m.kind == "organization"]


@pytest.mark.parametrize("language", sorted(_ORGANS))
def test_a_bare_organ_is_an_organ_of_the_body_named_first(language: str) -> None:
    text, author, organs = _ORGANS[language]
    found = _organs(text, language)
    assert [m.text for m in found] == organs
    assert {m.parent.text for m in found if m.parent} == {author}


def test_the_same_organ_of_two_bodies_is_two_entities() -> None:
    """ "المكتب التنفيذي" of one association is not the executive bureau of every text."""
    first = "بيان الجمعية المغربية للسكك\n\nالرباط - اجتمع المكتب التنفيذي أمس.\n"
    second = "بيان الرابطة الوطنية للمعلمين\n\nالرباط - اجتمع المكتب التنفيذي أمس.\n"
    keys = {resolve.resolve(m, "ar").key for text in (first, second) for m in _organs(text, "ar")}
    assert len(keys) == 2


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Communiqué\n\nParis - Le bureau national de la Fédération des Usagers du Rail s'est réuni.\n"),
        ("ar", "بيان\n\nالرباط - اجتمع المكتب التنفيذي للجمعية المغربية للسكك أمس.\n"),
    ],
)
def test_an_organ_named_with_its_body_is_no_organ_of_another(language: str, text: str) -> None:
    assert [m.text for m in _organs(text, language) if m.text in ("bureau national", "المكتب التنفيذي")] == []


def test_a_list_item_that_asks_the_author_s_organs_directs_them() -> None:
    text = (
        "بيان الجمعية المغربية للسكك\n\nالرباط، 3 مايو 2025 - تعلن الجمعية عن ما يلي:\n\n"
        "1. تدعو المجلس الوطني والمكتب التنفيذي إلى الانكباب فورا على تنظيم الفروع.\n"
        "2. تدعو الحكومة إلى إصلاح القطاع.\n"
    )
    listed = [c for c in build_news(text, "ar").commitments if c.span.start > text.index("ما يلي:")]
    assert [(c.force, [a.text for a in c.addressees]) for c in listed] == [
        ("directive", ["المجلس الوطني", "المكتب التنفيذي"]),
        ("exhortatory", ["الحكومة"]),
    ]
