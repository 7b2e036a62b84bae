"""A resolution as a PDF text layer printed with its layout: headers and footers in columns.

``pdftotext -layout`` prints the job number beside the page counter ("23-25874      1/2") and the
symbol beside the running title ("A/RES/78/210      Protection des migrants"). Neither is text,
and a footnote block must end at them: the paragraphs of the next page are the resolution's.
The fixture is composed for this test in the style of a two-page French resolution.
"""

from __future__ import annotations

from pathlib import Path

from kg.builders.un import BUILDER
from kg.builders.un.layout import reading_view
from kg.readers import read

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "pdf_layout" / "fr-two-pages.txt"


def test_every_operative_paragraph_survives_a_page_break_printed_in_columns() -> None:
    document = read(FIXTURE, source=FIXTURE.name)
    extraction = BUILDER.build(document)
    operative = [p.number for p in extraction.paragraphs if p.section == "operative"]
    assert operative == ["1", "2", "3", "4"]
    actions = [c.action for c in extraction.commitments if c.paragraph and c.paragraph.section == "operative"]
    assert actions == ["urges", "calls-upon", "requests", "decides"]
    assert extraction.document.symbol == "A/RES/78/210"


def test_headers_and_footers_in_columns_are_furniture_but_the_masthead_is_not() -> None:
    view = reading_view(FIXTURE.read_text(encoding="utf-8"), {"A/RES/78/210"})
    furniture = {line.text.strip() for line in view.furniture}
    assert any(text.startswith("23-25874") and text.endswith("1/2") for text in furniture)
    assert any(text.startswith("A/RES/78/210") and text.endswith("Protection des migrants") for text in furniture)
    assert not any(text.startswith("Nations Unies") for text in furniture)
    assert "3.    Prie le Secrétaire général" in view.text


def test_a_sentence_beside_the_symbol_is_no_header() -> None:
    line = "x" * 700 + "\n A/RES/78/210    Rappelle sa résolution 77/201 et prie les États Membres de coopérer ;"
    view = reading_view(line, {"A/RES/78/210"})
    assert [line.text for line in view.furniture if line.text.strip()] == []


def test_a_citation_is_dated_across_the_line_break_and_indentation_of_the_next_line() -> None:
    extraction = BUILDER.build(read(FIXTURE, source=FIXTURE.name))
    dates = {c.mention.key: c.date for c in extraction.citations}
    assert dates["A/RES/76/172"] == "2021-12-16"
    assert dates["A/RES/77/201"] == "2022-12-15"  # "77/201\n                    du 15 décembre 2022"


def test_the_adoption_date_on_the_line_after_the_meeting_however_far_indented() -> None:
    extraction = BUILDER.build(read(FIXTURE, source=FIXTURE.name))
    assert extraction.document.date == "2023-12-19"  # not "--12-19": the year is past the line's first 80 characters
