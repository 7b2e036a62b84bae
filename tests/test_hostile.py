"""Hostile text: markup, query fragments, controls and bidirectional overrides stay data.

A document (and its file name, and the title its manifest gives it) carries
HTML and JavaScript, SPARQL and Turtle fragments, control characters, line and
paragraph separators, bidirectional overrides and a very long line. After a
build, every serialisation parses back, each quote equals the document's text
at its offsets, every IRI is valid, and no HTML the project writes (views,
endpoint) lets a script through.
"""

from __future__ import annotations

import json
import re
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from fixtures.bad.inputs import write
from helpers import nonempty
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse

from kg.pipeline import build
from kg.readers import read
from kg.serve import serving
from kg.validate import validate
from kg.views import write_views

PK = "https://w3id.org/policy-kg/ontology#"

SCRIPT = "<script>alert(1)</script>"
IMAGE = '"><img src=x onerror=alert(1)>'
SPARQL = '"""; DROP GRAPH <x> ; """'
TURTLE = '> . <http://evil> <p> "'
CONTROLS = "\x01\x02\x08\x0b\x0c\x1b\x1f\x7f"
SEPARATORS = "\u2028\u2029\u0085"
BIDI = "\u202eevil\u202c \u2066isolate\u2069 \u2067rtl\u2069"
HOSTILE = [SCRIPT, IMAGE, SPARQL, TURTLE, CONTROLS, SEPARATORS, BIDI]

#: Characters that must never appear raw in an IRI.
IRI_FORBIDDEN = re.compile(r'[\s<>"{}|\\^`\x00-\x1f\x7f]')


def _hostile_resolution() -> str:
    """A resolution whose paragraphs, citations and actors carry every hostile string."""
    long_line = "Recalling " + " ".join(f"resolution {n}/1 {SCRIPT}" for n in range(40, 75)) + ","
    return (
        f"The General Assembly, {SCRIPT}\n\n"
        f"Recalling its resolution 70/1 of 25 September 2015 {IMAGE},\n\n"
        f"{long_line}\n\n"
        f"1. Requests the Secretary-General {SPARQL} to submit a report {TURTLE} by 2020;\n\n"
        f"2. Calls upon all States {CONTROLS} to cooperate with the United Nations {SEPARATORS};\n\n"
        f"3. Decides {BIDI} to include the item {SCRIPT} in the agenda of its seventy-fifth session.\n"
    )


def _hostile_news() -> str:
    return (
        f"Bộ Ngoại giao {SCRIPT} có nhiệm vụ xây dựng Hồ sơ Di cư {IMAGE} theo Quyết định số 402/QĐ-TTg.\n\n"
        f"Hơn 100.000 người {SPARQL} đã di cư {TURTLE} trong năm 2020 {CONTROLS}{BIDI}.\n"
    )


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A build of hostile documents; with the text each was read as, by source."""
    docs = tmp_path_factory.mktemp("hostile-docs")
    sources = [
        write(docs, "resolution.txt", _hostile_resolution()),
        write(docs, "news.txt", _hostile_news()),
        write(
            docs,
            'evil"<x>{y}|`.txt',
            f"The General Assembly {SCRIPT},\n\n1. Requests the Secretary-General.\n",
        ),
    ]
    title = f"Title {SCRIPT} {IMAGE} {SPARQL} {TURTLE}".replace('"', '""')
    write(docs, "manifest.csv", f'file,title\nresolution.txt,"{title}"\n')
    out = tmp_path_factory.mktemp("hostile-build")
    report = build([docs], out)
    assert not report.failed, [(d.source, d.error) for d in report.failed]
    # A build names each file below the folder it was given, under that folder's name.
    return out, {f"{docs.name}/{path.name}": read(path).text for path in sources}


def _quads(out: Path, name: str, rdf_format: RdfFormat) -> list[Quad]:
    return list(parse(path=str(out / name), format=rdf_format))


def test_every_serialisation_parses_back(hostile_build: tuple[Path, dict[str, str]]) -> None:
    import rdflib

    out, _ = hostile_build
    trig = _quads(out, "graph.trig", RdfFormat.TRIG)
    turtle = _quads(out, "graph.ttl", RdfFormat.TURTLE)
    jsonld = _quads(out, "graph.jsonld", RdfFormat.JSON_LD)
    assert len(jsonld) == len(trig)
    assert {(q.subject, q.predicate, q.object) for q in trig} == {(q.subject, q.predicate, q.object) for q in turtle}
    dataset = rdflib.Dataset()
    dataset.parse(out / "graph.jsonld", format="json-ld")
    from_rdflib = {(str(s), str(p), str(o), str(g)) for s, p, o, g in dataset.quads((None, None, None, None))}
    from_oxigraph = {(q.subject.value, q.predicate.value, q.object.value, q.graph_name.value) for q in trig}
    assert from_rdflib == from_oxigraph


def test_hostile_strings_survive_as_literals(hostile_build: tuple[Path, dict[str, str]]) -> None:
    out, _ = hostile_build
    literals = " ".join(
        q.object.value for q in _quads(out, "graph.trig", RdfFormat.TRIG) if isinstance(q.object, Literal)
    )
    for hostile in (SCRIPT, IMAGE, SPARQL, TURTLE, CONTROLS, BIDI):
        assert hostile in literals, repr(hostile)


def _spans(quads: list[Quad]) -> Iterator[tuple[str, int, int, str, str]]:
    """(graph, start, end, quote, fact) of every fact that has the three."""
    by_subject: dict[tuple[str, str], dict[str, str]] = {}
    for quad in quads:
        if quad.predicate.value in (PK + "start", PK + "end", PK + "quote"):
            fields = by_subject.setdefault((quad.graph_name.value, quad.subject.value), {})
            fields[quad.predicate.value.removeprefix(PK)] = quad.object.value
    for (graph, subject), fields in by_subject.items():
        if fields.keys() >= {"start", "end", "quote"}:
            yield graph, int(fields["start"]), int(fields["end"]), fields["quote"], subject


def _texts_by_graph(quads: list[Quad], texts: dict[str, str]) -> dict[str, str]:
    graphs = {}
    for quad in quads:
        if quad.predicate.value == PK + "sourceFile" and quad.object.value in texts:
            graphs[quad.graph_name.value] = texts[quad.object.value]
    return graphs


def test_quotes_equal_the_document_text_at_their_offsets(hostile_build: tuple[Path, dict[str, str]]) -> None:
    out, texts = hostile_build
    quads = _quads(out, "graph.trig", RdfFormat.TRIG)
    text_of = _texts_by_graph(quads, texts)
    assert len(text_of) == len(texts)
    spans = list(_spans(quads))
    assert spans
    hostile_quotes = 0
    for graph, start, end, quote, fact in spans:
        assert text_of[graph][start:end] == quote, fact
        hostile_quotes += any(h in quote for h in HOSTILE)
    assert hostile_quotes


def test_every_iri_in_the_outputs_is_valid(hostile_build: tuple[Path, dict[str, str]]) -> None:
    out, _ = hostile_build
    for quad in nonempty(_quads(out, "graph.trig", RdfFormat.TRIG)):
        for term in (quad.subject, quad.predicate, quad.object, quad.graph_name):
            if isinstance(term, NamedNode):
                assert not IRI_FORBIDDEN.search(term.value), term.value


def test_the_outputs_hold_no_raw_control_or_separator_characters(
    hostile_build: tuple[Path, dict[str, str]],
) -> None:
    """Escaped, a line of N-Triples or Turtle cannot be broken by the text it quotes."""
    out, _ = hostile_build
    for name in ("graph.trig", "graph.ttl"):
        data = (out / name).read_text(encoding="utf-8")
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", data), name


def test_the_report_is_valid_json_naming_hostile_sources(hostile_build: tuple[Path, dict[str, str]]) -> None:
    out, texts = hostile_build
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert {d["source"] for d in report["documents"]} == set(texts)


def test_the_hostile_graph_validates(hostile_build: tuple[Path, dict[str, str]]) -> None:
    out, _ = hostile_build
    result = validate(out / "graph.ttl", reasoner=False)
    assert result.conforms, result.summary()


# --- HTML the project writes ---------------------------------------------------------------------

#: Markup from the documents, unescaped (escaped, "&lt;img src=x onerror=..." is harmless text).
UNESCAPED = re.compile(r"<script>alert|<img src=x", re.IGNORECASE)


def test_views_escape_document_text(hostile_build: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    out, _ = hostile_build
    pages = write_views(out)
    assert pages
    for page in (out / "views").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not UNESCAPED.search(html), f"{page.name}: {UNESCAPED.search(html).group()}"


@pytest.fixture(scope="module")
def endpoint(hostile_build: tuple[Path, dict[str, str]]) -> Iterator[str]:
    out, _ = hostile_build
    with serving(out, timeout=30, max_rows=1000) as server:
        yield server.url.rstrip("/")


def _get(url: str, accept: str = "*/*") -> tuple[int, str, str]:
    request = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read().decode("utf-8")


QUOTES = "SELECT ?quote WHERE { ?fact <https://w3id.org/policy-kg/ontology#quote> ?quote }"


@pytest.mark.slow
@pytest.mark.parametrize("accept", ["application/sparql-results+xml", "application/sparql-results+json", "text/csv"])
def test_endpoint_results_carry_hostile_text_as_data(endpoint: str, accept: str) -> None:
    status, content_type, body = _get(f"{endpoint}/sparql?query={urllib.parse.quote(QUOTES)}", accept)
    assert status == 200
    assert not content_type.startswith("text/html")
    if "xml" in accept:
        assert not UNESCAPED.search(body)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    if "json" in accept:
        values = [row["quote"]["value"] for row in json.loads(body)["results"]["bindings"]]
        assert any(SCRIPT in value for value in values)


@pytest.mark.slow
def test_endpoint_pages_and_errors_never_echo_markup_as_html(endpoint: str) -> None:
    status, content_type, page = _get(f"{endpoint}/")
    assert status == 200 and content_type.startswith("text/html")
    assert not UNESCAPED.search(page)
    bad_query = f"SELECT * WHERE {{ {SCRIPT} }}"
    status, content_type, _ = _get(f"{endpoint}/sparql?query={urllib.parse.quote(bad_query)}")
    assert status == 400
    assert not content_type.startswith("text/html"), "an error echoing the query must not be HTML"
    status, content_type, _ = _get(f"{endpoint}/{urllib.parse.quote(SCRIPT)}")
    assert status == 404 and not content_type.startswith("text/html")
