"""A court's ruling, a commission's resolution or a summit's agreement told in the past: a decision of that body.

Excerpts composed for the test. Before, "le tribunal administratif de Nantes a autorisé" and "la Comisión ...
resolvió que" were no commitment (only "adopted a resolution"-like phrases were), a French court named in
lower case was no body, and "Acme Co. Inc." ended a sentence at "Co.".
"""

from __future__ import annotations

import pytest
from helpers import build_news

_RULINGS = {
    "fr": (
        "Article\n\nLe tribunal administratif de Nantes a bien autorisé, jeudi, l'évacuation du campement, "
        "mais il impose un délai d'un mois.\n",
        "tribunal administratif de Nantes",
        "authorizes",
    ),
    "es": (
        "Nota\n\nLa Comisión Federal de Competencia resolvió que la empresa Acme Co. Inc. puede seguir usando la "
        "marca en el país.\n",
        "Comisión Federal de Competencia",
        "decides",
    ),
}


@pytest.mark.parametrize("language", sorted(_RULINGS))
def test_a_bodys_ruling_is_its_decision(language: str) -> None:
    text, body, action = _RULINGS[language]
    commitments = build_news(text, language).commitments
    assert [(c.issuer.text if c.issuer else None, c.action, c.force) for c in commitments] == [
        (body, action, "decision")
    ]
    # the whole sentence: a company's legal form ("Co.") ends none
    assert commitments[0].span.of(text).rstrip(".").endswith(("un mois", "en el país"))


def test_french_leaders_agreement_at_a_summit_is_the_bodys_decision() -> None:
    text = (
        "Article\n\nLes dirigeants de l'Union africaine, réunis en sommet à Addis-Abeba, se sont mis d'accord sur "
        "la création d'un fonds commun.\n"
    )
    commitments = build_news(text, "fr").commitments
    assert [(c.issuer.key if c.issuer else None, c.action) for c in commitments] == [("AU", "decides")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Article\n\nAprès trois jours de marche, Karim a décidé de rentrer chez lui.\n"),
        ("es", "Nota\n\nTras la reunión, el joven decidió regresar a su pueblo natal.\n"),
    ],
)
def test_a_person_who_decides_makes_no_decision_of_a_body(language: str, text: str) -> None:
    assert build_news(text, language).commitments == []
