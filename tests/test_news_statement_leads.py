"""A statement whose lead names who speaks in it ("... released the following statement:"): that speaker is
the author, whose first-person pledges the statement makes. Before, "we will continue to work together" in such
a statement had no issuer and was dropped, and the speaker's post ("National Security Advisor") was no post.
Each excerpt is composed for the test.
"""

from __future__ import annotations

from helpers import build_news

_EN = (
    " \n*Following the signing of the Border Act, National Security Advisor Jane Roe released the following\n"
    "statement:*\n\nToday the President signed a historic law. We will continue to work with our partners.\n"
)
_RU = (
    "Москва, 5 марта 2024 года - Министр иностранных дел России Иван Петров сделал следующее заявление:\n\n"
    "Мы призываем все стороны к сдержанности.\n"
)


def _issuers(text: str, language: str) -> list[str]:
    return [c.issuer.text if c.issuer else "" for c in build_news(text, language).commitments]


def test_the_speaker_named_in_an_english_lead_pledges_the_statement_s_we() -> None:
    extraction = build_news(_EN, "en")
    assert _issuers(_EN, "en") == ["Jane Roe"]
    assert ("Jane Roe", "National Security Advisor") in {(h.person.text, h.post) for h in extraction.posts}


def test_the_speaker_named_in_a_russian_lead_calls_in_the_statement() -> None:
    assert _issuers(_RU, "ru") == ["Иван Петров"]


def test_without_a_lead_a_we_pledge_of_no_known_author_is_dropped() -> None:
    text = " \nToday the President signed a historic law. We will continue to work with our partners.\n"
    assert _issuers(text, "en") == []
