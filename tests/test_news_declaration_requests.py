"""A joint declaration's requests: "We call on Hamas to ...", "appelons le Hamas à ..." are the signatories'
calls, whoever the "we" is (heads of state, leaders of a group); a request in a plain article keeps the
asker its sentence names.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


@pytest.mark.parametrize(
    ("language", "text", "opener"),
    [
        (
            "en",
            "We, the Heads of State and Government of France and Spain, gathered in Paris, call on Hamas to accept "
            "the deal. We urge countries with influence over Hamas to help.\n",
            "We, the Heads of State and Government of",
        ),
        (
            "fr",
            "Nous, chefs d’État et de gouvernement de la France et de l’Espagne, réunis à Paris, appelons le Hamas "
            "à accepter cet accord.\n",
            "Nous, chefs d’État et de gouvernement",
        ),
    ],
)
def test_a_declaration_s_requests_are_its_signatories(language: str, text: str, opener: str) -> None:
    requests = build_news(text, language).commitments
    assert requests and all(c.issuer is not None and c.issuer.text.startswith(opener) for c in requests)


def test_a_request_in_an_article_is_its_subject_s() -> None:
    text = "LONDON, 3 April 2024 - The Government of France called on Hamas to accept the deal.\n"
    (request,) = build_news(text, "en").commitments
    assert request.issuer is not None and request.issuer.text == "Government of France"
