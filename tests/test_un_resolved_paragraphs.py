"""A resolution whose numbered paragraphs complete an unnumbered lead: "Resolves that: 1. The Fund shall be ...".

Budget resolutions (a working capital fund, unforeseen expenses) open their operative part with "Resolves
that:" ("Décide que :", "Resuelve que:") and number what is resolved, each paragraph with a subject of its own
("Member States shall make advances ...", "The Secretary-General is authorized ..."). Before, the lead was read
as a text the resolution adopts ("Adopts the following declaration:"): its paragraphs fell in an annex, with no
operative paragraph, force, action or addressee. Composed excerpts.
"""

from __future__ import annotations

import pytest

from kg.builders.un import BUILDER
from kg.model import Document

_RESOLVED = {
    "en": (
        "The General Assembly",
        "Resolves that:",
        "1. The Reserve Fund shall be established for the biennium 2030\u20132031 in the amount of 90 million "
        "United States dollars;",
        "2. Member States shall make advances to the Reserve Fund in accordance with the scale of assessments;",
        "3. The Secretary-General is authorized to advance from the Reserve Fund such sums as may be necessary.",
    ),
    "fr": (
        "L’Assemblée générale",
        "Décide que :",
        "1. Le Fonds de réserve sera doté pour l’exercice biennal 2030-2031 d’un montant de 90 millions de dollars "
        "des États-Unis ;",
        "2. Les États Membres feront des avances au Fonds de réserve conformément au barème des quotes-parts ;",
        "3. Le Secrétaire général est autorisé à prélever sur le Fonds de réserve les sommes nécessaires.",
    ),
    "es": (
        "La Asamblea General",
        "Resuelve que:",
        "1. El Fondo de Reserva se establecerá para el bienio 2030-2031 por un monto de 90 millones de dólares de "
        "los Estados Unidos;",
        "2. Los Estados Miembros harán anticipos al Fondo de Reserva de conformidad con la escala de cuotas;",
        "3. Se autoriza al Secretario General a anticipar del Fondo de Reserva las sumas que sean necesarias.",
    ),
}


def _build(language: str, *lines: str):
    text = "United Nations\nA/RES/85/1\n\n" + "\n\n".join(lines) + "\n"
    return BUILDER.build(Document(source=f"resolved-{language}.txt", text=text, language=language))


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_numbered_paragraphs_complete_the_lead_they_follow(language: str) -> None:
    extraction = _build(language, *_RESOLVED[language])
    numbered = [p.number for p in extraction.paragraphs if p.section == "operative" and p.number]
    assert numbered == ["1", "2", "3"]
    acts = {c.paragraph.number: (c.action, c.force) for c in extraction.commitments if c.paragraph}
    assert acts["1"] == acts["2"] == acts["3"] == acts[None]
    assert acts[None][1] == "decision"


def test_the_actor_a_completed_paragraph_opens_with_is_bound_by_it() -> None:
    extraction = _build("en", *_RESOLVED["en"])
    bound = {c.paragraph.number: [a.key or a.text for a in c.addressees] for c in extraction.commitments if c.paragraph}
    assert bound["1"] == []  # the Fund is no actor
    assert len(bound["2"]) == 1 and "Member States" in extraction.commitments[2].addressees[0].text
    assert len(bound["3"]) == 1 and extraction.commitments[3].addressees[0].text == "Secretary-General"


def test_a_lead_that_names_a_text_still_adopts_it() -> None:
    """ "Adopts the following declaration:" names what it adopts: its paragraphs are the declaration's."""
    extraction = _build(
        "en",
        "The General Assembly",
        "Adopts the following declaration:",
        "Declaration on reserve funds",
        "1. We, the States Members of the United Nations, reaffirm our commitment to sound finances.",
    )
    assert [p.section for p in extraction.paragraphs if p.number] == ["declaration"]
