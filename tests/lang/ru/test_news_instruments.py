"""Russian news: instruments cited by kind and number, with their issuers and dates."""

from __future__ import annotations

from decimal import Decimal

from helpers import build_news, citations_of

from kg import resolve


def test_russian_decree_with_issuer_before_number_and_date_after_ot() -> None:
    """ "постановление правительства № 1523 от ..." was no instrument (and 1523 a figure)."""
    text = (
        "Правительство утвердило программу\n\n"
        "МОСКВА, 5 ноября. /ТАСС/. Михаил Мишустин подписал постановление правительства № 1523 "
        "от 1 ноября 2024 года.\n"
    )
    extraction = build_news(text, "ru")
    assert citations_of(extraction) == {"постановление № 1523": ("2024-11-01", "правительство")}
    assert not [s for s in extraction.statistics if s.value == Decimal(1523)]


def test_russian_government_is_the_datelines_state_government() -> None:
    """ "правительства" was the UN's group "Governments"; in news it is one body of the dateline's state."""
    text = "Заголовок\n\nМОСКВА, 5 ноября. /ТАСС/. Подписано постановление правительства № 1523.\n"
    issuer = build_news(text, "ru").citations[0].issuer
    assert issuer is not None and issuer.kind == "government-agency" and issuer.scope == "RUS"
    entity = resolve.resolve(issuer, "ru")
    assert entity.key == "RUS/government"
