"""A meeting or a summit named after an instrument ("the Arctic Accord Review Meeting") is no instrument: the
capitalised words after an instrument's head that end with an event's head (``event_heads``) name the event, and
the instrument's name ends at its head. Where the event's head comes first ("la Réunion des Parties à la
Convention de Ramsar"), the instrument after it is named as before.

Each excerpt is composed for the test.
"""

from __future__ import annotations

from helpers import build_news


def _cited(text: str, language: str) -> list[str]:
    return [" ".join(c.mention.text.split()) for c in build_news(text, language).citations]


def test_a_meeting_named_after_a_treaty_cites_the_treaty_alone() -> None:
    text = (
        "WASHINGTON, 4 June 2024 - Ahead of the 12th Arctic Accord Review Meeting, delegates reaffirmed the "
        "Arctic Accord and prepared the Ocean Charter Summit."
    )
    cited = _cited(text, "en")
    assert "Arctic Accord" in cited
    assert not any(name.endswith(("Meeting", "Summit")) for name in cited)


def test_an_instrument_after_the_head_of_a_meeting_is_named() -> None:
    text = "PARIS, le 3 mars 2024 - La Réunion des Parties à la Convention de Ramsar se tient à Genève."
    assert _cited(text, "fr") == ["Convention de Ramsar"]
