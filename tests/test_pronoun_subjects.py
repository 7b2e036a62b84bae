"""A readout's pronoun subject stands for the person named last before it.

"President Mendes met Prime Minister Tam. He called on ..." was a call of no one. The excerpts are composed
for these tests.
"""

from __future__ import annotations

import pytest
from helpers import build_news

CASES = {
    "en": (
        "Heading\n\nPresident Carla Mendes met Prime Minister Ivo Tam. He called on the Government to release them.\n",
        "Ivo Tam",
    ),
    "zh": ("标题\n\n国家主席王明会见了总理李强。他呼吁各方保持克制。\n", "李强"),
    "ru": (
        "Заголовок\n\nПрезидент Иван Петров встретился с министром. Он призвал правительство освободить задержанных.\n",
        "Иван Петров",
    ),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_a_pronoun_that_opens_the_sentence_is_the_person_named_last(language: str) -> None:
    text, person = CASES[language]
    [call] = build_news(text, language).commitments
    assert call.issuer is not None and call.issuer.text == person


def test_a_pronoun_with_no_person_named_before_is_no_one() -> None:
    [call] = build_news("Heading\n\nThe meeting ended. He called on the Government to act.\n", "en").commitments
    assert call.issuer is None


def test_a_pronoun_far_from_the_verb_is_no_subject_of_it() -> None:
    """ "He said that the Government calls on ...": the verb has a subject of its own between."""
    text = "Heading\n\nPresident Carla Mendes spoke. He said that Parliament calls on the Government to act.\n"
    issuers = [c.issuer.text if c.issuer else None for c in build_news(text, "en").commitments]
    assert "Carla Mendes" not in issuers
