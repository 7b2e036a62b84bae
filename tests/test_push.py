"""Pushing a build to real triple stores over the Graph Store Protocol: Oxigraph's server and Virtuoso.

Each server is started on a free loopback port by a fixture and stopped after
the test; a test is skipped, saying why, when its server cannot be started.
"""

from __future__ import annotations

import base64
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, parse

from kg.pipeline import build
from kg.push import Credentials, Ledger, PushError, count_triples, push

TEXTS = {
    "a.txt": "The General Assembly,\n\n1. Requests the Secretary-General to report.\n",
    "b.txt": "Le Conseil économique et social prie le Secrétaire général de présenter un rapport.\n",
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_answering(url: str, process: subprocess.Popen, seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return True
        except OSError:
            time.sleep(0.2)
    return False


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    docs = tmp_path_factory.mktemp("docs")
    for name, text in TEXTS.items():
        (docs / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    build([docs], out)
    return out


def triples_per_graph(out: Path) -> Counter[str]:
    return Counter(quad.graph_name.value for quad in parse(path=str(out / "graph.trig"), format=RdfFormat.TRIG))


@pytest.fixture
def oxigraph(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """(query endpoint, graph store) of an Oxigraph server."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(binary).is_file():
        pytest.skip("the Oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    command = [binary, "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        if not wait_until_answering(f"{base}/query?query=ASK%7B%7D", process):
            pytest.skip("the Oxigraph server did not start")
        yield f"{base}/query", f"{base}/store"
    finally:
        stop(process)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {db}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""

# Lets the anonymous web user write through /sparql-graph-crud: a throw-away database only.
VIRTUOSO_GRANTS = "GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);"
# A fresh Virtuoso database's administrator; /sparql-graph-crud-auth asks for them (HTTP Digest).
VIRTUOSO_ADMIN = Credentials("dba", "dba")


@dataclass(frozen=True)
class VirtuosoServer:
    base: str
    sql_port: int
    isql: str

    @property
    def endpoint(self) -> str:
        return f"{self.base}/sparql"


@pytest.fixture
def virtuoso_server(tmp_path: Path) -> Iterator[VirtuosoServer]:
    """A Virtuoso server with a fresh database, as installed: writes need the administrator's password."""
    server, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt") or shutil.which("isql")
    if not server or not isql:
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    sql_port, http_port = free_port(), free_port()
    ini = tmp_path / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(db=tmp_path, sql_port=sql_port, http_port=http_port), encoding="utf-8")
    command = [server, "+foreground", "+configfile", str(ini)]
    process = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http_port}"
    try:
        if not wait_until_answering(f"{base}/sparql?query=ASK%7B%7D", process, seconds=120):
            pytest.skip("Virtuoso did not start")
        yield VirtuosoServer(base, sql_port, isql)
    finally:
        stop(process)


@pytest.fixture
def virtuoso(virtuoso_server: VirtuosoServer) -> tuple[str, str]:
    """(query endpoint, graph store) of a Virtuoso server whose anonymous graph store takes writes."""
    command = [virtuoso_server.isql, str(virtuoso_server.sql_port), "dba", "dba", f"exec={VIRTUOSO_GRANTS}"]
    granted = subprocess.run(command, capture_output=True)
    if granted.returncode != 0:
        pytest.skip(f"could not open Virtuoso's graph store to writes: {granted.stderr.decode()[:200]}")
    return virtuoso_server.endpoint, f"{virtuoso_server.base}/sparql-graph-crud"


def assert_pushed_in_full(built: Path, endpoint: str, graph_store: str, credentials: Credentials | None = None) -> None:
    expected = triples_per_graph(built)
    for full in (False, True):  # pushing again replaces every graph: nothing is duplicated
        report = push(built, endpoint, graph_store, full=full, credentials=credentials)
        assert not report.incomplete and len(report.sent) == len(expected)
        on_server = count_triples(endpoint)
        assert {graph: on_server.get(graph) for graph in expected} == dict(expected)
    assert {g.graph for g in report.graphs} == set(expected)


@pytest.mark.slow
def test_push_to_oxigraph(built: Path, oxigraph: tuple[str, str]) -> None:
    assert_pushed_in_full(built, *oxigraph)


@pytest.mark.slow
def test_push_to_virtuoso(built: Path, virtuoso: tuple[str, str]) -> None:
    assert_pushed_in_full(built, *virtuoso)


@pytest.mark.slow
def test_push_to_virtuoso_with_its_password(built: Path, virtuoso_server: VirtuosoServer) -> None:
    graph_store = f"{virtuoso_server.base}/sparql-graph-crud-auth"
    with pytest.raises(PushError, match="asks for credentials"):
        push(built, virtuoso_server.endpoint, graph_store)
    with pytest.raises(PushError, match="credentials of 'dba' were not accepted"):
        push(built, virtuoso_server.endpoint, graph_store, credentials=Credentials("dba", "not the password"))
    assert_pushed_in_full(built, virtuoso_server.endpoint, graph_store, VIRTUOSO_ADMIN)


class _BasicAuthEndpoint(BaseHTTPRequestHandler):
    """A SPARQL endpoint that answers the count query only to a user who gives the password."""

    expected = "Basic " + base64.b64encode(b"reader:secret").decode()
    answer = json.dumps({"results": {"bindings": [{"g": {"value": "https://example.org/g"}, "n": {"value": "3"}}]}})

    def do_GET(self) -> None:
        if self.headers.get("Authorization") != self.expected:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="sparql"')
            self.end_headers()
            return
        body = self.answer.encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_credentials_answer_a_basic_challenge() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _BasicAuthEndpoint)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    endpoint = f"http://127.0.0.1:{server.server_address[1]}/sparql"
    try:
        assert count_triples(endpoint, credentials=Credentials("reader", "secret")) == {"https://example.org/g": 3}
        with pytest.raises(PushError, match="asks for credentials"):
            count_triples(endpoint)
        with pytest.raises(PushError, match="'reader' were not accepted"):
            count_triples(endpoint, credentials=Credentials("reader", "wrong"))
    finally:
        server.shutdown()
        server.server_close()


def test_credentials_never_show_their_password() -> None:
    assert "secret" not in repr(Credentials("reader", "secret"))


def test_push_without_a_build_says_so(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="kg build"):
        push(tmp_path, "http://127.0.0.1:9/query")


def delete_graph(graph_store: str, graph: str) -> None:
    url = f"{graph_store}?{urllib.parse.urlencode({'graph': graph})}"
    with urllib.request.urlopen(urllib.request.Request(url, method="DELETE"), timeout=10):
        pass


@pytest.mark.slow
def test_a_push_sends_only_what_changed_and_removes_what_left(tmp_path: Path, oxigraph: tuple[str, str]) -> None:
    endpoint, graph_store = oxigraph
    docs, out = tmp_path / "docs", tmp_path / "out"
    docs.mkdir()
    for name, text in TEXTS.items():
        (docs / name).write_text(text, encoding="utf-8")
    build([docs], out)
    first = push(out, endpoint, graph_store)
    assert len(first.sent) == len(first.graphs) and not first.incomplete

    again = push(out, endpoint, graph_store)
    assert again.sent == [] and not again.incomplete and again.removed == []

    before = set(triples_per_graph(out))
    (docs / "b.txt").unlink()
    (docs / "a.txt").write_text(TEXTS["a.txt"] + "\n2. Decides to remain seized of the matter.\n", encoding="utf-8")
    build([docs], out)
    after = triples_per_graph(out)
    changed = push(out, endpoint, graph_store)
    gone = before - set(after)
    assert gone and changed.removed == sorted(gone)
    assert {g.graph for g in changed.sent} <= set(after) and not changed.incomplete
    on_server = count_triples(endpoint)
    assert all(graph not in on_server for graph in gone)
    assert {graph: on_server.get(graph) for graph in after} == dict(after)


@pytest.mark.slow
def test_a_graph_lost_on_the_server_is_sent_again(built: Path, oxigraph: tuple[str, str]) -> None:
    endpoint, graph_store = oxigraph
    push(built, endpoint, graph_store)
    lost = sorted(triples_per_graph(built))[0]
    delete_graph(graph_store, lost)
    report = push(built, endpoint, graph_store)
    assert [g.graph for g in report.sent] == [lost] and not report.incomplete
    assert len(push(built, endpoint, graph_store, full=True).sent) == len(report.graphs)


def test_an_unreadable_ledger_means_sending_everything(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path, "http://127.0.0.1:9/store")
    ledger.path.parent.mkdir(parents=True)
    ledger.path.write_text("{not json", encoding="utf-8")
    assert Ledger(tmp_path, "http://127.0.0.1:9/store").graphs == {}
