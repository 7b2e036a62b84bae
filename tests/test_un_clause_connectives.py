"""A verb that opens a later clause after a connective ("..., and in that regard urges Governments to ...",
"... и в этой связи настоятельно призывает правительства ...") is a commitment of its own, with its addressees.
Before, only a comma or a conjunction right before the verb opened a clause, so the request was lost."""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, resolution

_CONNECTED = {
    "en": "1. Expresses its concern about the impact of financial crises on migrants, and in that regard urges "
          "Governments to combat unfair treatment of migrants;",
    "ru": "1. выражает обеспокоенность последствиями финансовых кризисов для мигрантов и в этой связи "
          "настоятельно призывает правительства бороться с несправедливым обращением с мигрантами;",
}  # fmt: skip
_WITHOUT_BOUNDARY = {
    "en": "1. Expresses its concern about the crises in that regard urges nothing;",
    "ru": "1. выражает обеспокоенность кризисами в этой связи настоятельно призывает;",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_verb_after_a_boundary_and_a_connective_opens_a_clause(language: str) -> None:
    extraction = resolution(language, PREAMBLES[language], _CONNECTED[language])
    found = [c for c in extraction.commitments if c.paragraph and c.paragraph.number == "1"]
    assert [c.action for c in found] == ["expresses-concern", "urges"]
    assert [a.name for a in found[1].addressees] == ["Governments"]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_connective_without_a_clause_boundary_before_it_opens_none(language: str) -> None:
    extraction = resolution(language, PREAMBLES[language], _WITHOUT_BOUNDARY[language])
    found = [c for c in extraction.commitments if c.paragraph and c.paragraph.number == "1"]
    assert [c.action for c in found] == ["expresses-concern"]
