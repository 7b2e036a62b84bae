"""In an adopted declaration, "We reaffirm our commitment to ..." is the speakers reaffirming (the declaration verb
that opens the sentence), declaratory as any reaffirmation, not a fresh pledge; a sentence that only pledges
("We commit to ...") still commits."""

from __future__ import annotations

import pytest

from kg.builders.un import BUILDER
from kg.model import Document, Extraction

_TEXTS = {
    "en": (
        "The General Assembly",
        "Adopts the following political declaration:",
        "Political declaration on clean rivers",
        "We reaffirm our commitment to protect every river from pollution.",
        "We commit to restore the wetlands of our basins.",
    ),
    "fr": (
        "L’Assemblée générale",
        "Adopte la déclaration politique suivante :",
        "Déclaration politique sur les rivières propres",
        "Nous réaffirmons notre engagement à protéger chaque rivière de la pollution.",
        "Nous nous engageons à restaurer les zones humides de nos bassins.",
    ),
    "es": (
        "La Asamblea General",
        "Aprueba la siguiente declaración política:",
        "Declaración política sobre ríos limpios",
        "Reafirmamos nuestro compromiso de proteger todos los ríos de la contaminación.",
        "Nos comprometemos a restaurar los humedales de nuestras cuencas.",
    ),
}


def _build(language: str) -> Extraction:
    issuer, adopts, heading, *paragraphs = _TEXTS[language]
    numbered = "\n\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, start=1))
    text = (
        f"United Nations\nA/RES/85/2\n\nGeneral Assembly\nDistr.: General\n\n\n"
        f"{issuer}\n\n{adopts}\n\n\n{heading}\n\n{numbered}\n"
    )
    return BUILDER.build(Document(source=f"rivers-{language}.txt", text=text, language=language))


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_reaffirmed_commitment_reaffirms_and_a_bare_pledge_commits(language: str) -> None:
    actions: dict[str, list[str]] = {}
    for commitment in _build(language).commitments:
        if commitment.paragraph and commitment.paragraph.number:
            actions.setdefault(commitment.paragraph.number, []).append(commitment.action)
    assert actions["1"] == ["reaffirms"]
    assert "commits" not in actions["1"]
    assert actions["2"] == ["commits"]


_LONG_OPENINGS = {
    "en": "In this regard, while recalling that the network was established to foster cooperation, with the "
    "regional commissions as its partners, we urge the Secretary-General to strengthen coordination.",
    "fr": "À cet égard, tout en rappelant que le réseau a été créé pour favoriser la coopération, avec les "
    "commissions régionales pour partenaires, nous exhortons le Secrétaire général à renforcer la coordination.",
}


@pytest.mark.parametrize("language", sorted(_LONG_OPENINGS))
def test_the_speakers_verb_after_a_long_opening_asks_its_addressee(language: str) -> None:
    issuer, adopts, heading, first, _ = _TEXTS[language]
    text = (
        f"United Nations\nA/RES/85/2\n\nGeneral Assembly\nDistr.: General\n\n\n{issuer}\n\n{adopts}\n\n\n"
        f"{heading}\n\n1. {first}\n\n2. {_LONG_OPENINGS[language]}\n"
    )
    extraction = BUILDER.build(Document(source=f"urge-{language}.txt", text=text, language=language))
    urging = [c for c in extraction.commitments if c.paragraph and c.paragraph.number == "2"]
    assert [(c.action, [a.key for a in c.addressees]) for c in urging] == [("urges", ["UN-SG"])]
