"""Spanish news: bodies, states and their parts, as actors."""

from __future__ import annotations

from helpers import build_news

from kg import resolve


def test_list_of_two_ministries_stays_two() -> None:
    text = "El Ministerio del Interior y Ministerio de Hacienda, según la norma, publicarán la guía."
    names = {m.text for m in build_news(text, "es").mentions if m.kind == "government-agency"}
    assert {"Ministerio del Interior", "Ministerio de Hacienda"} <= names


def test_a_government_named_with_another_state_is_that_states() -> None:
    """ "Gobierno de Colombia" in a Madrid dispatch was Spain's Government."""
    text = "Título\n\nMADRID, 5 de marzo de 2024 — El Gobierno de Colombia y el Gobierno anunciaron un acuerdo.\n"
    bodies = [m for m in build_news(text, "es").mentions if m.kind == "government-agency"]
    assert [(m.text, resolve.resolve(m, "es").key) for m in bodies] == [
        ("Gobierno de Colombia", "COL/government"),
        ("Gobierno", "ESP/government"),
    ]


def test_a_body_named_after_its_common_noun_holds_no_body_word() -> None:
    """ "la organización británica Oxfam", "la red ... Network": names with no body word were no actors."""
    text = (
        "El director de la organización británica Saferworld habló con la prensa. La red Sahel Food Watch "
        "Alliance publicó un informe. La organización para la libertad de prensa también opinó."
    )
    names = [m.text for m in build_news(text, "es").mentions if m.kind == "organization"]
    assert names == ["Saferworld", "Sahel Food Watch Alliance"]
