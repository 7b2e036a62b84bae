"""Arabic news and statements: what the one asked is asked to do may open with the proclitic "ل" as with "إلى"
("تدعو المجالس المنتخبة | للانكباب على"), which ends the description of whom the call asks. Before, a call
with "ل" had no addressee where none of its words was a known actor.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


def _asked(text: str) -> list[list[str]]:
    return [[a.text for a in c.addressees] for c in build_news(text, "ar").commitments]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("تدعو المجالس المنتخبة للانكباب فورا على إنجاز المهام.", [["المجالس المنتخبة"]]),
        ("وتدعو الجماعات الترابية للتعاون مع الجمعيات المحلية.", [["الجماعات الترابية"]]),
        # the same call with "إلى" asks the same description
        ("تدعو المجالس المنتخبة إلى الانكباب فورا على إنجاز المهام.", [["المجالس المنتخبة"]]),
    ],
)
def test_a_call_with_lam_asks_the_description_before_it(sentence: str, expected: list[list[str]]) -> None:
    assert _asked(f"بيان\n\nالرباط في 4 مارس 2024 - {sentence}\n") == expected


def test_a_call_for_an_act_with_lam_right_after_the_verb_asks_no_one() -> None:
    """ "تدعو للتظاهر": a call for a demonstration, no one named or described before "ل"."""
    assert _asked("بيان\n\nالرباط في 4 مارس 2024 - تدعو للتظاهر السلمي يوم الأحد.\n") in ([], [[]])
