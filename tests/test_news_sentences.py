"""Sentence boundaries of running text: a stop after an initialism ("U.S.", "U.N.", "EE.UU.") or an initial ("J.")
does not end a sentence, so a pledge whose subject opens with one keeps its subject; a stop after a word does."""

from __future__ import annotations

import pytest
from helpers import news_document

from kg import lang
from kg.finders.text import DocumentText

_ONE_SENTENCE = {
    "en": "The U.S. government will provide initial seed funding of $2 million to launch the initiatives.",
    "es": "El Gobierno de EE.UU. aportará 2 millones de dólares para poner en marcha las iniciativas.",
    "fr": "Le porte-parole J. Martin a annoncé que la France versera 2 millions d'euros aux initiatives.",
}
_TWO_SENTENCES = {
    "en": "The Council met in Geneva. The government will provide funding.",
    "es": "El Consejo se reunió en Ginebra. El Gobierno aportará fondos.",
    "fr": "Le Conseil s'est réuni à Genève. Le Gouvernement versera des fonds.",
}


def _sentences(text: str, language: str) -> list[str]:
    news = DocumentText(news_document(text, language), lang.get(language))
    return [span.of(news.text) for span in news.sentences]


@pytest.mark.parametrize("language", sorted(_ONE_SENTENCE))
def test_a_stop_after_an_initialism_or_an_initial_ends_no_sentence(language: str) -> None:
    """Before: "The U.S." was a sentence of its own, and the pledge after it had no subject."""
    assert _sentences(_ONE_SENTENCE[language], language) == [_ONE_SENTENCE[language]]


@pytest.mark.parametrize("language", sorted(_TWO_SENTENCES))
def test_a_stop_after_a_word_ends_the_sentence(language: str) -> None:
    assert len(_sentences(_TWO_SENTENCES[language], language)) == 2
