"""A person's given names written by their initials before the surname ("JM Tolosa, jefe ejecutivo de la
región") is a name before a post like any other; initials that are an acronym the gazetteer knows ("UN
Women, ...") name a body, no person.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


@pytest.mark.parametrize(
    ("language", "text", "post"),
    [
        ("es", "PEKÍN. El mandatario se entrevistó con JM Tolosa, jefe ejecutivo de esta región.", "Chief Executive"),
        ("en", "LONDON. The meeting was opened by JM Tolosa, Mayor of Brackenfield.", "Mayor"),
    ],
)
def test_initials_and_a_surname_before_a_post(language: str, text: str, post: str) -> None:
    [holding] = build_news(text, language).posts
    assert (holding.person.text, holding.post_name) == ("JM Tolosa", post)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "LONDON. The agency works with UN Women, Representative of the fund."),
        ("es", "PEKÍN. El mandatario se entrevistó con el equipo de JM, jefe ejecutivo de la región."),
    ],
)
def test_a_known_acronym_or_initials_alone_are_no_name(language: str, text: str) -> None:
    assert build_news(text, language).posts == []
