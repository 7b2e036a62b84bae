"""Publishing a build to a triple store through the SPARQL 1.1 Graph Store HTTP Protocol.

Each named graph of the build (one per document, and the ontology's) is
sent with ``PUT GRAPH_STORE?graph=IRI``, which replaces that graph on the
server whole: pushing twice leaves one copy, and a document rebuilt since the
last push loses its old facts.

Pushes are incremental. The build lists its graphs with a digest of each
(``graphs.json``), and the build folder keeps a ledger per server
(``pushed/``): the digest and size of each graph sent. A graph is sent again
only when it changed since, or when the server no longer holds it as sent
(its triples are counted first); a graph this build pushed before and no
longer holds (its document was deleted) is removed with ``DELETE``. Graphs
the build never pushed are left alone. ``full=True`` sends every graph.
After the upload, one SPARQL query to ``endpoint`` counts the triples of
every graph on the server, so the report says whether each arrived in full.

The body of each PUT is the graph as N-Triples, read from the build's store
and sent as ``text/turtle`` (N-Triples is a subset of Turtle), which every
Graph Store implementation reads. A server that asks for credentials (HTTP
Basic or Digest, as Virtuoso's ``/sparql-graph-crud-auth``) gets those of
``credentials``. Only the standard library speaks HTTP: nothing to install
to publish.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import asdict, dataclass, field
from http import HTTPStatus
from pathlib import Path

from pyoxigraph import NamedNode, RdfFormat, Store, serialize

from kg.buildfolder import PUSHED, built_graphs, open_store

__all__ = ["Credentials", "GraphPush", "Ledger", "PushError", "PushReport", "count_triples", "push"]

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
    out: Path,
    endpoint: str,
    graph_store: str | None = None,
    *,
    timeout: float = 120.0,
    full: bool = False,
    credentials: Credentials | None = None,
) -> PushReport:
    """Bring the server up to date with the build in ``out``, then count what it holds.

    ``endpoint`` is the server's SPARQL query endpoint; ``graph_store`` its Graph Store
    Protocol address (by default the endpoint itself, as on servers that serve both at one URL).
    ``credentials`` answer a server that asks for them (HTTP Basic or Digest).
    """
    built = built_graphs(out)
    report = PushReport(endpoint=endpoint, graph_store=graph_store or endpoint)
    server = _Server(endpoint, report.graph_store, timeout, credentials)
    ledger = Ledger(out, report.graph_store)
    store = open_store(out)
    held = {} if full else server.count_triples()
    try:
        for graph, digest in sorted(built.items()):
            sent = Sent(digest.sha256, digest.triples)
            unchanged = ledger.graphs.get(graph) == sent and held.get(graph) == sent.triples
            if not unchanged:
                server.send(graph, "PUT", _ntriples(store, graph))
                ledger.graphs[graph] = sent
            report.graphs.append(GraphPush(graph, sent.triples, sent=not unchanged))
        for graph in sorted(set(ledger.graphs) - set(built)):
            server.send(graph, "DELETE", None)
            del ledger.graphs[graph]
            report.removed.append(graph)
    finally:
        ledger.save()  # what reached the server, even when a later graph did not
    counts = server.count_triples()
    for pushed in report.graphs:
        pushed.found = counts.get(pushed.graph, 0)
    return report


@dataclass(frozen=True)
class Credentials:
    """A user name and password, given to a server only when it asks (HTTP Basic or Digest)."""

    user: str
    password: str = field(repr=False)


def _ntriples(store: Store, graph: str) -> bytes:
    """One named graph as N-Triples, from the build's store.

    The store indexes quads by graph: a graph comes without reading the others,
    so a push that sends a few graphs costs little whatever the size of the build.
    """
    triples = (quad.triple for quad in store.quads_for_pattern(None, None, None, NamedNode(graph)))
    return serialize(triples, format=RdfFormat.N_TRIPLES) or b""  # bytes, as no output file is given


@dataclass(frozen=True)
class Sent:
    sha256: str  # of the graph, as graphs.json gives it
    triples: int


class Ledger:
    """What this build folder last sent to one graph store: ``out/pushed/<digest of its URL>.json``."""

    FOLDER = PUSHED

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


class _Server:
    """A Graph Store (to write) and a SPARQL endpoint (to count) of one server."""

    def __init__(self, endpoint: str, graph_store: str, timeout: float, credentials: Credentials | None) -> None:
        self.endpoint, self.graph_store, self.timeout = endpoint, graph_store, timeout
        self.credentials = credentials
        self.opener = _opener(credentials, [endpoint, graph_store])

    def send(self, graph: str, method: str, body: bytes | None) -> None:
        """PUT (replace) or DELETE one graph; deleting a graph the server no longer has is done already."""
        separator = "&" if "?" in self.graph_store else "?"
        url = f"{self.graph_store}{separator}{urllib.parse.urlencode({'graph': graph})}"
        headers = {"Content-Type": "text/turtle"} if body is not None else {}
        try:
            request = urllib.request.Request(url, data=body, method=method, headers=headers)
            with self.opener.open(request, timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as error:
            if method == "DELETE" and error.code == HTTPStatus.NOT_FOUND:
                return
            refusal = _refusal(error, self.credentials)
            raise PushError(f"{self.graph_store} refused to {method} graph {graph}: {refusal}") from error
        except urllib.error.URLError as error:
            raise PushError(f"cannot reach {self.graph_store}: {error.reason}") from error
        except (OSError, http.client.HTTPException) as error:  # a connection cut, a reply that is not HTTP
            raise PushError(
                f"{self.graph_store} did not answer the {method} of graph {graph} properly ({_describe(error)})"
            ) from error

    def count_triples(self) -> dict[str, int]:
        return count_triples(self.endpoint, timeout=self.timeout, opener=self.opener, credentials=self.credentials)


def count_triples(
    endpoint: str,
    *,
    timeout: float = 120.0,
    opener: urllib.request.OpenerDirector | None = None,
    credentials: Credentials | None = None,
) -> dict[str, int]:
    """The number of triples of every named graph on the server, by one SPARQL query."""
    url = f"{endpoint}?{urllib.parse.urlencode({'query': _COUNT_QUERY})}"
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    opener = opener or _opener(credentials, [endpoint])
    try:
        with opener.open(request, timeout=timeout) as response:
            results = json.load(response)
    except urllib.error.HTTPError as error:
        raise PushError(f"{endpoint} refused the count query: {_refusal(error, credentials)}") from error
    except urllib.error.URLError as error:
        raise PushError(f"cannot reach {endpoint}: {error.reason}") from error
    except (OSError, http.client.HTTPException) as error:  # a connection cut, a reply that is not HTTP
        raise PushError(f"{endpoint} did not answer the count query properly ({_describe(error)})") from error
    except ValueError as error:  # not JSON, not UTF-8
        raise PushError(f"{endpoint} answered the count query with something else than SPARQL JSON results") from error
    return _graph_counts(results, endpoint)


def _graph_counts(results: object, endpoint: str) -> dict[str, int]:
    """The counts of a SPARQL JSON answer to the count query; a clear error for any other answer."""
    try:
        bindings = results["results"]["bindings"]  # type: ignore[index]
        return {row["g"]["value"]: int(row["n"]["value"]) for row in bindings}
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise PushError(
            f"{endpoint} answered the count query with JSON that is not its results ({_describe(error)})"
        ) from error


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


def _opener(credentials: Credentials | None, urls: list[str]) -> urllib.request.OpenerDirector:
    """An opener that answers Basic and Digest challenges from ``urls`` with ``credentials``.

    Credentials are sent only in answer to a challenge, never up front: over plain
    HTTP a server that does not ask should not see a password.
    """
    if credentials is None:
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    for url in urls:
        passwords.add_password(None, url, credentials.user, credentials.password)
    return urllib.request.build_opener(
        urllib.request.HTTPDigestAuthHandler(passwords), urllib.request.HTTPBasicAuthHandler(passwords)
    )


def _refusal(error: urllib.error.HTTPError, credentials: Credentials | None) -> str:
    detail = error.read().decode("utf-8", "replace")[:300] if error.fp is not None else ""
    if error.code == HTTPStatus.UNAUTHORIZED:
        hint = (
            f"the credentials of {credentials.user!r} were not accepted"
            if credentials is not None
            else "the server asks for credentials (kg push --user NAME, password in KG_PUSH_PASSWORD)"
        )
        return f"HTTP 401, {hint}"
    return f"HTTP {error.code} {detail}".rstrip()
