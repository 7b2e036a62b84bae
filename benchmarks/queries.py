"""The eight queries of the contract, timed on a build's store."""

from __future__ import annotations

import time
from pathlib import Path

CONTRACT_QUERIES = ("documents", "citations", "commitments", "actors", "posts", "statistics", "events", "mentions")


def time_queries(out: Path, repeat: int = 3) -> dict[str, dict[str, float | int]]:
    """Best of ``repeat`` runs of each contract query, reading every row."""
    from kg.query import load_query, open_store, run_query

    store = open_store(out)
    timings: dict[str, dict[str, float | int]] = {}
    for name in CONTRACT_QUERIES:
        text = load_query(name)
        best, rows = float("inf"), 0
        for _ in range(repeat):
            started = time.perf_counter()
            rows = sum(1 for _ in run_query(store, text))
            best = min(best, time.perf_counter() - started)
        timings[name] = {"seconds": best, "rows": rows}
    return timings
