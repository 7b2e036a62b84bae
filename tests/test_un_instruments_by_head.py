"""Instruments a resolution names by a head word that no gazetteer knows ("the Lima Declaration on Fisheries",
"la Déclaration de Lima"), as the news builder reads them: each is a named instrument of
the resolution. A head word in the middle of a longer title names nothing ("... Consular Assistance in the
Framework of the Guarantees of Fair Trial"), nor does a name that is a known body's ("the Joint United Nations
Programme on HIV/AIDS" is UNAIDS)."""

from __future__ import annotations

import pytest
from un_excerpts import CLOSINGS, resolution

from kg.model import INSTRUMENT_KINDS

_PREAMBLES = {
    "en": (
        "Recalling the Charter of the Organization of Islands3 and the Lima Declaration on Fisheries,4",
        "Taking note of the advisory opinion on the Right to Information on Consular Assistance in the Framework "
        "of the Guarantees of Fair Trial,",
        "Welcoming the work of the Joint United Nations Programme on HIV/AIDS,",
    ),
    "fr": (
        "Rappelant la Charte de l’Organisation des îles3 et la Déclaration de Lima sur la pêche4,",
        "Prenant note de l’avis consultatif sur le Droit à l’Information sur l’Assistance Consulaire dans le Cadre "
        "des Garanties du Procès Équitable,",
        "Saluant le travail du Programme commun des Nations Unies sur le VIH/sida,",
    ),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_instruments_named_by_a_head_word(language: str) -> None:
    extraction = resolution(language, *_PREAMBLES[language], CLOSINGS[language])
    named = [c.mention.text for c in extraction.citations if not c.mention.key and c.mention.kind in INSTRUMENT_KINDS]
    assert any(name.startswith(("Lima Declaration", "Déclaration de Lima")) for name in named)
    if language == "en":
        assert "Charter of the Organization of Islands" in named
    assert not any("Framework" in name or "Cadre" in name for name in named)
    assert not any("Programme" in name for name in named)


def test_platforms_regulations_and_constitutions_are_instruments() -> None:
    extraction = resolution(
        "en",
        "Reaffirming the Lagos Platform for Action,1 the Island Health Regulations (2031)2 and the Constitution of "
        "the Organization of Islands,3",
        CLOSINGS["en"],
    )
    named = {c.mention.text for c in extraction.citations if not c.mention.key}
    assert {"Lagos Platform for Action", "Constitution of the Organization of Islands"} <= named
    assert any(name.startswith("Island Health Regulations") for name in named)
