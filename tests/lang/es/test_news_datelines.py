"""Spanish news: datelines, with the home state and the date they give."""

from __future__ import annotations

from decimal import Decimal

from helpers import news_document, resolved_key

from kg.builders.news import BUILDER
from kg.finders.text import DocumentText
from kg.lang import get


def test_spanish_future_tense_and_a_dateline_without_a_dash() -> None:
    """ "Madrid, 19 de noviembre de 2024." on its own line was no dateline (no home state for "el Gobierno");
    "el Gobierno destinará" was no commitment."""
    text = (
        "El Gobierno aprueba el plan\n\nMadrid, 19 de noviembre de 2024.\n\n"
        "Además, el Gobierno destinará 300 millones de euros a la formación en competencias digitales.\n"
    )
    document = news_document(text, "es")
    assert DocumentText(document, get("es")).home_state == "ESP"
    extraction = BUILDER.build(document)
    assert extraction.document.date == "2024-11-19"
    (pledge,) = extraction.commitments
    assert (
        pledge.action == "will" and pledge.issuer is not None and resolved_key(pledge.issuer, "es") == "ESP/government"
    )


def test_efe_dateline_abbreviated_month_and_a_pledge_with_words_before_its_object() -> None:
    """ "Nueva York, 24 sep (EFE).-" was no dateline and gave the figure 24; "se comprometió este martes ... a"
    was no pledge, and "antes de finales de 2025" no deadline."""
    text = (
        "Título\n\nNueva York, 24 sep (EFE).- El Gobierno de Colombia se comprometió este martes ante la Asamblea "
        "General a regularizar a otros 500.000 migrantes antes de finales de 2025.\n"
    )
    document = news_document(text, "es")
    dateline = DocumentText(document, get("es")).dateline
    assert dateline is not None and dateline.of(text) == "Nueva York, 24 sep (EFE)"
    extraction = BUILDER.build(document)
    assert [s.value for s in extraction.statistics] == [Decimal(500_000)]
    (pledge,) = extraction.commitments
    assert (
        pledge.action == "commits"
        and pledge.issuer is not None
        and resolved_key(pledge.issuer, "es") == "COL/government"
    )
    assert pledge.deadline is not None and pledge.deadline.year == 2025
