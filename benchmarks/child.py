"""Measurements that run in a child process, so that each one's peak memory is its own.

``python -m benchmarks.child build CORPUS OUT WORKERS VIEWS``, ``... query OUT NAME`` and
``... rdflib OUT`` and ``... memory CORPUS OUT WORKERS`` (:mod:`benchmarks.memory`) print one JSON
object on stdout; so does ``... views OUT [REPEAT]``: the views of a built folder written in full
``REPEAT`` times (3 by default), the CPU seconds of each and the best (a loaded machine makes the
wall time of one step say little).
"""

from __future__ import annotations

import json
import resource
import shutil
import sys
import time
from pathlib import Path

from benchmarks.queries import CONTRACT_QUERIES, best_time


def peak_memory_mb() -> float:
    """Peak resident memory of this process and of the largest of its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux reports kilobytes


def measure_build(corpus: Path, out: Path, workers: int, views: bool = True) -> dict:
    """A build as ``kg build`` runs it, views included: its time, and that of its documents alone.

    The documents' time (``extraction_seconds``: reading, building, resolving and writing each
    document's quads, until the last is done) is what the build's progress says at its last document.
    """
    from kg.pipeline import build
    from kg.progress import Progress

    last: list[Progress] = []
    started = time.perf_counter()
    report = build([corpus], out, workers=workers, on_progress=last.append)
    seconds = time.perf_counter() - started
    views_seconds = _views_seconds(out) if views else 0.0
    return {
        "seconds": seconds,
        "extraction_seconds": last[-1].seconds if last else 0.0,
        "views_seconds": views_seconds,
        "end_to_end_seconds": seconds + views_seconds,
        "documents": len(report.documents),
        "processed": len(report.processed),
        "failed": len(report.failed),
        "quads": report.quads,
        "peak_memory_mb": peak_memory_mb(),
    }


def _views_seconds(out: Path) -> float:
    from kg.views import write_views

    started = time.perf_counter()
    write_views(out)
    return time.perf_counter() - started


def measure_views(out: Path, repeat: int = 3) -> dict:
    """The views step alone on the build in ``out``, its pages written in full ``repeat`` times."""
    from kg.views import write_views

    runs = []
    for _ in range(repeat):
        shutil.rmtree(out / "views", ignore_errors=True)  # else an unchanged build writes no page
        cpu, wall = time.process_time(), time.perf_counter()
        pages = write_views(out)
        runs.append({"cpu_seconds": time.process_time() - cpu, "seconds": time.perf_counter() - wall})
    return {
        "pages": len(pages),
        "runs": runs,
        "best_cpu_seconds": min(run["cpu_seconds"] for run in runs),
        "peak_memory_mb": peak_memory_mb(),
    }


def measure_rdflib(out: Path) -> dict:
    """The rdflib-only baseline: the same quads in an rdflib Dataset, the same outputs and queries."""
    from rdflib import Dataset

    from kg.query import load_query

    timings: dict[str, float] = {}
    started = time.perf_counter()
    dataset = Dataset(default_union=True)
    dataset.parse(out / "graph.trig", format="trig")
    timings["parse"] = time.perf_counter() - started
    for name, fmt in (("graph.trig", "trig"), ("graph.ttl", "turtle"), ("graph.jsonld", "json-ld")):
        started = time.perf_counter()
        target = dataset if fmt != "turtle" else _merged(dataset)  # graph.ttl: every graph's triples, once
        target.serialize(destination=str(out / f"rdflib-{name}"), format=fmt)
        timings[f"write {name}"] = time.perf_counter() - started
    queries = {}
    for name in CONTRACT_QUERIES:
        started = time.perf_counter()
        rows = len(list(dataset.query(load_query(name))))
        queries[name] = {"seconds": time.perf_counter() - started, "rows": rows}
    return {"timings": timings, "queries": queries, "peak_memory_mb": peak_memory_mb()}


def _merged(dataset):
    from rdflib import Graph

    merged = Graph()
    for triple in dataset.triples((None, None, None)):  # a default-union dataset yields every graph's
        merged.add(triple)
    return merged


def main(argv: list[str]) -> None:
    command, *arguments = argv
    if command == "build":
        corpus, out, workers, views = arguments
        result = measure_build(Path(corpus), Path(out), int(workers), views == "views")
    elif command == "query":
        out, name = arguments
        result = {**best_time(Path(out), name), "peak_memory_mb": peak_memory_mb()}
    elif command == "views":
        out, *repeat = arguments
        result = measure_views(Path(out), int(repeat[0]) if repeat else 3)
    elif command == "memory":
        from benchmarks.memory import measure_steps

        corpus, out, workers = arguments
        result = measure_steps(Path(corpus), Path(out), int(workers))
    else:
        result = measure_rdflib(Path(arguments[0]))
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
