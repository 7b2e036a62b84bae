"""A resolution cited with a period ("its resolution 71/305 for the period from 1 July 2017 to 30 June 2018") is
not dated by the period's first day: an instrument is adopted on one day, and a cited work has one date of
adoption (the Work shape), which its other citation gives ("resolution 71/305 of 30 June 2017").

Operative paragraphs composed for these tests, in English and French.
"""

from __future__ import annotations

import pytest

from kg.finders.citations import find_citations
from kg.lang import get

_TEXTS = {
    "en": "Recalling its resolution 71/305 of 30 June 2017,\n\n21. Decides, taking into account the amount "
    "apportioned under the terms of its resolution 71/305 for the period from\n1 July 2017 to 30 June 2018, "
    "to apportion the amount;",
    "fr": "Rappelant sa résolution 71/305 du 30 juin 2017,\n\n21. Décide, compte tenu du montant réparti au titre "
    "de sa résolution 71/305 pour la période du 1er juillet 2017 au 30 juin 2018, de répartir le montant ;",
}


@pytest.mark.parametrize("language", sorted(_TEXTS))
def test_the_first_day_of_a_period_is_no_date_of_adoption(language: str) -> None:
    text = _TEXTS[language]
    dated = [(c.mention.key, c.date) for c in find_citations(text, text, get(language), language)]
    assert dated == [("A/RES/71/305", "2017-06-30"), ("A/RES/71/305", None)]


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        ("en", "Recalling its resolutions 70/1 of 25 September 2015 and 71/243 of 21 December 2016,", "2015-09-25"),
        ("fr", "Rappelant ses résolutions 70/1 du 25 septembre 2015 et 71/243 du 21 décembre 2016,", "2015-09-25"),
    ],
)
def test_a_date_followed_by_another_citation_stays_its_date(language: str, text: str, date: str) -> None:
    dated = dict((c.mention.key, c.date) for c in find_citations(text, text, get(language), language))
    assert dated == {"A/RES/70/1": date, "A/RES/71/243": "2016-12-21"}
