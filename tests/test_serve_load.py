"""The SPARQL endpoint under load: concurrent clients, a query past the time limit, refusals.

A server for a small build runs in a thread on 127.0.0.1 (port 0); 8 clients,
each from an address of its own in 127.0.0.0/8 (the endpoint bounds the queries
one client may run at once), send 25 requests each, a fixed mix of SELECT, ASK, CONSTRUCT, UPDATE,
SERVICE and LOAD, and one thread also sends queries that run past the time
limit. Checked: each request gets the status the endpoint documents (200;
403 for updates, SERVICE and LOAD; 503 for the query past the limit), the
server answers afterwards, and memory stays bounded.
"""

from __future__ import annotations

import functools
import http.client
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from fixtures.bad.inputs import GOOD_RESOLUTION, VIETNAMESE, write

from kg.pipeline import build
from kg.serve import serving

pytestmark = pytest.mark.slow

CLIENTS = 8
REQUESTS_PER_CLIENT = 25
TIME_LIMIT = 3.0
#: Generous: the server's own threads and its worker processes may grow a little, not without bound.
MAX_MEMORY_GROWTH = 300 * 1024 * 1024

SELECT = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 50"
ASK = "ASK { ?s a ?type }"
CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 50"
UPDATE = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
SERVICE = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
LOAD = "LOAD <http://example.org/data.ttl>"
#: A cross product of every triple with itself, three times: far longer than the time limit.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"

#: The status each kind of request must get.
EXPECTED = {
    "select": 200,
    "ask": 200,
    "construct": 200,
    "update": 403,
    "service": 403,
    "load": 403,
    "slow": 503,
}
MIX = ["select", "construct", "ask", "select", "update", "select", "service", "construct", "load"]


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    docs = tmp_path_factory.mktemp("serve-docs")
    write(docs, "resolution.txt", GOOD_RESOLUTION)
    write(docs, "news.txt", VIETNAMESE + "\n")
    out = tmp_path_factory.mktemp("serve-build")
    build([docs], out)
    with serving(out, timeout=TIME_LIMIT, max_rows=1000) as server:
        yield server.url + "sparql"


class _FromAddress(urllib.request.HTTPHandler):
    """Connections from one loopback address: one client, as the endpoint counts them."""

    def __init__(self, source: str) -> None:
        super().__init__()
        self.source = source

    def http_open(self, request: urllib.request.Request) -> Any:
        return self.do_open(functools.partial(http.client.HTTPConnection, source_address=(self.source, 0)), request)


def _client_address(number: int) -> str:
    return f"127.0.0.{2 + number}"


def _send(url: str, kind: str, source: str = "127.0.0.1") -> tuple[str, int, str]:
    """One request of ``kind``; updates go as the protocol's update operation, queries as GET or POST."""
    text = {"select": SELECT, "ask": ASK, "construct": CONSTRUCT, "update": UPDATE, "service": SERVICE}.get(kind)
    if kind == "update":
        request = urllib.request.Request(
            url, data=UPDATE.encode(), headers={"Content-Type": "application/sparql-update"}
        )
    elif kind == "load":
        request = urllib.request.Request(url, data=urllib.parse.urlencode({"update": LOAD}).encode())
    elif kind == "construct":
        request = urllib.request.Request(
            url, data=CONSTRUCT.encode(), headers={"Content-Type": "application/sparql-query"}
        )
    else:
        query = SLOW if kind == "slow" else text
        request = urllib.request.Request(f"{url}?{urllib.parse.urlencode({'query': query})}")
    try:
        with urllib.request.build_opener(_FromAddress(source)).open(request, timeout=120) as response:
            return kind, response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return kind, error.code, error.read().decode("utf-8", "replace")


def _client(url: str, number: int) -> list[tuple[str, int, str]]:
    kinds = [MIX[(number + i) % len(MIX)] for i in range(REQUESTS_PER_CLIENT)]
    if number == 0:
        # One client only: a query past the limit holds one worker, the others keep answering.
        kinds[5] = kinds[15] = "slow"
    return [_send(url, kind, _client_address(number)) for kind in kinds]


def _memory() -> int:
    psutil = pytest.importorskip("psutil")
    process = psutil.Process()
    return sum(p.memory_info().rss for p in [process, *process.children(recursive=True)])


def test_the_endpoint_under_load_answers_every_request_as_documented(server_url: str) -> None:
    _send(server_url, "select")  # warms the workers
    before = _memory()
    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        results = [result for batch in pool.map(lambda n: _client(server_url, n), range(CLIENTS)) for result in batch]
    after = _memory()

    assert len(results) == CLIENTS * REQUESTS_PER_CLIENT
    wrong = [(kind, status, body[:120]) for kind, status, body in results if status != EXPECTED[kind]]
    assert not wrong, f"{len(wrong)} unexpected answers, e.g. {wrong[:5]}"
    slow = [body for kind, _, body in results if kind == "slow"]
    assert slow and all("time limit" in body for body in slow)
    assert Counter(kind for kind, _, _ in results)["select"] > 0
    assert after - before < MAX_MEMORY_GROWTH


def test_the_endpoint_still_answers_after_the_load(server_url: str) -> None:
    _, status, body = _send(server_url, "select")
    assert status == 200 and '"bindings"' in body
