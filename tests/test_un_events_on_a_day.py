"""An event named by its head and the day it met, joined by "on" ("el"), in a preamble whose marks carry notes.

"the Vienna Declaration and Programme of Action adopted by the World Conference on Human Rights on 25 June
1993,7" names a conference held that day. Before, only "of" joined an event to its day, and the preambular
paragraph was lost: "Guided also by" (an adverb inside the phrase) opened none, and the paragraph before it
ended at its last mark not followed by a footnote's marker ("1993,7"). Composed excerpts.
"""

from __future__ import annotations

import pytest
from un_excerpts import CLOSINGS, resolution

_PREAMBLES = {
    "en": ("Guided by the purposes and principles of the Charter,",
           "Guided also by the Programme of Action adopted by the World Conference on Rivers on 14 May 2031,7"),
    "es": ("Recordando su resolución 70/1,",
           "Recordando el Programa de Acción aprobado por la Conferencia Mundial de los Ríos el 14 de mayo de 2031,7"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "es"])
def test_an_event_joined_to_its_day_by_on(language: str) -> None:
    extraction = resolution(language, *_PREAMBLES[language], CLOSINGS[language])
    assert [(e.start, "Conferen" in e.name) for e in extraction.events] == [("2031-05-14", True)]


def test_an_adverb_inside_a_preambular_phrase_opens_a_paragraph() -> None:
    extraction = resolution("en", *_PREAMBLES["en"], CLOSINGS["en"])
    leading = [p.leading_phrase for p in extraction.paragraphs if p.section == "preamble"]
    assert leading == ["Guided by", "Guided also by"]
    last = next(p for p in extraction.paragraphs if p.leading_phrase == "Guided also by")
    assert extraction.document is not None and last.span.of(_text(extraction)).rstrip().endswith("2031,")


def _text(extraction) -> str:
    """The excerpt the builder read, rebuilt as :func:`un_excerpts.resolution` writes it."""
    body = "\n\n".join((*_PREAMBLES["en"], CLOSINGS["en"]))
    return f"United Nations\nA/RES/85/1\n\nThe General Assembly,\n\n{body}\n"


def test_a_number_s_thousands_at_a_line_end_are_no_footnote_marker() -> None:
    """ "was 10,476\\nUnited States dollars": three digits after a digit's comma are the number's, not a note's."""
    extraction = resolution(
        "en", "Recalling its resolution 70/1,", "1. Notes that the threshold was 10,476\nUnited States dollars in 2031;"
    )
    assert [(str(s.value), s.unit) for s in extraction.statistics] == [("10476", "USD")]
