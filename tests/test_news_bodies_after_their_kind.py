"""A company or a newspaper named after its kind, an adjective of origin between.

Excerpts composed for the test. Before, "la empresa cubana Tabacalera Norte" named no company (only "la empresa
Tabacalera Norte" did; a non-profit body already allowed the adjective), and a newspaper quoted as a source ("el
diario oficial Granma", "le quotidien Libération") was no actor.
"""

from __future__ import annotations

import pytest
from helpers import build_news

_NAMED = {
    "es": (
        "Nota\n\nLa empresa mexicana Tortillas Norte demandó a la compañía Maíz Global, según el diario oficial "
        "El Heraldo Austral.\n",
        ["Tortillas Norte", "Maíz Global", "El Heraldo Austral"],
    ),
    "fr": (
        "Article\n\nLa société française Velours Industries a racheté la compagnie Atlas Fret, selon le quotidien "
        "La Gazette Nordique.\n",
        ["Velours Industries", "Atlas Fret", "La Gazette Nordique"],
    ),
}


@pytest.mark.parametrize("language", sorted(_NAMED))
def test_names_after_their_kind_past_an_adjective_of_origin(language: str) -> None:
    text, names = _NAMED[language]
    found = [m.text for m in build_news(text, language).mentions if m.kind == "organization"]
    assert found == names


def test_a_kind_before_lower_case_words_names_nothing() -> None:
    text = "Nota\n\nLa empresa familiar produce tortillas y el diario local publicó la noticia.\n"
    assert [m.text for m in build_news(text, "es").mentions if m.kind == "organization"] == []
