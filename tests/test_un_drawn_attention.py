""" "Draws the attention of a body to the present resolution": the Assembly puts a text before a body for it to
take up. An exhortation (``draws-attention``) addressed to that body, in each UN language's own words."""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, operative_by_number, resolution

PARAGRAPHS = {
    "en": "1. Draws the attention of the Economic and Social Council to the present resolution.",
    "fr": "1. Appelle l’attention du Conseil économique et social sur la présente résolution.",
    "es": "1. Señala a la atención del Consejo Económico y Social la presente resolución.",
    "ru": "1. обращает внимание Экономического и Социального Совета на настоящую резолюцию.",
}


@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
def test_the_body_whose_attention_is_drawn_is_addressed(language: str) -> None:
    extraction = resolution(language, PREAMBLES[language], PARAGRAPHS[language])
    (drawn,) = operative_by_number(extraction)["1"]
    assert (drawn.action, drawn.force) == ("draws-attention", "exhortatory")
    assert [a.key for a in drawn.addressees] == ["ECOSOC"]


def test_attention_drawn_inside_a_paragraph_is_no_act_of_its_own() -> None:
    extraction = resolution(
        "en", PREAMBLES["en"], "1. Welcomes the report, which draws attention to the needs of small island States;"
    )
    assert [c.action for c in operative_by_number(extraction)["1"]] == ["welcomes"]
