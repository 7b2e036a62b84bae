"""A state of the Assembly written as a participle or an adjective ("guided by", "convinced") after a bare comma
inside a preambular paragraph describes the words before it, and opens no commitment of its own: "Welcoming the
process and its timely conclusion, guided by the principles of transparency". After a connective ("and guided
by") it is the Assembly's own, as at the head of a paragraph."""

from __future__ import annotations

import pytest
from un_excerpts import CLOSINGS, resolution

_TEXTS = {
    "en": (
        "Welcoming the process and its timely conclusion, guided by the principles of transparency,",
        "Recalling its earlier resolutions, and guided by the purposes of the Charter,",
    ),
    "fr": (
        "Se félicitant du processus et de sa conclusion rapide, guidée par les principes de transparence,",
        "Rappelant ses résolutions antérieures, et guidée par les buts de la Charte,",
    ),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_state_after_a_bare_comma_is_no_commitment(language: str) -> None:
    modifier, joined = _TEXTS[language]
    extraction = resolution(language, modifier, joined, CLOSINGS[language])
    preamble = [c for c in extraction.commitments if c.paragraph and c.paragraph.section == "preamble"]
    actions = [c.action for c in preamble]
    assert actions.count("is-guided-by") == 1, actions  # the second paragraph's, after "and"
    assert actions[0] == "welcomes"
