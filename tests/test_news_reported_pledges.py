"""Pledges reported in the third person: "Canada plans to ...", "La Colombie réaffirme sa volonté de ...".

Fact sheets and news report what each state commits to; the pledge is the state's, wherever the
adverb stands ("Mexico also pledged to", "s'engagent également à", "reafirma además su compromiso").
The excerpts are composed for these tests.
"""

from __future__ import annotations

import pytest
from helpers import build_news

from kg import resolve
from kg.model import Extraction

EXCERPTS = {
    "en": (
        "Leaders announce new measures\n\n"
        "WASHINGTON, 10 June 2022 — Countries of the region announced new measures.\n\n"
        "Canada plans to welcome more than 50,000 workers in 2022. Colombia reaffirms its commitment to "
        "regularize Venezuelan migrants. The United States has also committed to resettle 20,000 refugees "
        "by 2023. Mexico further pledged to issue 20,000 visas. Ecuador undertakes to register migrants. "
        "The plan to build a wall was dropped.\n"
    ),
    "fr": (
        "Mesures annoncées au Sommet\n\n"
        "PARIS, 10 juin 2022 — Les pays de la région ont annoncé de nouvelles mesures.\n\n"
        "La Colombie réaffirme sa volonté d’appliquer pleinement les mesures de protection temporaire. "
        "Le Canada prévoit d’accueillir plus de 50 000 travailleurs agricoles. Les États-Unis s’engagent "
        "également à recevoir un nombre accru de réfugiés. Le Mexique s'est engagé à délivrer 20 000 visas "
        "d'ici 2023. L'Espagne réaffirme en outre son engagement à doubler les voies légales.\n"
    ),
    "es": (
        "Nuevas medidas en la Cumbre\n\n"
        "LOS ÁNGELES, 10 de junio de 2022 — Los países anunciaron nuevas medidas.\n\n"
        "Colombia reafirma además su compromiso de regularizar a los migrantes. Canadá prevé recibir a más "
        "de 50.000 trabajadores. Los Estados Unidos se comprometen a reasentar 20.000 refugiados para 2023. "
        "México también se comprometió a emitir visados. España tiene previsto duplicar las vías laborales.\n"
    ),
    "ru": (
        "Новые меры\n\n"
        "МОСКВА, 10 июня 2022 года. Страны региона объявили новые меры.\n\n"
        "Мексика обязуется выдать 20 000 виз до 2023 года. Канада также планирует принять более 50 000 "
        "работников. Колумбия намерена урегулировать статус мигрантов. Испания подтвердила свою "
        "приверженность удвоению легальных путей.\n"
    ),
}

EXPECTED = {
    "en": {("CAN", "intends"), ("COL", "commits"), ("USA", "commits"), ("MEX", "commits"), ("ECU", "commits")},
    "fr": {("COL", "commits"), ("CAN", "intends"), ("USA", "commits"), ("MEX", "commits"), ("ESP", "commits")},
    "es": {("COL", "commits"), ("CAN", "intends"), ("USA", "commits"), ("MEX", "commits"), ("ESP", "intends")},
    "ru": {("MEX", "commits"), ("CAN", "intends"), ("COL", "intends"), ("ESP", "commits")},
}


def _build(language: str) -> Extraction:
    return build_news(EXCERPTS[language], language)


@pytest.mark.parametrize("language", sorted(EXCERPTS))
def test_each_state_pledges_what_the_text_says_it_will_do(language: str) -> None:
    commitments = _build(language).commitments
    found = {(resolve.resolve(c.issuer, language).key, c.action) for c in commitments if c.issuer is not None}
    assert found == EXPECTED[language]
    assert len(commitments) == len(EXPECTED[language])  # "The plan to build a wall" is no one's pledge


@pytest.mark.parametrize("language", sorted(EXCERPTS))
def test_a_pledge_is_due_when_its_sentence_says_by_when(language: str) -> None:
    due = {c.deadline.year for c in _build(language).commitments if c.deadline is not None}
    assert due == {2023}


_FUTURES = {
    "es": (
        "Título\n\nEn un futuro cercano el Instituto Estatal de Aguas construirá una planta en Tepic.\n\n"
        "La próxima reunión será el lunes.\n",
        "Instituto Estatal de Aguas",
    ),
    "fr": (
        "Titre\n\nLa Fédération des Usagers du Rail (FUR) saisira le tribunal administratif.\n\n"
        "La prochaine réunion sera lundi.\n",
        "Fédération des Usagers du Rail",
    ),
}


@pytest.mark.parametrize("language", sorted(_FUTURES))
def test_any_verb_in_the_future_after_its_body_is_a_pledge(language: str) -> None:
    """Before, only the futures of a list of verbs ("destinará", "allouera") pledged: "construirá una planta" and
    "saisira le tribunal" were none. A copula's future ("será", "sera") still pledges nothing."""
    text, body = _FUTURES[language]
    (pledge,) = build_news(text, language).commitments
    assert pledge.action == "will" and pledge.issuer is not None and pledge.issuer.text == body


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Título\n\nLa delegación visitó Ferrara. Ferrara recibirá a los turistas.\n"),
        ("fr", "Titre\n\nLa délégation a visité Ferrara. La ville sera fermée lundi.\n"),
    ],
)
def test_a_future_with_no_body_before_it_pledges_nothing(language: str, text: str) -> None:
    """A place before the verb is no actor, and a capitalised name ending like a future ("Ferrara") is no verb."""
    assert build_news(text, language).commitments == []
