"""A deadline stated in a lettered item of a paragraph that ends with a colon: "Decides that the forums: ...
(b) Shall take place during the first semester of the year 2022". The items have no verb of their own; they
complete the lead's clause, so the decision is due when its item says. Before, the lead had no deadline."""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, resolution

from kg.model import Commitment, Extraction

_FORUMS = {
    "en": ("1. Decides that the forums:", "(a) Shall be convened under the auspices of the General Assembly;",
           "(b) Shall take place during the first semester of the year 2022, and thereafter every four years;",
           "2. Requests the Secretary-General to submit a report."),
    "fr": ("1. Décide que les forums :", "a) Seront convoqués sous les auspices de l'Assemblée générale ;",
           "b) Se tiendront au cours du premier semestre de 2022, puis tous les quatre ans ;",
           "2. Prie le Secrétaire général de lui présenter un rapport."),
    "es": ("1. Decide que los foros:", "a) Se convocarán bajo los auspicios de la Asamblea General;",
           "b) Se celebrarán durante el primer semestre de 2022 y, posteriormente, cada cuatro años;",
           "2. Solicita al Secretario General que le presente un informe."),
}  # fmt: skip


def _numbered(extraction: Extraction) -> dict[str, Commitment]:
    return {c.paragraph.number: c for c in extraction.commitments if c.paragraph and c.paragraph.number}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_lead_is_due_when_its_item_says(language: str) -> None:
    found = _numbered(resolution(language, PREAMBLES[language], *_FORUMS[language]))
    deadline = found["1"].deadline
    assert deadline is not None and deadline.year == 2022
    assert found["2"].deadline is None


def test_the_leads_own_deadline_stands() -> None:
    found = _numbered(
        resolution(
            "en", PREAMBLES["en"], "1. Decides that, by 2030, the forums:",
            "(a) Shall take place during the first semester of the year 2022;",
        )
    )  # fmt: skip
    deadline = found["1"].deadline
    assert deadline is not None and deadline.year == 2030


def test_a_lead_that_ends_its_sentence_takes_no_items_deadline() -> None:
    """A paragraph closed by its own full stop is no lead; what follows it is not its clause."""
    found = _numbered(
        resolution(
            "en", PREAMBLES["en"], "1. Decides to convene the forums.",
            "(a) Shall take place during the first semester of the year 2022;",
        )
    )  # fmt: skip
    assert found["1"].deadline is None
