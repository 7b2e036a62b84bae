"""The benchmark of the views step alone: every page written again each run, in CPU seconds."""

from __future__ import annotations

import sys
from pathlib import Path

from explore_graph import write_explore_build

# benchmarks/ is a package of the source tree, not of the installed project.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.child import measure_views


def test_each_run_writes_every_page_again_and_the_best_is_the_least_cpu(tmp_path: Path) -> None:
    out = write_explore_build(tmp_path)
    measured = measure_views(out, repeat=2)
    assert len(measured["runs"]) == 2
    assert measured["pages"] > 5 and (out / "views" / "index.html").is_file()
    assert all(run["cpu_seconds"] > 0 for run in measured["runs"])  # not an unchanged build's no-op
    assert measured["best_cpu_seconds"] == min(run["cpu_seconds"] for run in measured["runs"])
