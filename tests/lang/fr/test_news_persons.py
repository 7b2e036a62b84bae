"""French news: persons and the posts they hold."""

from __future__ import annotations

from helpers import build_news, holders_of


def test_french_portfolio_of_two_parts_joined_by_et() -> None:
    """ "le ministre de l'Europe et des Affaires étrangères, Jean-Noël Barrot" held no post."""
    text = (
        "PARIS, 23 septembre 2024 (AFP) - La France tiendra ses engagements, a déclaré le ministre de l'Europe et "
        "des Affaires étrangères, Jean-Noël Barrot, devant la presse.\n"
    )
    assert [(p.person.text, p.post_name) for p in build_news(text, "fr").posts] == [("Jean-Noël Barrot", "Minister")]


def test_french_portfolio_joined_by_et_de() -> None:
    """Before: "La ministre du Travail et de l'Emploi, Astrid Panosyan-Bouvet" gave no holder."""
    text = "La ministre du Travail et de l'Emploi, Astrid Panosyan-Bouvet, a précisé le niveau requis."
    assert holders_of(build_news(text, "fr")) == {"Astrid Panosyan-Bouvet": "ministre"}


def test_judges_lawyers_and_members_of_parliament() -> None:
    """ "estime la juge Valérie ...", "la députée ...": no such post was known."""
    text = "Le recours est rejeté, estime la juge Anne Moreau. La députée Claire Fontaine a réagi."
    holders = holders_of(build_news(text, "fr"))
    assert {holders.get("Anne Moreau", "").casefold(), holders.get("Claire Fontaine", "").casefold()} == {
        "juge",
        "députée",
    }
