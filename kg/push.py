"""Publishing a build to a triple store through the SPARQL 1.1 Graph Store HTTP Protocol.

Each named graph of ``graph.trig`` (one per document, and the ontology's) is
sent with ``PUT GRAPH_STORE?graph=IRI``, which replaces that graph on the
server whole: pushing twice leaves one copy, and a document rebuilt since the
last push loses its old facts.

Pushes are incremental. The build folder keeps a ledger per server
(``pushed/``): the digest and size of each graph sent. A graph is sent again
only when it changed since, or when the server no longer holds it as sent
(its triples are counted first); a graph this build pushed before and no
longer holds (its document was deleted) is removed with ``DELETE``. Graphs
the build never pushed are left alone. ``full=True`` sends every graph.
After the upload, one SPARQL query to ``endpoint`` counts the triples of
every graph on the server, so the report says whether each arrived in full.

The body of each PUT is N-Triples sent as ``text/turtle`` (N-Triples is a
subset of Turtle), which every Graph Store implementation reads. Only the
standard library is used: nothing to install to publish.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from http import HTTPStatus
from pathlib import Path

from pyoxigraph import Quad, RdfFormat, Triple, parse, serialize

__all__ = ["GraphPush", "Ledger", "PushError", "PushReport", "count_triples", "push"]

_COUNT_QUERY = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


class PushError(RuntimeError):
    """The server refused a graph, or could not be reached."""


@dataclass
class GraphPush:
    """One named graph of the build: how many triples, whether it was sent, how many the server holds."""

    graph: str
    triples: int
    sent: bool = True  # False when the server held it as built already
    found: int | None = None  # None until counted

    @property
    def complete(self) -> bool:
        return self.found == self.triples


@dataclass
class PushReport:
    endpoint: str
    graph_store: str
    graphs: list[GraphPush] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # graphs deleted: their documents left the build

    @property
    def triples(self) -> int:
        return sum(g.triples for g in self.graphs)

    @property
    def sent(self) -> list[GraphPush]:
        return [g for g in self.graphs if g.sent]

    @property
    def incomplete(self) -> list[GraphPush]:
        return [g for g in self.graphs if not g.complete]


def push(
    out: Path, endpoint: str, graph_store: str | None = None, *, timeout: float = 120.0, full: bool = False
) -> PushReport:
    """Bring the server up to date with the build in ``out``, then count what it holds.

    ``endpoint`` is the server's SPARQL query endpoint; ``graph_store`` its Graph Store
    Protocol address (by default the endpoint itself, as on servers that serve both at one URL).
    """
    dataset = out / "graph.trig"
    if not dataset.is_file():
        raise FileNotFoundError(f"no graph in {out}/: run 'kg build --out {out}' first")
    report = PushReport(endpoint=endpoint, graph_store=graph_store or endpoint)
    ledger = Ledger(out, report.graph_store)
    held = {} if full else count_triples(endpoint, timeout=timeout)
    try:
        for graph, triples in _graphs(dataset):
            body = serialize(triples, format=RdfFormat.N_TRIPLES) or b""  # bytes, as no output file is given
            sent = Sent(hashlib.sha256(body).hexdigest(), len(triples))
            unchanged = ledger.graphs.get(graph) == sent and held.get(graph) == sent.triples
            if not unchanged:
                _send(report.graph_store, graph, "PUT", body, timeout)
                ledger.graphs[graph] = sent
            report.graphs.append(GraphPush(graph, sent.triples, sent=not unchanged))
        for graph in sorted(set(ledger.graphs) - {pushed.graph for pushed in report.graphs}):
            _send(report.graph_store, graph, "DELETE", None, timeout)
            del ledger.graphs[graph]
            report.removed.append(graph)
    finally:
        ledger.save()  # what reached the server, even when a later graph did not
    counts = count_triples(endpoint, timeout=timeout)
    for pushed in report.graphs:
        pushed.found = counts.get(pushed.graph, 0)
    return report


@dataclass(frozen=True)
class Sent:
    sha256: str  # of the N-Triples body
    triples: int


class Ledger:
    """What this build folder last sent to one graph store: ``out/pushed/<digest of its URL>.json``."""

    FOLDER = "pushed"

    def __init__(self, out: Path, graph_store: str) -> None:
        name = hashlib.sha256(graph_store.encode("utf-8")).hexdigest()[:16]
        self.path = out / self.FOLDER / f"{name}.json"
        self.graph_store = graph_store
        self.graphs: dict[str, Sent] = {}
        try:
            recorded = json.loads(self.path.read_text(encoding="utf-8"))
            if recorded["graph_store"] == graph_store:
                self.graphs = {graph: Sent(**fields) for graph, fields in recorded["graphs"].items()}
        except (OSError, ValueError, KeyError, TypeError):  # none yet, or unreadable: send everything
            self.graphs = {}

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        body = {
            "graph_store": self.graph_store,
            "graphs": {graph: asdict(sent) for graph, sent in sorted(self.graphs.items())},
        }
        partial = self.path.with_suffix(".partial")
        partial.write_text(json.dumps(body, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(partial, self.path)


def _graphs(dataset: Path) -> Iterator[tuple[str, list[Triple]]]:
    """The named graphs of a TriG file, one at a time: a build writes each graph's quads together."""
    quads = parse(path=str(dataset), format=RdfFormat.TRIG)

    def graph_of(quad: Quad) -> str:
        return str(quad.graph_name)[1:-1]  # a build holds named graphs only: <IRI>

    for graph, group in itertools.groupby(quads, key=graph_of):
        yield graph, [quad.triple for quad in group]


def _send(graph_store: str, graph: str, method: str, body: bytes | None, timeout: float) -> None:
    """PUT (replace) or DELETE one graph; deleting a graph the server no longer has is done already."""
    separator = "&" if "?" in graph_store else "?"
    url = f"{graph_store}{separator}{urllib.parse.urlencode({'graph': graph})}"
    headers = {"Content-Type": "text/turtle"} if body is not None else {}
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as error:
        if method == "DELETE" and error.code == HTTPStatus.NOT_FOUND:
            return
        detail = error.read().decode("utf-8", "replace")[:300]
        raise PushError(f"{graph_store} refused to {method} graph {graph}: HTTP {error.code} {detail}") from error
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
