"""What a speaker says a group must do, reported with its speaker after it, and impersonal necessity.

Excerpts composed for the test. Before, "... tendrán que actuar, dijo Pérez" and "« Il faut que l'Europe ... »,
reprend Jean Martin" were no commitment: an obligation needed a quotation whose speaker was a mention before
or after it, or a statement's author, and "il faut que" was no phrase of obligation.
"""

from __future__ import annotations

from helpers import build_news


def test_french_impersonal_necessity_in_a_quotation_asks_the_subject_of_its_clause() -> None:
    text = (
        "Article\n\nLe député Jean Martin est rentré de Grèce mardi. « Il faut que l'Union européenne débloque des "
        "fonds pour l'asile », reprend Jean Martin.\n"
    )
    commitments = build_news(text, "fr").commitments
    assert [(c.issuer.text if c.issuer else None, c.force) for c in commitments] == [("Jean Martin", "exhortatory")]
    assert [a.key for a in commitments[0].addressees] == ["EU"]


def test_spanish_obligation_reported_with_its_speaker_after_it() -> None:
    text = (
        "Nota\n\nLa ministra Ana Pérez visitó la frontera. Los gobiernos de la región tendrán que dar pasos para "
        "proteger a los migrantes, dijo Pérez durante la visita.\n"
    )
    commitments = build_news(text, "es").commitments
    assert [(c.issuer.text if c.issuer else None, c.action) for c in commitments] == [("Pérez", "calls-for")]


def test_a_verb_of_saying_inside_the_clause_names_no_speaker() -> None:
    """ "dijo que" opens what is said; no one is named after it, so "tienen que" is a rule told by no one."""
    text = "Nota\n\nLos vecinos tienen que pagar el agua, y nadie dijo que fuera gratis.\n"
    assert build_news(text, "es").commitments == []
