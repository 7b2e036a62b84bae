"""A real ``kg serve`` on 127.0.0.1 in a process of its own, a listener that records who reaches it,
and a raw HTTP client that can send what a browser or an attacker would (any Host, any length)."""

from __future__ import annotations

import http.client
import select
import signal
import socket
import subprocess
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from fixtures.bad.inputs import kg_command

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT = 120.0


@dataclass
class Endpoint:
    """A running ``kg serve``: where it listens, and what it printed."""

    host: str
    port: int
    process: subprocess.Popen[str]

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/sparql"

    def request(
        self,
        method: str,
        target: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        source: str | None = None,
        timeout: float = 60.0,
    ) -> tuple[int, dict[str, str], bytes]:
        """(status, headers, body) of one request; ``headers`` may replace Host; ``source`` is the client address."""
        connection = http.client.HTTPConnection(
            self.host, self.port, timeout=timeout, source_address=(source, 0) if source else None
        )
        try:
            given = dict(headers or {})
            connection.putrequest(method, target, skip_host="Host" in given, skip_accept_encoding=True)
            for name, value in given.items():
                connection.putheader(name, value)
            if body is not None and "Content-Length" not in given:
                connection.putheader("Content-Length", str(len(body)))
            connection.endheaders(body)
            response = connection.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            connection.close()

    def query(self, text: str, accept: str = "", **options: str) -> tuple[int, dict[str, str], bytes]:
        parameters = urllib.parse.urlencode({"query": text, **options})
        return self.request("GET", f"/sparql?{parameters}", headers={"Accept": accept} if accept else None)


@contextmanager
def kg_serve(out: Path, *options: str) -> Iterator[Endpoint]:
    """``kg serve --out OUT --port 0 OPTIONS`` until the block ends (then Ctrl-C, as a user stops it)."""
    process = subprocess.Popen(
        kg_command("serve", "--out", str(out), "--port", "0", *options),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], START_TIMEOUT)
        line = process.stdout.readline() if ready else ""
        assert "SPARQL endpoint at http://" in line, f"kg serve did not start: {line!r}"
        address = urllib.parse.urlsplit(line.split()[3])
        assert address.hostname and address.port
        yield Endpoint(address.hostname, address.port, process)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class Listener:
    """A TCP server on 127.0.0.1 that records every connection made to it and what was sent."""

    socket: socket.socket
    received: list[bytes] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.socket.getsockname()[1]}"

    def serve(self, stop: threading.Event) -> None:
        self.socket.settimeout(0.2)
        while not stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(2)
                try:
                    self.received.append(connection.recv(65536))
                    connection.sendall(
                        b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 7\r\n\r\nreached"
                    )
                except OSError:
                    self.received.append(b"")


@contextmanager
def listener() -> Iterator[Listener]:
    server = socket.create_server(("127.0.0.1", 0))
    recorder = Listener(server)
    stop = threading.Event()
    thread = threading.Thread(target=recorder.serve, args=(stop,), daemon=True)
    thread.start()
    try:
        yield recorder
    finally:
        time.sleep(0.3)  # a connection on its way still lands in the record
        stop.set()
        thread.join()
        server.close()
