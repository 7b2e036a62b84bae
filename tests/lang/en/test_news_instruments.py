"""English news: instruments cited by kind and number, with their issuers and dates."""

from __future__ import annotations

from helpers import build_news


def test_numbers_of_two_kinds_of_instrument_are_two_instruments() -> None:
    """ "Executive Order No. 42" was keyed "42", the key of any instrument numbered 42."""
    text = "MANILA, 4 June 2024 - The President signed Executive Order No. 42, which amends Republic Act No. 42.\n"
    keys = {c.mention.key for c in build_news(text, "en").citations}
    assert keys == {"EO 42", "Republic Act No. 42"}


def test_an_executive_order_in_full_and_short_is_one_instrument() -> None:
    """ "Executive Order 14013" and "EO 14013" (or "E.O. 14013", or a number sign) were two keys."""
    text = (
        "WASHINGTON, 4 June 2024 - Under Executive\nOrder\n14013 the program was rebuilt. EO 14013 also asked for "
        "a report, as E.O. 14013 and Executive Order No. 14013 say.\n"
    )
    assert {c.mention.key for c in build_news(text, "en").citations} == {"EO 14013"}


def test_an_executive_order_is_no_republic_act_of_the_same_number() -> None:
    text = "MANILA, 4 June 2024 - EO 42 amends Republic Act No. 42.\n"
    assert {c.mention.key for c in build_news(text, "en").citations} == {"EO 42", "Republic Act No. 42"}
