"""``python -m benchmarks [--sizes 100,1000] [--corpora real] [--workers N] [--profile N|--memory-steps N]``,
``python -m benchmarks --extraction [--repeat N]``, ``python -m benchmarks --table``.

See :mod:`benchmarks.run`; ``--table`` prints the README's table of the last ``build/bench.json``;
``--memory-steps N`` measures the resident memory of each step of a build of N real copies
(:mod:`benchmarks.memory`) into ``memory_steps`` of ``build/bench.json``; ``--extraction`` times
extraction alone, step by step, in one process over the real documents (:mod:`benchmarks.extraction`)
into ``extraction_only``.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import shutil
import tempfile
from pathlib import Path

from benchmarks.extraction import extraction_table, measure_extraction
from benchmarks.generator import generate
from benchmarks.memory import steps_table
from benchmarks.realtexts import perturbed_copies
from benchmarks.run import CORPORA, ROOT, Settings, child, markdown_table, run


def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--sizes", default="100,1000", help="corpus sizes, comma-separated (5000 on request)")
    parser.add_argument("--corpora", default=",".join(CORPORA), help=f"of {', '.join(CORPORA)}, comma-separated")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="build processes")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--folder", type=Path, default=ROOT / "build" / "bench", help="corpora and builds")
    parser.add_argument("--baseline-max", type=int, default=1000, help="largest size the rdflib baseline runs")
    parser.add_argument("--baseline-timeout", type=float, default=1800.0, help="seconds")
    parser.add_argument(
        "--rebuilds-max", type=int, help="largest size of the rebuilds no target reads (outputs only, one changed)"
    )
    parser.add_argument("--output", type=Path, default=ROOT / "build" / "bench.json")
    parser.add_argument("--profile", type=int, metavar="SIZE", help="profile one serial build of SIZE documents")
    parser.add_argument("--memory-steps", type=int, metavar="SIZE", help="memory by step of a build of SIZE copies")
    parser.add_argument("--extraction", action="store_true", help="time extraction alone in one process, then stop")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes of --extraction (the best is kept)")
    parser.add_argument("--table", action="store_true", help="print the README's table of --output, then stop")
    return parser.parse_args()


def profile(size: int, seed: int) -> None:
    """Where a serial build spends its time: the functions of largest own and cumulative time."""
    from kg.pipeline import build

    with tempfile.TemporaryDirectory() as folder:
        generate(size, Path(folder) / "corpus", seed=seed)
        profiler = cProfile.Profile()
        profiler.runcall(build, [Path(folder) / "corpus"], Path(folder) / "out")
    statistics = pstats.Stats(profiler).strip_dirs()
    statistics.sort_stats("tottime").print_stats(25)
    statistics.sort_stats("cumulative").print_stats(25)


def memory_steps(arguments: argparse.Namespace) -> None:
    """Each step's resident memory in a build of real copies, added to the report of ``--output``."""
    size = arguments.memory_steps
    corpus, out = arguments.folder / f"real-{size}", arguments.folder / f"out-memory-{size}"
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    perturbed_copies(size, corpus, seed=arguments.seed)
    measured = {"documents": size, "workers": arguments.workers}
    measured.update(child("memory", str(corpus), str(out), str(arguments.workers)))
    _add_to_report(arguments.output, "memory_steps", measured)
    print(steps_table(measured), end="")


def extraction_only(arguments: argparse.Namespace) -> None:
    """Extraction alone, step by step, added to the report of ``--output``."""
    measured = measure_extraction(repeat=arguments.repeat)
    _add_to_report(arguments.output, "extraction_only", measured)
    print(extraction_table(measured), end="")


def _add_to_report(output: Path, key: str, measured: dict) -> None:
    report = json.loads(output.read_text(encoding="utf-8")) if output.is_file() else {}
    report[key] = measured
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    arguments = parse_arguments()
    if arguments.extraction:
        extraction_only(arguments)
        return
    if arguments.profile:
        profile(arguments.profile, arguments.seed)
        return
    if arguments.memory_steps:
        memory_steps(arguments)
        return
    if arguments.table:
        print(markdown_table(json.loads(arguments.output.read_text(encoding="utf-8"))), end="")
        return
    sizes = tuple(int(size) for size in arguments.sizes.split(","))
    corpora = tuple(name for name in arguments.corpora.split(",") if name)
    unknown = [name for name in corpora if name not in CORPORA]
    if unknown:
        raise SystemExit(f"unknown corpus {', '.join(unknown)}; known: {', '.join(CORPORA)}")
    settings = Settings(
        sizes=sizes,
        workers=arguments.workers,
        seed=arguments.seed,
        folder=arguments.folder,
        baseline_max=arguments.baseline_max,
        baseline_timeout=arguments.baseline_timeout,
        corpora=corpora,
        rebuilds_max=arguments.rebuilds_max,
        output=arguments.output,
    )
    report = run(settings)
    print(markdown_table(report), end="")
    for name, target in report.get("targets", {}).items():
        verdict = "met" if target["met"] else "NOT met"
        value = "unknown" if target["value"] is None else f"{target['value']:.3f}"
        print(f"target {name}: {value} ({target['target']}) {verdict} at {target['documents']} documents")
    print(f"written to {arguments.output}")


if __name__ == "__main__":
    main()
