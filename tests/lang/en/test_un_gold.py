"""The UN builder on the English Global Compact for Migration (A/RES/73/195), a PDF text layer.

The facts below are printed in the document (masthead, closing lines, annex); the traps are the
page headers in mid-sentence, paragraph numbers alone on a line, footnote markers glued to words,
and the list of the 23 objectives that precedes the objectives themselves.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from pathlib import Path

from helpers import nonempty

from kg.builders.un import BUILDER
from kg.model import Document, Extraction

SOURCE = Path(__file__).resolve().parents[3] / "corpus" / "un-en-a-res-73-195.txt"
OBJECTIVES = 23
FIRST_OBJECTIVE_PARAGRAPH = 17  # objective N is paragraph 16 + N of the annex


@cache
def extraction() -> Extraction:
    document = Document(source=str(SOURCE), text=SOURCE.read_text(encoding="utf-8"), language="en")
    return BUILDER.build(document)


def annex_paragraphs() -> dict[str, list]:
    found = defaultdict(list)
    for paragraph in extraction().paragraphs:
        if paragraph.section == "annex":
            found[paragraph.number].append(paragraph)
    return found


def test_metadata() -> None:
    facts = extraction().document
    assert facts.symbol == "A/RES/73/195"
    assert facts.kind == "resolution"
    assert facts.date == "2018-12-19"
    assert facts.session == 73
    assert facts.agenda_items == (14, 119)
    assert facts.meeting == "60th plenary meeting"
    assert facts.adopted_on == "A/73/L.66"
    assert facts.title == "Global Compact for Safe, Orderly and Regular Migration"
    assert facts.body is not None and facts.body.text == "General Assembly"


def test_citations() -> None:
    keys = {c.mention.key for c in extraction().citations}
    assert {
        "A/RES/71/1",
        "A/RES/71/280",
        "A/RES/72/244",
        "A/RES/72/308",
        "A/RES/70/1",
        "A/RES/69/313",
    } <= keys
    assert {"A/73/L.66", "A/RES/217A(III)"} <= keys
    assert not any(key and key.startswith("18-") for key in keys)  # job numbers are no symbols
    dates = {c.mention.key: c.date for c in extraction().citations if c.date}
    assert dates["A/RES/71/1"] == "2016-09-19"
    assert dates["A/RES/72/308"] == "2018-08-06"


def test_preamble_and_operative_paragraphs() -> None:
    paragraphs = extraction().paragraphs
    assert [p.leading_phrase for p in paragraphs if p.section == "preamble"] == ["Recalling"]
    operative = [p for p in paragraphs if p.section == "operative"]
    assert [p.number for p in operative] == ["1", "2"]
    actions = [
        (c.paragraph.number, c.action, c.force) for c in extraction().commitments if c.paragraph.section == "operative"
    ]
    assert actions == [("1", "expresses", "declaratory"), ("2", "endorses", "decision")]


def test_page_furniture_is_not_in_paragraphs_as_a_start_or_an_end() -> None:
    text = SOURCE.read_text(encoding="utf-8")
    for paragraph in nonempty(extraction().paragraphs):
        quote = paragraph.span.of(text)
        assert not quote.rstrip().endswith(("18-22354", "A/RES/73/195"))


def test_the_23_objectives_each_with_its_commitment() -> None:
    annex = annex_paragraphs()
    for number in range(1, OBJECTIVES + 1):
        assert annex[f"objective-{number}"], number
        paragraph = str(FIRST_OBJECTIVE_PARAGRAPH + number - 1)
        pledges = [
            c for c in extraction().commitments if c.paragraph.number == paragraph and c.paragraph.section == "annex"
        ]
        assert pledges and pledges[0].action == "commits" and pledges[0].force == "declaratory", paragraph


def test_lettered_actions_are_numbered_under_their_paragraph() -> None:
    annex = annex_paragraphs()
    assert annex["17(a)"] and annex["17(k)"]
    assert annex["39(a)"]


def test_the_compact_is_pledged_by_the_heads_of_state_and_government() -> None:
    pledges = [c for c in extraction().commitments if c.paragraph.section == "annex"]
    issuer = pledges[0].issuer
    assert issuer is not None and issuer.kind == "group-of-states"
    assert issuer.text.startswith("the Heads of State and Government")


def test_the_intergovernmental_conference() -> None:
    [event] = [e for e in extraction().events if e.place and e.place.text == "Marrakech"]
    assert (event.start, event.end) == ("2018-12-10", "2018-12-11")
