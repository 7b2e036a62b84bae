"""Bodies resolutions name in lists of those who coordinate or act in a region, in any language and across a PDF's
line breaks: the Office for the Coordination of Humanitarian Affairs, the United Nations Office for Disaster Risk
Reduction and the Economic Community of Central African States. Before, the gazetteer knew none of them, and a
footnote listing entities lost them."""

from __future__ import annotations

import pytest

from kg import resolve

_NAMED = [
    ("en", "the Office for the Coordination of \nHumanitarian Affairs, the Kestrel Foundation", "OCHA"),
    ("fr", "le Bureau de la coordination des affaires humanitaires et la Fondation Kestrel", "OCHA"),
    ("en", "the United Nations Office for \nDisaster Risk Reduction and Norland", "UNDRR"),
    ("es", "la Oficina de las Naciones Unidas para la Reducción del Riesgo de Desastres", "UNDRR"),
    ("en", "cooperation with the Economic Community of \nCentral African States", "ECCAS"),
    ("fr", "la coopération avec la Communauté économique des États de l'Afrique centrale", "ECCAS"),
]


@pytest.mark.parametrize(("language", "text", "key"), _NAMED, ids=[f"{n[0]}-{n[2]}" for n in _NAMED])
def test_the_body_is_known(language: str, text: str, key: str) -> None:
    assert key in {m.key for m in resolve.find_mentions(text, language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the Economic Community of West African States and the coordination of humanitarian affairs"),
        ("fr", "la Communauté économique des États de l'Afrique de l'Ouest"),
    ],
)
def test_another_community_or_common_words_are_none_of_them(language: str, text: str) -> None:
    assert not {"ECCAS", "OCHA"} & {m.key for m in resolve.find_mentions(text, language)}
