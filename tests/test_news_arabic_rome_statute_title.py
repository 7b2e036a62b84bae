"""The Rome Statute by its other usual Arabic title ("النظام الأساسي للمحكمة الجنائية الدولية").

Each excerpt is composed for the test. Before, the gazetteer knew the statute by "نظام روما" only, so a
statement that calls on a state to ratify "the statute of the International Criminal Court" cited nothing.
"""

from __future__ import annotations

from helpers import build_news, citations_of


def test_the_rome_statute_by_its_other_title_is_known() -> None:
    text = "بلاغ\n\nتطالب الجمعية حكومة نورلاند بالانضمام إلى النظام الأساسي للمحكمة الجنائية الدولية.\n"
    assert "rome-statute" in citations_of(build_news(text, "ar"))


def test_the_court_named_alone_cites_no_statute() -> None:
    text = "بلاغ\n\nتطالب الجمعية بدعم استقلال المحكمة الجنائية الدولية وحماية قضاتها.\n"
    assert "rome-statute" not in citations_of(build_news(text, "ar"))
