"""What bounds the endpoint (issue 20): bytes of an answer, a worker's memory, queries per client,
and one build generation at a time. Each against a real ``kg serve`` on 127.0.0.1."""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from explore_graph import write_explore_build
from fixtures.bad.inputs import ENGLISH, GOOD_RESOLUTION, VIETNAMESE, write
from live_endpoint import Endpoint, kg_serve

from kg.pipeline import build

MAX_BYTES = 50_000
#: The cross product of every triple with itself, four times over: runs until the time limit.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def doubled(times: int, rows: int = 1) -> str:
    """A query whose ``rows`` rows each hold a string of 2 * 2**times characters, grown by CONCAT."""
    binds = " ".join(f"BIND(CONCAT(?v{i}, ?v{i}) AS ?v{i + 1})" for i in range(times))
    values = " ".join(str(n) for n in range(rows))
    return f'SELECT ?n ?v{times} WHERE {{ VALUES ?n {{ {values} }} BIND("ab" AS ?v0) {binds} }}'


@pytest.fixture(scope="module")
def capped(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Endpoint]:
    out = write_explore_build(tmp_path_factory.mktemp("capped"))
    with kg_serve(out, "--max-bytes", str(MAX_BYTES), "--worker-memory", "1024", "--timeout", "60") as served:
        yield served


@pytest.mark.parametrize(
    "accept", ["application/sparql-results+json", "text/csv", "text/tab-separated-values", "application/xml"]
)
def test_an_answer_is_cut_at_the_byte_cap_and_says_so(capped: Endpoint, accept: str) -> None:
    status, headers, body = capped.query(doubled(13, rows=20), accept)  # 20 rows of 16 KB
    assert status == 200, body[:200]
    assert 0 < len(body) <= MAX_BYTES
    assert headers["x-sparql-maxbytes"] == str(MAX_BYTES)
    if accept.endswith("json"):
        rows = json.loads(body)["results"]["bindings"]
        assert 1 <= len(rows) < 20
        assert [row["n"]["value"] for row in rows] == [str(n) for n in range(len(rows))]


def test_a_row_larger_than_the_cap_leaves_an_empty_answer_that_says_so(capped: Endpoint) -> None:
    status, headers, body = capped.query(doubled(16))  # one row of 128 KB
    assert status == 200 and headers["x-sparql-maxbytes"] == str(MAX_BYTES)
    assert json.loads(body)["results"]["bindings"] == []


def test_a_graph_answer_is_cut_at_the_byte_cap(capped: Endpoint) -> None:
    query = doubled(13, rows=20).replace("SELECT ?n ?v13", "CONSTRUCT { ?row <urn:text> ?v13 }")
    query = query.replace("BIND(", 'BIND(IRI(CONCAT("urn:row:", STR(?n))) AS ?row) BIND(', 1)
    status, headers, body = capped.query(query, "application/n-triples")
    assert status == 200 and 0 < len(body) <= MAX_BYTES
    assert headers["x-sparql-maxbytes"] == str(MAX_BYTES)
    assert body.count(b"<urn:text>") >= 1


def test_an_answer_under_the_cap_is_whole(capped: Endpoint) -> None:
    status, headers, body = capped.query(doubled(10, rows=3))
    assert status == 200 and "x-sparql-maxbytes" not in headers
    assert len(json.loads(body)["results"]["bindings"]) == 3


def test_a_query_growing_without_end_is_stopped_by_the_memory_limit(capped: Endpoint) -> None:
    """Thirty doublings would need 2 GB for the last string alone; the worker may have 1 GB."""
    started = time.monotonic()
    status, _, body = capped.query(doubled(30))
    assert status == 503 and b"memory" in body, body
    assert time.monotonic() - started < 60, "stopped by the time limit, not the memory limit"
    status, _, body = capped.query("ASK { ?s ?p ?o }")
    assert status == 200 and json.loads(body)["boolean"] is True


# --- one client cannot hold every worker ----------------------------------------------------------------


def test_one_client_cannot_hold_every_worker(tmp_path: Path) -> None:
    """Two workers: a client running a slow query may not start another; another client still can."""
    out = write_explore_build(tmp_path)
    with kg_serve(out, "--timeout", "10") as served:
        slow: list[int] = []
        holder = threading.Thread(target=lambda: slow.append(served.query(SLOW)[0]))
        holder.start()
        time.sleep(3)  # the slow query is running (it runs until the time limit)
        status, headers, body = served.request("GET", "/sparql?query=ASK%7B%7D")
        assert status == 429 and headers["retry-after"] == "1", body
        status, _, _ = served.request("GET", "/sparql?query=ASK%7B%7D", source="127.0.0.3")
        assert status == 200
        assert holder.is_alive()
        holder.join(timeout=60)
        assert slow == [503]
        status, _, _ = served.request("GET", "/sparql?query=ASK%7B%7D")
        assert status == 200


# --- one build generation at a time -------------------------------------------------------------------


COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def served_count(endpoint: Endpoint) -> tuple[str, int]:
    status, headers, body = endpoint.query(COUNT)
    assert status == 200, body
    return headers["x-kg-generation"], int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def current_generation(out: Path) -> str:
    return Path(os.readlink(out / ".current")).name


def test_every_worker_answers_from_the_same_build_and_names_it(tmp_path: Path) -> None:
    docs, out = tmp_path / "docs", tmp_path / "out"
    write(docs, "resolution.txt", GOOD_RESOLUTION)
    build([docs], out)
    first = current_generation(out)
    with kg_serve(out) as served:
        answers = {served_count(served) for _ in range(6)}
        assert len(answers) == 1
        ((generation, count),) = answers
        assert generation == first

        write(docs, "news.txt", VIETNAMESE + "\n")
        write(docs, "english.txt", ENGLISH)
        build([docs], out)
        second = current_generation(out)
        assert second != first

        seen = set()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            seen.add(served_count(served))
            if second in {name for name, _ in seen}:
                break
            time.sleep(0.2)
        after = {served_count(served) for _ in range(8)}  # sequential: each worker answers in turn
    assert len(after) == 1, f"workers answer from different builds: {after}"
    ((generation, new_count),) = after
    assert generation == second and new_count > count
    assert seen <= {(first, count), (second, new_count)}, "an answer from neither build, or a mix"


def test_the_query_page_says_when_the_byte_cap_cut_an_answer(capped: Endpoint, tmp_path: Path) -> None:
    from explore_graph import console_errors, headless_chromium
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.wait import WebDriverWait

    with headless_chromium(tmp_path / "profile") as driver:
        driver.get(f"http://{capped.host}:{capped.port}/")
        editor = driver.find_element(By.ID, "query")
        editor.clear()
        editor.send_keys(doubled(13, rows=20))
        driver.find_element(By.ID, "run").click()
        WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#results tbody tr"))
        status = driver.find_element(By.ID, "status").text
        assert f"at most {MAX_BYTES} bytes" in status and "first only" in status, status
        assert console_errors(driver) == []


def test_a_store_deleted_under_the_endpoint_still_gets_answers(tmp_path: Path) -> None:
    """The worker that overran cannot be replaced (its store is gone): the answer still comes, one worker fewer."""
    out = write_explore_build(tmp_path)
    with kg_serve(out, "--timeout", "3") as served:
        shutil.rmtree(out / "store")
        status, _, body = served.query(SLOW)
        assert status == 503 and b"time limit" in body
        status, _, body = served.query("ASK { ?s ?p ?o }")
        assert status == 200 and json.loads(body)["boolean"] is True
