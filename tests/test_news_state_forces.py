"""English news: a state's navy, army or guard named with capitals is a body ("the French Navy", "the U.S. Coast
Guard"); the common noun alone, or opening a sentence, is none.

Each excerpt is composed for the test. Before, none of these was a body.
"""

from __future__ import annotations

from helpers import build_news


def test_a_state_s_force_named_with_capitals_is_a_body() -> None:
    text = (
        "Title\n\nWASHINGTON, May 3, 2025 - The Treasury said that the Freedonian National Army and the "
        "Freedonian Navy trained together, as did the U.S. Coast Guard.\n"
    )
    bodies = {m.text for m in build_news(text, "en").mentions if m.kind == "government-agency"}
    assert {"Freedonian National Army", "Freedonian Navy", "U.S. Coast Guard"} <= bodies


def test_the_common_noun_alone_is_no_body() -> None:
    text = "Title\n\nWASHINGTON, May 3, 2025 - The police came late. Army of volunteers helped the navy.\n"
    assert not [m for m in build_news(text, "en").mentions if m.kind == "government-agency"]
