"""A place the gazetteer does not know, where an English text holds an event ("held in Cancun, Mexico, from 4 to 17
December 2016"), is named in English by its words, so the events query gives its ``?placeName``. Before, it had no
English name at all. In another language its words are no English name, and it keeps none."""

from __future__ import annotations

from un_excerpts import PREAMBLES, resolution

from kg import resolve

_HELD = {
    "en": "Recalling the thirteenth meeting of the Conference of the Parties to the Convention on Biological "
          "Diversity, held in Cancun, Mexico, from 4 to 17 December 2016,",
    "fr": "Rappelant la treizième réunion de la Conférence des Parties à la Convention sur la diversité biologique, "
          "tenue à Cancún (Mexique) du 4 au 17 décembre 2016,",
}  # fmt: skip


def _place_names(language: str) -> list[str | None]:
    extraction = resolution(language, PREAMBLES[language], _HELD[language], "1. Decides to remain seized.")
    places = [event.place for event in extraction.events if event.place is not None]
    assert places, "no event with a place was found"
    return [resolve.resolve(place, language).name for place in places]


def test_a_place_an_english_text_names_has_that_english_name() -> None:
    assert _place_names("en") == ["Cancun"]


def test_a_place_named_in_another_language_has_no_english_name_from_it() -> None:
    assert _place_names("fr") == [None]
