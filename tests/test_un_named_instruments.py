"""Instruments named with a footnote marker glued to their last word ("... Political Rights3 and ...") are cited:
before, the marker made the last word another word and the name went unread. The core human rights treaties and
the Convention on Biological Diversity are known by name in every UN language."""

from __future__ import annotations

import pytest
from un_excerpts import ISSUERS

from kg.builders.un import BUILDER
from kg.model import Document

_CITING = {
    "en": (
        "Recalling the International Covenant on Civil and Political Rights3 and the Convention on the Rights of "
        "the Child,4",
        "3 Resolution 2200 A (XXI), annex.",
        "4 United Nations, Treaty Series, vol. 1577, No. 27531.",
    ),
    "fr": (
        "Rappelant le Pacte international relatif aux droits civils et politiques3 et la Convention relative aux "
        "droits de l'enfant,4",
        "3 Résolution 2200 A (XXI), annexe.",
        "4 Nations Unies, Recueil des Traités, vol. 1577, no 27531.",
    ),
}


def _cited(language: str) -> set[str | None]:
    preamble, *footnotes = _CITING[language]
    operative = {"en": "1. Decides to remain seized of the matter.", "fr": "1. Décide de rester saisie de la question."}
    text = "\n".join(
        ["United Nations", "A/RES/85/1", "", ISSUERS[language], "", preamble, "", operative[language], "", "__________",
         *footnotes, ""]
    )  # fmt: skip
    extraction = BUILDER.build(Document(source=f"resolution-{language}.txt", text=text, language=language))
    return {citation.mention.key for citation in extraction.citations}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_name_with_a_footnote_marker_glued_to_it_is_cited(language: str) -> None:
    assert {"ICCPR", "CRC"} <= _cited(language)
