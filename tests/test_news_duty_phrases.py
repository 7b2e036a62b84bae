"""Duties a statement puts on an actor by an impersonal phrase: "il revient au Gouvernement de", "وهو ما يحتم على
الحكومة", "corresponde a la Secretaría": a call on the actor named after the phrase.

Each excerpt is composed for the test. Before, the phrase was no commitment: it has no verb of asking.
"""

from __future__ import annotations

import pytest
from helpers import build_news

_DUTIES = {
    "fr": (
        "Communiqué\n\nLa Ligue des Cheminots Réunis (LCR) dénonce la fermeture des gares. "
        "Il revient au Gouvernement de rouvrir les lignes.\n",
        "Gouvernement",
    ),
    "ar": (
        "بيان\n\nتتابع الجمعية المغربية للسكك الوضع بقلق. وهو ما يحتم على الحكومة إعادة فتح الخطوط.\n",
        "الحكومة",
    ),
    "es": (
        "Comunicado\n\nMÉXICO. Corresponde a la Secretaría de Salud garantizar la atención de los migrantes.\n",
        "Secretaría de Salud",
    ),
}


@pytest.mark.parametrize("language", sorted(_DUTIES))
def test_a_duty_put_on_an_actor_calls_upon_it(language: str) -> None:
    text, addressee = _DUTIES[language]
    (call,) = build_news(text, language).commitments
    assert (call.action, call.force) == ("calls-upon", "exhortatory")
    assert [a.text for a in call.addressees] == [addressee]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Communiqué\n\nLe train revient à Lyon demain. Il revient à midi.\n"),
        ("ar", "بيان\n\nوهو ما يحتم على الجميع التفكير في المستقبل.\n"),
        ("es", "Comunicado\n\nMÉXICO. La cifra corresponde a 2012.\n"),
    ],
)
def test_a_duty_phrase_with_no_actor_after_it_asks_no_one(language: str, text: str) -> None:
    """ "Il revient à midi" (he comes back at noon) and a duty on everyone name no actor: no call."""
    assert build_news(text, language).commitments == []
