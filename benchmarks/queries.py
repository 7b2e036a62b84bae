"""The eight queries of the contract, timed on a build's store, each in a child process.

A query that runs away (time or memory) must not take the benchmark with it: each
runs in its own process under a memory limit and a timeout, and is reported as
failed when it hits either.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

CONTRACT_QUERIES = ("documents", "citations", "commitments", "actors", "posts", "statistics", "events", "mentions")
ROOT = Path(__file__).resolve().parent.parent


#: The first rows of an answer, as a page of results or a client that stops early reads them.
FIRST_ROWS = 1000


def best_time(out: Path, name: str, repeat: int = 3) -> dict[str, float | int]:
    """Best of ``repeat`` runs of one query: its first :data:`FIRST_ROWS` rows (``LIMIT``), then every
    row, each streamed and counted, never kept (runs in the child)."""
    from kg.query import load_query, open_store, run_query

    store, text = open_store(out), load_query(name)
    first, _ = _best_of(repeat, lambda: sum(1 for _ in run_query(store, f"{text.rstrip()}\nLIMIT {FIRST_ROWS}\n")))
    whole, rows = _best_of(repeat, lambda: sum(1 for _ in run_query(store, text)))
    return {"seconds": whole, "rows": rows, "first_rows_seconds": first}


def _best_of(repeat: int, count_rows: Callable[[], int]) -> tuple[float, int]:
    best, rows = float("inf"), 0
    for _ in range(repeat):
        started = time.perf_counter()
        rows = count_rows()
        best = min(best, time.perf_counter() - started)
    return best, rows


def time_queries(out: Path, timeout: float = 120.0, memory_gb: float = 4.0) -> dict[str, dict[str, Any]]:
    """Each contract query timed in a child process limited to ``memory_gb`` and ``timeout`` seconds."""
    limit = int(memory_gb * 2**30)

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    timings: dict[str, dict[str, Any]] = {}
    for name in CONTRACT_QUERIES:
        command = [sys.executable, "-m", "benchmarks.child", "query", str(out), name]
        try:
            done = subprocess.run(
                command, cwd=ROOT, capture_output=True, text=True, timeout=timeout, preexec_fn=limit_memory
            )
        except subprocess.TimeoutExpired:
            timings[name] = {"failed": f"over {timeout:.0f} s"}
            continue
        if done.returncode != 0:
            timings[name] = {"failed": f"over {memory_gb:.0f} GB or error: {done.stderr.strip()[-120:]}"}
        else:
            timings[name] = json.loads(done.stdout.strip().splitlines()[-1])
    return timings
