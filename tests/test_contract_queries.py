"""The query contract of DESIGN.md: names, variables in order, headers, rows on the corpus."""

from __future__ import annotations

import pytest
from helpers import rows, variables

from kg.query import query_header, query_names

CONTRACT = {
    "documents": "doc work title symbol kind language date source",
    "citations": "doc instrument symbol name date",
    "commitments": "doc commitment section paragraph issuer action force addressee deadline text",
    "actors": "actor kind name code label",
    "posts": "person name post organization doc",
    "statistics": "doc stat value unit measure area period qualifier text",
    "events": "event name kind place start end doc",
    "mentions": "entity doc start end quote",
}


def test_every_contract_query_exists() -> None:
    assert set(CONTRACT) <= set(query_names())


@pytest.mark.parametrize("name", query_names())
def test_every_query_has_a_header(name: str) -> None:
    header = query_header(name)
    assert header.question.endswith("?"), name
    assert header.variables.startswith("?"), name
    assert header.example, name


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_contract_variables_come_first_in_order(corpus_store, name: str) -> None:
    expected = CONTRACT[name].split()
    assert variables(corpus_store, name)[: len(expected)] == expected


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_contract_query_returns_rows_on_the_corpus(corpus_store, name: str) -> None:
    assert rows(corpus_store, name), f"{name} returned no rows"


def test_mention_quotes_equal_the_text_at_their_offsets(corpus_store) -> None:
    from pathlib import Path

    from kg.readers import read

    texts: dict[str, str] = {}
    documents = {r["doc"]: r["source"] for r in rows(corpus_store, "documents")}
    checked = 0
    for row in rows(corpus_store, "mentions"):
        source = documents[row["doc"]]
        if source not in texts:
            # sources are named below the folder built: corpus/x.txt, beside the tests' folder
            texts[source] = read(Path(__file__).resolve().parents[1] / source, source=source).text
        start, end = int(row["start"]), int(row["end"])
        assert texts[source][start:end] == row["quote"], (source, start, end)
        checked += 1
    assert checked > 100
