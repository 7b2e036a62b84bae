"""The research queries beyond the contract: headers, answers on the explore graph and on the corpus."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from explore_graph import write_explore_build
from helpers import rows
from pyoxigraph import DefaultGraph, NamedNode, Quad, Store
from pyoxigraph import Literal as PyLiteral

from kg.query import (
    README_BEGIN,
    format_results,
    load_query,
    open_store,
    query_header,
    query_names,
    readme_section,
    readme_table,
    run_query,
    run_query_with_parameters,
    write_results,
)

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = {"documents", "citations", "commitments", "actors", "posts", "statistics", "events", "mentions"}
RESEARCH = sorted(set(query_names()) - CONTRACT)
ID = "https://w3id.org/policy-kg/id/"
RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


@pytest.fixture(scope="module")
def explore_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return open_store(write_explore_build(tmp_path_factory.mktemp("explore")))


def by(table: list[dict[str, str]], **expected: str) -> list[dict[str, str]]:
    return [row for row in table if all(row.get(k) == v for k, v in expected.items())]


def test_the_library_has_at_least_twelve_research_queries() -> None:
    assert len(RESEARCH) >= 12, RESEARCH


@pytest.mark.parametrize("name", RESEARCH)
def test_research_query_answers_on_the_explore_graph_with_its_declared_variables(explore_store, name) -> None:
    results = run_query(explore_store, load_query(name))
    declared = [v.lstrip("?") for v in query_header(name).variables.split()]
    assert [v.value for v in results.variables] == declared
    assert list(results), f"{name} found nothing in the explore graph"


def test_readme_table_of_queries_is_current() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert README_BEGIN in readme
    assert readme_section(readme) == readme_table(), "run: python -m kg.query --readme, and paste the table"


def test_citation_network_follows_citations_transitively(explore_store) -> None:
    table = rows(explore_store, "citation-network")
    assert by(table, citingSymbol="A/RES/73/218", citedSymbol="A/RES/72/200")[0]["depth"] == "1"
    assert by(table, citingSymbol="A/RES/73/218", citedSymbol="A/RES/71/212")[0]["depth"] == "2"
    assert not by(table, citingSymbol="A/RES/71/212"), "71/212 was not read: it cites nothing"


def test_resolution_series_orders_by_session_and_links_each_to_the_one_before(explore_store) -> None:
    title = "title: information and communications technologies for development"
    series = by(rows(explore_store, "resolution-series"), series=title)
    assert [r["symbol"] for r in series] == ["A/RES/71/212", "A/RES/72/200", "A/RES/73/218"]
    assert [r.get("previousSymbol") for r in series] == [None, "A/RES/71/212", "A/RES/72/200"]
    assert [r["citesPrevious"] for r in series] == ["false", "true", "true"]


def test_commitments_by_force_counts_commitments_per_addressee(explore_store) -> None:
    secretary = by(rows(explore_store, "commitments-by-force"), force="directive", addresseeName="Secretary-General")
    assert secretary[0]["commitments"] == "4"
    assert secretary[0]["documents"] == "4"


def test_actor_tasks_say_who_asked_what_and_by_when(explore_store) -> None:
    tasks = by(rows(explore_store, "actor-tasks"), addresseeName="Secretary-General", action="requests")
    assert {r["issuerName"] for r in tasks} == {"General Assembly"}
    assert {r.get("session") for r in tasks} >= {"73"}
    assert {r.get("deadline") for r in tasks} >= {"2018", "2030"}


def test_deadlines_in_year_keeps_only_the_year_given(explore_store) -> None:
    query = load_query("deadlines-in-year")
    every = rows(explore_store, query)
    assert {r["year"] for r in every} == {"2018", "2025", "2030"}
    results = run_query_with_parameters(explore_store, query, ["year=2030"])
    in_2030 = [solution["deadline"].value for solution in results]
    assert set(in_2030) == {"2030", "2030-12-31"}


def test_commitments_side_by_side_aligns_the_language_versions(explore_store) -> None:
    paragraph = by(rows(explore_store, "commitments-side-by-side"), symbol="A/72/417", paragraph="32")[0]
    assert paragraph["ar"].startswith("تطلب إلى الأمين العام")
    assert paragraph["en"].startswith("Requests the Secretary-General")
    assert paragraph["languages"] == "2"


def test_work_versions_counts_facts_per_language(explore_store) -> None:
    versions = by(rows(explore_store, "work-versions"), symbol="A/72/417")
    assert {(r["language"], r["commitments"]) for r in versions} == {("ar", "3"), ("en", "3")}


def test_statistics_by_area_and_measure(explore_store) -> None:
    vietnam = by(rows(explore_store, "statistics-by-area"), areaName="Viet Nam")
    assert {r["maxValue"] for r in vietnam} == {"475198", "560000"}


def test_instruments_cited_by_un_and_national_texts(explore_store) -> None:
    assert [r["symbol"] for r in rows(explore_store, "cited-by-un-and-national")] == ["A/RES/70/1"]


def test_citing_instruments_takes_a_symbol(explore_store) -> None:
    results = run_query_with_parameters(explore_store, load_query("citing-instruments"), ["symbol=A/RES/71/212"])
    citing = {(s["citingSymbol"].value, s["direct"].value) for s in results}
    assert citing == {("A/72/417", "true"), ("A/RES/72/200", "true"), ("A/RES/73/218", "false")}


def test_persons_and_posts_include_the_organisation_above(explore_store) -> None:
    giang = by(rows(explore_store, "persons-and-posts"), name="Phan Thị Minh Giang")[0]
    assert giang["post"] == "Deputy Director General"
    assert giang["parentName"] == "Ministry of Foreign Affairs of Viet Nam"
    assert giang["stateName"] == "Viet Nam"


def test_addressee_pairs_are_unordered_and_counted(explore_store) -> None:
    pairs = rows(explore_store, "addressee-pairs")
    together = by(pairs, firstName="specialized agencies", secondName="United Nations system")
    assert together[0]["commitments"] == "2"
    assert all(r["first"] < r["second"] for r in pairs)


def test_issuer_addressee_pairs_carry_the_strongest_force(explore_store) -> None:
    pair = by(
        rows(explore_store, "issuer-addressee-pairs"),
        issuerName="General Assembly",
        addresseeName="Secretary-General",
    )
    assert len(pair) == 1
    assert (pair[0]["commitments"], pair[0]["strongestForce"]) == ("5", "directive")


def test_documents_by_language_and_kind(explore_store) -> None:
    table = {(r["language"], r.get("kind")): r["documents"] for r in rows(explore_store, "documents-by-language")}
    assert table[("vi", "news-article")] == "1"
    assert table[("en", "resolution")] == "1"


def test_entities_seen_once(explore_store) -> None:
    once = {r["entity"]: r for r in rows(explore_store, "entities-seen-once")}
    assert once[ID + "state/ZMB"]["quote"] == "زامبيا"
    assert ID + "un-body/general-assembly" not in once


def test_reporting_requests_give_a_year_or_a_session(explore_store) -> None:
    requests = by(rows(explore_store, "reporting-requests"), symbol="A/72/417")
    assert {(r["paragraph"], r.get("session")) for r in requests} == {("32", "73")}


@pytest.mark.corpus
@pytest.mark.parametrize("name", RESEARCH)
def test_research_query_runs_on_the_corpus_build(corpus_store, name) -> None:
    results = run_query(corpus_store, load_query(name))
    declared = [v.lstrip("?") for v in query_header(name).variables.split()]
    assert [v.value for v in results.variables] == declared
    list(results)  # evaluates every row: no error on real data


@pytest.mark.corpus
def test_the_corpus_answers_the_research_questions(corpus_store) -> None:
    assert rows(corpus_store, "citation-network"), "the Arabic report cites instruments"
    assert rows(corpus_store, "commitments-by-force")
    assert rows(corpus_store, "documents-by-language")
    versions = rows(corpus_store, "work-versions")
    assert any(int(r["commitments"]) > 0 for r in versions)


def _numbered_store(count: int, long_from: int) -> Store:
    """``count`` rows; from row ``long_from`` on, names longer than any before them."""
    store = Store()
    for index in range(count):
        name = f"name {index:05d}" + (" and a longer tail" if index >= long_from else "")
        store.add(Quad(NamedNode(f"{ID}thing/{index:05d}"), RDFS_LABEL, PyLiteral(name), DefaultGraph()))
    return store


ROWS_QUERY = "SELECT ?thing ?name WHERE { ?thing <http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?thing"


def test_a_long_table_is_written_as_it_is_read_with_every_row_whole() -> None:
    store = _numbered_store(1500, long_from=1400)
    sink = io.BytesIO()
    write_results(run_query(store, ROWS_QUERY), "table", sink)
    lines = sink.getvalue().decode("utf-8").splitlines()
    assert lines[0].split() == ["thing", "name"] and set(lines[1]) <= {"-", " "}
    assert lines[-1] == "(1500 rows)" and len(lines) == 1500 + 3
    assert lines[2].endswith("name 00000") and lines[-2].endswith("name 01499 and a longer tail")


@pytest.mark.parametrize("output_format", ["csv", "tsv", "json"])
def test_results_written_and_formatted_are_the_same(output_format: str) -> None:
    store = _numbered_store(20, long_from=10)
    sink = io.BytesIO()
    write_results(run_query(store, ROWS_QUERY), output_format, sink)
    assert sink.getvalue().decode("utf-8") == format_results(run_query(store, ROWS_QUERY), output_format)
    assert "name 00019 and a longer tail" in sink.getvalue().decode("utf-8")
