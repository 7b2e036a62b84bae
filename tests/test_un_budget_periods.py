"""The periods of a budget's amounts in UN resolutions: ranges of days, headings, ends of periods, days of reference.

A financing resolution gives its amounts "for the period from 1 July 2021 to 30 June 2022", under headings that
name the period ("Budget estimates for the period from ..."), "in respect of the financial period ended 30 June
2020" (the period it named in full elsewhere), "as at 31 March 2021" (the day a stock is counted at) or "for the
biennium 2022–2023". Before, an amount got the year of the first date after it, or none: the date of a resolution
it cites ("its resolution 74/290 of 30 June 2020") was read as its period. Composed excerpts.
"""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, resolution

_FINANCING = {
    "en": (
        "1. Takes note of the status of contributions to the Mission as at 31 March 2021, including the "
        "contributions outstanding in the amount of 42.7 million United States dollars;",
        "Budget performance report for the period from 1 July 2019 to 30 June 2020",
        "2. Decides that there shall be set off against the apportionment the amount of 3,456,700 dollars, "
        "representing other revenue in respect of the financial period ended 30 June 2020;",
        "Budget estimates for the period from 1 July 2021 to 30 June 2022",
        "3. Decides to appropriate to the Special Account the amount of 512,300,400 dollars for the period "
        "from 1 July 2021 to 30 June 2022, inclusive of 480,100,200 dollars for the maintenance of the Mission;",
        "4. Also decides that there shall be set off against the apportionment the amount of 9,876,500 dollars, "
        "representing the estimated staff assessment income;",
    ),
    "fr": (
        "1. Prend note de l’état des contributions à la Mission au 31 mars 2021, notamment du montant des "
        "contributions non acquittées, qui s’élevait à 42,7 millions de dollars des États-Unis ;",
        "Rapport sur l’exécution du budget de l’exercice allant du 1er juillet 2019 au 30 juin 2020",
        "2. Décide de déduire de la répartition le montant de 3 456 700 dollars représentant d’autres recettes "
        "afférentes à l’exercice clos le 30 juin 2020 ;",
        "Prévisions budgétaires pour l’exercice allant du 1er juillet 2021 au 30 juin 2022",
        "3. Décide d’ouvrir au Compte spécial un crédit d’un montant de 512 300 400 dollars pour l’exercice "
        "allant du 1er juillet 2021 au 30 juin 2022, dont 480 100 200 dollars pour le fonctionnement de la Mission ;",
        "4. Décide également de déduire de la répartition le montant de 9 876 500 dollars représentant le produit "
        "estimatif des contributions du personnel ;",
    ),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_amount_is_of_the_period_its_clause_or_its_heading_names(language: str) -> None:
    extraction = resolution(language, PREAMBLES[language], *_FINANCING[language])
    periods = {str(s.value): s.period for s in extraction.statistics}
    assert periods["512300400"] == "2021-07-01/2022-06-30"  # "for the period from 1 July 2021 to 30 June 2022"
    assert periods["480100200"] == "2021-07-01/2022-06-30"  # the same clause goes on
    assert periods["9876500"] == "2021-07-01/2022-06-30"  # no period of its own: the heading's
    assert periods["3456700"] == "2019-07-01/2020-06-30"  # "the financial period ended 30 June 2020"
    assert periods["42700000"] == "2021-03-31"  # "as at 31 March 2021"


_INSTRUMENT_DATE = {
    "en": "1. Recalls that the amount of 3,400,500 dollars was approved under its resolution 74/290 of 30 June 2020;",
    "fr": "1. Rappelle que le montant de 3 400 500 dollars a été approuvé par sa résolution 74/290 du 30 juin 2020 ;",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_date_of_a_cited_resolution_is_no_period_of_an_amount(language: str) -> None:
    extraction = resolution(language, PREAMBLES[language], _INSTRUMENT_DATE[language])
    assert [(str(s.value), s.period) for s in extraction.statistics] == [("3400500", None)]


_FUND = {
    "en": (
        "1. Decides that the Working Capital Fund shall be established for the biennium 2022\u20132023 in the "
        "amount of 150 million United States dollars;",
        "2. Authorizes the Secretary-General to enter into commitments in an amount not to exceed 2,537,000 dollars;",
    ),
    "fr": (
        "1. Décide que le Fonds de roulement sera fixé pour l’exercice biennal 2022\u22122023 à 150 millions de "
        "dollars des États-Unis ;",
        "2. Autorise le Secrétaire général à engager des dépenses d’un montant n’excédant pas 2 537 000 dollars ;",
    ),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_biennium_is_the_period_and_a_ceiling_bounds_the_amount(language: str) -> None:
    """ "for the biennium 2022–2023" (an en dash or a minus sign) is the amount's period; "not to exceed" sets
    its ceiling (at most), where it was read as exact."""
    extraction = resolution(language, PREAMBLES[language], *_FUND[language])
    found = {str(s.value): (s.period, s.qualifier) for s in extraction.statistics}
    assert found["150000000"] == ("2022/2023", "exact")
    assert found["2537000"] == (None, "at-most")
