"""Russian heads of instruments in the cases news puts them in: "аналог «Закона Иванова»", "по Соглашению ЕАЭС".

Each excerpt is composed for the test. A declined head names an instrument as its nominative does, with a
capitalised or quoted name after it, and alone ("согласно закону") names nothing.
"""

from __future__ import annotations

from helpers import build_news


def _cited(text: str) -> list[tuple[str, str]]:
    return [(" ".join(c.mention.text.split()), c.mention.kind) for c in build_news(text, "ru").citations]


def test_a_declined_head_with_a_capitalised_name_cites_the_instrument() -> None:
    text = "МОСКВА, 4 июня 2022 - Канберра ввела санкции по своему аналогу «Закона Иванова»."
    assert _cited(text) == [("Закона Иванова", "law")]


def test_a_declined_head_alone_names_nothing() -> None:
    text = "МОСКВА, 4 июня 2022 - Стороны действуют согласно закону, договору и Уставу."
    assert _cited(text) == []
