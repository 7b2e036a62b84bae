"""Counts in UN resolutions: a number followed by the noun it counts is a figure in that unit.

"the accession by 58 States", "only 73 Member States have paid", "Decides to abolish 12 Human Rights Officer
posts" count States, Member States and posts. The paragraph reader kept a number only where a unit, a scale
word or a qualifier made it a measurement, so these were lost. A number that opens its line (a footnote's
marker: "3  Member States are encouraged ...") and a duration ("75 years ago") count nothing. Composed
excerpts.
"""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, resolution

_COUNTS = {
    "en": ("Recalling the accession by 58 States to the Convention,",
           "1. Notes with concern that only 73 Member States have paid their contributions in full;",
           "2. Decides to abolish 12 Human Rights Officer posts that have been vacant for 30 months;"),
    "fr": ("Rappelant l’adhésion de 58 États à la Convention,",
           "1. Note avec préoccupation que seuls 73 États Membres ont versé l’intégralité de leurs contributions ;",
           "2. Décide de supprimer 12 postes de spécialiste des droits de l’homme vacants depuis 30 mois ;"),
    "es": ("Recordando la adhesión de 58 Estados a la Convención,",
           "1. Observa con preocupación que solo 73 Estados Miembros han pagado íntegramente sus cuotas;",
           "2. Decide suprimir 12 puestos de oficial de derechos humanos que han estado vacantes durante 30 meses;"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_number_before_the_noun_it_counts_is_a_figure(language: str) -> None:
    extraction = resolution(language, *_COUNTS[language])
    assert [(str(s.value), s.unit) for s in extraction.statistics] == [
        ("58", "States"),
        ("73", "Member States"),
        ("12", "posts"),
    ]  # "30 months": a duration, no count


def test_a_number_that_opens_its_line_counts_nothing() -> None:
    extraction = resolution(
        "en",
        PREAMBLES["en"],
        "1. Welcomes the Decade of Peace;\n__________________\n3  Member States are encouraged to support the Decade.",
    )
    assert extraction.statistics == []
