"""A read-only SPARQL 1.1 Protocol endpoint over a build's store, with a small query page.

``/sparql`` answers queries (GET ``?query=``, POST form-encoded, POST
``application/sparql-query``) with the format the ``Accept`` header asks for:
SELECT as SPARQL JSON, XML, CSV or TSV; ASK as JSON or XML; CONSTRUCT and
DESCRIBE as Turtle, JSON-LD or N-Triples. ``/`` is a query page that works with
no internet; ``/queries`` lists the library of named queries as JSON.

What the endpoint refuses, and how it says so:

- updates (an ``update`` parameter, ``application/sparql-update``, or a query
  that is an update): 403, the store is opened read-only anyway;
- ``SERVICE`` (federated queries would make the endpoint fetch from the
  network): 403;
- a malformed query: 400, with the parser's message;
- a query running longer than the time limit: 503. pyoxigraph cannot cancel a
  query from Python, and a thread cannot be killed, so queries run in worker
  processes; a worker that overruns is killed and replaced;
- more rows (or triples) than the row cap: the first rows are answered, with
  the header ``X-SPARQL-MaxRows: N`` (as Virtuoso does), so that a client sees
  the cut without losing the rows.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import queue
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    Store,
    Triple,
    parse_query_results,
    serialize,
)

from kg.buildfolder import PREFIXES, STORE

__all__ = [
    "DEFAULT_MAX_ROWS",
    "DEFAULT_TIMEOUT",
    "Answer",
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
MAX_REQUEST_BYTES = 1_000_000
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
UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")


# --- what the workers are asked and what they answer ----------------------------------------------------


@dataclass(frozen=True)
class QueryRequest:
    """One query as the protocol received it (picklable: it crosses to a worker process)."""

    query: str
    accept: str = ""
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    max_rows: int = DEFAULT_MAX_ROWS


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
    if refused := refusal(request.query):
        return refused
    try:
        results = store.query(request.query, **_dataset(request))
        if isinstance(results, QueryBoolean):
            return _boolean_answer(results, request)
        if isinstance(results, QuerySolutions):
            return _solutions_answer(results, request)
        return _graph_answer(results, request)
    except SyntaxError as error:
        return Answer.error(HTTPStatus.BAD_REQUEST, f"malformed query: {error}")
    except (OSError, ValueError, RuntimeError) as error:
        return Answer.error(HTTPStatus.INTERNAL_SERVER_ERROR, f"the query failed: {error}")


def refusal(query: str) -> Answer | None:
    """The 403 answer for what this endpoint never does (updates, SERVICE), else None.

    Keywords are looked for outside strings, IRIs, comments and variable names,
    so that ``FILTER (CONTAINS(?text, "service"))`` is not mistaken for one.
    """
    code = _code_only(query)
    if re.match(r"\s*(?:(?:PREFIX\s+[^\s:]*:\s*<>|BASE\s*<>)\s*)*(" + "|".join(UPDATE_KEYWORDS) + r")\b", code, re.I):
        return Answer.error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL updates are refused")
    if re.search(r"(?<![\w:])SERVICE(?![\w:])", code, re.I):
        return Answer.error(
            HTTPStatus.FORBIDDEN, "SERVICE is refused: this endpoint never fetches from other endpoints"
        )
    return None


def _code_only(query: str) -> str:
    """The query with strings, IRIs, comments and variables blanked out."""
    token = re.compile(
        r"'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\""  # strings
        r"|<[^<>\"{}|^`\\\x00-\x20]*>"  # IRIs (a comparison such as ?a < ?b has spaces)
        r"|#[^\n]*"  # comments
        r"|[?$]\w+",  # variables
        re.S,
    )
    blanks = {"'": '""', '"': '""', "<": "<>", "#": " ", "?": "?v", "$": "?v"}
    return token.sub(lambda match: blanks[match.group(0)[0]], query)


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
    """The first ``max_rows`` solutions, serialised through the W3C JSON form.

    pyoxigraph serialises a whole result set; to cut it, the rows are read one
    by one into the JSON results format, which pyoxigraph then parses back and
    writes in the format asked for.
    """
    media_type = negotiate(request.accept, list(SOLUTION_TYPES))
    if media_type is None:
        return _not_acceptable(SOLUTION_TYPES)
    variables = [variable.value for variable in results.variables]
    bindings: list[dict[str, Any]] = []
    truncated = False
    for solution in results:
        if len(bindings) == request.max_rows:
            truncated = True
            break
        bindings.append({name: _json_term(solution[name]) for name in variables if solution[name] is not None})
    document = json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False)
    body = document.encode("utf-8")
    target = SOLUTION_TYPES[media_type]
    if target != QueryResultsFormat.JSON:
        parsed = parse_query_results(body, format=QueryResultsFormat.JSON)
        assert isinstance(parsed, QuerySolutions)
        serialized = parsed.serialize(format=target)
        assert serialized is not None
        body = serialized
    return Answer(200, body, _content_type(media_type), _row_cap_headers(truncated, request.max_rows))


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
    kept: list[Triple] = []
    truncated = False
    for triple in triples:
        if len(kept) == request.max_rows:
            truncated = True
            break
        kept.append(triple)
    body = serialize(kept, format=GRAPH_TYPES[media_type], prefixes=PREFIXES) or b""
    return Answer(200, body, _content_type(media_type), _row_cap_headers(truncated, request.max_rows))


def _row_cap_headers(truncated: bool, max_rows: int) -> dict[str, str]:
    return {"X-SPARQL-MaxRows": str(max_rows)} if truncated else {}


# --- worker processes: a query that overruns is stopped by killing its process ---------------------------


def _worker_main(store_path: str, connection: Connection) -> None:
    """A worker's life: open the store read-only, say so, then answer requests until told to stop."""
    store = Store.read_only(store_path)
    connection.send("ready")
    while (request := connection.recv()) is not None:
        connection.send(answer_query(store, request))


class _Worker:
    def __init__(self, store_path: str) -> None:
        # "spawn": a fork would copy the server's threads and the parent's open database handles.
        context = multiprocessing.get_context("spawn")
        self.connection, child_end = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(store_path, child_end), daemon=True)
        self.process.start()
        child_end.close()
        if not self._started():
            self.stop()
            raise RuntimeError(f"a query worker could not open the store {store_path}")

    def _started(self) -> bool:
        try:
            return self.connection.poll(WORKER_START_TIMEOUT) and self.connection.recv() == "ready"
        except (EOFError, OSError):
            return False

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.connection.close()


class QueryWorkers:
    """A few worker processes, each with the store open; a request waits for a free one."""

    def __init__(self, store_path: str, size: int, timeout: float) -> None:
        self.store_path, self.timeout = store_path, timeout
        self._idle: queue.Queue[_Worker] = queue.Queue()
        for _ in range(size):
            self._idle.put(_Worker(store_path))

    def answer(self, request: QueryRequest) -> Answer:
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return Answer.error(HTTPStatus.SERVICE_UNAVAILABLE, "every query worker is busy; try again later")
        try:
            worker.connection.send(request)
            if worker.connection.poll(self.timeout):
                return worker.connection.recv()
            worker = self._replace(worker)
            return Answer.error(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"the query ran longer than the time limit of {self.timeout:g} s and was stopped",
            )
        except (EOFError, OSError):
            worker = self._replace(worker)
            return Answer.error(HTTPStatus.INTERNAL_SERVER_ERROR, "the query worker failed; it was restarted")
        finally:
            self._idle.put(worker)

    def _replace(self, worker: _Worker) -> _Worker:
        worker.stop()
        return _Worker(self.store_path)

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().stop()
            except queue.Empty:
                return


# --- HTTP ------------------------------------------------------------------------------------------------


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: its handler reads the workers, the row cap and the query library from here."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], workers: QueryWorkers, max_rows: int) -> None:
        super().__init__(address, SparqlHandler)
        self.workers, self.max_rows = workers, max_rows

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else host
        return f"http://{host}:{port}/"

    def server_close(self) -> None:
        super().server_close()
        self.workers.close()


PAGE_SECURITY = {
    # The page's own files only: text from the graph can never bring in or run a script.
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
    "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
}
STATIC_TYPES = {".html": "text/html", ".js": "text/javascript", ".css": "text/css"}


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "policy-kg"

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/sparql":
            self._sparql(parse_qs(url.query, keep_blank_values=True))
        elif url.path == "/queries":
            self._send(Answer(200, _library_json(), "application/json; charset=utf-8"))
        elif url.path in ("/", "/index.html"):
            self._send_static("index.html")
        elif url.path.startswith("/static/"):
            self._send_static(url.path.removeprefix("/static/"))
        else:
            self._send(Answer.error(HTTPStatus.NOT_FOUND, f"nothing at {url.path}; the endpoint is /sparql"))

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._send(Answer.error(HTTPStatus.NOT_FOUND, f"nothing at {url.path}; the endpoint is /sparql"))
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_REQUEST_BYTES:
            self._send(Answer.error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "the request is larger than 1 MB"))
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
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

    def _sparql(self, parameters: dict[str, list[str]]) -> None:
        if "update" in parameters:
            self._send(Answer.error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL updates are refused"))
            return
        queries = parameters.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            self._send(Answer.error(HTTPStatus.BAD_REQUEST, "give exactly one query, as ?query=... or in the body"))
            return
        request = QueryRequest(
            query=queries[0],
            accept=self.headers.get("Accept") or "",
            default_graphs=tuple(parameters.get("default-graph-uri", [])),
            named_graphs=tuple(parameters.get("named-graph-uri", [])),
            max_rows=self.server.max_rows,
        )
        # Refusals are answered here, without taking a worker's time.
        self._send(refusal(request.query) or self.server.workers.answer(request))

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


def make_server(
    out: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int = DEFAULT_MAX_ROWS,
    workers: int = DEFAULT_WORKERS,
) -> SparqlServer:
    """A server for the store in ``out/store``, bound but not yet serving (call ``serve_forever``).

    Port 0 picks a free port (see ``server.url``). ``server_close()`` stops the workers.
    """
    store_path = out / STORE
    if not store_path.is_dir():
        raise FileNotFoundError(f"no graph store in {out}/: run 'kg build --out {out}' first")
    if timeout <= 0 or max_rows <= 0 or workers <= 0:
        raise ValueError("timeout, max_rows and workers must be positive")
    pool = QueryWorkers(str(store_path), workers, timeout)
    try:
        return SparqlServer((host, port), pool, max_rows)
    except OSError:
        pool.close()
        raise


@contextmanager
def serving(out: Path, host: str = "127.0.0.1", port: int = 0, **limits: Any) -> Iterator[SparqlServer]:
    """An endpoint answering from a background thread for the length of a ``with`` block.

    For a notebook or a test: ``with serving(Path("build")) as server: SPARQLWrapper(server.url + "sparql")``.
    ``limits`` are those of :func:`make_server` (``timeout``, ``max_rows``, ``workers``).
    """
    server = make_server(out, host, port, **limits)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
