"""News: bodies, states and their parts, as actors, in several languages."""

from __future__ import annotations

import pytest
from helpers import build_news


def test_ministry_named_as_a_list_is_one_body() -> None:
    """Before: "Ministerio de Inclusión" and "ministère du Travail", the rest of the name left out."""
    spanish = build_news("El Ministerio de Inclusión, Seguridad Social y Migraciones publicará la guía.", "es")
    french = build_news("Le ministère du Travail et de l'Emploi devra présenter un rapport au Parlement.", "fr")
    assert "Ministerio de Inclusión, Seguridad Social y Migraciones" in {m.text for m in spanish.mentions}
    assert "ministère du Travail et de l'Emploi" in {m.text for m in french.mentions}


def test_a_legislature_named_by_its_common_noun_alone_is_a_body() -> None:
    """Before: "Working with Congress" and "su ratificación por el Congreso" named no body."""
    english = build_news("WASHINGTON, May 2 -- Working with Congress, the agency will fund the program.", "en")
    spanish = build_news("MÉXICO, 2 abr -- El tratado espera su ratificación por el Congreso en otoño.", "es")
    assert ("Congress", "Congress") in {(m.text, m.name) for m in english.mentions}
    assert ("Congreso", "Congress") in {(m.text, m.name) for m in spanish.mentions}
    # a word of a longer name stays in it
    named = build_news("OTTAWA, May 2 -- The Ukrainian World Congress welcomed the decision.", "en")
    assert "Congress" not in {m.text for m in named.mentions}


def test_a_known_body_inside_an_instrument_s_name_is_named_too() -> None:
    """Before: "إعلان الأمم المتحدة بشأن المدافعين ..." named the declaration alone, not the United Nations."""
    arabic = build_news(
        "الرباط - طالبت المنظمة باحترام إعلان الأمم المتحدة بشأن المدافعين عن حقوق الإنسان.", "ar"
    ).mentions
    english = build_news(
        "LONDON, May 2 -- The group urged respect for the Rome Statute of the International Criminal Court.", "en"
    ).mentions
    assert "UN" in {m.key for m in arabic}
    assert "ICC" in {m.key for m in english}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "LONDON, May 2 -- A member of the Scottish National Party spoke to the Labour Party.", "Labour Party"),
        ("fr", "Le ministère du Travail et de l'Emploi devra présenter un rapport.", "ministère du Travail"),
        ("es", "MÉXICO, 2 abr -- El Ministerio de Inclusión publicará la guía.", "Ministerio de Inclusión"),
    ],
)
def test_a_language_that_does_not_decline_names_keeps_them_as_written(language: str, text: str, name: str) -> None:
    """Only a language with a base-form hook (Russian) rewrites a name: elsewhere the label is the text's form."""
    bodies = [m for m in build_news(text, language).mentions if m.kind in ("organization", "government-agency")]
    assert any(name in m.text for m in bodies)
    assert all(m.written is None and m.text == m.span.of(text) for m in bodies)
