"""Resolutions in Spanish, Russian, Chinese and Arabic as a PDF text layer printed with its layout.

Each fixture is composed for these tests in the style of a two- or three-page resolution: masthead
in columns, job number "23-25874 (S)" with its bar code, page counters and running headers on
either side, a footnote rule and its note, words hyphenated at a line end, Chinese "１．" and Arabic
"١ -" numbering, right-aligned Arabic lines, and an operative paragraph that runs on past the page
break in the middle of a sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.builders.un import BUILDER
from kg.builders.un.layout import reading_view
from kg.model import Extraction
from kg.readers import read

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "pdf_layout"
FILES = {
    "es": "es-three-pages.txt",
    "ru": "ru-two-pages.txt",
    "zh": "zh-two-pages.txt",
    "ar": "ar-two-pages.txt",
}
TITLES = {"es": "Protección de los migrantes", "ru": "Защита мигрантов", "zh": "保护移民", "ar": "حماية المهاجرين"}
# The last words of operative paragraph 2, printed on the next page.
CONTINUATIONS = {
    "es": "a más tardar en 2030",
    "ru": "не позднее 2030 года",
    "zh": "以加强对移民的保护",
    "ar": "عام 2030",
}
FURNITURE = ("23-25874", "*2325874*", "_____", "1/2", "2/2", "2/3")


def _build(language: str) -> tuple[str, Extraction]:
    path = FIXTURES / FILES[language]
    document = read(path, source=path.name)
    return document.text, BUILDER.build(document)


@pytest.mark.parametrize("language", sorted(FILES))
def test_every_paragraph_is_kept_in_order_with_its_number(language: str) -> None:
    _, extraction = _build(language)
    sections = [(p.section, p.number) for p in extraction.paragraphs]
    assert sections == [("preamble", None)] * 3 + [("operative", str(n)) for n in range(1, 5)]
    facts = extraction.document
    assert (facts.symbol, facts.date, facts.title) == ("A/RES/78/210", "2023-12-19", TITLES[language])


@pytest.mark.parametrize("language", sorted(FILES))
def test_a_paragraph_across_the_page_break_reads_whole_without_furniture(language: str) -> None:
    text, extraction = _build(language)
    view = reading_view(text, {"A/RES/78/210"}).text
    second = next(p for p in extraction.paragraphs if p.number == "2")
    read_text = " ".join(second.span.of(view).split())
    assert CONTINUATIONS[language] in read_text
    assert not any(mark in read_text for mark in FURNITURE)
    assert TITLES[language] not in read_text  # the running header


@pytest.mark.parametrize("language", sorted(FILES))
def test_citations_are_dated_and_none_is_page_furniture(language: str) -> None:
    _, extraction = _build(language)
    dates = {c.mention.key: c.date for c in extraction.citations}
    assert dates["A/RES/76/172"] == "2021-12-16"
    assert dates["A/RES/77/201"] == "2022-12-15"
    assert set(dates) == {"A/78/481/ADD.2", "A/RES/73/195", "A/RES/76/172", "A/RES/77/201"}
    actions = [c.action for c in extraction.commitments if c.paragraph and c.paragraph.section == "operative"]
    assert actions == ["urges", "calls-upon", "requests", "decides"]


def test_a_title_printed_in_a_column_beside_the_resolution_number() -> None:
    _, extraction = _build("zh")
    assert extraction.document.title == "保护移民"  # "78/210.   保护移民", not the adoption line


def test_chinese_numbers_before_a_suffix_the_next_line_carries() -> None:
    _, extraction = _build("zh")
    dates = {c.mention.key: c.date for c in extraction.citations}
    # "第76/172号和2022年12月15日第77/201号关于\n<indentation>保护移民的决议"
    assert dates.get("A/RES/76/172") == "2021-12-16"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("легальной миграции1,", "легальной миграции ,"),
        ("重申《全球契约》1，", "重申《全球契约》 ，"),
        ("والنظامية(١)،", "والنظامية   ،"),
        ("可持续发展目标3，", "可持续发展目标3，"),
        ("article 4(1) of", "article 4(1) of"),
    ],
)
def test_glued_footnote_markers_are_blanked_but_numbers_are_not(line: str, kept: str) -> None:
    assert reading_view(line).text == kept
