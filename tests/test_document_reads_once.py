"""What finders read of a whole document is read once and kept, and reading it again finds the same."""

from __future__ import annotations

from dataclasses import fields

import pytest
from helpers import build_news, news_document

from kg import lang
from kg.finders import names
from kg.finders.actors import find_actors
from kg.finders.names import body_word
from kg.finders.persons import _pack_of_line
from kg.finders.text import DocumentText
from kg.lang import LanguagePack
from kg.text.dates import find_dates
from kg.text.normalize import digits_folded
from kg.text.symbols import find_symbols


def test_a_derived_value_is_made_once_a_document_and_once_a_name() -> None:
    news = DocumentText(news_document("Title\n\nA short text.\n", "en"), lang.get("en"))
    made: list[str] = []
    for _ in range(3):
        assert news.derived("one", lambda: made.append("one") or 1) == 1
    assert news.derived("two", lambda: made.append("two") or 2) == 2
    assert made == ["one", "two"]
    other = DocumentText(news_document("Title\n\nAnother text.\n", "en"), lang.get("en"))
    assert other.derived("one", lambda: 3) == 3  # kept by document, not shared between them


@pytest.mark.parametrize(
    ("language", "text", "company"),
    [
        ("en", "Title\n\nThe Government said the port operator Keel Harbor will build a terminal.\n", "Keel Harbor"),
        ("es", "Título\n\nEl Gobierno dijo que la empresa Lácteos Norteños invertirá en Sonora.\n", "Lácteos Norteños"),
    ],
)
def test_reading_actors_twice_finds_the_same_and_a_caller_s_list_is_its_own(
    language: str, text: str, company: str
) -> None:
    """Companies and standalone bodies are read once a segment, and every finder that asks gets them."""
    news = DocumentText(news_document(text, language), lang.get(language))
    first, second = find_actors(news), find_actors(news)
    assert [m.text for m in first.organizations] == [m.text for m in second.organizations]
    assert company in {m.text for m in first.organizations}
    assert (
        {text[s.start : s.end] for s in first.companies}
        == {company}
        == {text[s.start : s.end] for s in second.companies}
    )
    first.organizations.clear()  # a caller may change its lists: the kept reading stays whole
    assert company in {m.text for m in find_actors(news).organizations}
    assert company in {m.text for m in build_news(text, language).mentions}


@pytest.mark.parametrize(
    ("language", "word", "body"),
    [
        ("en", "Ministry", "Ministry"),
        ("en", "Ministries", None),
        ("ru", "корпорации", "корпораци"),
        ("ar", "والمنظمة", "المنظمة"),
    ],
)
def test_a_body_word_read_again_is_the_same_and_read_once(
    language: str, word: str, body: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The answer depends on the pack alone: kept by the pack, a word is read once for every text of it."""
    pack = LanguagePack(**{f.name: getattr(lang.get(language), f.name) for f in fields(LanguagePack) if f.init})
    first = DocumentText(news_document("Title\n\nText.\n", language), pack)
    second = DocumentText(news_document("Title\n\nAnother text.\n", language), pack)
    read: list[str] = []
    reading = names._body_word
    monkeypatch.setattr(names, "_body_word", lambda news, word: read.append(word) or reading(news, word))
    assert body_word(first, word) == body == body_word(first, word) == body_word(second, word)
    assert read == [word]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "en",
            "Title\n\nThe Caribbean Fisheries Agency and the Ministry of Ports will meet.\n",
            "Caribbean Fisheries Agency",
        ),
        ("ru", "Заголовок\n\nПредставитель Северной торговой корпорации выступил.\n", "Северная торговая корпорация"),
    ],
)
def test_a_titled_name_is_found_where_the_body_word_is_capitalised_or_runs_lower(
    language: str, text: str, name: str
) -> None:
    names = {m.text for m in find_actors(DocumentText(news_document(text, language), lang.get(language))).organizations}
    assert any(name in found for found in names), names


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        ("Recalling its resolution A/RES/70/1 and the report A/72/64-E/2017/12, ", ["A/RES/70/1", "A/72/64-E/2017/12"]),
        ("إذ تشير إلى قرارها A/RES/٧٠/١ وإلى التقرير A/٧٢/٦٤، ", ["A/RES/70/1", "A/72/64"]),
    ],
)
def test_a_whole_text_s_symbols_are_read_once_and_each_caller_gets_its_own_list(text: str, symbols: list[str]) -> None:
    whole = text * 40  # a document's length: kept
    first = find_symbols(whole)
    assert [symbol for _, symbol in first] == symbols * 40
    first.clear()
    assert find_symbols(whole) == find_symbols(whole) and len(find_symbols(whole)) == 2 * 40
    assert [symbol for _, symbol in find_symbols(text)] == symbols  # a line: read each time, the same way
    span, _ = find_symbols(whole)[-1]
    assert span.start > len(text) * 39  # offsets into the whole text


@pytest.mark.parametrize(
    ("text", "folded"), [("البند ١٦ لعام ٢٠١٧. ", "البند 16 لعام 2017. "), ("第１２条。", "第12条。")]
)
def test_digits_are_folded_the_same_in_a_line_and_in_a_whole_text(text: str, folded: str) -> None:
    assert digits_folded(text) == folded
    assert digits_folded(text * 500) == folded * 500 == digits_folded(text * 500)


@pytest.mark.parametrize(
    ("language", "text", "line", "pack"),
    [
        ("ru", "Заголовок\n\nВ список включены лица.\n", "1. James Byrne, Director;", "en"),
        ("ru", "Заголовок\n\nВ список включены лица.\n", "1. Бирн, Джеймс;", "ru"),
        ("fr", "Titre\n\nLa liste comprend des personnes.\n", "1. James Byrne, Director;", "fr"),
    ],
)
def test_a_latin_line_in_a_text_of_another_script_is_read_in_english(
    language: str, text: str, line: str, pack: str
) -> None:
    """Whether the text is mostly in another script is counted once a document, however many lines ask."""
    news = DocumentText(news_document(text, language), lang.get(language))
    assert _pack_of_line(news, line).code == pack == _pack_of_line(news, line).code


@pytest.mark.parametrize(
    ("language", "sentence", "iso"),
    [
        ("en", "It met on 10 December 2018 in Paris. ", "2018-12-10"),
        ("es", "Se reunió el 10 de diciembre de 2018. ", "2018-12-10"),
    ],
)
def test_a_whole_text_s_dates_are_read_once_and_a_sentence_without_digits_has_none(
    language: str, sentence: str, iso: str
) -> None:
    pack = lang.get(language)
    whole = sentence * 100
    first = find_dates(whole, pack)
    assert [d.iso for d in first] == [iso] * 100
    first.clear()  # the caller's own list
    assert find_dates(whole, pack) == find_dates(whole, pack) and len(find_dates(whole, pack)) == 100
    assert find_dates(whole, pack, len(sentence), 3 * len(sentence))[0].span.start == len(sentence) + sentence.index(
        "10"
    )
    assert find_dates("No date here at all. " * 200, pack) == []


def test_two_packs_of_one_code_read_a_long_text_each_with_its_own_months() -> None:
    text = "On 3 Brumaire 2018 it met. " * 100
    plain = LanguagePack(code="xx", name="test", months={"march": 3})
    revolutionary = LanguagePack(code="xx", name="test", months={"brumaire": 10})
    assert find_dates(text, plain) == []  # "Brumaire" is no month of this pack
    assert find_dates(text, revolutionary)[0].iso == "2018-10-03"
