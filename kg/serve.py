"""A read-only SPARQL 1.1 Protocol endpoint over a build's store, with a small query page.

``/sparql`` answers queries (GET ``?query=``, POST form-encoded, POST
``application/sparql-query``) with the format the ``Accept`` header asks for:
SELECT as SPARQL JSON, XML, CSV or TSV; ASK as JSON or XML; CONSTRUCT and
DESCRIBE as Turtle, JSON-LD or N-Triples. ``/`` is a query page that works with
no internet; ``/queries`` lists the library of named queries as JSON.

The graph's IRIs dereference here (see :mod:`kg.publish.pages`): ``/id/...``
answers ``303 See Other`` to the entity's page (``/page/id/....html``) or its
description (``.ttl``, ``.jsonld``) by the ``Accept`` header; ``/ontology`` is the
ontology's page or Turtle; ``/.well-known/void`` the build's description. These
routes pass the same checks as ``/sparql`` and run their queries in the same workers.

What the endpoint refuses, and how it says so (see :mod:`kg.serve_guard`):

- updates (an ``update`` parameter, ``application/sparql-update``, or a query
  that is an update): 403, the store is opened read-only anyway;
- ``SERVICE`` anywhere in the parsed query: 403; the workers cannot reach the
  network anyway;
- a malformed query, or a graph IRI that is not one: 400, with the parser's message;
- a request for another host name (421), or from a page of another origin (403);
- a body with a bad length (400), over 1 MB (413) or chunked (411);
- a client that already runs as many queries as it may (by default one worker
  fewer than there are, so that one client never holds them all): 429;
- a query running longer than the time limit, or needing more memory than a
  worker may have: 503. pyoxigraph cannot cancel a query from Python, and a
  thread cannot be killed, so queries run in worker processes; a worker that
  overruns is killed and replaced;
- more rows (or triples) than the row cap, or more bytes than the byte cap: the
  first rows are answered, with the header ``X-SPARQL-MaxRows: N`` (as Virtuoso
  does) or ``X-SPARQL-MaxBytes: N``, so that a client sees the cut without
  losing the rows.

Every answer from the store names the build generation it comes from
(``X-KG-Generation``). The workers of one generation answer every query; once a
build switches ``.current`` to a new one, new workers open it beside the old
ones, and the next requests all go to them.
"""

from __future__ import annotations

import functools
import json
import logging
import multiprocessing
import queue
import re
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolution,
    QuerySolutions,
    RdfFormat,
    Store,
    Triple,
    parse_query_results,
    serialize,
)

from kg.buildfolder import PREFIXES, STORE
from kg.publish.dataset import DESCRIPTION_FILE
from kg.publish.ontology_doc import STYLE as ONTOLOGY_STYLE
from kg.publish.pages import (
    BASE,
    FORMATS,
    PAGE_STYLE,
    Row,
    describe_query,
    document_path,
    entity_of_path,
    entity_page,
    page_security,
    page_target,
)
from kg.serve_guard import (
    READ_ONLY,
    QueryRefusedError,
    checked_query,
    cut_off_network,
    host_refusal,
    limit_memory,
    served_names,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_ROWS",
    "DEFAULT_TIMEOUT",
    "GENERATION_HEADER",
    "Answer",
    "Limits",
    "QueryRequest",
    "SparqlServer",
    "answer_query",
    "make_server",
    "refusal",
    "serving",
]

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 10_000
DEFAULT_WORKERS = 2
#: An answer's bytes: 10,000 rows of a named query take under 5 MB.
DEFAULT_MAX_BYTES = 32 * 1024 * 1024
#: A worker's address space. An idle worker maps 400 MB (490 MB at its peak while it starts); the
#: named queries and a 10,000-row answer on the sample build add 15 MB.
DEFAULT_WORKER_MEMORY = 2 * 1024 * 1024 * 1024
MAX_REQUEST_BYTES = 1_000_000
#: Seconds a client may take to send a request, or keep an idle connection open.
CONNECTION_TIMEOUT = 30.0
#: Seconds a refused request's unread body is still taken in, so that its client reads the refusal.
LINGER_SECONDS = 2.0
#: The response header naming the build generation an answer comes from.
GENERATION_HEADER = "X-KG-Generation"
WORKER_START_TIMEOUT = 120.0
STATIC = Path(__file__).resolve().parent / "static"

RESULTS_JSON = "application/sparql-results+json"
RESULTS_XML = "application/sparql-results+xml"
TURTLE = "text/turtle"

# Media types offered for each kind of result, the first being the default for */*.
SOLUTION_TYPES: dict[str, QueryResultsFormat] = {
    RESULTS_JSON: QueryResultsFormat.JSON,
    "application/json": QueryResultsFormat.JSON,
    RESULTS_XML: QueryResultsFormat.XML,
    "application/xml": QueryResultsFormat.XML,
    "text/csv": QueryResultsFormat.CSV,
    "text/tab-separated-values": QueryResultsFormat.TSV,
}
BOOLEAN_TYPES: dict[str, QueryResultsFormat] = {
    RESULTS_JSON: QueryResultsFormat.JSON,
    "application/json": QueryResultsFormat.JSON,
    RESULTS_XML: QueryResultsFormat.XML,
    "application/xml": QueryResultsFormat.XML,
}
GRAPH_TYPES: dict[str, RdfFormat] = {
    TURTLE: RdfFormat.TURTLE,
    "application/ld+json": RdfFormat.JSON_LD,
    "application/n-triples": RdfFormat.N_TRIPLES,
}
T = TypeVar("T")


# --- what the workers are asked and what they answer ----------------------------------------------------


@dataclass(frozen=True)
class QueryRequest:
    """One query as the protocol received it (picklable: it crosses to a worker process)."""

    query: str
    accept: str = ""
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    max_rows: int = DEFAULT_MAX_ROWS
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def error(cls, status: HTTPStatus, message: str) -> Answer:
        return cls(int(status), (message.rstrip("\n") + "\n").encode("utf-8"))


def answer_query(store: Store, request: QueryRequest) -> Answer:
    """Run one query on ``store`` and serialise its results as the request's Accept header asks."""
    try:
        text = checked_query(request.query)
    except QueryRefusedError as refused:
        return Answer.error(refused.status, refused.message)
    try:
        results = store.query(text, **_dataset(request))
        if isinstance(results, QueryBoolean):
            return _boolean_answer(results, request)
        if isinstance(results, QuerySolutions):
            return _solutions_answer(results, request)
        return _graph_answer(results, request)
    except SyntaxError as error:
        return Answer.error(HTTPStatus.BAD_REQUEST, f"malformed query: {error}")
    except MemoryError:
        return Answer.error(HTTPStatus.SERVICE_UNAVAILABLE, "the query needed more memory than a worker may use")
    except (OSError, ValueError, RuntimeError) as error:
        return Answer.error(HTTPStatus.INTERNAL_SERVER_ERROR, f"the query failed: {error}")


def refusal(query: str) -> Answer | None:
    """The answer refusing what this endpoint never runs (updates, SERVICE, what it cannot parse), else None."""
    try:
        checked_query(query)
    except QueryRefusedError as refused:
        return Answer.error(refused.status, refused.message)
    return None


def dataset_refusal(graphs: Iterable[str]) -> Answer | None:
    """The 400 answer for a default-graph-uri or named-graph-uri that is not an IRI, else None."""
    for iri in graphs:
        try:
            NamedNode(iri)
        except ValueError as error:
            return Answer.error(HTTPStatus.BAD_REQUEST, f"not an IRI for a graph: {iri!r} ({error})")
    return None


def _dataset(request: QueryRequest) -> dict[str, Any]:
    """The protocol's default-graph-uri and named-graph-uri; without them, the store's default graph,
    which is the merge of every document's graph."""
    dataset: dict[str, Any] = {}
    if request.default_graphs:
        dataset["default_graph"] = [NamedNode(iri) for iri in request.default_graphs]
    if request.named_graphs:
        dataset["named_graphs"] = [NamedNode(iri) for iri in request.named_graphs]
    return dataset


# --- serialising results ---------------------------------------------------------------------------------


def negotiate(accept: str, offered: Sequence[str]) -> str | None:
    """The offered media type the Accept header prefers (quality, then our order); None if none fits.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+json", [RESULTS_JSON, "text/csv"])
    'application/sparql-results+json'
    >>> negotiate("", ["text/turtle"])
    'text/turtle'
    >>> negotiate("image/png", ["text/turtle"]) is None
    True
    """
    ranges = _media_ranges(accept) or [("*/*", 1.0)]
    best: tuple[float, int, str] | None = None
    for order, media_type in enumerate(offered):
        quality = max((q for pattern, q in ranges if _matches(pattern, media_type)), default=0.0)
        if quality > 0 and (best is None or (quality, -order) > (best[0], best[1])):
            best = (quality, -order, media_type)
    return best[2] if best else None


def _media_ranges(accept: str) -> list[tuple[str, float]]:
    ranges = []
    for part in accept.split(","):
        media_type, *parameters = (piece.strip() for piece in part.split(";"))
        if not media_type:
            continue
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranges.append((media_type.lower(), quality))
    return ranges


def _matches(pattern: str, media_type: str) -> bool:
    kind, _, subtype = media_type.partition("/")
    pattern_kind, _, pattern_subtype = pattern.partition("/")
    return pattern_kind in ("*", kind) and pattern_subtype in ("*", subtype)


def _not_acceptable(offered: Iterable[str]) -> Answer:
    return Answer.error(
        HTTPStatus.NOT_ACCEPTABLE, "no acceptable format; this result is offered as " + ", ".join(offered)
    )


def _content_type(media_type: str) -> str:
    return f"{media_type}; charset=utf-8"


def _boolean_answer(result: QueryBoolean, request: QueryRequest) -> Answer:
    media_type = negotiate(request.accept, list(BOOLEAN_TYPES))
    if media_type is None:
        return _not_acceptable(BOOLEAN_TYPES)
    body = result.serialize(format=BOOLEAN_TYPES[media_type])
    assert body is not None  # without an output file, serialize returns the bytes
    return Answer(200, body, _content_type(media_type))


def _solutions_answer(results: QuerySolutions, request: QueryRequest) -> Answer:
    """The first solutions, as many as the row cap and the byte cap let through.

    pyoxigraph serialises a whole result set; to cut it, the rows are read one
    by one into the W3C JSON results format, which pyoxigraph then parses back
    and writes in the format asked for.
    """
    media_type = negotiate(request.accept, list(SOLUTION_TYPES))
    if media_type is None:
        return _not_acceptable(SOLUTION_TYPES)
    variables = [variable.value for variable in results.variables]
    rows = (_json_row(solution, variables) for solution in results)
    kept, cut = _collect(rows, len, request)
    target = SOLUTION_TYPES[media_type]

    def render(bindings: list[bytes]) -> bytes:
        head = json.dumps({"vars": variables}, ensure_ascii=False).encode("utf-8")
        document = b'{"head":' + head + b',"results":{"bindings":[' + b",".join(bindings) + b"]}}"
        if target == QueryResultsFormat.JSON:
            return document
        parsed = parse_query_results(document, format=QueryResultsFormat.JSON)
        assert isinstance(parsed, QuerySolutions)
        serialized = parsed.serialize(format=target)
        assert serialized is not None  # without an output file, serialize returns the bytes
        return serialized

    body, trimmed = _within(kept, render, request.max_bytes)
    return Answer(200, body, _content_type(media_type), _cap_headers(cut, trimmed, request))


def _json_row(solution: QuerySolution, variables: list[str]) -> bytes:
    row = {name: _json_term(solution[name]) for name in variables if solution[name] is not None}
    return json.dumps(row, ensure_ascii=False).encode("utf-8")


def _json_term(term: Any) -> dict[str, Any]:
    """A term in the W3C SPARQL 1.1 Query Results JSON Format."""
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        literal: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            literal["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            literal["datatype"] = term.datatype.value
        return literal
    if isinstance(term, Triple):
        return {
            "type": "triple",
            "value": {
                "subject": _json_term(term.subject),
                "predicate": _json_term(term.predicate),
                "object": _json_term(term.object),
            },
        }
    raise TypeError(f"not an RDF term: {term!r}")


def _graph_answer(triples: Iterable[Triple], request: QueryRequest) -> Answer:
    media_type = negotiate(request.accept, list(GRAPH_TYPES))
    if media_type is None:
        return _not_acceptable(GRAPH_TYPES)
    # A triple's N-Triples form is near its length in any of the formats offered.
    kept, cut = _collect(triples, lambda triple: len(str(triple).encode("utf-8")), request)

    def render(some: list[Triple]) -> bytes:
        return serialize(some, format=GRAPH_TYPES[media_type], prefixes=PREFIXES) or b""

    body, trimmed = _within(kept, render, request.max_bytes)
    return Answer(200, body, _content_type(media_type), _cap_headers(cut, trimmed, request))


def _collect(items: Iterable[T], size: Callable[[T], int], request: QueryRequest) -> tuple[list[T], str | None]:
    """The leading items, up to the row cap or just past the byte cap, and which cap stopped them (or None)."""
    kept: list[T] = []
    total = 0
    for item in items:
        if len(kept) == request.max_rows:
            return kept, "rows"
        kept.append(item)
        total += size(item)
        if total > request.max_bytes:
            return kept, "bytes"
    return kept, None


def _within(items: list[T], render: Callable[[list[T]], bytes], max_bytes: int) -> tuple[bytes, bool]:
    """The rendering of as many leading items as fit in ``max_bytes``, and whether any had to go."""
    kept = len(items)
    body = render(items)
    while len(body) > max_bytes and kept:
        kept = min(kept - 1, kept * max_bytes // len(body))
        body = render(items[:kept])
    return body, kept < len(items)


def _cap_headers(cut: str | None, trimmed: bool, request: QueryRequest) -> dict[str, str]:
    """The headers telling a client that rows were left out, and by which cap (as Virtuoso does for rows)."""
    headers = {}
    if cut == "rows":
        headers["X-SPARQL-MaxRows"] = str(request.max_rows)
    if cut == "bytes" or trimmed:
        headers["X-SPARQL-MaxBytes"] = str(request.max_bytes)
    return headers


# --- worker processes: a query that overruns is stopped by killing its process ---------------------------


def _worker_main(store_path: str, connection: Connection, memory: int) -> None:
    """A worker's life: leave the network, open the store read-only, say so, then answer until told to stop."""
    isolated = cut_off_network()  # before the store starts its threads
    store = Store.read_only(store_path)
    limit_memory(memory)
    checked_query("ASK {}")  # the parser's grammar is set up on first use: before the first request
    connection.send(("ready", isolated))
    while (request := connection.recv()) is not None:
        connection.send(answer_query(store, request))


class _Worker:
    def __init__(self, store_path: str, memory: int) -> None:
        # "spawn": a fork would copy the server's threads and the parent's open database handles.
        context = multiprocessing.get_context("spawn")
        self.connection, child_end = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(store_path, child_end, memory), daemon=True)
        self.process.start()
        child_end.close()
        self.isolated = False
        if not self._started():
            self.stop()
            raise RuntimeError(f"a query worker could not open the store {store_path}")

    def _started(self) -> bool:
        try:
            if not self.connection.poll(WORKER_START_TIMEOUT):
                return False
            word, self.isolated = self.connection.recv()
            return bool(word == "ready")
        except (EOFError, OSError, ValueError):
            return False

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.connection.close()


class RetiredWorkersError(Exception):
    """The workers were retired (a newer build is served) while a request waited for one."""


class QueryWorkers:
    """A few worker processes, each with the store open; a request waits for a free one."""

    def __init__(self, store_path: str, size: int, timeout: float, memory: int = DEFAULT_WORKER_MEMORY) -> None:
        self.store_path, self.timeout, self.memory = store_path, timeout, memory
        # None, once put, tells whoever waits that these workers are retired.
        self._idle: queue.Queue[_Worker | None] = queue.Queue()
        self._retired = False
        started: list[_Worker] = []
        try:
            for _ in range(size):
                started.append(_Worker(store_path, memory))
        except RuntimeError:
            for worker in started:
                worker.stop()
            raise
        self.isolated = all(worker.isolated for worker in started)
        for worker in started:
            self._idle.put(worker)

    def answer(self, request: QueryRequest) -> Answer:
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return Answer.error(HTTPStatus.SERVICE_UNAVAILABLE, "every query worker is busy; try again later")
        if worker is None:
            self._idle.put(None)
            raise RetiredWorkersError(self.store_path)
        kept: _Worker | None = worker
        try:
            worker.connection.send(request)
            if worker.connection.poll(self.timeout):
                answer: Answer = worker.connection.recv()
                return answer
            kept = self._replace(worker)
            return Answer.error(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"the query ran longer than the time limit of {self.timeout:g} s and was stopped",
            )
        except (EOFError, OSError):
            kept = self._replace(worker)
            return Answer.error(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"the query worker stopped while answering (as it does when a query needs more than "
                f"{self.memory // 2**20} MB of memory); it was restarted",
            )
        finally:
            self._give_back(kept)

    def _replace(self, worker: _Worker) -> _Worker | None:
        """A new worker in place of ``worker``; None when these workers are retired or the store is gone."""
        worker.stop()
        if self._retired:
            return None
        try:
            return _Worker(self.store_path, self.memory)
        except RuntimeError as error:  # the build was deleted under the endpoint: one worker fewer
            log.error("%s", error)
            return None

    def _give_back(self, worker: _Worker | None) -> None:
        if worker is None:
            return
        if self._retired:
            worker.stop()
        else:
            self._idle.put(worker)

    def retire(self) -> None:
        """Stop the idle workers now and the busy ones when they finish; who waits is told to go elsewhere."""
        self._retired = True
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                break
            if worker is not None:
                worker.stop()
        self._idle.put(None)

    close = retire


# --- build generations: every worker answers from the same one ----------------------------------------


@dataclass(frozen=True)
class Generation:
    """One build's store, as the workers that answer from it opened it."""

    name: str
    store: Path
    workers: QueryWorkers


def served_store(out: Path) -> Path:
    """The store ``out/store`` stands for now, its links resolved (a build moves them to its new generation)."""
    path = out / STORE
    if not path.is_dir():
        raise FileNotFoundError(f"no graph store in {out}/: run 'kg build --out {out}' first")
    return path.resolve()


def generation_name(store: Path) -> str:
    """The name of the build generation that holds ``store`` (its folder, e.g. ``generation-1765…``)."""
    return store.parent.name


@dataclass(frozen=True)
class Limits:
    """What the endpoint allows a query and a client."""

    timeout: float = DEFAULT_TIMEOUT
    max_rows: int = DEFAULT_MAX_ROWS
    max_bytes: int = DEFAULT_MAX_BYTES
    workers: int = DEFAULT_WORKERS
    worker_memory: int = DEFAULT_WORKER_MEMORY
    #: Queries one client address may have running at once; None: one worker fewer than there are.
    per_client: int | None = None

    def __post_init__(self) -> None:
        per_client = 1 if self.per_client is None else self.per_client
        numbers = (self.timeout, self.max_rows, self.max_bytes, self.workers, self.worker_memory, per_client)
        if min(numbers) <= 0:
            raise ValueError("timeout, max_rows, max_bytes, workers, worker_memory and per_client must be positive")

    @property
    def queries_per_client(self) -> int:
        return self.per_client if self.per_client is not None else max(1, self.workers - 1)


class Generations:
    """The generation being served, and the switch to a newer one once a build makes it.

    A request takes the current generation once and is answered wholly from it,
    with its name in a header. A newer build is noticed on the next request;
    its workers start beside the old ones, which keep answering meanwhile, and
    the switch is one assignment, so that every later request sees the new build.
    """

    def __init__(self, out: Path, limits: Limits) -> None:
        self.out, self.limits = out, limits
        self.current = self._start(served_store(out))
        self._switching = threading.Lock()
        self._failed: Path | None = None

    def _start(self, store: Path) -> Generation:
        limits = self.limits
        workers = QueryWorkers(str(store), limits.workers, limits.timeout, limits.worker_memory)
        if not workers.isolated:
            log.warning("query workers run with the network reachable; SERVICE is refused by the query check")
        return Generation(generation_name(store), store, workers)

    def serving(self) -> Generation:
        """The generation to answer from; a newer one, if a build made it, starts being switched to."""
        current = self.current
        try:
            store = served_store(self.out)
        except (OSError, RuntimeError):  # a build is replacing the links, or the build is gone
            return current
        if store != current.store and store != self._failed and self._switching.acquire(blocking=False):
            threading.Thread(target=self._switch, args=(store,), daemon=True).start()
        return current

    def _switch(self, store: Path) -> None:
        try:
            generation = self._start(store)
            previous, self.current = self.current, generation
        except RuntimeError as error:
            self._failed = store
            log.error("cannot serve the new build %s, still serving %s: %s", store, self.current.name, error)
            return
        finally:
            self._switching.release()  # only once the switch is made: no request starts a second one
        previous.workers.retire()
        log.info("serving %s (was %s)", generation.name, previous.name)

    def close(self) -> None:
        self.current.workers.retire()


# --- HTTP ------------------------------------------------------------------------------------------------


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: its handler reads the generations, the limits and the query library from here."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], generations: Generations) -> None:
        super().__init__(address, SparqlHandler)
        self.generations, self.limits = generations, generations.limits
        self.max_rows = self.limits.max_rows
        self.host_names = served_names(address[0])
        self._running: Counter[str] = Counter()
        self._running_lock = threading.Lock()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else host
        return f"http://{host}:{port}/"

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    @contextmanager
    def client_slot(self, client: str) -> Iterator[bool]:
        """Whether ``client`` may run one more query now (held until the ``with`` block ends)."""
        with self._running_lock:
            allowed = self._running[client] < self.limits.queries_per_client
            if allowed:
                self._running[client] += 1
        try:
            yield allowed
        finally:
            if allowed:
                with self._running_lock:
                    self._running[client] -= 1
                    if not self._running[client]:
                        del self._running[client]

    def server_close(self) -> None:
        super().server_close()
        self.generations.close()


PAGE_SECURITY = {
    # The page's own files only: text from the graph can never bring in or run a script.
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
    "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
}
STATIC_TYPES = {".html": "text/html", ".js": "text/javascript", ".css": "text/css"}


class BadRequestError(Exception):
    """A request the handler answers with an error before reading on."""

    def __init__(self, answer: Answer) -> None:
        super().__init__(answer.body.decode("utf-8"))
        self.answer = answer


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "policy-kg"
    timeout = CONNECTION_TIMEOUT

    def do_GET(self) -> None:
        if refused := self._host_refusal():
            self._send(refused)
            return
        url = urlsplit(self.path)
        if url.path == "/sparql":
            self._sparql(parse_qs(url.query, keep_blank_values=True))
        elif url.path == "/queries":
            self._send(Answer(200, _library_json(), "application/json; charset=utf-8"))
        elif url.path in ("/", "/index.html"):
            self._send_static("index.html")
        elif url.path.startswith("/static/"):
            self._send_static(url.path.removeprefix("/static/"))
        elif url.path in ("/.well-known/void", "/void.ttl"):
            self._send(self._description())
        elif url.path == "/ontology":
            self._send(ontology_answer(self.headers.get("Accept") or ""))
        elif (entity := entity_of_path(url.path)) is not None:
            self._send(see_other(entity, self.headers.get("Accept") or ""))
        elif (target := page_target(url.path)) is not None:
            with self.server.client_slot(self.client_address[0]) as allowed:
                answer = self._entity_document(*target) if allowed else self._too_many()
            self._send(answer)
        else:
            self._send(Answer.error(HTTPStatus.NOT_FOUND, f"nothing at {url.path}; the endpoint is /sparql"))

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        try:
            # The body is not read before the request is known to be wanted and of a sane size.
            if refused := self._host_refusal():
                raise BadRequestError(refused)
            if url.path != "/sparql":
                raise BadRequestError(
                    Answer.error(HTTPStatus.NOT_FOUND, f"nothing at {url.path}; the endpoint is /sparql")
                )
            body = self.rfile.read(self._body_length()).decode("utf-8", errors="replace")
        except BadRequestError as bad:
            self._send(bad.answer)
            self._close_unread()
            return
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        parameters = parse_qs(url.query, keep_blank_values=True)
        if content_type == "application/sparql-query":
            parameters["query"] = [body]
        elif content_type == "application/sparql-update":
            parameters["update"] = [body]
        elif content_type == "application/x-www-form-urlencoded":
            for name, values in parse_qs(body, keep_blank_values=True).items():
                parameters.setdefault(name, []).extend(values)
        else:
            self._send(
                Answer.error(
                    HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                    "POST a query as application/sparql-query or application/x-www-form-urlencoded",
                )
            )
            return
        self._sparql(parameters)

    def _close_unread(self) -> None:
        """Close a connection whose body was not read, letting the client read the answer first.

        Closing with unread bytes makes the kernel reset the connection, and a
        reset can take the answer with it; so the server stops writing, and reads
        and drops what the client is still sending, for a short while.
        """
        self.close_connection = True
        self.wfile.flush()
        with suppress(OSError):
            self.connection.shutdown(socket.SHUT_WR)
            self.connection.settimeout(0.2)
            deadline = time.monotonic() + LINGER_SECONDS
            while time.monotonic() < deadline and self.connection.recv(65536):
                pass

    def _host_refusal(self) -> Answer | None:
        headers = self.headers
        refused = host_refusal(
            headers.get("Host"),
            headers.get("Origin"),
            headers.get("Sec-Fetch-Site"),
            self.server.host_names,
            self.server.port,
        )
        return Answer.error(refused.status, refused.message) if refused else None

    def _body_length(self) -> int:
        """The body's length as ``Content-Length`` gives it; refused when bad, too large or not given."""
        if self.headers.get("Transfer-Encoding"):
            raise BadRequestError(Answer.error(HTTPStatus.LENGTH_REQUIRED, "send the body with a Content-Length"))
        given = self.headers.get("Content-Length", "0").strip()
        if not (given.isascii() and given.isdigit()):
            raise BadRequestError(Answer.error(HTTPStatus.BAD_REQUEST, f"not a body length: Content-Length {given!r}"))
        if int(given) > MAX_REQUEST_BYTES:
            raise BadRequestError(
                Answer.error(
                    HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the request body is larger than {MAX_REQUEST_BYTES:,} bytes"
                )
            )
        return int(given)

    def _sparql(self, parameters: dict[str, list[str]]) -> None:
        if "update" in parameters:
            self._send(Answer.error(HTTPStatus.FORBIDDEN, READ_ONLY))
            return
        queries = parameters.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            self._send(Answer.error(HTTPStatus.BAD_REQUEST, "give exactly one query, as ?query=... or in the body"))
            return
        default_graphs = tuple(parameters.get("default-graph-uri", []))
        named_graphs = tuple(parameters.get("named-graph-uri", []))
        if refused := dataset_refusal(default_graphs + named_graphs):
            self._send(refused)
            return
        limits = self.server.limits
        request = QueryRequest(
            query=queries[0],
            accept=self.headers.get("Accept") or "",
            default_graphs=default_graphs,
            named_graphs=named_graphs,
            max_rows=limits.max_rows,
            max_bytes=limits.max_bytes,
        )
        # The slot is freed before the answer is sent: a client that sends its next query
        # once it has read this answer must find it free.
        with self.server.client_slot(self.client_address[0]) as allowed:
            answer = self._answer(request) if allowed else self._too_many()
        self._send(answer)

    def _too_many(self) -> Answer:
        answer = Answer.error(
            HTTPStatus.TOO_MANY_REQUESTS,
            f"this client already has {self.server.limits.queries_per_client} queries running; "
            "wait for one to finish (the other workers are kept for other clients)",
        )
        return replace(answer, headers={"Retry-After": "1"})

    def _answer(self, request: QueryRequest) -> Answer:
        """The answer of the generation served, named in a header; one caught by a switch goes to the new one."""
        for _ in range(3):
            generation = self.server.generations.serving()
            try:
                answer = generation.workers.answer(request)
            except RetiredWorkersError:
                continue
            return replace(answer, headers={**answer.headers, GENERATION_HEADER: generation.name})
        return Answer.error(HTTPStatus.SERVICE_UNAVAILABLE, "the endpoint is switching to a new build; try again")

    def _description(self) -> Answer:
        """The served build's VoID/DCAT description (``void.ttl``), at the address VoID recommends."""
        generation = self.server.generations.serving()
        try:
            body = (generation.store.parent / DESCRIPTION_FILE).read_bytes()
        except OSError:
            return Answer.error(HTTPStatus.NOT_FOUND, "this build has no description; rebuild it with 'kg build'")
        return Answer(200, body, _content_type(TURTLE), {GENERATION_HEADER: generation.name})

    def _entity_document(self, entity: str, suffix: str) -> Answer:
        """The page or the description of an entity, from the workers of the generation served."""
        limits = self.server.limits

        def run(query: str, accept: str) -> Answer:
            answer = self._answer(QueryRequest(query, accept, max_rows=limits.max_rows, max_bytes=limits.max_bytes))
            if answer.status != HTTPStatus.OK:
                raise BadRequestError(answer)
            return answer

        def select(query: str) -> list[Row]:
            return list(json.loads(run(query, RESULTS_JSON).body)["results"]["bindings"])

        try:
            return entity_document(entity, suffix, select, lambda query, media: run(query, media))
        except BadRequestError as failed:
            return failed.answer

    def _send_static(self, name: str) -> None:
        resource = STATIC / name
        if not re.fullmatch(r"[\w-]+\.(html|js|css)", name) or not resource.is_file():
            self._send(Answer.error(HTTPStatus.NOT_FOUND, f"no page {name}"))
            return
        content_type = _content_type(STATIC_TYPES[Path(name).suffix])
        self._send(Answer(200, resource.read_bytes(), content_type, PAGE_SECURITY))

    def _send(self, answer: Answer) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in answer.headers.items():
            if name != "X-Content-Type-Options":
                self.send_header(name, value)
        self.end_headers()
        self.wfile.write(answer.body)

    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s %s", self.address_string(), format % args)


# --- dereferenceable IRIs (see kg.publish.pages) ---------------------------------------------------------

#: Entity pages and the ontology's page: no script at all, and only their own inline style.
ENTITY_PAGE_SECURITY = page_security(PAGE_STYLE)
ONTOLOGY_PAGE_SECURITY = page_security(ONTOLOGY_STYLE)


def see_other(entity: str, accept: str) -> Answer:
    """``303 See Other`` from an entity's IRI to the document about it in the format asked for."""
    media_type = negotiate(accept, list(FORMATS.values()))
    if media_type is None:
        return _not_acceptable(FORMATS.values())
    suffix = next(suffix for suffix, offered in FORMATS.items() if offered == media_type)
    location = document_path(entity, suffix)
    return Answer(
        int(HTTPStatus.SEE_OTHER),
        f"{entity} is described at {location}\n".encode(),
        headers={"Location": location, "Vary": "Accept"},
    )


def entity_document(
    entity: str, suffix: str, select: Callable[[str], list[Row]], construct: Callable[[str, str], Answer]
) -> Answer:
    """The document about an entity: its HTML page, or its description as Turtle or JSON-LD; 404 if unknown."""
    if suffix == ".html":
        page = entity_page(entity, select, local_link)
        if page is None:
            return Answer.error(HTTPStatus.NOT_FOUND, f"the graph says nothing of {entity}")
        return Answer(200, page.encode("utf-8"), _content_type("text/html"), ENTITY_PAGE_SECURITY)
    if not select(f"SELECT ?p WHERE {{ <{entity}> ?p ?o }} LIMIT 1"):
        return Answer.error(HTTPStatus.NOT_FOUND, f"the graph says nothing of {entity}")
    return construct(describe_query(entity), FORMATS[suffix])


def local_link(iri: str) -> str:
    """A link to an IRI from a page of this endpoint: its own IRIs by their path here."""
    return iri.removeprefix(BASE) if iri.startswith(BASE + "/") else iri


def ontology_answer(accept: str) -> Answer:
    """The ontology's document (its terms are hash IRIs): HTML for people, Turtle or JSON-LD for machines."""
    media_type = negotiate(accept, list(FORMATS.values()))
    if media_type is None:
        return _not_acceptable(FORMATS.values())
    headers = {"Vary": "Accept"}
    if media_type == "text/html":
        return Answer(200, _ontology_html(), _content_type(media_type), {**headers, **ONTOLOGY_PAGE_SECURITY})
    from kg.pipeline import ontology_quads

    triples = [quad.triple for quad in ontology_quads()]
    body = serialize(triples, format=GRAPH_TYPES[media_type], prefixes=PREFIXES) or b""
    return Answer(200, body, _content_type(media_type), headers)


@functools.cache
def _ontology_html() -> bytes:
    from kg.publish.ontology_doc import ontology_page

    return ontology_page().encode("utf-8")


def _library_json() -> bytes:
    """The named queries with their headers and text, for the query page to pick from."""
    from kg.query import load_query, query_header, query_names

    entries = []
    for name in query_names():
        header = query_header(name)
        entries.append(
            {
                "name": name,
                "question": header.question,
                "variables": header.variables,
                "example": header.example,
                "text": load_query(name),
            }
        )
    return json.dumps(entries, ensure_ascii=False, indent=1).encode("utf-8")


def make_server(out: Path, host: str = "127.0.0.1", port: int = 8000, **limits: Any) -> SparqlServer:
    """A server for the store in ``out/store``, bound but not yet serving (call ``serve_forever``).

    Port 0 picks a free port (see ``server.url``). ``server_close()`` stops the workers.
    ``limits`` are the fields of :class:`Limits` (``timeout``, ``max_rows``, ``max_bytes``,
    ``workers``, ``worker_memory``, ``per_client``).
    """
    generations = Generations(out, Limits(**limits))
    try:
        return SparqlServer((host, port), generations)
    except OSError:
        generations.close()
        raise


@contextmanager
def serving(out: Path, host: str = "127.0.0.1", port: int = 0, **limits: Any) -> Iterator[SparqlServer]:
    """An endpoint answering from a background thread for the length of a ``with`` block.

    For a notebook or a test: ``with serving(Path("build")) as server: SPARQLWrapper(server.url + "sparql")``.
    ``limits`` are those of :func:`make_server` (the fields of :class:`Limits`).
    """
    server = make_server(out, host, port, **limits)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
