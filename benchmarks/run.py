"""Build corpora of each size, time the builds and queries, compare with rdflib and the issue's targets.

Two corpora: ``generated`` (paragraphs of ``corpus/`` recombined, :mod:`benchmarks.generator`)
and ``real`` (perturbed copies of the real documents, :mod:`benchmarks.realtexts`). Each
build is ``kg build`` with its views, in a child process of its own so that its peak memory
is its own; the numbers go to ``build/bench.json`` and :func:`markdown_table` makes the
README's table of them.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.generator import generate
from benchmarks.queries import FIRST_ROWS, time_queries
from benchmarks.realtexts import perturbed_copies

ROOT = Path(__file__).resolve().parent.parent

#: How each corpus is made: ``make(count, folder, seed=...)`` writes it and returns its documents.
CORPORA: dict[str, Callable[..., list[Path]]] = {"generated": generate, "real": perturbed_copies}

#: The targets of the issue on 2 cores, real texts, views included (see :func:`targets`).
TARGET_MB_PER_SECOND_PER_CORE = 0.5
TARGET_EXTRACTION_MB_PER_SECOND_PER_CORE = 1.0
TARGET_UNCHANGED_SHARE = 0.02
TARGET_PEAK_MEMORY_MB = 1024.0
TARGET_FIRST_ROWS_SECONDS = 0.2
TARGET_SCALING = 5.5  # time for 5,000 documents over that for 1,000


@dataclass(frozen=True)
class Settings:
    sizes: tuple[int, ...]
    workers: int
    seed: int
    folder: Path  # where corpora and builds go
    baseline_max: int  # the rdflib baseline runs up to this size only (it is slow)
    baseline_timeout: float
    corpora: tuple[str, ...] = ("generated", "real")
    #: The rebuilds no target reads (outputs only, one document changed) run up to this size only.
    rebuilds_max: int | None = None
    #: Where the report is written after each size, so that a size that cannot finish leaves the others'.
    output: Path | None = None


def child(*arguments: str, timeout: float | None = None) -> dict[str, Any]:
    """Run one measurement in a fresh process and return what it printed."""
    command = [sys.executable, "-m", "benchmarks.child", *arguments]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_size(corpus_kind: str, size: int, settings: Settings) -> dict[str, Any]:
    """Every measurement of one corpus of ``size`` documents."""
    corpus, out = settings.folder / f"{corpus_kind}-{size}", settings.folder / f"out-{corpus_kind}-{size}"
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    paths = CORPORA[corpus_kind](size, corpus, seed=settings.seed)
    build = ("build", str(corpus), str(out), str(settings.workers), "views")
    measured: dict[str, Any] = {
        "corpus": corpus_kind,
        "documents": size,
        "text_bytes": sum(p.stat().st_size for p in paths),
        "workers": settings.workers,
        "load_before": os.getloadavg(),
        "build": child(*build),
        "unchanged_rebuild": child(*build),
    }
    if settings.rebuilds_max is None or size <= settings.rebuilds_max:
        (out / "report.json").unlink()  # outputs no longer those recorded: rewritten, documents from the cache
        measured["outputs_only_rebuild"] = child(*build)
        with paths[0].open("a", encoding="utf-8") as handle:
            handle.write("\nThe General Assembly decides to remain seized of the matter.\n")
        measured["one_changed_rebuild"] = child(*build)
    measured["queries"] = time_queries(out)
    if size <= settings.baseline_max:
        measured["rdflib"] = _baseline(out, settings.baseline_timeout)
    measured["load_after"] = os.getloadavg()
    return summarise(measured)


def summarise(measured: dict[str, Any]) -> dict[str, Any]:
    """The measurements with the rates, shares and ratios computed from them."""
    result = dict(measured)
    megabytes, cores = measured["text_bytes"] / 1e6, measured["workers"]
    build = measured["build"]
    result["text_mb"] = megabytes
    result["documents_per_second"] = measured["documents"] / build["end_to_end_seconds"]
    result["mb_per_second_per_core"] = megabytes / build["end_to_end_seconds"] / cores
    extraction = build["extraction_seconds"]
    result["extraction_mb_per_second_per_core"] = megabytes / extraction / cores if extraction else None
    result["quads_per_second"] = build["quads"] / build["end_to_end_seconds"]
    result["unchanged_share"] = measured["unchanged_rebuild"]["end_to_end_seconds"] / build["end_to_end_seconds"]
    if "timings" in measured.get("rdflib", {}):
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
    graph_seconds = sum(baseline["timings"].values())
    rdflib_queries = sum(q["seconds"] for q in baseline["queries"].values())
    our_queries = sum(q.get("seconds", 0.0) for q in result["queries"].values())
    outputs = result["outputs_only_rebuild"]["seconds"]
    documents = max(result["build"]["seconds"] - outputs, 0.0)
    return {
        "outputs": graph_seconds / outputs,
        "queries": rdflib_queries / our_queries if our_queries else 0.0,
        "end_to_end": (documents + graph_seconds + rdflib_queries) / (result["build"]["seconds"] + our_queries),
    }


def targets(results: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Each target of the issue against the largest real corpus measured (and 1,000 → 5,000 scaling)."""
    if not results:
        return {}
    largest = results[max(results, key=int)]
    first_rows = [q.get("first_rows_seconds") for q in largest["queries"].values()]
    # A query that failed (over its time or memory) has no time: the target is then unmet, its value unknown.
    slowest_first = None if None in first_rows else max(first_rows, default=0.0)
    checks: dict[str, tuple[float | None, float, str]] = {
        "end_to_end_mb_per_second_per_core": (largest["mb_per_second_per_core"], TARGET_MB_PER_SECOND_PER_CORE, ">="),
        "extraction_mb_per_second_per_core": (
            largest["extraction_mb_per_second_per_core"] or 0.0,
            TARGET_EXTRACTION_MB_PER_SECOND_PER_CORE,
            ">=",
        ),
        "unchanged_share": (largest["unchanged_share"], TARGET_UNCHANGED_SHARE, "<"),
        "peak_memory_mb": (_peak_memory(largest), TARGET_PEAK_MEMORY_MB, "<"),
        f"slowest_first_{FIRST_ROWS}_rows_seconds": (slowest_first, TARGET_FIRST_ROWS_SECONDS, "<"),
    }
    if "1000" in results and "5000" in results:
        scaling = results["5000"]["build"]["end_to_end_seconds"] / results["1000"]["build"]["end_to_end_seconds"]
        checks["time_5000_over_1000"] = (scaling, TARGET_SCALING, "<=")
    report = {}
    for name, (value, target, sense) in checks.items():
        if value is None:
            met = False
        else:
            met = value >= target if sense == ">=" else (value <= target if sense == "<=" else value < target)
        report[name] = {"value": value, "target": f"{sense} {target:g}", "met": met, "documents": largest["documents"]}
    return report


def _peak_memory(result: dict[str, Any]) -> float:
    """The largest resident size of the build, its rebuilds and its queries."""
    builds = [
        name for name in ("build", "unchanged_rebuild", "outputs_only_rebuild", "one_changed_rebuild") if name in result
    ]
    queries = (q.get("peak_memory_mb", 0.0) for q in result["queries"].values())
    return max(max(result[name]["peak_memory_mb"] for name in builds), max(queries, default=0.0))


def run(settings: Settings) -> dict[str, Any]:
    settings.folder.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
        "corpora": {},
    }
    for corpus_kind in settings.corpora:
        results: dict[str, dict[str, Any]] = report["corpora"].setdefault(corpus_kind, {})
        for size in settings.sizes:
            results[str(size)] = result = bench_size(corpus_kind, size, settings)
            print(summary(result), flush=True)
            if settings.output is not None:
                write_report(settings.output, report)
    if "real" in report["corpora"]:
        report["targets"] = targets(report["corpora"]["real"])
    return report


def write_report(output: Path, report: dict[str, Any]) -> None:
    """The report as JSON, with the targets of what it holds so far."""
    if "real" in report["corpora"]:
        report["targets"] = targets(report["corpora"]["real"])
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def summary(result: dict[str, Any]) -> str:
    build = result["build"]
    extraction = result["extraction_mb_per_second_per_core"] or 0.0
    load = ", ".join(f"{value:.1f}" for value in result["load_before"])
    lines = [
        f"== {result['corpus']}: {result['documents']} documents, {result['text_mb']:.1f} MB of text, "
        f"{result['workers']} workers (load {load})",
        f"build + views    {build['end_to_end_seconds']:8.2f} s  {result['documents_per_second']:8.1f} docs/s  "
        f"{result['mb_per_second_per_core']:6.3f} MB/s/core  extraction {extraction:6.3f} MB/s/core  "
        f"peak {build['peak_memory_mb']:.0f} MB  ({build['quads']} quads, {build['failed']} failed)",
        f"  of which       documents {build['extraction_seconds']:.2f} s, views {build['views_seconds']:.2f} s",
        f"unchanged        {result['unchanged_rebuild']['end_to_end_seconds']:8.2f} s  "
        f"({100 * result['unchanged_share']:.1f} % of the build; "
        f"{result['unchanged_rebuild']['processed']} processed)",
    ]
    if "one_changed_rebuild" in result:
        lines += [
            f"outputs only     {result['outputs_only_rebuild']['end_to_end_seconds']:8.2f} s",
            f"one changed      {result['one_changed_rebuild']['end_to_end_seconds']:8.2f} s  "
            f"({result['one_changed_rebuild']['processed']} processed)",
        ]
    for name, query in result["queries"].items():
        baseline = result.get("rdflib", {}).get("queries", {}).get(name)
        versus = f"   rdflib {baseline['seconds']:8.3f} s" if baseline else ""
        if "failed" in query:
            lines.append(f"query {name:12} failed: {query['failed']}")
        else:
            lines.append(
                f"query {name:12} {query['seconds']:8.3f} s  {query['rows']:8d} rows  "
                f"first {FIRST_ROWS} {query['first_rows_seconds']:6.3f} s{versus}"
            )
    if result.get("rdflib", {}).get("timings"):
        timings = ", ".join(f"{k} {v:.2f} s" for k, v in result["rdflib"]["timings"].items())
        lines.append(f"rdflib           {timings}; peak {result['rdflib']['peak_memory_mb']:.0f} MB")
    elif "rdflib" in result:
        lines.append(f"rdflib           did not finish in {result['rdflib']['timeout_seconds']:.0f} s")
    for name, ratio in result.get("ratios", {}).items():
        lines.append(f"faster than rdflib, {name:10} {ratio:8.1f}x")
    return "\n".join(lines)


def markdown_table(report: dict[str, Any]) -> str:
    """The README's table: one row per corpus and size, then one per contract query of the largest real corpus."""
    header = (
        "| corpus | documents | MB | end to end (s) | MB/s/core | extraction MB/s/core | unchanged rebuild "
        "| peak MB | vs rdflib |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    )
    rows = [header]
    for corpus_kind, results in report["corpora"].items():
        for size, result in sorted(results.items(), key=lambda item: int(item[0])):
            ratio = result.get("ratios", {}).get("end_to_end")
            rows.append(
                f"| {corpus_kind} | {size} | {result['text_mb']:.1f} | {result['build']['end_to_end_seconds']:.1f} "
                f"| {result['mb_per_second_per_core']:.3f} | {result['extraction_mb_per_second_per_core'] or 0:.3f} "
                f"| {100 * result['unchanged_share']:.1f} % | {_peak_memory(result):.0f} "
                f"| {f'{ratio:.1f}x' if ratio else '-'} |"
            )
    real = report["corpora"].get("real") or next(iter(report["corpora"].values()), {})
    if real:
        size, largest = max(real.items(), key=lambda item: int(item[0]))
        rows += [
            "",
            f"| query ({size} documents) | rows | whole answer (s) | first {FIRST_ROWS} rows (s) | peak MB |",
            "|---|---:|---:|---:|---:|",
        ]
        for name, query in largest["queries"].items():
            if "failed" in query:
                rows.append(f"| {name} | - | {query['failed']} | - | - |")
            else:
                rows.append(
                    f"| {name} | {query['rows']} | {query['seconds']:.3f} | {query['first_rows_seconds']:.3f} "
                    f"| {query.get('peak_memory_mb', 0):.0f} |"
                )
    return "\n".join(rows) + "\n"
