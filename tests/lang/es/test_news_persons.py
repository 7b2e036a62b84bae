"""Government press releases in Spanish, French and English reported as news: ministers with long
portfolios, the Government as an actor, passive mandates and deadlines.

Each excerpt is composed for the test, in the style of La Moncloa, a French ministry or the Philippine
Presidential Communications Office; what was wrong before is named in each test's docstring.
"""

from __future__ import annotations

from kg.builders.news import BUILDER
from kg.model import Document, Extraction
from kg.readers.segment import segment


def _build(text: str, language: str) -> Extraction:
    return BUILDER.build(Document(source="test", text=text, language=language, segments=segment(text, language)))


def _holders(extraction: Extraction) -> dict[str, str]:
    return {h.person.text: h.post for h in extraction.posts}


def test_spanish_portfolio_written_as_a_list_is_no_person() -> None:
    """Before: "Seguridad Social" was the minister, the comma after "Inclusión" ending her portfolio."""
    text = (
        "La ministra de Inclusión, Seguridad Social y Migraciones, Elma Saiz, ha explicado la norma.\n\n"
        "El ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel Albares, ha intervenido."
    )
    holders = _holders(_build(text, "es"))
    assert holders == {"Elma Saiz": "ministra", "José Manuel Albares": "ministro"}


def test_french_portfolio_joined_by_et_de() -> None:
    """Before: "La ministre du Travail et de l'Emploi, Astrid Panosyan-Bouvet" gave no holder."""
    text = "La ministre du Travail et de l'Emploi, Astrid Panosyan-Bouvet, a précisé le niveau requis."
    assert _holders(_build(text, "fr")) == {"Astrid Panosyan-Bouvet": "ministre"}


def test_ministry_named_as_a_list_is_one_body() -> None:
    """Before: "Ministerio de Inclusión" and "ministère du Travail", the rest of the name left out."""
    spanish = _build("El Ministerio de Inclusión, Seguridad Social y Migraciones publicará la guía.", "es")
    french = _build("Le ministère du Travail et de l'Emploi devra présenter un rapport au Parlement.", "fr")
    assert "Ministerio de Inclusión, Seguridad Social y Migraciones" in {m.text for m in spanish.mentions}
    assert "ministère du Travail et de l'Emploi" in {m.text for m in french.mentions}


def test_list_of_two_ministries_stays_two() -> None:
    text = "El Ministerio del Interior y Ministerio de Hacienda, según la norma, publicarán la guía."
    names = {m.text for m in _build(text, "es").mentions if m.kind == "government-agency"}
    assert {"Ministerio del Interior", "Ministerio de Hacienda"} <= names


def test_spanish_government_tasks_a_ministry_by_a_date() -> None:
    """Before: "El Gobierno encarga al Ministerio ..." had no issuer, and "antes del 31 de diciembre de 2025"
    (a date read with its opener "del") was no deadline."""
    text = (
        "Madrid, 19 de noviembre de 2024 - El Gobierno encarga al Ministerio del Interior la elaboración "
        "de un plan de acogida antes del 31 de diciembre de 2025."
    )
    (commitment,) = _build(text, "es").commitments
    assert commitment.issuer is not None and commitment.issuer.text == "Gobierno"
    assert [a.text for a in commitment.addressees] == ["Ministerio del Interior"]
    assert commitment.deadline is not None and commitment.deadline.date == "2025-12-31"


def test_french_government_commits() -> None:
    """Before: "Le Gouvernement s'engage à ..." was no commitment: the Government was no actor."""
    text = "Le Gouvernement s'engage à réduire les délais d'instruction d'ici 2027."
    (commitment,) = _build(text, "fr").commitments
    assert commitment.action == "commits"
    assert commitment.issuer is not None and commitment.issuer.text == "Gouvernement"
    assert commitment.deadline is not None and commitment.deadline.year == 2027


def test_english_passive_mandate_past_an_acronym() -> None:
    """Before: "the Department of Migrant Workers (DMW) is directed to draft ... within 30 days" was no
    commitment, and its time limit a statistic of 30 days."""
    text = (
        "MANILA, 14 October 2024 — Under the order, the Department of Migrant Workers (DMW) is directed to "
        "draft the implementing rules within 30 days. The Department of Foreign Affairs (DFA) is also "
        "instructed to coordinate with embassies."
    )
    extraction = _build(text, "en")
    tasks = {c.addressees[0].text: c for c in extraction.commitments if c.action == "tasks"}
    assert set(tasks) == {"Department of Migrant Workers", "Department of Foreign Affairs"}
    deadline = tasks["Department of Migrant Workers"].deadline
    assert deadline is not None and deadline.within == "P30D"
    assert not [s for s in extraction.statistics if s.value == 30]
