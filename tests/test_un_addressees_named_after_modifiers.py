"""Those asked named by a proper name after lower-case words: "Encourages the annual Kestrel Infrastructure Forum
to ...", "Encourages the sixth session of the Global Platform for Coastal Risk Reduction to ...". Before, a name
that lower-case words opened was no name, and a marker inside it (" for ") ended those asked: no one was asked."""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, operative_by_number, resolution

_ASKED = {
    "en": ("1. Encourages the annual Kestrel Infrastructure Forum to identify gaps;\n\n"
           "2. Encourages the sixth session of the Global Platform for Coastal Risk Reduction to include the matter "
           "in its discussions;\n\n"
           "3. Encourages the strengthening of regional cooperation to address gaps;"),
    "es": ("1. Alienta al próximo Foro Kestrel de Infraestructura a que determine las carencias;\n\n"
           "2. Alienta a la sexta reunión de la Plataforma Mundial de Reducción del Riesgo Costero a que incluya "
           "la cuestión en sus debates;\n\n"
           "3. Alienta al fortalecimiento de la cooperación regional a fin de subsanar las carencias;"),
}  # fmt: skip
_NAMES = {
    "en": ("Kestrel Infrastructure Forum", "Global Platform for Coastal Risk Reduction"),
    "es": ("Foro Kestrel de Infraestructura", "Plataforma Mundial de Reducción del Riesgo Costero"),
}


@pytest.mark.parametrize("language", sorted(_ASKED))
def test_the_name_after_lower_case_words_is_asked(language: str) -> None:
    by_number = operative_by_number(resolution(language, PREAMBLES[language], _ASKED[language]))
    for number, name in zip(("1", "2"), _NAMES[language], strict=True):
        asked = [" ".join(a.text.split()) for c in by_number[number] for a in c.addressees]
        assert asked == [name], (number, asked)
    # a noun phrase on something, with no name, asks no one
    assert not [a for c in by_number["3"] for a in c.addressees]
