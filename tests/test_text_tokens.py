"""Cutting a text into tokens in one pass: the words and offsets two passes of the engine give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.finders.text import TOKEN
from kg.resolve.matcher import _TOKEN, token_table
from kg.resolve.normalize import fold
from kg.text.tokens import split_tokens

# Word characters, joiners, marks, spaces and punctuation of several scripts, and the ignorable
# character folding leaves, so that tokens meet, join and stand alone.
_ALPHABET = "aZé-‑'’._ \n,;()عب国语ộ0١\u0301\x00"


@given(st.text(alphabet=_ALPHABET, max_size=80))
@settings(max_examples=400, deadline=None)
def test_one_split_gives_the_words_and_offsets_of_two_scans(text: str) -> None:
    for pattern in (TOKEN, _TOKEN):
        words, starts, ends = split_tokens(re.compile(f"({pattern.pattern})"), text)
        assert words == pattern.findall(text)
        assert list(zip(starts, ends, strict=True)) == [m.span() for m in pattern.finditer(text)]


def test_tokens_of_names_in_several_scripts_stand_where_the_text_has_them() -> None:
    text = "Bộ Ngoại giao, UN-Women (UNDP); وزارة الصحة 联合国"
    tokens = token_table(fold(text))
    assert tokens.norms[:4] == ["bo", "ngoai", "giao", ","]
    assert [fold(text)[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True)][4:7] == ["un", "-", "women"]
    assert tokens.norms[-3:] == ["联", "合", "国"]
    assert all(end > start for start, end in zip(tokens.starts, tokens.ends, strict=True))


def test_a_text_without_tokens_has_none() -> None:
    assert split_tokens(re.compile(r"(\w+)"), "") == ([], [], [])
    assert split_tokens(re.compile(r"(\w+)"), " ,; ") == ([], [], [])


# The matcher's token as first written: a Chinese or Japanese character, a run of other letters, digits and
# ignorable characters, or a punctuation mark. Its pattern now spells the run without a lookahead.
_PLAIN_TOKEN = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|(?:(?![\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[^\W_]|\x00)+|[^\w\s\x00]"
)


@given(st.text(alphabet=_ALPHABET + "ぁ々_", max_size=80))
@settings(max_examples=400, deadline=None)
def test_the_matcher_s_token_is_the_plain_definition_s(text: str) -> None:
    assert [m.span() for m in _TOKEN.finditer(text)] == [m.span() for m in _PLAIN_TOKEN.finditer(text)]


def test_ignorable_characters_stay_inside_a_word_in_any_script() -> None:
    assert _TOKEN.findall("Liên\x00hợp quốc, \x00ООН\x00 联合国") == [
        "Liên\x00hợp",
        "quốc",
        ",",
        "\x00ООН\x00",
        "联",
        "合",
        "国",
    ]
