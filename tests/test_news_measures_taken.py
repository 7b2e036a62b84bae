"""News and statements: a government's measure told as done is its decision ("The Department of the Treasury
sanctioned a training centre", "the Department of State imposed visa restrictions", "President Biden signed a
memorandum"), also where the body is the words of a Markdown link whose address stands before the verb.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news

# wrapped by hand at about 72 characters, as the copies of these statements are
_MEASURES = """Title

WASHINGTON, May 3, 2025 - The United States is taking the following
actions against the regime that represses its people and its press:

1.  The [Department of the
    Treasury](https://example.org/press/x123)
    sanctioned a naval academy that trains the police of the regime and
    two mining companies that enrich its leaders and their families.

2.  Additionally, the Department of State imposed visa restrictions on
    40 officials of the regime and on members of their families.

Today, President Biden signed a memorandum on the protection of the
region and its people, which replaces an older directive of 1994.
"""


def test_a_measure_told_as_done_is_the_body_s_decision() -> None:
    commitments = build_news(_MEASURES, "en").commitments
    decided = {(c.issuer.text.replace("\n    ", " ") if c.issuer else None, c.force) for c in commitments}
    assert ("Department of the Treasury", "decision") in decided
    assert ("Department of State", "decision") in decided
    assert any(c.issuer and "Biden" in c.issuer.text and c.action == "decides" for c in commitments)


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nWASHINGTON, May 3, 2025 - The sanctions imposed last year remain. Visas were signed off.\n",
        "Title\n\nWASHINGTON, May 3, 2025 - Restrictions imposed on the press grew.\n",
    ],
)
def test_a_measure_of_no_one_is_no_decision(text: str) -> None:
    assert build_news(text, "en").commitments == []


@pytest.mark.parametrize(
    ("language", "text", "issuer"),
    [
        (
            "en",
            "Title\n\nWASHINGTON, May 3, 2025 - The [Department of State](https://example.org/a) will open an office "
            "in the capital.\n",
            "Department of State",
        ),
        (
            "fr",
            "Titre\n\nParis, le 3 mai 2025 - Le [ministère de l'Intérieur](https://example.org/b) s'engage à ouvrir "
            "un centre.\n",
            "ministère de l'Intérieur",
        ),
    ],
)
def test_a_body_named_by_a_link_s_words_is_the_subject_past_its_address(language: str, text: str, issuer: str) -> None:
    commitments = build_news(text, language).commitments
    assert [c.issuer.text for c in commitments if c.issuer] == [issuer]
