"""Laws and ordinances news names by their kind and year alone: "l'ordonnance de 1945", "la ley de 1917".

Each excerpt is composed for the test. The year must be joined to the head by a joiner of names ("de"): a
law made in a year ("une loi en 2016") or numbered ("la ley 1820") is not named by it, and a law of a state
named by its adjective ("la loi française") is the law of that state, no instrument.
"""

from __future__ import annotations

import pytest
from helpers import build_news


def _cited(text: str, language: str) -> list[tuple[str, str]]:
    return [(c.mention.span.of(text), c.mention.kind) for c in build_news(text, language).citations]


@pytest.mark.parametrize(
    ("language", "text", "named", "kind"),
    [
        ("fr", "PARIS. Le juge rappelle l'ordonnance de 1950 sur la jeunesse.", "ordonnance de 1950", "decree"),
        ("fr", "LYON. Le maire invoque la loi de 1901 sur les associations.", "loi de 1901", "law"),
        ("es", "LIMA. El tribunal aplicó la ley de 1936 sobre aguas.", "ley de 1936", "law"),
        ("es", "QUITO. La Ley de 1998 sigue vigente.", "Ley de 1998", "law"),
    ],
)
def test_a_law_named_by_its_year(language: str, text: str, named: str, kind: str) -> None:
    assert (named, kind) in _cited(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "LYON. Le Parlement a voté une loi en 2016, conforme à la loi française."),
        ("es", "LIMA. El Congreso aprobó una ley en 2019 acorde con la ley peruana."),
    ],
)
def test_a_year_a_law_was_made_or_a_state_adjective_names_none(language: str, text: str) -> None:
    assert _cited(text, language) == []
