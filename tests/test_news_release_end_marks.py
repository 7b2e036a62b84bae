"""A press release ends with its mark ("###", escaped "\\###" in a Markdown copy): the text is its issuer's
statement (a fact sheet, a release), not an article about it; a heading opened by "###" is no such mark.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news

from kg.model import Kind

_RELEASE = (
    " \n*Expands a student exchange programme*\n\nThe Department of Education is launching a programme "
    "that sends 200 students abroad each year.\n\n"
)


@pytest.mark.parametrize("end", ["\\###\n", "###\n", "-30-\n"])
def test_a_text_that_ends_with_a_release_mark_is_a_statement(end: str) -> None:
    assert build_news(_RELEASE + end, "en").document.kind == Kind.STATEMENT


def test_a_heading_marked_with_hashes_is_no_release_mark() -> None:
    text = "### Students go abroad\n\nLONDON, 3 April 2024 - The programme sends 200 students abroad.\n"
    assert build_news(text, "en").document.kind == Kind.NEWS_ARTICLE


def test_an_article_without_the_mark_stays_an_article() -> None:
    assert build_news(_RELEASE, "en").document.kind == Kind.NEWS_ARTICLE
