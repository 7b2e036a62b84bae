"""A figure's period in the graph: a coded period ("2013-Q1", "2022/2024") is a plain string the shapes check
by its pattern; a period the text names only by an event ("before the pandemic", "疫情发生前") is the text's
words, a literal tagged with the document's language, so that no words pass for a code.

Short excerpts composed for these tests, in English, Spanish and Chinese.
"""

from __future__ import annotations

import pytest
from pyoxigraph import Literal, Store

from kg import resolve
from kg.graph.writer import document_quads
from tests.helpers import build_news, news_document

_PERIODS = """PREFIX pk: <https://w3id.org/policy-kg/ontology#>
    SELECT ?value ?period WHERE { ?o pk:value ?value ; pk:refPeriod ?period }"""


def _periods(text: str, language: str) -> dict[str, Literal]:
    """Each figure's value, with the literal of its period as the graph holds it."""
    document = news_document(text, language)
    _, quads = document_quads(document, build_news(text, language), lambda m: resolve.resolve(m, language))
    store = Store()
    store.extend(quads)
    rows = store.query(_PERIODS, use_default_graph_as_union=True)
    return {row["value"].value: row["period"] for row in rows}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In the first quarter of 2013, the agency returned 2,646 children to their countries.\n"),
        ("es", "En el primer trimestre de 2013 fueron repatriados 2 mil 646 niños.\n"),
    ],
)
def test_a_quarter_is_a_coded_period(language: str, text: str) -> None:
    period = _periods(text, language)["2646"]
    assert (period.value, period.language) == ("2013-Q1", None)


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("en", "Before the pandemic, the country admitted 340,000 immigrants a year.\n", "Before the pandemic"),
        ("es", "Antes de la pandemia, el país recibía 340 mil inmigrantes al año.\n", "Antes de la pandemia"),
        ("zh", "疫情发生前，加拿大每年接收约34万名移民。\n", "疫情发生前"),
    ],
)
def test_a_period_named_by_an_event_is_words_of_the_text(language: str, text: str, words: str) -> None:
    period = _periods(text, language)["340000"]
    assert (period.value, period.language) == (words, language)
