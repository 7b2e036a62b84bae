"""Russian news: figures with their units, scales, qualifiers and measures."""

from __future__ import annotations

from decimal import Decimal

from helpers import build_news


def test_russian_range_of_billions_of_roubles() -> None:
    """ "от 5 до 10 млрд рублей" was 5 (no unit, no scale) and 10 billion."""
    text = "Заголовок\n\nНа программу будет направлено от 5 до 10 млрд рублей.\n"
    figures = [(s.value, s.unit, s.qualifier) for s in build_news(text, "ru").statistics]
    assert figures == [(Decimal(5 * 10**9), "RUB", "at-least"), (Decimal(10 * 10**9), "RUB", "at-most")]


def test_persons_counted_as_citizens_or_as_persons() -> None:
    """ "для 28 канадских граждан", "12 лиц": the noun, after an adjective, counts persons."""
    text = "Заголовок\n\nВъезд закрывается для 28 канадских граждан. В список также включены 12 лиц.\n"
    assert [(str(s.value), s.unit) for s in build_news(text, "ru").statistics] == [("28", "persons"), ("12", "persons")]


def test_members_of_a_body_counted_are_persons() -> None:
    """ "120 депутатов", "45 членов сената": members counted are persons, as are citizens; countries stay."""
    text = (
        "Заголовок\n\nВ список внесены 120 депутатов собрания. Ограничения вводятся в отношении 45 членов сената "
        "из 5 стран.\n"
    )
    units = {str(s.value): s.unit for s in build_news(text, "ru").statistics}
    assert units == {"120": "persons", "45": "persons", "5": "countries"}
