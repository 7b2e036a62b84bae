"""Commands that ended in a traceback now end in a message (issue 20, item 9).

``kg query --param`` naming a variable the query does not return, ``kg entities
--explain`` with a name the gazetteers do not know, and ``kg push`` to a server
whose replies are not what the protocol says.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from fixtures.bad.inputs import GOOD_RESOLUTION, write

from kg.cli import main
from kg.pipeline import build


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    docs = tmp_path_factory.mktemp("docs")
    write(docs, "resolution.txt", GOOD_RESOLUTION)
    out = tmp_path_factory.mktemp("out")
    assert not build([docs], out).failed
    return out


def _kg(*arguments: str) -> Result:
    return CliRunner().invoke(main, list(arguments))


def _ended_with_a_message(result: Result) -> None:
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output


def test_a_parameter_the_query_does_not_return_is_refused_naming_it(out: Path) -> None:
    result = _kg("query", "documents", "--param", "nosuch=1", "--out", str(out))
    _ended_with_a_message(result)
    assert "nosuch" in result.output and "?doc" in result.output


def test_a_parameter_the_query_returns_still_binds(out: Path) -> None:
    result = _kg("query", "documents", "--param", "language=en", "--format", "csv", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert len(result.output.strip().splitlines()) == 2  # the header and the one English document


@pytest.mark.parametrize("name", ["Nobody Known By This Name", "'quoted\" name", ""])
def test_explaining_a_name_nobody_knows_says_so(out: Path, name: str) -> None:
    result = _kg("entities", "--explain", name or " ", "--out", str(out))
    _ended_with_a_message(result)
    assert "no entity known as" in result.output


def test_explaining_a_name_of_the_build_lists_its_mentions(out: Path) -> None:
    result = _kg("entities", "--explain", "General Assembly", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "General Assembly" in result.output
    assert any(
        "'General Assembly' (en, resolution.txt)" in line and "[gazetteer:" in line
        for line in result.output.splitlines()
    )


# --- kg push to a server with odd replies ---------------------------------------------------------


def _answering(reply: Callable[[BaseHTTPRequestHandler], None]) -> type[BaseHTTPRequestHandler]:
    class Odd(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            reply(self)

        def do_PUT(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            reply(self)

        def log_message(self, *args: object) -> None:
            pass

    return Odd


def _body(status: int, body: bytes, content_type: str = "application/sparql-results+json"):
    def reply(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return reply


def _hang_up(handler: BaseHTTPRequestHandler) -> None:
    handler.close_connection = True
    handler.connection.shutdown(socket.SHUT_RDWR)


def _not_http(handler: BaseHTTPRequestHandler) -> None:
    handler.wfile.write(b"SSH-2.0-OpenSSH_9.6\r\n")
    handler.close_connection = True


def _short_body(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Length", "1000")
    handler.end_headers()
    handler.wfile.write(b'{"results": ')
    handler.close_connection = True


ODD_REPLIES = {
    "html-page": _body(200, b"<html><body>Welcome to nginx</body></html>", "text/html"),
    "json-not-results": _body(200, b'{"head": {}, "boolean": true}'),
    "json-a-list": _body(200, b"[1, 2, 3]"),
    "count-not-a-number": _body(
        200, b'{"results": {"bindings": [{"g": {"value": "https://e.org/g"}, "n": {"value": "many"}}]}}'
    ),
    "not-utf-8": _body(200, b'{"results": "\xff\xfe"}'),
    "hang-up": _hang_up,
    "not-http": _not_http,
    "short-body": _short_body,
}


@pytest.fixture
def odd_server(request: pytest.FixtureRequest) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _answering(ODD_REPLIES[request.param]))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("full", [[], ["--full"]], ids=["count-first", "put-first"])
@pytest.mark.parametrize("odd_server", sorted(ODD_REPLIES), indirect=True)
def test_a_push_to_a_server_with_odd_replies_ends_with_a_message(out: Path, odd_server: str, full: list[str]) -> None:
    result = _kg("push", "--endpoint", odd_server, "--out", str(out), *full)
    _ended_with_a_message(result)
    assert odd_server in result.output
