"""A short form a resolution defines for a body right after naming it ("the United Nations Network on Migration (the
network)", "le Réseau des Nations Unies sur les migrations (le Réseau)") names that body later: "Requests the network
to ..." asks it. Before, the short form was read as no one, and the request had no addressee."""

from __future__ import annotations

import pytest
from un_excerpts import resolution

_DEFINED = {
    "en": (
        "Welcoming the establishment of the United Nations Network on Migration (the network),",
        "1. Requests the network to collect inputs for the forums;",
    ),
    "fr": (
        "Se félicitant de la création du Réseau des Nations Unies sur les migrations (le Réseau),",
        "1. Prie le Réseau de recueillir les contributions aux forums ;",
    ),
}
_UNDEFINED = {
    "en": "1. Requests the network to collect inputs for the forums;",
    "fr": "1. Prie le Réseau de recueillir les contributions aux forums ;",
}


def _asked(language: str, *paragraphs: str) -> list[str | None]:
    extraction = resolution(language, *paragraphs)
    (commitment,) = [c for c in extraction.commitments if c.paragraph and c.paragraph.number == "1"]
    return [a.key for a in commitment.addressees]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_short_form_defined_in_brackets_names_the_body_later(language: str) -> None:
    assert _asked(language, *_DEFINED[language]) == ["UN-Network-Migration"]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_same_words_without_a_definition_name_no_body(language: str) -> None:
    preamble = {"en": "Recalling its resolution 70/1,", "fr": "Rappelant sa résolution 70/1,"}[language]
    assert _asked(language, preamble, _UNDEFINED[language]) == []
