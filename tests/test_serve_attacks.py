"""The endpoint as an attacker drives it (issue 20): a real ``kg serve`` on 127.0.0.1, real clients.

SERVICE in every spelling that escaped a keyword filter, with a listener that
records whether anything reached the host the query names; requests that a
web page of another site, or a rebound DNS name, would send; bodies with bad
or huge lengths; an invalid graph IRI.
"""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import textwrap
import threading
import urllib.parse
from collections.abc import Iterator

import pytest
from explore_graph import write_explore_build
from live_endpoint import Endpoint, kg_serve, listener

# Each a way of writing SERVICE <listener> that a search for the keyword in the text missed, or might.
SERVICE_SPELLINGS = {
    "no space after SERVICE": "PREFIX : <{url}/> SELECT * WHERE {{ SERVICE:x {{ ?s ?p ?o }} }}",
    "comment ended by a carriage return": "SELECT * WHERE {{ #\rSERVICE <{url}/y> {{ ?s ?p ?o }} }}",
    "comment ended by CR, the rest of the line a comment to some parsers": (
        "SELECT * WHERE {{ ?s ?p ?o #\rSERVICE <{url}/cr> {{ ?s ?p ?o }}\n }}"
    ),
    "after a long string ending in an escaped quote": (
        'SELECT * WHERE {{ BIND("""a\\"""" AS ?x) SERVICE <{url}/z> {{ ?s ?p ?o }} BIND("b" AS ?y) }}'
    ),
    "after a short string ending in an escaped quote": (
        "SELECT * WHERE {{ BIND('a\\'' AS ?x) SERVICE <{url}/q> {{ ?s ?p ?o }} }}"
    ),
    "as a unicode escape": "SELECT * WHERE {{ \\u0053ERVICE <{url}/u> {{ ?s ?p ?o }} }}",
    "inside FILTER EXISTS": "SELECT * WHERE {{ FILTER EXISTS {{ SERVICE <{url}/e> {{ ?s ?p ?o }} }} }}",
    "in a subquery, SILENT, lower case": (
        "SELECT * WHERE {{ {{ SELECT * WHERE {{ service silent <{url}/s> {{ ?s ?p ?o }} }} }} }}"
    ),
    "as an ASK": "ASK {{ SERVICE <{url}/a> {{ ?s ?p ?o }} }}",
    "in a CONSTRUCT": "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}/c> {{ ?s ?p ?o }} }}",
}


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Endpoint]:
    out = write_explore_build(tmp_path_factory.mktemp("attacks"))
    with kg_serve(out, "--timeout", "20") as served:
        yield served


@pytest.mark.parametrize("spelling", sorted(SERVICE_SPELLINGS))
def test_service_reaches_no_other_host_however_it_is_written(endpoint: Endpoint, spelling: str) -> None:
    with listener() as target:
        query = SERVICE_SPELLINGS[spelling].format(url=target.url)
        get = endpoint.query(query)
        form = urllib.parse.urlencode({"query": query}).encode()
        post = endpoint.request("POST", "/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})
        direct = endpoint.request("POST", "/sparql", query.encode(), {"Content-Type": "application/sparql-query"})
    assert target.received == [], f"the endpoint connected to {target.url}"
    for status, _, body in (get, post, direct):
        assert status in (400, 403), body
        assert b"reached" not in body


def test_the_word_service_in_data_and_names_is_not_refused(endpoint: Endpoint) -> None:
    status, _, body = endpoint.query('SELECT ?service WHERE { BIND("SERVICE <http://x/>" AS ?service) } # SERVICE')
    assert status == 200, body
    status, _, body = endpoint.query("PREFIX service: <http://e/> ASK { ?s service:x ?o }")
    assert status == 200, body


def test_a_worker_cannot_reach_the_network_even_if_a_service_got_through() -> None:
    """The second wall: the engine is asked for SERVICE directly, in a process cut off as a worker is."""
    with listener() as target:
        script = textwrap.dedent(f"""
            from pyoxigraph import Store
            from kg.serve_guard import cut_off_network
            if not cut_off_network():
                raise SystemExit(77)
            try:
                list(Store().query("SELECT * WHERE {{ SERVICE <{target.url}/w> {{ ?s ?p ?o }} }}"))
            except OSError as error:
                print("refused:", error)
        """)
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    if done.returncode == 77:
        pytest.skip("this system lets no process leave the network (no network namespaces)")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("refused:")
    assert target.received == []


def test_updates_and_load_are_still_refused(endpoint: Endpoint) -> None:
    for update in ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "LOAD <http://127.0.0.1:9/x>", "CLEAR ALL"):
        status, _, body = endpoint.query(update)
        assert status == 403 and b"read-only" in body, update


# --- requests a web page could make a browser send ---------------------------------------------------


def form_post(endpoint: Endpoint, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
    body = urllib.parse.urlencode({"query": "ASK {}"}).encode()
    return endpoint.request("POST", "/sparql", body, {"Content-Type": "application/x-www-form-urlencoded", **headers})


def test_a_form_posted_by_a_page_of_another_origin_is_refused(endpoint: Endpoint) -> None:
    here = f"127.0.0.1:{endpoint.port}"
    for origin in ("http://evil.example", f"http://evil.example:{endpoint.port}", "null", f"https://{here}"):
        status, _, body = form_post(endpoint, {"Host": here, "Origin": origin})
        assert status == 403, (origin, body)
    status, _, body = form_post(endpoint, {"Host": here, "Origin": f"http://{here}"})
    assert status == 200 and json.loads(body)["boolean"] is True


def test_a_request_for_another_host_name_is_refused(endpoint: Endpoint) -> None:
    """DNS rebinding: a page of evil.example, its name pointed at 127.0.0.1, sends Host: evil.example."""
    for host in (f"evil.example:{endpoint.port}", "evil.example", f"127.0.0.1:{endpoint.port + 1}"):
        status, _, _ = endpoint.request("GET", "/sparql?query=ASK%7B%7D", headers={"Host": host})
        assert status == 421, host
        status, _, _ = form_post(endpoint, {"Host": host})
        assert status == 421, host
    for host in (f"localhost:{endpoint.port}", f"127.0.0.1:{endpoint.port}"):
        status, _, _ = endpoint.request("GET", "/sparql?query=ASK%7B%7D", headers={"Host": host})
        assert status == 200, host


def test_a_cross_site_fetch_is_refused_even_as_a_get(endpoint: Endpoint) -> None:
    status, _, _ = endpoint.request("GET", "/sparql?query=ASK%7B%7D", headers={"Sec-Fetch-Site": "cross-site"})
    assert status == 403
    status, _, _ = endpoint.request("GET", "/sparql?query=ASK%7B%7D", headers={"Sec-Fetch-Site": "same-origin"})
    assert status == 200


# --- bodies -------------------------------------------------------------------------------------------


def raw_exchange(endpoint: Endpoint, head: bytes, body: bytes) -> bytes:
    """Send a request's head, then its body from a thread while reading the answer, as a client would."""
    with socket.create_connection((endpoint.host, endpoint.port), timeout=20) as connection:
        connection.sendall(head)

        def send_body() -> None:
            with contextlib.suppress(OSError):  # the server may answer and close without reading it
                connection.sendall(body)

        sender = threading.Thread(target=send_body, daemon=True)
        sender.start()
        answer = b""
        with contextlib.suppress(ConnectionResetError):
            while chunk := connection.recv(65536):
                answer += chunk
        sender.join(timeout=20)
        return answer


def post_head(endpoint: Endpoint, length: str) -> bytes:
    return (
        f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{endpoint.port}\r\n"
        f"Content-Type: application/sparql-query\r\nContent-Length: {length}\r\n\r\n"
    ).encode()


@pytest.mark.parametrize("length", ["-1", "abc", "1e3", " ", "+5", "١٢"])
def test_a_bad_content_length_is_answered_400(endpoint: Endpoint, length: str) -> None:
    answer = raw_exchange(endpoint, post_head(endpoint, length), b"ASK {}" + b" " * 200_000)
    assert answer.startswith(b"HTTP/1.0 400") or answer.startswith(b"HTTP/1.1 400"), answer[:200]
    assert b"Content-Length" in answer.split(b"\r\n\r\n", 1)[1]


def test_a_body_over_the_limit_is_answered_413_without_being_read(endpoint: Endpoint) -> None:
    answer = raw_exchange(endpoint, post_head(endpoint, str(300 * 2**20)), b"A" * 2**20)
    assert answer.split(b"\r\n")[0].endswith(b"413 Request Entity Too Large"), answer[:200]


def test_a_chunked_body_is_answered_411(endpoint: Endpoint) -> None:
    head = (
        f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{endpoint.port}\r\n"
        "Content-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\n\r\n"
    ).encode()
    answer = raw_exchange(endpoint, head, b"6\r\nASK {}\r\n0\r\n\r\n")
    assert b" 411 " in answer.split(b"\r\n")[0], answer[:200]


def test_the_endpoint_answers_after_the_bad_bodies(endpoint: Endpoint) -> None:
    status, _, body = endpoint.request("POST", "/sparql", b"ASK {}", {"Content-Type": "application/sparql-query"})
    assert status == 200 and json.loads(body)["boolean"] is True


# --- the dataset --------------------------------------------------------------------------------------


@pytest.mark.parametrize("parameter", ["default-graph-uri", "named-graph-uri"])
def test_a_graph_that_is_not_an_iri_is_a_bad_request(endpoint: Endpoint, parameter: str) -> None:
    status, _, body = endpoint.query("ASK { ?s ?p ?o }", **{parameter: "not an iri"})
    assert status == 400, body
    assert b"not an IRI" in body and b"not an iri" in body
