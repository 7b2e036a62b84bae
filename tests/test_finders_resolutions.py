"""One grammar of UN resolution numbers (kg.finders.resolutions) for every family of document.

A resolution cited by number in a UN resolution and in news is one instrument with one key: the
Security Council's "2532 (2020)", a roman session's "217 A (III)", a session and number "73/195",
and in Chinese the same numbers before the suffix "号决议".
"""

from __future__ import annotations

import pytest

from kg.builders.news import BUILDER as NEWS
from kg.builders.un import BUILDER as UN
from kg.finders.commitments import action_force, force_of
from kg.finders.resolutions import ResolutionReading, resolution_readings, resolution_symbol
from kg.model import Document

_UN_EN = (
    "The General Assembly,\n\nRecalling its resolutions 217 A (III) of 10 December 1948 and 73/195 of"
    " 19 December 2018, and Security Council resolution 2532 (2020),\n\n1. Decides to remain seized of the matter.\n"
)
_NEWS_EN = (
    "NEW YORK, 20 September 2023 - The General Assembly recalled resolution 217 A (III) and resolution"
    " 73/195, and the Security Council its resolution 2532 (2020).\n"
)
_UN_ZH = "大会，\n\n回顾2016年9月19日第71/1号决议和安全理事会第2532(2020)号决议，\n\n1. 决定继续处理此案。\n"
_NEWS_ZH = "新华社纽约9月20日电 联合国大会回顾第71/1号决议，安理会通过第2532(2020)号决议。\n"


def _cited(builder, text: str, language: str) -> list[str]:
    document = Document(source="x.txt", text=text, language=language)
    return sorted(c.mention.key or "" for c in builder.build(document).citations)


@pytest.mark.parametrize(
    ("un_text", "news_text", "language", "expected"),
    [
        (_UN_EN, _NEWS_EN, "en", ["A/RES/217A(III)", "A/RES/73/195", "S/RES/2532(2020)"]),
        (_UN_ZH, _NEWS_ZH, "zh", ["A/RES/71/1", "S/RES/2532(2020)"]),
    ],
)
def test_a_resolution_number_has_one_key_in_un_documents_and_in_news(
    un_text: str, news_text: str, language: str, expected: list[str]
) -> None:
    assert _cited(UN, un_text, language) == expected
    assert _cited(NEWS, news_text, language) == expected


def test_the_force_of_an_action_comes_from_the_ontology_for_every_builder() -> None:
    assert force_of("requests") == action_force("requests") == "directive"
    assert force_of("no-such-action") is None  # the UN builder skips a verb the scheme lacks
    with pytest.raises(KeyError, match="no-such-action"):
        action_force("no-such-action")  # a pack that maps its words to no action is a bug of the pack


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "NUEVA YORK, 10 de junio de 2022 (EFE) - La Asamblea General aprobó la resolución A/RES/76/300"
            " y recordó el informe A/76/64 y la declaración S/PRST/2023/1.\n",
            "es",
        ),
        ("Hà Nội, ngày 25/9/2023 - Việt Nam ủng hộ Nghị quyết A/RES/76/300, báo cáo A/76/64 và S/PRST/2023/1.\n", "vi"),
        (
            "دبي، 10 حزيران/يونيو 2022 - رحبت الإمارات بالقرار A/RES/76/300 والتقرير A/76/64 والبيان S/PRST/2023/1.\n",
            "ar",
        ),
    ],
)
def test_news_cites_printed_un_symbols_as_the_un_builder_does(text: str, language: str) -> None:
    """The UN builder cited every printed symbol; news only those the gazetteer knew (the union reads both)."""
    document = Document(source="x.txt", text=text, language=language)
    cited = {c.mention.key: str(c.mention.kind) for c in NEWS.build(document).citations}
    assert cited == {"A/RES/76/300": "resolution", "A/76/64": "report", "S/PRST/2023/1": "presidential-statement"}


def test_a_printed_symbol_the_gazetteer_knows_is_one_citation() -> None:
    text = "NEW YORK, 25 September 2015 - Member States adopted resolution A/RES/70/1, the 2030 Agenda.\n"
    keys = [c.mention.key for c in NEWS.build(Document(source="x.txt", text=text, language="en")).citations]
    assert keys.count("A/RES/70/1") == 1


@pytest.mark.parametrize(
    ("first", "second", "year", "expected"),
    [
        (183, 56, 2001, "A/RES/56/183"),  # number/session, as Arabic texts print it
        (59, 220, None, "A/RES/59/220"),  # session/number, as footnotes print it
        (1, 70, 2015, "A/RES/70/1"),  # only the date decides
        (70, 1, 2015, "A/RES/70/1"),
        (46, 2006, None, "E/RES/2006/46"),  # ECOSOC numbers by year, either way round
        (2017, 21, None, "E/RES/2017/21"),
    ],
)
def test_resolution_numbers(first: int, second: int, year: int | None, expected: str) -> None:
    [reading, *_] = resolution_readings(first, second, year=year)
    assert resolution_symbol(reading) == expected


def test_an_undated_ambiguous_number_keeps_both_readings() -> None:
    readings = resolution_readings(12, 15)
    assert ResolutionReading(number=15, session=12) in readings
    assert ResolutionReading(number=12, session=15) in readings
