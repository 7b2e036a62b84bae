"""Bounded fuzzing of the endpoint's query check, with a fixed seed and a fixed count.

Queries are put together from the pieces that hid SERVICE from a keyword
filter (comments ended by CR, strings ending in escaped quotes, long strings,
unicode escapes, prefixed names glued to the keyword), then mutated a little.
Whatever the check lets through is run by the engine, in this process, with a
listener on the host the SERVICE names: nothing the check accepts may reach it.
"""

from __future__ import annotations

import contextlib
import random

from live_endpoint import listener
from pyoxigraph import Store

from kg.serve_guard import QueryRefusedError, checked_query

SEED = 2012
QUERIES = 300

COVERS = [
    "#\r",
    "#\n",
    "# a comment \r\n",
    "#\\u000D",
    '"a\\""',
    "'a\\''",
    '"""a\\""""',
    "'''a\\''''",
    '"""line\nline"""',
    '"#"',
    "<urn:x>",
    "?service",
    "?a < ?b",
    "\\u0023",
    '"\\\\"',
]
SERVICES = [
    "SERVICE <{url}/a>",
    "SERVICE:x",
    "service silent <{url}/b>",
    "\\u0053ERVICE <{url}/c>",
    "SERVICE\r<{url}/d>",
    "SERVICE#\n<{url}/e>",
]


def composed(rng: random.Random, url: str) -> str:
    before = " ".join(rng.choice(COVERS) for _ in range(rng.randint(0, 3)))
    after = " ".join(rng.choice(COVERS) for _ in range(rng.randint(0, 2)))
    service = rng.choice(SERVICES).format(url=url)
    body = f"{before} {service} {{ ?s ?p ?o }} {after}"
    if rng.random() < 0.3:
        body = f"FILTER EXISTS {{ {body} }}"
    query = f"PREFIX : <{url}/> SELECT * WHERE {{ {body}\n}}"
    for _ in range(rng.randint(0, 2)):  # a small mutation: a character dropped or doubled
        at = rng.randrange(len(query))
        query = query[:at] + (query[at] * 2 if rng.random() < 0.5 else "") + query[at + 1 :]
    return query


def test_no_query_the_check_accepts_reaches_the_host_its_service_names() -> None:
    rng = random.Random(SEED)
    store = Store()
    accepted = refused = 0
    with listener() as target:
        for _ in range(QUERIES):
            try:
                text = checked_query(composed(rng, target.url))
            except QueryRefusedError:
                refused += 1
                continue
            accepted += 1
            with contextlib.suppress(SyntaxError, OSError, RuntimeError):
                list(store.query(text))  # a SERVICE the check missed would connect here
    assert target.received == [], f"{len(target.received)} queries the check accepted reached {target.url}"
    assert refused > QUERIES // 2  # most hold a SERVICE the engine would run
