"""Figures and web addresses: the escapes of a link ("%20", "%2013%") are no percentages, and a figure
of the sentence around the link is still read.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        (
            "en",
            "WASHINGTON, 3 April 2024 - The navies met for the [Second Dialogue](https://navy.example/a/#:~:text="
            "WASHINGTON%20%2D%2D%20Deputy%20Chief%20of,June%2013%20%E2%80%93%2014%2C%202023.) and sent 40 ships.\n",
            "40",
        ),
        (
            "zh",
            "新华社北京3月5日电 据[报道](https://news.example/zh/%E5%BF%A7%E6%B8%97%2093%25)，共有35艘船参加。\n",
            "35",
        ),
    ],
)
def test_the_escapes_of_a_web_address_are_no_figures(language: str, text: str, figure: str) -> None:
    values = [str(s.value) for s in build_news(text, language).statistics]
    assert values == [figure]
