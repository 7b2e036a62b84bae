"""US English dates written month first: a day's ordinal suffix ("June 13th", "June 13<sup>th</sup>" in a
page's Markdown), a range of days ("March 11-12, 2024"), the year on the next line of a wrapped paragraph.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news

from kg import lang
from kg.text.dates import find_dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On June 13<sup>th</sup>, 2024, the two presidents signed it.", ("2024-06-13", None)),
        ("It was signed on June 13th, 2024 in Rome.", ("2024-06-13", None)),
        ("The dialogue met on March 11-12,\n    2024, in Washington.", ("2024-03-11", "2024-03-12")),
        ("The dialogue met on March 11–12 in Washington.", ("--03-11", "--03-12")),
    ],
)
def test_a_month_first_date_with_an_ordinal_or_a_range_of_days(text: str, expected: tuple[str, str | None]) -> None:
    (date,) = find_dates(text, lang.get("en"))
    assert (date.iso, date.end_iso) == expected


def test_a_day_s_ordinal_is_no_figure_and_dates_the_document() -> None:
    text = " \nOn June 13<sup>th</sup>, 2024, the presidents signed an agreement on 40 ships.\n\n\\###\n"
    extraction = build_news(text, "en")
    assert extraction.document.date == "2024-06-13"
    assert [str(s.value) for s in extraction.statistics] == ["40"]
