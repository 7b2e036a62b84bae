"""Numbers in news that count nothing: days listed before a date, a disease's number, a time, listed articles.

Excerpts composed for the test. Before, each of these numbers was a statistic of its own: the 11 of "أيام 11 و
12 و 13 ماي" (only "12 و 13 ماي" was read as a date), the 19 of "كوفيد 19" and "Covid 19", the 4 and 30 of "vers
4 h 30", the 107 of "les articles 103 et 107" (the marker numbered only the first).
"""

from __future__ import annotations

import pytest
from helpers import build_news

_CASES = {
    ("ar", "listed days"): "انعقد المؤتمر أيام 11 و 12 و 13 ماي 2018 بحضور 300 مندوب.",
    ("ar", "disease"): "كشفت جائحة كوفيد 19 عن اختلالات، وحضر 300 مندوب.",
    ("fr", "disease"): "La crise du Covid 19 a mobilisé 300 délégués.",
    ("fr", "time"): "L'accord a été trouvé vendredi vers 4 h 30 par 300 délégués.",
    ("fr", "articles"): "Les articles 103 et 107 de la Constitution ont été modifiés par 300 délégués.",
    ("es", "articles"): "Los artículos 103, 105 y 107 constitucionales fueron reformados por 300 delegados.",
}


@pytest.mark.parametrize(("language", "what"), sorted(_CASES))
def test_only_the_delegates_are_counted(language: str, what: str) -> None:
    text = "Article\n\n" + _CASES[language, what] + "\n"
    assert [int(s.value) for s in build_news(text, language).statistics] == [300]


def test_numbers_listed_without_a_date_or_a_marker_still_count() -> None:
    """ "12 و 13 مندوبا": two figures, no date follows them."""
    text = "بيان\n\nشارك 12 و 13 مندوبا في الجلستين.\n"
    assert [int(s.value) for s in build_news(text, "ar").statistics] == [12, 13]
