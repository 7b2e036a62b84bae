"""The query contract of DESIGN.md: names, variables in order, headers, rows on the corpus."""

from __future__ import annotations

import pytest
from helpers import rows, variables

from kg.query import limited_query, load_query, query_header, query_names, sorted_query

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


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_contract_queries_stream_their_rows_and_state_an_order(name: str) -> None:
    # A sort holds the whole answer before its first row: the contract's rows stream unsorted.
    text = load_query(name)
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    assert "ORDER BY" not in body.upper(), name
    assert query_header(name).order.startswith("?"), name


@pytest.mark.parametrize("name", ["commitments", "mentions", "statistics"])
def test_a_sorted_contract_query_gives_the_same_rows_in_the_stated_order(corpus_store, name: str) -> None:
    order = query_header(name).order
    unsorted = rows(corpus_store, name)
    ordered = rows(corpus_store, sorted_query(load_query(name), order))
    assert sorted(map(_key, ordered)) == sorted(map(_key, unsorted))
    first = order.split()[0].lstrip("?")
    assert [row.get(first, "") for row in ordered] == sorted(row.get(first, "") for row in ordered)


def test_a_limited_query_answers_its_first_rows(corpus_store) -> None:
    every = rows(corpus_store, "mentions")
    first = rows(corpus_store, limited_query(load_query("mentions"), 5))
    assert len(first) == 5 and all(row in every for row in first)


def test_a_query_that_sorts_or_cuts_itself_is_not_sorted_or_cut_again() -> None:
    ordered = "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s"
    with pytest.raises(ValueError, match="orders, limits or offsets"):
        sorted_query(ordered, "?s")
    assert limited_query(ordered, 3).endswith("ORDER BY ?s\nLIMIT 3\n")
    with pytest.raises(ValueError, match="limits or offsets"):
        limited_query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 10", 3)
    assert sorted_query(ordered, "") == ordered  # a query with no stated order is left as it is


def _key(row: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(row.items()))


@pytest.mark.parametrize("name", ["mentions", "statistics"])
def test_queries_without_distinct_still_return_each_row_once(corpus_store, name: str) -> None:
    # They leave DISTINCT out (it would hold every row seen), relying on the graph to repeat no fact.
    assert "SELECT DISTINCT" not in load_query(name)
    found = [_key(row) for row in rows(corpus_store, name)]
    assert len(found) == len(set(found)) > 0
