"""Resolution and decision numbers of bodies other than the Assembly. A short name right before the word
("as set out in Council resolution 35/15") stands for the body of that kind the text has named; a name no
gazetteer knows ("Environment Assembly resolution 5/14") is a body of its own, whose numbers are no series of
symbols known here; a decision cited as part of a printed document ("document CBD/COP/15/17, decision 15/4")
is that document's. English writes the body before the number; other languages name it after, by the rules
of the known bodies."""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, resolution


def _cited(*paragraphs: str, language: str = "en") -> list[str]:
    return [c.mention.key or "" for c in resolution(language, *paragraphs).citations]


def test_a_short_name_stands_for_the_body_named_before() -> None:
    cited = _cited(
        "Reaffirming the mandate of the Special Rapporteur of the Human Rights Council, as set out in Council "
        "resolution 35/15 of 22 June 2017,",
        "1. Recalls Assembly resolution 70/1;",
    )
    assert cited == ["A/HRC/RES/35/15", "A/RES/70/1"]


def test_a_body_no_gazetteer_knows_cites_no_symbol_of_the_assembly() -> None:
    cited = _cited(PREAMBLES["en"], "1. Recalls the Ocean Forum Assembly resolution 5/14 of 2 March 2030;")
    assert cited == ["A/RES/70/1"]


def test_a_short_name_opening_a_paragraph_is_no_unknown_name() -> None:
    cited = _cited(
        "Recalling the work of the Human Rights Council,", "Recalling Council resolution 35/15,",
        "1. Decides to remain seized of the matter.",
    )  # fmt: skip
    assert cited == ["A/HRC/RES/35/15"]


DOCUMENT_PARTS = {
    "en": "1. Welcomes the Framework (document CBD/COP/15/17, decision 15/4, annex) and recalls its decision 68/548;",
    "fr": "1. Se félicite du Cadre (document CBD/COP/15/17, décision 15/4, annexe) et rappelle sa décision 68/548 ;",
}


@pytest.mark.parametrize("language", sorted(DOCUMENT_PARTS))
def test_a_decision_in_a_printed_document_is_that_documents(language: str) -> None:
    cited = _cited(PREAMBLES[language], DOCUMENT_PARTS[language], language=language)
    assert "A/DEC/15/4" not in cited
    assert {"CBD/COP/15/17", "A/DEC/68/548"} <= set(cited)


def test_a_resolution_symbol_of_another_series_printed_in_mixed_case() -> None:
    cited = _cited(PREAMBLES["en"], "1. Recalls the mandate set out in UNEP/EA.5/Res.14 of 2 March 2030;")
    assert "UNEP/EA.5/RES.14" in cited
