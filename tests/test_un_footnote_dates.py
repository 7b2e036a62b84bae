"""An instrument a footnote cites by symbol alone, dated by the text that calls the note.

"Welcomes the statement by the President of the Security Council of 12 February 2031,9 in which ..." with the
note "9 S/PRST/2031/2." dates the presidential statement 12 February 2031: the text names it by description and
date, the note by symbol. Before, the statement's symbol was cited with no date. A note whose number follows no
date in the text dates nothing. Composed excerpts.
"""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, resolution

_CALLED = {
    "en": "1. Welcomes the statement by the President of the Security Council of 12 February 2031,9 in which the "
          "Council reiterated its call for cooperation;",
    "fr": "1. Se félicite de la déclaration du Président du Conseil de sécurité en date du 12 février 2031 9, dans "
          "laquelle le Conseil a réitéré son appel à la coopération ;",
}  # fmt: skip
_NOTES = "__________________\n \n9 S/PRST/2031/2.\n \n10 S/PRST/2031/5."


def _dates(language: str, paragraph: str) -> dict[str, str | None]:
    extraction = resolution(language, PREAMBLES[language], f"{paragraph}\n{_NOTES}")
    return {c.mention.key: c.date for c in extraction.citations if "PRST" in (c.mention.key or "")}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_note_s_symbol_takes_the_date_its_marker_follows(language: str) -> None:
    dates = _dates(language, _CALLED[language])
    assert dates["S/PRST/2031/2"] == "2031-02-12"
    assert dates["S/PRST/2031/5"] is None  # note 10: no date in the text calls it
