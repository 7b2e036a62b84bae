"""English UN documents: meetings and events."""

from __future__ import annotations

from helpers import build_un


def test_a_range_of_meetings_names_each_with_its_own_ordinal_letters() -> None:
    text = (
        "Report of the Third Committee\n\n1. The Committee held a general discussion at its 20th to 23rd meetings, "
        "from 16 to 19 October 2023.\n"
    )
    names = [event.name for event in build_un(text, "en").events]
    assert names == ["20th meeting", "21st meeting", "22nd meeting", "23rd meeting"]
