"""The date of a news text printed below a line of page furniture: a mirror's link back to its index and
the title above it, a credit line between them ("**By:[Desk](...)**"), then the date on a line of its own.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news

_MIRROR_TOP = "###  [:house:Home](https://example.org/mirror)\n---\n\n\n## {title}\n` Desk` [{repost}](https://example.org/1/)\n\n"


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        (
            "zh",
            _MIRROR_TOP.format(title="学校转向远程教学", repost="转载自新闻网")
            + "**By:[新闻组](https://video.example.org/watch/61d4)**\n\n**2022-01-04**\n\n纽约时报报道，学校转向远程教学。\n",
            "2022-01-04",
        ),
        (
            "zh",
            _MIRROR_TOP.format(title="众议院通过议案", repost="转载自新闻网")
            + "**撰文/ 前线｜发布日期/ 19/03/2022**\n3月16日，众议院通过议案。\n",
            "2022-03-19",
        ),
        (
            "en",
            _MIRROR_TOP.format(title="Schools move online", repost="Reposted from News")
            + "**By:[News desk](https://video.example.org/watch/61d4)**\n\n**2022-01-04**\n\nSchools moved online.\n",
            "2022-01-04",
        ),
    ],
)
def test_a_date_below_the_furniture_at_the_top_is_the_document_s(language: str, text: str, date: str) -> None:
    assert build_news(text, language).document.date == date


def test_a_date_far_down_the_text_is_not_the_document_s() -> None:
    text = (
        _MIRROR_TOP.format(title="Schools move online", repost="Reposted from News")
        + "Schools moved online. " * 30
        + "\n\n2022-01-04\n"
    )
    assert build_news(text, "en").document.date is None
