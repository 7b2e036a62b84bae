"""Build generated corpora, time the queries, compare with rdflib, and write ``build/bench.json``."""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.generator import generate
from benchmarks.queries import time_queries

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    sizes: tuple[int, ...]
    workers: int
    seed: int
    folder: Path  # where corpora and builds go
    baseline_max: int  # the rdflib baseline runs up to this size only (it is slow)
    baseline_timeout: float


def child(*arguments: str, timeout: float | None = None) -> dict[str, Any]:
    """Run one measurement in a fresh process and return what it printed."""
    command = [sys.executable, "-m", "benchmarks.child", *arguments]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_size(size: int, settings: Settings) -> dict[str, Any]:
    corpus, out = settings.folder / f"corpus-{size}", settings.folder / f"out-{size}"
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    paths = generate(size, corpus, seed=settings.seed)
    text_mb = sum(p.stat().st_size for p in paths) / 1e6
    build = ("build", str(corpus), str(out), str(settings.workers))
    full = child(*build)
    unchanged = child(*build)
    (out / "report.json").unlink()  # outputs no longer those recorded: rewritten, documents from the cache
    outputs_only = child(*build)
    with paths[0].open("a", encoding="utf-8") as handle:
        handle.write("\nThe General Assembly decides to remain seized of the matter.\n")
    one_changed = child(*build)
    result = {
        "documents": size,
        "text_mb": text_mb,
        "workers": settings.workers,
        "build": full,
        "documents_per_second": size / full["seconds"],
        "mb_per_second": text_mb / full["seconds"],
        "mb_per_second_per_core": text_mb / full["seconds"] / settings.workers,
        "quads_per_second": full["quads"] / full["seconds"],
        "unchanged_rebuild": unchanged,
        "outputs_only_rebuild": outputs_only,
        "one_changed_rebuild": one_changed,
        "queries": time_queries(out),
    }
    if size <= settings.baseline_max:
        result["rdflib"] = _baseline(out, settings.baseline_timeout)
        result["ratios"] = _ratios(result)
    return result


def _baseline(out: Path, timeout: float) -> dict[str, Any]:
    try:
        return child("rdflib", str(out), timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"timeout_seconds": timeout}


def _ratios(result: dict[str, Any]) -> dict[str, float]:
    """How many times faster than the rdflib baseline: outputs, queries, and end to end.

    Both do the same per-document work (read, build, resolve), so the baseline's end to end is
    that work (the full build less the outputs) plus rdflib's parse, serialisations and queries.
    """
    baseline = result["rdflib"]
    if "timings" not in baseline:
        return {}
    graph_seconds = sum(baseline["timings"].values())
    rdflib_queries = sum(q["seconds"] for q in baseline["queries"].values())
    our_queries = sum(q.get("seconds", 0.0) for q in result["queries"].values())
    outputs = result["outputs_only_rebuild"]["seconds"]
    documents = max(result["build"]["seconds"] - outputs, 0.0)
    return {
        "outputs": graph_seconds / outputs,
        "queries": rdflib_queries / our_queries,
        "end_to_end": (documents + graph_seconds + rdflib_queries) / (result["build"]["seconds"] + our_queries),
    }


def run(settings: Settings) -> dict[str, Any]:
    settings.folder.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
        "sizes": {},
    }
    for size in settings.sizes:
        report["sizes"][str(size)] = result = bench_size(size, settings)
        print(summary(result), flush=True)
    return report


def summary(result: dict[str, Any]) -> str:
    build = result["build"]
    lines = [
        f"== {result['documents']} documents, {result['text_mb']:.1f} MB of text, {result['workers']} workers",
        f"build            {build['seconds']:8.2f} s  {result['documents_per_second']:8.1f} docs/s  "
        f"{result['mb_per_second_per_core']:6.2f} MB/s/core  {result['quads_per_second']:10.0f} quads/s  "
        f"peak {build['peak_memory_mb']:.0f} MB  ({build['quads']} quads, {build['failed']} failed)",
        f"unchanged        {result['unchanged_rebuild']['seconds']:8.2f} s  "
        f"({result['unchanged_rebuild']['processed']} processed)",
        f"outputs only     {result['outputs_only_rebuild']['seconds']:8.2f} s",
        f"one changed      {result['one_changed_rebuild']['seconds']:8.2f} s  "
        f"({result['one_changed_rebuild']['processed']} processed)",
    ]
    for name, query in result["queries"].items():
        baseline = result.get("rdflib", {}).get("queries", {}).get(name)
        versus = f"   rdflib {baseline['seconds']:8.3f} s" if baseline else ""
        if "failed" in query:
            lines.append(f"query {name:12} failed: {query['failed']}")
        else:
            lines.append(f"query {name:12} {query['seconds']:8.3f} s  {query['rows']:8d} rows{versus}")
    if result.get("rdflib", {}).get("timings"):
        timings = ", ".join(f"{k} {v:.2f} s" for k, v in result["rdflib"]["timings"].items())
        lines.append(f"rdflib           {timings}; peak {result['rdflib']['peak_memory_mb']:.0f} MB")
    elif "rdflib" in result:
        lines.append(f"rdflib           did not finish in {result['rdflib']['timeout_seconds']:.0f} s")
    for name, ratio in result.get("ratios", {}).items():
        lines.append(f"faster than rdflib, {name:10} {ratio:8.1f}x")
    return "\n".join(lines)
