"""A State named only inside the name of a currency ("United States dollars", "dollars des États-Unis") is a unit
of a figure, not an actor of the resolution: financing resolutions write amounts so throughout. The same State
named for itself still is one."""

from __future__ import annotations

import pytest
from un_excerpts import CLOSINGS, PREAMBLES, resolution

from kg.model import Kind

_AMOUNTS = {
    "en": "1. Decides that the threshold will be 10,476 United \nStates dollars for the period from 2019 to 2021;",
    "fr": "1. Décide que le seuil sera de 10 476 dollars des \nÉtats-Unis pour la période allant de 2019 à 2021 ;",
}
_NAMED = {
    "en": "1. Welcomes the voluntary contribution of the United States of America;",
    "fr": "1. Se félicite de la contribution volontaire des États-Unis d’Amérique ;",
}


def _states(language: str, paragraph: str) -> set[str]:
    extraction = resolution(language, PREAMBLES[language], paragraph)
    return {m.text for m in extraction.mentions if m.kind == Kind.STATE}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_currency_names_no_state(language: str) -> None:
    assert _states(language, _AMOUNTS[language]) == set()
    assert _states(language, _NAMED[language])
    assert _states(language, CLOSINGS[language]) == set()
