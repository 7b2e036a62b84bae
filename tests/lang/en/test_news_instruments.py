"""English news: instruments cited by kind and number, with their issuers and dates."""

from __future__ import annotations

from helpers import build_news


def test_numbers_of_two_kinds_of_instrument_are_two_instruments() -> None:
    """ "Executive Order No. 42" was keyed "42", the key of any instrument numbered 42."""
    text = "MANILA, 4 June 2024 - The President signed Executive Order No. 42, which amends Republic Act No. 42.\n"
    keys = {c.mention.key for c in build_news(text, "en").citations}
    assert keys == {"Executive Order No. 42", "Republic Act No. 42"}
