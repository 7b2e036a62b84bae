"""The SPARQL endpoint over loopback: a real client (SPARQLWrapper), refusals, limits, the query page."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from explore_graph import console_errors, headless_chromium, write_explore_build

from kg.serve import SparqlServer, refusal, serving

PK = "PREFIX pk: <https://w3id.org/policy-kg/ontology#>\n"
COMMITMENTS = PK + "SELECT ?c ?text WHERE { ?c a pk:Commitment ; pk:quote ?text } ORDER BY ?c"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
MAX_ROWS = 5


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SparqlServer]:
    out = write_explore_build(tmp_path_factory.mktemp("serve"))
    with serving(out, timeout=2.0, max_rows=MAX_ROWS) as server:
        yield server


def http(url: str, data: bytes | None = None, headers: dict[str, str] | None = None):
    """(status, headers, body text) of a request, whatever the status."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8")


def sparql_get(server: SparqlServer, query: str, accept: str = ""):
    return http(server.url + "sparql?" + urllib.parse.urlencode({"query": query}), headers={"Accept": accept})


def wrapper(server: SparqlServer, query: str, return_format: str, method: str = "GET"):
    sparqlwrapper = pytest.importorskip("SPARQLWrapper")
    client = sparqlwrapper.SPARQLWrapper(server.url + "sparql")
    client.setQuery(query)
    client.setMethod(method)
    client.setReturnFormat(return_format)
    return client.query()


def test_select_as_json_with_a_real_client(server) -> None:
    result = wrapper(server, COMMITMENTS, "json").convert()
    texts = [binding["text"]["value"] for binding in result["results"]["bindings"]]
    assert any(text.startswith("تطلب إلى الأمين العام") for text in texts)


def test_select_by_post_with_a_real_client(server) -> None:
    result = wrapper(server, PK + "ASK { ?c a pk:Commitment }", "json", method="POST").convert()
    assert result["boolean"] is True


def test_select_as_xml_csv_and_tsv(server) -> None:
    status, headers, body = sparql_get(server, COMMITMENTS, "application/sparql-results+xml")
    assert (status, headers["Content-Type"].split(";")[0]) == (200, "application/sparql-results+xml")
    assert "<sparql" in body
    status, headers, body = sparql_get(server, COMMITMENTS, "text/csv")
    assert headers["Content-Type"].startswith("text/csv")
    assert next(csv.reader(io.StringIO(body))) == ["c", "text"]
    status, headers, body = sparql_get(server, COMMITMENTS, "text/tab-separated-values")
    assert body.splitlines()[0] == "?c\t?text"


def test_construct_as_turtle_and_json_ld(server) -> None:
    query = PK + "CONSTRUCT { ?s pk:code ?code } WHERE { ?s pk:code ?code }"
    turtle = wrapper(server, query, "turtle").convert()
    assert b'"ZMB"' in turtle
    _, headers, body = sparql_get(server, query, "application/ld+json")
    assert headers["Content-Type"].startswith("application/ld+json")
    assert any("ZMB" in json.dumps(node) for node in json.loads(body))


def test_post_form_and_direct_query_bodies(server) -> None:
    form = urllib.parse.urlencode({"query": "ASK {}"}).encode()
    status, _, body = http(server.url + "sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert (status, json.loads(body)["boolean"]) == (200, True)
    status, _, body = http(server.url + "sparql", b"ASK {}", {"Content-Type": "application/sparql-query"})
    assert (status, json.loads(body)["boolean"]) == (200, True)


def test_updates_are_refused(server) -> None:
    status, _, body = sparql_get(server, "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert status == 403 and "read-only" in body
    update = urllib.parse.urlencode({"update": "CLEAR ALL"}).encode()
    status, _, _ = http(server.url + "sparql", update, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403
    status, _, _ = http(
        server.url + "sparql", b"LOAD <http://example.org/>", {"Content-Type": "application/sparql-update"}
    )
    assert status == 403


def test_service_is_refused_but_the_word_in_data_is_not() -> None:
    assert refusal("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }").status == 403
    assert refusal("PREFIX ex: <http://e/> SELECT * WHERE { service silent ?endpoint { ?s ?p ?o } }").status == 403
    assert refusal('SELECT ?service WHERE { ?service ?p "SERVICE" } # SERVICE') is None
    assert refusal("PREFIX service: <http://e/> SELECT * WHERE { ?s service:x ?o }") is None


def test_malformed_query_is_a_bad_request(server) -> None:
    status, _, body = sparql_get(server, "SELEC * WHERE {}")
    assert status == 400 and body.startswith("malformed query")


def test_no_acceptable_format_is_406(server) -> None:
    status, _, _ = sparql_get(server, "ASK {}", "image/png")
    assert status == 406


def test_row_cap_answers_the_first_rows_with_a_header(server) -> None:
    status, headers, body = sparql_get(server, "SELECT * WHERE { ?s ?p ?o }", "application/sparql-results+json")
    assert status == 200
    assert headers["X-SPARQL-MaxRows"] == str(MAX_ROWS)
    assert len(json.loads(body)["results"]["bindings"]) == MAX_ROWS
    _, headers, _ = sparql_get(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 2")
    assert "X-SPARQL-MaxRows" not in headers


def test_a_query_over_the_time_limit_is_stopped_and_the_endpoint_recovers(server) -> None:
    status, _, body = sparql_get(server, SLOW)
    assert status == 503 and "time limit" in body
    status, _, body = sparql_get(server, "ASK {}")
    assert (status, json.loads(body)["boolean"]) == (200, True)


def test_library_is_served_as_json(server) -> None:
    status, headers, body = http(server.url + "queries")
    library = {entry["name"]: entry for entry in json.loads(body)}
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert library["commitments"]["question"].endswith("?")
    assert library["deadlines-in-year"]["text"].startswith("# Question:")


def test_query_page_is_offline_and_locked_down(server) -> None:
    status, headers, page = http(server.url)
    assert status == 200
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "http://" not in page and "https://" not in page
    assert http(server.url + "static/../serve.py")[0] == 404


def test_query_page_runs_a_library_query_in_chromium(server, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.select import Select
    from selenium.webdriver.support.wait import WebDriverWait

    with headless_chromium(tmp_path / "profile") as driver:
        driver.get(server.url)
        WebDriverWait(driver, 30).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#library option")) > 10)
        Select(driver.find_element(By.ID, "library")).select_by_value("actor-tasks")
        assert "SELECT DISTINCT ?addressee" in driver.find_element(By.ID, "query").get_attribute("value")
        driver.find_element(By.ID, "run").click()
        WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#results tbody tr"))
        cells = [cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "#results td")]
        driver.save_screenshot(str(tmp_path / "query-page.png"))
        assert "<script>alert(1)</script>" in cells, "hostile text is shown as text"
        assert driver.execute_script("return window.__alerts") == []
        assert driver.find_elements(By.CSS_SELECTOR, "#results script, #results img") == []
        assert "rows" in driver.find_element(By.ID, "status").text
        assert console_errors(driver) == []
