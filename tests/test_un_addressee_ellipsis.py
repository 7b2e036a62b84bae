"""Lists of addressees with an aside inside and a noun written once for several modifiers.

"Invites States, national institutions and, as appropriate, intergovernmental, international and
non-governmental organizations to ..." asks five kinds of actor: the aside "as appropriate" is no item and
ends no list, and "organizations" is written once for three modifiers (in French and Spanish once before
them: "les organisations intergouvernementales, internationales et non gouvernementales"). Before, the list
stopped at the aside, with "national institutions and" as its last item. Composed excerpts.
"""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, resolution

_LISTS = {
    "en": "1. Invites States, national institutions and, as appropriate, intergovernmental, international and "
          "non-governmental organizations to exchange best practices;",
    "fr": "1. Invite les États, les institutions nationales et, selon qu’il conviendra, les organisations "
          "intergouvernementales, internationales et non gouvernementales à échanger leurs pratiques ;",
    "es": "1. Invita a los Estados, las instituciones nacionales y, según proceda, las organizaciones "
          "intergubernamentales, internacionales y no gubernamentales a que intercambien sus prácticas;",
}  # fmt: skip
_EXPECTED = {
    "en": ["States", "national institutions", "intergovernmental organizations", "international organizations",
           "non-governmental organizations"],
    "fr": ["States", "institutions nationales", "organisations intergouvernementales", "organisations internationales",
           "organisations non gouvernementales"],
    "es": ["States", "instituciones nacionales", "organizaciones intergubernamentales",
           "organizaciones internacionales", "organizaciones no gubernamentales"],
}  # fmt: skip


def _asked(extraction, number: str) -> list[str]:
    return [a.name or a.text for c in extraction.commitments if c.paragraph and c.paragraph.number == number
            for a in c.addressees]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_an_aside_and_a_shared_noun_keep_every_addressee_of_the_list(language: str) -> None:
    extraction = resolution(language, PREAMBLES[language], _LISTS[language])
    assert _asked(extraction, "1") == _EXPECTED[language]


def test_a_modifier_before_a_known_collective_shares_its_noun() -> None:
    extraction = resolution(
        "en",
        PREAMBLES["en"],
        "1. Urges States, and encourages intergovernmental and non-governmental "
        "organizations, to take all necessary measures;",
    )
    assert _asked(extraction, "1") == ["States", "intergovernmental organizations", "non-governmental organizations"]


def test_a_modifier_with_a_noun_of_its_own_borrows_none() -> None:
    """ "regional organizations and civil society": each item has its own noun; nothing is added."""
    extraction = resolution(
        "en", PREAMBLES["en"], "1. Invites Member States, regional organizations and civil society to observe the Day;"
    )
    assert _asked(extraction, "1") == ["Member States", "regional organizations", "civil society"]
