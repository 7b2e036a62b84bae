"""What a body recommends or demands, told of it in the third person with no one asked: "la Coalición ...
exige la reinstalación de ...", "Le Comité des droits préconise un recours accru à ...". Each is a call for what
follows, by the actor just before the verb; with no actor before it ("la situation exige"), none.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


@pytest.mark.parametrize(
    ("language", "text", "caller"),
    [
        ("es", "La Coalición de Control de Armas exige la liberación de los detenidos.", "Coalición de Control de Armas"),
        ("es", "La Coalición de Control de Armas recomendó ampliar la protección de los periodistas.",
         "Coalición de Control de Armas"),
        ("fr", "PARIS. Le rapport est sévère, explique Marc Rolland. Marc Rolland préconise un recours accru aux "
               "peines en milieu ouvert.", "Marc Rolland"),
    ],
)  # fmt: skip
def test_a_reported_recommendation_or_demand_is_its_callers(language: str, text: str, caller: str) -> None:
    calls = [c for c in build_news(text, language).commitments if c.force == "exhortatory"]
    assert [c.issuer.text if c.issuer else None for c in calls] == [caller]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "LIMA. La situación exige una respuesta rápida del país."),
        ("fr", "PARIS. La situation exige une réponse rapide."),
    ],
)
def test_with_no_actor_before_the_verb_nothing_is_called_for(language: str, text: str) -> None:
    assert build_news(text, language).commitments == []
