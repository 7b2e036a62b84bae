"""Phrase patterns test the word boundary before a phrase after its first character: the same matches as
testing it first, in any text, part of a text and language, where case is kept or ignored."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import lang
from kg.finders.phrases import PhraseMatcher
from kg.finders.text import _whole_words, find_phrases, phrase_pattern, starts_with_phrase
from kg.resolve.normalize import folded_text
from kg.text.patterns import alternation

# Letters of several scripts and cases, digits, a Chinese character, spaces, line breaks, a hyphen, marks.
_ALPHABET = "abAB é1 \n-.,عب国ộ\u0301\u064e"
_PHRASES = st.lists(st.text(alphabet="abAB é1-عب国ộ", min_size=1, max_size=4).map(str.strip).filter(bool), max_size=5)


def _boundary_first(phrases: list[str], ignore_case: bool) -> re.Pattern[str]:
    """The pattern as it was written before: the boundary tested before the phrase's first character."""
    fold = str.lower if ignore_case else str
    return re.compile(alternation(_whole_words(fold(p)) for p in phrases), re.IGNORECASE if ignore_case else 0)


@given(_PHRASES, st.text(alphabet=_ALPHABET, max_size=40), st.integers(0, 40), st.integers(0, 40), st.booleans())
@settings(max_examples=300, deadline=None)
def test_a_phrase_pattern_matches_as_one_that_tests_the_boundary_first(
    phrases: list[str], text: str, start: int, end: int, ignore_case: bool
) -> None:
    pattern = phrase_pattern(phrases, ignore_case=ignore_case)
    if pattern is None:
        assert not phrases
        return
    reference = _boundary_first(phrases, ignore_case)
    assert [m.span() for m in pattern.finditer(text, start, end)] == [
        m.span() for m in reference.finditer(text, start, end)
    ]
    assert bool(pattern.match(text, start, end)) == bool(reference.match(text, start, end))


@pytest.mark.parametrize(
    ("language", "phrases", "text", "found"),
    [
        ("en", ("will", "will also"), "Ports will also grow; goodwill will not.", ["will also", "will"]),
        ("fr", ("prie", "prie instamment"), "Prie instamment ; il prie, reprie.", ["prie"]),
        ("vi", ("có hiệu lực",), "Nghị định có hiệu lực; cócó hiệu lực", ["có hiệu lực"]),
    ],
)
def test_a_phrase_is_found_only_as_whole_words(
    language: str, phrases: tuple[str, ...], text: str, found: list[str]
) -> None:
    assert [m.group() for m in find_phrases(text, phrases, 0, len(text))] == found
    assert starts_with_phrase(text, text.index(found[0]), phrases, ignore_case=False) == found[0]
    inside = text.index(found[0]) + 1  # a phrase never starts inside a word
    assert not any(m.start() == inside for m in find_phrases(text, phrases, inside, len(text)))


@given(_PHRASES, st.text(alphabet=_ALPHABET, max_size=40), st.integers(0, 40), st.integers(0, 40))
@settings(max_examples=200, deadline=None)
def test_a_pack_matcher_matches_as_one_that_tests_the_boundary_first(
    phrases: list[str], text: str, start: int, end: int
) -> None:
    matcher = PhraseMatcher(phrases, lang.get("ar"))
    if matcher._regex is None:
        return
    reference = re.compile(rf"(?<!\w)(?:{matcher._alternatives})")
    folded = folded_text(text)
    assert [m.span() for m in matcher._regex.finditer(folded, start, end)] == [
        m.span() for m in reference.finditer(folded, start, end)
    ]


@pytest.mark.parametrize(
    ("language", "forms", "text", "spans"),
    [
        ("ar", {"تسلم": "recognizes", "تسلم أيضا": "recognizes"}, "٢٢ - تسلّم أيضاً بضرورة وتسلم", [(5, 16)]),
        ("en", {"Requests": "requests", "Also requests": "requests"}, "3. Also requests; prerequests", [(3, 16)]),
    ],
)
def test_a_pack_matcher_finds_forms_as_printed_only_as_whole_words(
    language: str, forms: dict[str, str], text: str, spans: list[tuple[int, int]]
) -> None:
    found = PhraseMatcher(forms, lang.get(language)).finditer(text)
    assert [(m.span.start, m.span.end) for m in found] == spans
