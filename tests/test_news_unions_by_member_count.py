"""A union named by the count of its members decides: "Les Vingt-Huit se sont mis d'accord sur ...", "Los
Veintisiete acordaron ...". The packs list these names (``unions_by_member_count``) with their article; a count
before a noun ("Quinze personnes ont décidé") names no union.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "BRUXELLES. Les Vingt-Sept se sont mis d'accord sur un fonds commun pour les frontières."),
        ("es", "BRUSELAS. Los Veintisiete acordaron un fondo común para las fronteras."),
    ],
)
def test_a_union_named_by_its_member_count_decides(language: str, text: str) -> None:
    decisions = [c for c in build_news(text, language).commitments if c.action == "decides"]
    assert len(decisions) == 1
    assert decisions[0].issuer is not None and decisions[0].issuer.key == "EU"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "PARIS. Quinze personnes ont décidé de partir."),
        ("es", "LIMA. Veintisiete personas decidieron quedarse."),
    ],
)
def test_a_count_before_a_noun_is_no_union(language: str, text: str) -> None:
    assert all(c.issuer is None or c.issuer.key != "EU" for c in build_news(text, language).commitments)
