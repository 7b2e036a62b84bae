"""The document's token index gives every part of a text exactly the tokens a scan of that part finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.finders.text import Token, TokenIndex, iter_tokens

# Word characters, joiners and spaces of several scripts, so that parts start and end inside words,
# inside joined words ("Co-operative", "TP.HCM") and between them.
_ALPHABET = "aZé-‑'’. \n,عب国ộ0١\u0301"


@given(st.text(alphabet=_ALPHABET, max_size=60), st.integers(-2, 62), st.integers(-2, 62))
@settings(max_examples=400, deadline=None)
def test_a_part_has_the_tokens_of_a_scan_of_it(text: str, start: int, end: int) -> None:
    start, end = max(0, start), max(0, end)
    assert list(TokenIndex(text).between(start, end)) == list(iter_tokens(text, start, end))


def test_a_part_that_starts_and_ends_inside_words_cuts_them() -> None:
    text = "President Joseph R. Biden-Harris of the U.N. spoke"
    index = TokenIndex(text)
    cut = list(index.between(text.index("seph"), text.index("arris")))
    assert [t.text for t in cut] == ["seph", "R", "Biden-H"]
    assert [t.text for t in index.between(text.index("the"), len(text))] == ["the", "U.N", "spoke"]


def test_the_index_s_tokens_are_tokens_with_their_words_and_offsets() -> None:
    text = "Bộ Ngoại giao và Ministry of Health; وزارة الصحة"
    index = TokenIndex(text)
    assert all(type(token) is Token for token in index.tokens)
    assert [(t.text, t.is_capitalized) for t in index.tokens[:3]] == [("Bộ", True), ("Ngoại", True), ("giao", False)]
    assert all(text[t.start : t.end] == t.text for t in index.tokens)
    assert index.starts == [t.start for t in index.tokens] and index.ends == [t.end for t in index.tokens]
