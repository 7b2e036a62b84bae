"""News: bodies, states and their parts, as actors, in several languages."""

from __future__ import annotations

from helpers import build_news


def test_ministry_named_as_a_list_is_one_body() -> None:
    """Before: "Ministerio de Inclusión" and "ministère du Travail", the rest of the name left out."""
    spanish = build_news("El Ministerio de Inclusión, Seguridad Social y Migraciones publicará la guía.", "es")
    french = build_news("Le ministère du Travail et de l'Emploi devra présenter un rapport au Parlement.", "fr")
    assert "Ministerio de Inclusión, Seguridad Social y Migraciones" in {m.text for m in spanish.mentions}
    assert "ministère du Travail et de l'Emploi" in {m.text for m in french.mentions}
