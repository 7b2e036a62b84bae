"""Russian UN documents: instruments cited."""

from __future__ import annotations

from helpers import build_un


def test_a_resolution_does_not_cite_itself() -> None:
    text = (
        "Организация Объединенных Наций                 A/HRC/RES/53/7\n\n"
        "Резолюция, принятая Советом по правам человека 12 июля 2023 года\n\n"
        "53/7. Права человека и изменение климата\n\nСовет по правам человека,\n\n"
        "ссылаясь на резолюцию 47/24 от 14 июля 2021 года,\n\n1. просит Генерального секретаря представить доклад;\n"
    )
    extraction = build_un(text, "ru")
    assert extraction.document.symbol == "A/HRC/RES/53/7"
    assert [c.mention.key for c in extraction.citations] == ["A/HRC/RES/47/24"]
