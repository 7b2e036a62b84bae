"""A statement signed by a post of a body named by its common noun ("بقلم رئيس المنظمة", by the President of
the Organization; "Par le président de l'association"): the author is the first body the text names whose name
opens with that noun.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


@pytest.mark.parametrize(
    ("language", "text", "author"),
    [
        ("ar", "بلاغ\nاختتام أشغال المؤتمر الخامس\nبقلم رئيس المنظمة\n12 مارس 2001\n\n"
               "أنهى المؤتمر الخامس للمنظمة الوطنية لحماية البيئة أشغاله يوم الأحد 11 مارس 2001.\n",
         "للمنظمة الوطنية لحماية البيئة"),
        ("fr", "Communiqué\nClôture du congrès\nPar le président de l'association\n\n"
               "L'Association des Amis de la Forêt a clos son congrès le 3 mars 2001 à Lyon.\n",
         "Association des Amis de la Forêt"),
    ],
)  # fmt: skip
def test_a_byline_noun_stands_for_the_body_whose_name_opens_with_it(language: str, text: str, author: str) -> None:
    body = build_news(text, language).document.body
    assert body is not None and body.text == author


def test_a_byline_noun_that_opens_no_bodys_name_names_no_author() -> None:
    text = "Communiqué\nClôture du congrès\nPar le président de l'association\n\nLe Conseil de Lyon a voté hier.\n"
    assert build_news(text, "fr").document.body is None
