"""Dereferenceable IRIs: ``kg serve`` answers ``/id/...`` and ``/ontology`` by content negotiation.

Tested with real clients against a real endpoint on 127.0.0.1: ``curl`` with
``Accept`` headers, urllib, and headless Chromium for the page people read.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from explore_graph import console_errors, headless_chromium, write_explore_build
from pyoxigraph import RdfFormat, parse

from kg.serve import SparqlServer, serving

ID = "https://w3id.org/policy-kg/id/"
PK = "https://w3id.org/policy-kg/ontology#"
HOSTILE = "organization/x-hostile"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SparqlServer]:
    out = write_explore_build(tmp_path_factory.mktemp("serve-pages"))
    with serving(out, timeout=5.0) as server:
        yield server


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def get(url: str, accept: str = "", follow: bool = True, **headers: str) -> tuple[int, dict[str, str], bytes]:
    """(status, headers, body) of a GET, following redirects or not."""
    opener = urllib.request.build_opener() if follow else urllib.request.build_opener(_NoRedirect)
    request = urllib.request.Request(url, headers={"Accept": accept, **headers})
    try:
        with opener.open(request) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def curl(url: str, accept: str) -> tuple[str, bytes]:
    """(status line of the last answer, body) of ``curl -L`` with an Accept header."""
    if not shutil.which("curl"):
        pytest.skip("curl is not installed")
    done = subprocess.run(
        ["curl", "-sS", "-L", "-H", f"Accept: {accept}", "-w", "\n%{http_code}", url],
        capture_output=True,
        check=True,
        timeout=60,
    )
    body, _, status = done.stdout.rpartition(b"\n")
    return status.decode(), body


@pytest.mark.parametrize(
    ("accept", "suffix"),
    [("text/html", ".html"), ("text/turtle", ".ttl"), ("application/ld+json", ".jsonld"), ("*/*", ".html")],
)
def test_an_entity_iri_answers_303_to_the_document_in_the_format_asked(server, accept: str, suffix: str) -> None:
    status, headers, _ = get(server.url + "id/state/VNM", accept, follow=False)
    assert status == 303
    assert headers["Location"] == f"/page/id/state/VNM{suffix}"
    assert headers["Vary"] == "Accept"


def test_turtle_by_curl_is_the_entity_s_concise_bounded_description(server) -> None:
    status, body = curl(server.url + "id/state/VNM", "text/turtle")
    assert status == "200"
    triples = list(parse(body, format=RdfFormat.TURTLE))
    assert triples and {t.subject.value for t in triples} == {ID + "state/VNM"}
    assert ("Việt Nam", "vi") in {(t.object.value, getattr(t.object, "language", None)) for t in triples}


def test_json_ld_by_curl_parses_and_holds_the_code(server) -> None:
    status, body = curl(server.url + "id/state/VNM", "application/ld+json")
    assert status == "200"
    json.loads(body)
    triples = list(parse(body, format=RdfFormat.JSON_LD))
    assert any(t.predicate.value == PK + "code" and t.object.value == "VNM" for t in triples)


def test_the_html_page_shows_labels_kind_code_links_and_quoted_mentions(server) -> None:
    status, headers, body = get(server.url + "id/un/A/RES/73/195", "text/html")
    page = body.decode("utf-8")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "Global Compact for Safe, Orderly and Regular Migration" in page
    assert '<span lang="vi" dir="auto">Hiệp ước toàn cầu về di cư</span>' in page
    assert "resolution" in page and "A/RES/73/195" in page
    assert 'href="https://undocs.org/A/RES/73/195"' in page
    assert "<h2>Mentions" in page


def test_a_page_lists_the_commitments_an_actor_receives(server) -> None:
    query = (
        f"SELECT ?a WHERE {{ ?c a <{PK}Commitment> ; <{PK}addressee> ?a "
        f'FILTER STRSTARTS(STR(?a), "{ID}") }} ORDER BY ?a LIMIT 1'
    )
    _, _, body = get(server.url + "sparql?" + urllib.parse.urlencode({"query": query}), "application/json")
    addressee = json.loads(body)["results"]["bindings"][0]["a"]["value"]
    _, _, page = get(server.url + addressee.removeprefix("https://w3id.org/policy-kg/"), "text/html")
    assert "<h2>Commitments it issues or receives</h2>" in page.decode("utf-8")
    assert "<td>receives</td>" in page.decode("utf-8")


def test_text_from_the_graph_is_escaped_and_the_page_runs_no_script(server) -> None:
    status, headers, body = get(server.url + "id/" + HOSTILE, "text/html")
    page = body.decode("utf-8")
    assert status == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page and "<img" not in page
    assert "script-src" not in headers["Content-Security-Policy"]
    assert headers["Content-Security-Policy"].startswith("default-src 'none'")


def test_an_unknown_entity_is_404_and_an_unoffered_format_406(server) -> None:
    assert get(server.url + "id/state/XXX", "text/turtle")[0] == 404
    assert get(server.url + "id/state/XXX", "text/html")[0] == 404
    assert get(server.url + "id/state/VNM", "image/png", follow=False)[0] == 406


def test_the_new_routes_pass_the_host_and_origin_checks(server) -> None:
    assert get(server.url + "id/state/VNM", "text/html", follow=False, Host="evil.example")[0] == 421
    page = server.url + "page/id/state/VNM.html"
    assert get(page, "text/html", Origin="http://evil.example")[0] == 403
    assert get(page, "text/html", **{"Sec-Fetch-Site": "cross-site"})[0] == 403


def test_the_ontology_is_served_directly_as_html_turtle_and_json_ld(server) -> None:
    status, headers, body = get(server.url + "ontology", "text/html")
    page = body.decode("utf-8")
    assert status == 200 and headers["Vary"] == "Accept"
    assert '<section id="Commitment">' in page and '<section id="force-directive">' in page
    status, _, body = get(server.url + "ontology", "text/turtle")
    terms = {t.subject.value for t in parse(body, format=RdfFormat.TURTLE)}
    assert status == 200 and PK + "Commitment" in terms
    status, _, body = get(server.url + "ontology", "application/ld+json")
    assert status == 200 and json.loads(body)


def test_an_ontology_term_with_a_slash_iri_is_dereferenced_like_an_entity(server) -> None:
    status, body = curl(server.url + "ontology/force/directive", "text/turtle")
    assert status == "200"
    labels = {
        t.object.language for t in parse(body, format=RdfFormat.TURTLE) if t.predicate.value.endswith("prefLabel")
    }
    assert {"en", "fr", "es", "ar", "ru", "zh", "vi"} <= labels


def test_the_page_in_headless_chromium_shows_hostile_text_as_text(server, tmp_path: Path) -> None:
    with headless_chromium(tmp_path / "profile") as driver:
        driver.get(server.url + "id/" + HOSTILE)
        assert driver.current_url.endswith("/page/id/" + HOSTILE + ".html")
        assert driver.title == "<script>alert(1)</script>"
        text = driver.find_element("tag name", "body").text
        assert "</script><img src=x onerror=alert(3)>" in text
        driver.save_screenshot(str(tmp_path / "entity-page.png"))
        assert driver.execute_script("return window.__alerts") == []
        assert driver.find_elements("css selector", "script, img") == []
        assert console_errors(driver) == []


def test_the_build_s_description_is_at_the_well_known_address(tmp_path: Path) -> None:
    out = write_explore_build(tmp_path)
    (out / "void.ttl").write_text(
        "<https://w3id.org/policy-kg/id/dataset> a <http://rdfs.org/ns/void#Dataset> .\n", encoding="utf-8"
    )
    with serving(out, timeout=5.0, workers=1) as server:
        status, headers, body = get(server.url + ".well-known/void", "text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert list(parse(body, format=RdfFormat.TURTLE))


def test_kg_publish_writes_the_same_documents_as_a_static_site(server, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import main

    out = write_explore_build(tmp_path)
    sites = [tmp_path / "site-1", tmp_path / "site-2"]
    for site in sites:
        result = CliRunner().invoke(main, ["publish", "--out", str(out), "--site", str(site)])
        assert result.exit_code == 0, result.output
    files = sorted(p.relative_to(sites[0]).as_posix() for p in sites[0].rglob("*") if p.is_file())
    assert {"ontology.html", "ontology.ttl", "page/id/state/VNM.html", "page/id/state/VNM.jsonld"} <= set(files)
    assert "page/ontology/force/directive.ttl" in files  # the schemes' slash IRIs, as the endpoint serves them
    for name in files:
        assert (sites[0] / name).read_bytes() == (sites[1] / name).read_bytes(), f"{name} differs between runs"
    _, served = curl(server.url + "id/state/VNM", "text/turtle")
    assert (sites[0] / "page/id/state/VNM.ttl").read_bytes() == served
    page = (sites[0] / f"page/id/{HOSTILE}.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script" not in page
    assert 'href="https://w3id.org/policy-kg/id/' in page  # links go to the published IRIs


def test_kg_publish_without_a_build_says_so(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(main, ["publish", "--out", str(tmp_path / "none"), "--site", str(tmp_path / "s")])
    assert result.exit_code == 2 and "kg build" in result.output


@pytest.mark.parametrize("path", ["/id/x>{}", "/id/a<b", '/page/id/x"}.ttl', "/id/x\\u003E"])
def test_a_path_that_is_no_iri_never_reaches_a_query(server, path: str) -> None:
    """Sent raw (http.client quotes nothing): characters that could end an IRI in SPARQL are refused."""
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        connection.request("GET", path, headers={"Accept": "text/turtle"})
        response = connection.getresponse()
        assert response.status in (400, 404), (path, response.status)
        response.read()
    finally:
        connection.close()
