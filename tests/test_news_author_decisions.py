"""Decisions and announcements a statement tells without their subject are its author's.

Each excerpt is composed for the test. Before, "въезд в Россию закрывается" and "il a été décidé"
were no commitment, or a commitment of the state named before the verb ("въезд в Россию").
"""

from __future__ import annotations

import pytest
from helpers import build_news


@pytest.mark.parametrize(
    ("language", "text", "quote", "force"),
    [
        (
            "ru",
            "12.05.2024 10:00\nЗаявление МИД Беларуси о санкциях в отношении граждан Литвы\n\n"
            "В ответ на санкции, въезд в Беларусь закрывается на постоянной основе для граждан Литвы.",
            "В ответ на санкции, въезд в Беларусь закрывается на постоянной основе для граждан Литвы.",
            "decision",
        ),
        (
            "ru",
            "12.05.2024 10:00\nЗаявление МИД Беларуси о санкциях\n\nВ ближайшее время последуют новые контрмеры.",
            "В ближайшее время последуют новые контрмеры.",
            "declaratory",
        ),
        (
            "ru",
            "12.05.2024 10:00\nЗаявление МИД Беларуси о санкциях\n\nРабота над расширением списка, начатая в мае, будет продолжена.",
            "Работа над расширением списка, начатая в мае, будет продолжена.",
            "declaratory",
        ),
        (
            "ru",
            "12.05.2024 10:00\nЗаявление МИД Беларуси о санкциях\n\n"
            "В отношении пяти депутатов сейма Литвы вводится запрет на въезд в Беларусь.",
            "В отношении пяти депутатов сейма Литвы вводится запрет на въезд в Беларусь.",
            "decision",
        ),
        (
            "ru",
            "12.05.2024 10:00\nЗаявление МИД Беларуси о санкциях\n\n"
            "На основе взаимности вводятся персональные ограничения в отношении 40 депутатов.",
            "На основе взаимности вводятся персональные ограничения в отношении 40 депутатов.",
            "decision",
        ),
        (
            "ru",
            "12.05.2024 10:00\nЗаявление МИД Беларуси о санкциях\n\n"
            "Недружественные шаги Вильнюса будут и далее получать решительный отпор.",
            "Недружественные шаги Вильнюса будут и далее получать решительный отпор.",
            "declaratory",
        ),
        (
            "fr",
            "Communiqué de la Fédération Nationale des Marins\n\nIl a été décidé de suspendre toute négociation.",
            "Il a été décidé de suspendre toute négociation.",
            "decision",
        ),
        (
            "en",
            "Statement by the Coalition for Fair Budgets\n\nAfter the vote, it has been decided to leave the talks.",
            "After the vote, it has been decided to leave the talks.",
            "decision",
        ),
    ],
)
def test_a_decision_told_without_its_subject_is_the_author_s(language: str, text: str, quote: str, force: str) -> None:
    extraction = build_news(text, language)
    author = extraction.document.body
    (commitment,) = extraction.commitments
    assert author is not None and commitment.issuer == author
    assert (text[commitment.span.start : commitment.span.end], commitment.force) == (quote, force)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Москва, 5 мая. Магазин закрывается в девять часов, сообщил директор."),
        ("ru", "Москва, 5 мая. С понедельника вводятся ограничения на парковку, сообщил директор."),
        ("fr", "Paris, le 5 mai. Il a été décidé hier que le marché fermerait plus tôt."),
    ],
)
def test_without_an_author_such_a_phrase_is_no_commitment(language: str, text: str) -> None:
    assert build_news(text, language).commitments == []


@pytest.mark.parametrize(
    ("language", "text", "target"),
    [
        (
            "ru",
            "12.05.2024 10:00\nЗаявление МИД Беларуси о санкциях\n\n"
            "В ответ на санкции въезд в Беларусь закрывается на постоянной основе для аналогичной категории граждан "
            "Литвы.",
            "аналогичной категории граждан Литвы",
        ),
        (
            "fr",
            "Communiqué de la Fédération Nationale des Marins\n\n"
            "Il a été décidé d'engager des poursuites à l'encontre de la société Maritima.",
            "la société Maritima",
        ),
    ],
)
def test_those_a_decision_applies_to_are_its_addressees(language: str, text: str, target: str) -> None:
    """ "въезд ... закрывается ... для аналогичной категории граждан": before, the decision had no addressee."""
    (decision,) = [c for c in build_news(text, language).commitments if c.action == "decides"]
    assert [a.text for a in decision.addressees] == [target]


def test_a_decision_for_a_time_has_no_addressee() -> None:
    text = "12.05.2024 10:00\nЗаявление МИД Беларуси о санкциях\n\nПринято решение продлить меры для обеспечения безопасности граждан на два года."
    (decision,) = [c for c in build_news(text, "ru").commitments if c.action == "decides"]
    assert decision.addressees == ()
