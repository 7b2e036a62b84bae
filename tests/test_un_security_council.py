"""Security Council resolutions, composed in the six UN languages in the style of real ones.

The Council numbers its resolutions in one series with the year ("S/RES/2532 (2020)",
"resolution 2177 (2014)"), is adopted "at its 8750th meeting", speaks in the masculine
in Arabic ("يقرر"), and acts "under Chapter VII of the Charter".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.builders.un import BUILDER
from kg.model import Document, Extraction
from kg.text.normalize import fold_digits
from kg.text.symbols import find_symbols

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "security_council"
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
CITED = {"S/RES/2177(2014)", "S/RES/2286(2016)", "S/RES/2439(2018)", "S/RES/2417(2018)"}


def build(language: str) -> Extraction:
    path = FIXTURES / f"{language}-s-res-2532.txt"
    return BUILDER.build(Document(source=path.name, text=path.read_text(encoding="utf-8"), language=language))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_masthead_of_a_council_resolution(language: str) -> None:
    facts = build(language).document
    assert (facts.kind, facts.symbol, facts.date) == ("resolution", "S/RES/2532(2020)", "2020-07-01")
    assert "2532(2020)" in "".join(fold_digits(facts.title or "").split())
    assert "8750" in fold_digits(facts.meeting or "")


@pytest.mark.parametrize("language", LANGUAGES)
def test_council_resolutions_are_cited_by_number_and_year(language: str) -> None:
    cited = {c.mention.key for c in build(language).citations}
    assert cited >= CITED


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_council_acts_under_the_charter_demands_requests_and_decides(language: str) -> None:
    extraction = build(language)
    actions = [(c.paragraph.section, c.action) for c in extraction.commitments]
    assert ("preamble", "acts-under") in actions and ("preamble", "recalls") in actions
    operative = [action for section, action in actions if section == "operative"]
    assert operative[0] == "demands" and operative[-1] == "decides" and "requests" in operative
    assert all(c.issuer is not None and c.issuer.key == "SC" for c in extraction.commitments)


def test_a_title_keeps_the_digits_it_is_printed_with() -> None:
    assert build("ar").document.title == "القرار ٢٥٣٢ (٢٠٢٠)"


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("S/RES/2532 (2020)", "S/RES/2532(2020)"),
        ("S/RES/2532(2020)", "S/RES/2532(2020)"),
        ("(S/RES/1325 (2000))", "S/RES/1325(2000)"),
        ("A/RES/217 A (III)", "A/RES/217A(III)"),
    ],
)
def test_council_symbols_keep_their_year(text: str, symbol: str) -> None:
    assert [found for _, found in find_symbols(text)] == [symbol]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The General Assembly,\n\nRecalling Security Council resolution 1325 (2000) of 31 October 2000,\n"),
        ("ar", "إن الجمعية العامة،\n\nإذ تشير إلى قرار مجلس الأمن ١٣٢٥ (٢٠٠٠) المؤرخ ٣١ تشرين الأول/أكتوبر ٢٠٠٠،\n"),
        ("zh", "大会，\n\n回顾2000年10月31日安全理事会第1325(2000)号决议，\n"),
    ],
)
def test_other_bodies_cite_council_resolutions_with_their_dates(language: str, text: str) -> None:
    extraction = BUILDER.build(Document(source=f"cites-{language}.txt", text=text, language=language))
    assert {(c.mention.key, c.date) for c in extraction.citations if c.mention.key and "/RES/" in c.mention.key} == {
        ("S/RES/1325(2000)", "2000-10-31")
    }
