"""Extraction alone, in one process: reading, rating the family, building, resolving, writing N-Quads.

No workers, no store, no views: what a core does with each document, step by step, over
the real documents (``../shared/corpus/`` and ``../shared/corpus-real/``). The first pass
warms the process (patterns, gazetteer, language models, which a build's worker pays once);
the passes after it are timed, and the best of them is kept. CPU time is reported beside
wall time: on a machine other work shares, the CPU time is what this process spent.

``python -m benchmarks --extraction [--repeat N]`` prints the steps and stores them under
``extraction_only`` in ``build/bench.json``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.realtexts import REAL_CORPORA

__all__ = ["STEPS", "extraction_table", "measure_extraction"]

#: The steps of one document, in the order they run.
STEPS = ("read", "rate", "build", "quads", "nquads")


@dataclass
class _Pass:
    cpu: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STEPS, 0.0))
    wall: float = 0.0
    failed: int = 0


def _documents(folders: Iterable[Path]) -> list[tuple[Path, str]]:
    from kg.pipeline import collect_files

    return [found for folder in folders if folder.is_dir() for found in collect_files([folder])]


def _one_pass(documents: list[tuple[Path, str]]) -> _Pass:
    """Each document through the pipeline's own steps, the CPU time of each step summed."""
    from kg import builders
    from kg.graph.writer import document_quads
    from kg.pipeline import _resolver, _sorted_nquads
    from kg.readers import read

    measured = _Pass()
    started = time.perf_counter()
    for path, source in documents:
        clock = time.process_time()
        try:
            document = read(path, source=source)
            clock = _lap(measured, "read", clock)
            fit = builders.best_fit(document)
            clock = _lap(measured, "rate", clock)
            extraction = fit.build()
            clock = _lap(measured, "build", clock)
            _, quads = document_quads(document, extraction, _resolver(document.language))
            clock = _lap(measured, "quads", clock)
            _sorted_nquads(quads)
            _lap(measured, "nquads", clock)
        except Exception:  # a document the build reports as failed: its time still counts
            measured.failed += 1
    measured.wall = time.perf_counter() - started
    return measured


def _lap(measured: _Pass, step: str, since: float) -> float:
    now = time.process_time()
    measured.cpu[step] += now - since
    return now


def measure_extraction(folders: Iterable[Path] = REAL_CORPORA, repeat: int = 3) -> dict[str, Any]:
    """The best of ``repeat`` timed passes over the documents of ``folders``, after one warming pass."""
    documents = _documents(folders)
    megabytes = sum(path.stat().st_size for path, _ in documents) / 1e6
    load_before = os.getloadavg()
    warm_started = time.process_time()
    _one_pass(documents)
    warming = time.process_time() - warm_started
    passes = [_one_pass(documents) for _ in range(max(1, repeat))]
    best = min(passes, key=lambda p: sum(p.cpu.values()))
    cpu = sum(best.cpu.values())
    return {
        "documents": len(documents),
        "text_mb": megabytes,
        "failed": best.failed,
        "first_pass_cpu_seconds": warming,
        "cpu_seconds": cpu,
        "wall_seconds": best.wall,
        "mb_per_cpu_second": megabytes / cpu if cpu else None,
        "mb_per_wall_second": megabytes / best.wall if best.wall else None,
        "steps_cpu_seconds": best.cpu,
        "load_before": load_before,
        "load_after": os.getloadavg(),
        "measured": time.strftime("%Y-%m-%d %H:%M:%S"),
    }


def extraction_table(measured: dict[str, Any]) -> str:
    """The steps' CPU time and share, and the rates, as a Markdown table."""
    cpu = measured["cpu_seconds"]
    rows = ["| step | CPU s | share |", "|---|---:|---:|"]
    rows += [
        f"| {step} | {seconds:.2f} | {100 * seconds / cpu:.0f} % |"
        for step, seconds in measured["steps_cpu_seconds"].items()
    ]
    rows.append(f"| all ({measured['documents']} documents, {measured['text_mb']:.2f} MB) | {cpu:.2f} | 100 % |")
    rate = measured["mb_per_cpu_second"] or 0.0
    wall = measured["mb_per_wall_second"] or 0.0
    rows.append("")
    rows.append(f"{rate:.3f} MB per CPU second; {wall:.3f} MB/s of wall time (load {measured['load_before'][0]:.1f})")
    return "\n".join(rows) + "\n"
