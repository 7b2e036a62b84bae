"""Lettered items that carry on the clause of a lead naming those it asks ("Urges all States: (a) To take ...;
(b) To ensure ...") are what the lead asks of them: each item is the lead's act, addressed to the lead's
addressees, due when the item says. An item with a verb of its own, and the items of a lead that asks no one
("Decides that:"), stay as they are."""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, operative_by_number, resolution

LEADS = {
    "en": ("1. Urges all States:", "(a) To take all measures to prevent loss of life;",
           "(b) To report on those measures by 2031;"),
    "fr": ("1. Exhorte tous les États :", "a) À prendre toutes les mesures voulues pour prévenir les pertes en vies "
           "humaines ;", "b) À rendre compte de ces mesures d’ici à 2031 ;"),
    "es": ("1. Insta a todos los Estados a que:", "a) Adopten todas las medidas necesarias para prevenir la pérdida "
           "de vidas;", "b) Informen sobre esas medidas a más tardar en 2031;"),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(LEADS))
def test_each_item_is_what_the_lead_asks_of_its_addressees(language: str) -> None:
    items = operative_by_number(resolution(language, PREAMBLES[language], *LEADS[language]))
    for label in ("1(a)", "1(b)"):
        (item,) = items[label]
        assert (item.action, item.force) == ("urges", "exhortatory")
        assert [a.name for a in item.addressees] == ["States"]
    assert items["1(b)"][0].deadline is not None and items["1(b)"][0].deadline.year == 2031
    assert items["1(a)"][0].deadline is None


def test_an_item_with_its_own_verb_keeps_it() -> None:
    items = operative_by_number(
        resolution(
            "en",
            PREAMBLES["en"],
            "1. Urges all States:",
            "(a) To take all measures to prevent loss of life;",
            "(b) Requests the Secretary-General to report thereon;",
        )
    )
    assert [(c.action, [a.name for a in c.addressees]) for c in items["1(b)"]] == [("requests", ["Secretary-General"])]


def test_the_items_of_a_lead_that_asks_no_one_are_not_asked() -> None:
    items = operative_by_number(
        resolution(
            "en",
            PREAMBLES["en"],
            "1. Decides that the review forums:",
            "(a) Shall be held every four years;",
            "(b) Shall be open to all States;",
        )
    )
    assert "1(a)" not in items and "1(b)" not in items
