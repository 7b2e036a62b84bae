"""What every pack of a UN language must hold, whatever its words: the same checks for each language.

Each language's own words (ordinals, months, verbs as printed) are tested in ``tests/lang/<code>/test_pack.py``.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.lang import get
from kg.ontology import actions

UN_LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")


@pytest.mark.parametrize("language", UN_LANGUAGES)
@given(text=st.text(max_size=40))
def test_parse_ordinal_never_raises(language: str, text: str) -> None:
    value = get(language).parse_ordinal(text)
    assert value is None or value > 0


@pytest.mark.parametrize("language", UN_LANGUAGES)
def test_every_action_is_in_the_ontology(language: str) -> None:
    pack = get(language)
    known = set(actions())
    assert set(pack.operative_verbs.values()) <= known
    assert set(pack.preambular_phrases.values()) <= known


@pytest.mark.parametrize("language", UN_LANGUAGES)
def test_posts_have_english_names(language: str) -> None:
    pack = get(language)
    assert "Secretary-General" in pack.posts.values()
    assert "Rapporteur" in pack.posts.values()
