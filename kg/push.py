"""Publishing a build to a triple store through the SPARQL 1.1 Graph Store HTTP Protocol.

Each named graph of ``graph.trig`` (one per document, and the ontology's) is
sent with ``PUT GRAPH_STORE?graph=IRI``, which replaces that graph on the
server whole: pushing twice leaves one copy, and a document rebuilt since the
last push loses its old facts. Graphs on the server that the build does not
hold are left alone. After the upload, one SPARQL query to ``endpoint`` counts
the triples of every graph on the server, so the report says whether each
graph arrived in full.

The body of each PUT is N-Triples sent as ``text/turtle`` (N-Triples is a
subset of Turtle), which every Graph Store implementation reads. Only the
standard library is used: nothing to install to publish.
"""

from __future__ import annotations

import itertools
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import Quad, RdfFormat, Triple, parse, serialize

__all__ = ["GraphPush", "PushError", "PushReport", "count_triples", "push"]

_COUNT_QUERY = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


class PushError(RuntimeError):
    """The server refused a graph, or could not be reached."""


@dataclass
class GraphPush:
    """One named graph sent: how many triples, and how many the server holds afterwards."""

    graph: str
    triples: int
    found: int | None = None  # None until counted

    @property
    def complete(self) -> bool:
        return self.found == self.triples


@dataclass
class PushReport:
    endpoint: str
    graph_store: str
    graphs: list[GraphPush] = field(default_factory=list)

    @property
    def triples(self) -> int:
        return sum(g.triples for g in self.graphs)

    @property
    def incomplete(self) -> list[GraphPush]:
        return [g for g in self.graphs if not g.complete]


def push(out: Path, endpoint: str, graph_store: str | None = None, *, timeout: float = 120.0) -> PushReport:
    """Replace each named graph of the build in ``out`` on the server, then count what arrived.

    ``endpoint`` is the server's SPARQL query endpoint; ``graph_store`` its Graph Store
    Protocol address (by default the endpoint itself, as on servers that serve both at one URL).
    """
    dataset = out / "graph.trig"
    if not dataset.is_file():
        raise FileNotFoundError(f"no graph in {out}/: run 'kg build --out {out}' first")
    report = PushReport(endpoint=endpoint, graph_store=graph_store or endpoint)
    for graph, triples in _graphs(dataset):
        body = serialize(triples, format=RdfFormat.N_TRIPLES) or b""  # bytes, as no output file is given
        _put(report.graph_store, graph, body, timeout)
        report.graphs.append(GraphPush(graph, len(triples)))
    counts = count_triples(endpoint, timeout=timeout)
    for pushed in report.graphs:
        pushed.found = counts.get(pushed.graph, 0)
    return report


def _graphs(dataset: Path) -> Iterator[tuple[str, list[Triple]]]:
    """The named graphs of a TriG file, one at a time: a build writes each graph's quads together."""
    quads = parse(path=str(dataset), format=RdfFormat.TRIG)

    def graph_of(quad: Quad) -> str:
        return str(quad.graph_name)[1:-1]  # a build holds named graphs only: <IRI>

    for graph, group in itertools.groupby(quads, key=graph_of):
        yield graph, [quad.triple for quad in group]


def _put(graph_store: str, graph: str, body: bytes, timeout: float) -> None:
    separator = "&" if "?" in graph_store else "?"
    url = f"{graph_store}{separator}{urllib.parse.urlencode({'graph': graph})}"
    request = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": "text/turtle"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace")[:300]
        raise PushError(f"{graph_store} refused graph {graph}: HTTP {error.code} {detail}") from error
    except urllib.error.URLError as error:
        raise PushError(f"cannot reach {graph_store}: {error.reason}") from error


def count_triples(endpoint: str, *, timeout: float = 120.0) -> dict[str, int]:
    """The number of triples of every named graph on the server, by one SPARQL query."""
    url = f"{endpoint}?{urllib.parse.urlencode({'query': _COUNT_QUERY})}"
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            results = json.load(response)
    except urllib.error.HTTPError as error:
        raise PushError(f"{endpoint} refused the count query: HTTP {error.code}") from error
    except urllib.error.URLError as error:
        raise PushError(f"cannot reach {endpoint}: {error.reason}") from error
    return {row["g"]["value"]: int(row["n"]["value"]) for row in results["results"]["bindings"]}
