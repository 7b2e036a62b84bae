"""English UN documents: where a paragraph starts and ends."""

from __future__ import annotations

from helpers import build_un


def test_a_meeting_named_at_the_head_of_a_wrapped_line_ends_no_paragraph() -> None:
    text = (
        "The Human Rights Council,\n\n1. Decides to hold a panel discussion, to be convened at its\n"
        "57th meeting of the session, on the right to development;\n"
    )
    (commitment,) = build_un(text, "en").commitments
    assert commitment.span.of(text).endswith("right to development")
