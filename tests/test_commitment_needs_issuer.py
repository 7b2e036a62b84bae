"""Someone takes every stance: a commitment the text tells without its speaker is its author's, and where the
text names neither speaker nor author (a fact sheet's subtitle, a communiqué's unsigned heading line) it is no
commitment at all, since the shapes ask every pk:Commitment for a pk:issuer.

Short excerpts composed for these tests, in English and French.
"""

from __future__ import annotations

import pytest

from tests.helpers import build_news


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "FACT SHEET\n\nEncourages Americans to consider welcoming a refugee into their community.\n\n"
            "The programme has grown in recent years.\n",
        ),
        (
            "fr",
            "COMMUNIQUÉ\n\nAppelle les citoyens à accueillir des réfugiés dans leurs communes.\n\n"
            "Le programme a progressé ces dernières années.\n",
        ),
    ],
)
def test_a_stance_of_no_speaker_in_a_text_of_no_author_is_no_commitment(language: str, text: str) -> None:
    extraction = build_news(text, language)
    assert extraction.commitments == []


@pytest.mark.parametrize(
    ("language", "text", "issuer", "addressee"),
    [
        (
            "en",
            "The Ministry of Labour encourages employers to consider welcoming refugees into their workforce.\n",
            "Ministry of Labour",
            "employers",
        ),
        (
            "fr",
            "Le Gouvernement appelle les employeurs à accueillir des réfugiés.\n",
            "Gouvernement",
            "employeurs",
        ),
    ],
)
def test_a_stance_whose_speaker_the_text_names_is_kept(language: str, text: str, issuer: str, addressee: str) -> None:
    extraction = build_news(text, language)
    assert [c.issuer.text if c.issuer else None for c in extraction.commitments] == [issuer]
    assert all(addressee in a.text for c in extraction.commitments for a in c.addressees)
    assert all(c.issuer is not None for c in extraction.commitments)
