"""A period a commitment runs over, named as the object of its verb ("Proclaims the period from 2031 to 2040 the
International Decade ...", "Proclame la période 2031-2040 ...", "2031-2040年期间"): the commitment is due from
its first year. Years that only scope what the verb decides ("the scale of assessments for the period from
2031 to 2033") are no deadline. Before, neither form gave a deadline."""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, resolution

from kg.finders.clauses import term_period
from kg.lang import get

_PROCLAIMED = {
    "en": "Proclaims the period from 2031 to 2040 the International Decade of Fisheries;",
    "fr": "Proclame la période 2031-2040 Décennie internationale de la pêche ;",
    "es": "Proclama el período comprendido entre 2031 y 2040 Decenio Internacional de la Pesca;",
}
_SCOPED = {
    "en": "Decides that the scale of assessments for the period from 2031 to 2033 shall be based on income;",
    "fr": "Décide que le barème des quotes-parts pour la période 2031-2033 sera fondé sur le revenu ;",
}


def _deadline_year(language: str, operative: str) -> int | None:
    extraction = resolution(language, PREAMBLES[language], f"1. {operative}")
    (commitment,) = [c for c in extraction.commitments if c.paragraph and c.paragraph.number == "1"]
    return commitment.deadline.year if commitment.deadline else None


@pytest.mark.parametrize("language", sorted(_PROCLAIMED))
def test_a_proclaimed_period_is_due_from_its_first_year(language: str) -> None:
    assert _deadline_year(language, _PROCLAIMED[language]) == 2031


@pytest.mark.parametrize("language", sorted(_SCOPED))
def test_years_that_scope_a_decision_are_no_deadline(language: str) -> None:
    assert _deadline_year(language, _SCOPED[language]) is None


@pytest.mark.parametrize(
    ("language", "clause"),
    [
        ("ru", " период с 2031 по 2040 год Международным десятилетием"),
        ("ar", " الفترة من 2031 إلى 2040 عقدا دوليا"),
        ("zh", "2031-2040年期间为国际十年"),
    ],
)
def test_the_period_in_other_languages(language: str, clause: str) -> None:
    found = term_period(clause, get(language), 0, len(clause))
    assert found is not None and found.year == 2031


def test_a_period_that_does_not_run_forward_is_none() -> None:
    assert term_period(" the period from 2040 to 2031", get("en"), 0, 29) is None
