"""Those asked in lettered items: "Encourages: (a) Member States to ...; (b) The United Nations system to ...".
The lead verb asks no one itself; each item that opens with those asked is its commitment to them; an item that
opens with the act asked ("(c) To report on progress") asks no one new."""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, resolution

_ITEMS = {
    "en": ("1. Encourages:", "(a) Member States to strengthen cooperation;",
           "(b) The United Nations system to support Member States;", "(c) To report on progress;"),
    "fr": ("1. Encourage :", "a) Les États Membres à renforcer la coopération ;",
           "b) Le système des Nations Unies à appuyer les États Membres ;", "c) À faire rapport sur les progrès ;"),
    "es": ("1. Alienta:", "a) A los Estados Miembros a que refuercen la cooperación;",
           "b) Al sistema de las Naciones Unidas a que apoye a los Estados Miembros;",
           "c) A que informe sobre los progresos;"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_each_item_asks_those_it_opens_with(language: str) -> None:
    extraction = resolution(language, PREAMBLES[language], *_ITEMS[language])
    asked = {
        c.paragraph.number: (c.action, {a.key for a in c.addressees})
        for c in extraction.commitments
        if c.paragraph and c.paragraph.number
    }
    assert asked["1(a)"] == ("encourages", {"member-states"})
    assert asked["1(b)"] == ("encourages", {"UN-system"})
    assert "1(c)" not in asked


def test_items_of_a_lead_that_asks_someone_ask_no_one_new() -> None:
    extraction = resolution(
        "en", PREAMBLES["en"], "1. Requests the Secretary-General:", "(a) To report on progress;",
        "(b) Member States to be consulted;",
    )  # fmt: skip
    asked = [(c.paragraph.number, [a.key for a in c.addressees]) for c in extraction.commitments if c.paragraph]
    # the act the lead asks of the Secretary-General carries on in (a); (b) names others, and asks no one
    assert asked == [(None, []), ("1", ["UN-SG"]), ("1(a)", ["UN-SG"])]
