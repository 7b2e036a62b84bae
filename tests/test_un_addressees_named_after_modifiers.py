"""Those asked named by a proper name after lower-case words: "Encourages the biennial Kestrel Water Forum to ...",
"Encourages the second meeting of the Regional Network for Coastal Safety to ...". Before, a name that lower-case
words opened was no name, and a marker inside it (" for ") ended those asked: no one was asked."""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, operative_by_number, resolution

_ASKED = {
    "en": ("1. Encourages the biennial Kestrel Water Forum to list the missing tide gauges;\n\n"
           "2. Encourages the second meeting of the Regional Network for Coastal Safety to take up the question "
           "of dunes;\n\n"
           "3. Encourages the sharing of tidal data to close those gaps;"),
    "es": ("1. Alienta al bienal Foro Kestrel de Aguas a que enumere los mareógrafos que faltan;\n\n"
           "2. Alienta a la segunda reunión de la Red Regional de Seguridad Costera a que examine la cuestión "
           "de las dunas;\n\n"
           "3. Alienta al intercambio de datos sobre las mareas a fin de colmar esas lagunas;"),
}  # fmt: skip
_NAMES = {
    "en": ("Kestrel Water Forum", "Regional Network for Coastal Safety"),
    "es": ("Foro Kestrel de Aguas", "Red Regional de Seguridad Costera"),
}


@pytest.mark.parametrize("language", sorted(_ASKED))
def test_the_name_after_lower_case_words_is_asked(language: str) -> None:
    by_number = operative_by_number(resolution(language, PREAMBLES[language], _ASKED[language]))
    for number, name in zip(("1", "2"), _NAMES[language], strict=True):
        asked = [" ".join(a.text.split()) for c in by_number[number] for a in c.addressees]
        assert asked == [name], (number, asked)
    # a noun phrase on something, with no name, asks no one
    assert not [a for c in by_number["3"] for a in c.addressees]
