"""A document's own symbol read from its address, where the copied text has lost it.

Before, a UN document copied as plain text kept no symbol when its masthead was gone, though its
address (undocs.org, an ODS link) names it; and an address on the first line became the title.
"""

from __future__ import annotations

from kg.builders.news import BUILDER
from kg.model import Document, DocumentFacts
from kg.readers.segment import segment


def _facts(text: str, language: str, url: str | None = None) -> DocumentFacts:
    document = Document(source="test", text=text, language=language, segments=segment(text, language), url=url)
    facts = BUILDER.build(document).document
    assert facts is not None
    return facts


_TEXT = "Protection of migrants\n\nThe General Assembly adopted the text without a vote.\n"


def test_the_symbol_of_an_undocs_address_recorded_with_the_document() -> None:
    assert _facts(_TEXT, "en", url="https://undocs.org/en/A/RES/72/179").symbol == "A/RES/72/179"


def test_the_symbol_of_an_address_on_the_first_line_which_is_no_title() -> None:
    text = (
        "https://daccess-ods.un.org/access.nsf/Get?Open&DS=A/HRC/RES/26/9&Lang=F\n\nLe Conseil des droits de l'homme.\n"
    )
    facts = _facts(text, "fr")
    assert facts.symbol == "A/HRC/RES/26/9"
    assert facts.title is None or not facts.title.startswith("http")


def test_an_address_that_names_no_symbol_gives_none() -> None:
    text = "https://www.mid.ru/ru/maps/ca/1814238/\n\nЗаявление МИД России\n\nМосква приняла решение.\n"
    assert _facts(text, "ru").symbol is None
