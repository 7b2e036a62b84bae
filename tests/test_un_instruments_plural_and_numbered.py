"""Instruments named in the plural or by a number after their head.

"the Geneva Conventions of 12 August 1949 and the Additional Protocols thereto", "los Convenios de Ginebra"
name instruments with a plural head; "Agenda 21", "el Programa 21" name one by a number. Before, no head matched
a plural, and a head with no capitalised word beside it named nothing. A number that begins a range ("Plan
2030–2031") or numbers a budget's part written in lower case ("el programa 15") names no instrument. Composed
excerpts.
"""

from __future__ import annotations

import pytest
from un_excerpts import CLOSINGS, resolution

from kg.model import INSTRUMENT_KINDS

_PREAMBLES = {
    "en": ("Guided by the Geneva Conventions of 12 August 1949 and the Additional Protocols thereto of 1977,",
           "Recalling Agenda 21, the Plan 2030\u20132031 and programme 15 of the budget,"),
    "es": ("Guiada por los Convenios de Ginebra de 12 de agosto de 1949 y los Protocolos Adicionales de 1977,",
           "Recordando el Programa 21, el Plan 2030-2031 y el programa 15 del presupuesto,"),
}  # fmt: skip
_EXPECTED = {
    "en": {"Geneva Conventions", "Additional Protocols", "Agenda 21"},
    "es": {"Convenios de Ginebra", "Protocolos Adicionales", "Programa 21"},
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_plural_heads_and_a_naming_number_name_instruments(language: str) -> None:
    extraction = resolution(language, *_PREAMBLES[language], CLOSINGS[language])
    named = {" ".join(c.mention.text.split()) for c in extraction.citations if c.mention.kind in INSTRUMENT_KINDS}
    assert _EXPECTED[language] <= named
    assert not any(name.endswith(("2030", "15")) for name in named)
