"""Folding for matching: length-preserving, idempotent, never raises."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kg.resolve.matcher import token_table
from kg.resolve.normalize import IGNORABLE, fold, name_key

texts = st.text(max_size=60)


@given(texts, st.booleans())
def test_fold_keeps_length(text: str, keep_tones: bool) -> None:
    assert len(fold(text, keep_tones=keep_tones)) == len(text)


@given(texts, st.booleans())
def test_fold_is_idempotent(text: str, keep_tones: bool) -> None:
    once = fold(text, keep_tones=keep_tones)
    assert fold(once, keep_tones=keep_tones) == once


@given(texts)
def test_name_key_is_idempotent(text: str) -> None:
    assert name_key(name_key(text)) == name_key(text)


@given(texts)
def test_tokens_lie_inside_the_text(text: str) -> None:
    tokens = token_table(fold(text))
    for start, end, norm in zip(tokens.starts, tokens.ends, tokens.norms, strict=True):
        assert 0 <= start < end <= len(text)
        assert IGNORABLE not in norm


def test_arabic_variants_fold_together() -> None:
    assert name_key("إكوادور") == name_key("اكوادور")
    assert name_key("الجمعيّة العامّة") == name_key("الجمعية العامه")
    assert name_key("منتـــدى") == name_key("منتدى")


def test_vietnamese_tones_stay_apart_only_when_asked() -> None:
    assert name_key("Bộ", keep_tones=True) != name_key("Bỏ", keep_tones=True)
    assert name_key("Việt Nam") == name_key("Viet Nam")


def test_digits_and_dashes_of_any_script_fold() -> None:
    assert fold("٢٠٣٠ ２０３０") == "2030 2030"
    assert fold("Co‑operative") == "co-operative"
